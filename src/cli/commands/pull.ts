import type { Command } from 'commander';
import * as z from 'zod/mini';
import type { PullEvent } from '../../image/pull.js';
import { parseFlags } from '../flags.js';
import { globalOptions } from '../global.js';
import type { CliIO } from '../io.js';
import type { Progress } from '../progress.js';

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

/** The flags pull, push and login share for reaching a registry. */
export const registryFlags = {
  insecureRegistry: z.optional(z.array(z.string().check(z.minLength(1)))),
  hostsDir: z.optional(z.string().check(z.minLength(1))),
};

export function withRegistryFlags(command: Command): Command {
  return command
    .option(
      '--insecure-registry <host>',
      'skip TLS verification for this registry and allow plain HTTP (repeatable)',
      collect,
    )
    .option(
      '--hosts-dir <dir>',
      'directory of <host>/hosts.toml files (env PODCTL_HOSTS_DIR, default /etc/containerd/certs.d)',
    );
}

/** The library's registry options for the flags and the environment (PODCTL_HOSTS_DIR, DOCKER_CONFIG). */
export async function registrySettings(
  flags: { insecureRegistry?: string[] | undefined; hostsDir?: string | undefined },
  io: CliIO,
) {
  const { dockerConfigPath } = await import('../../image/registry/credentials.js');
  const hostsDir = flags.hostsDir ?? (io.env.PODCTL_HOSTS_DIR || undefined);
  return {
    insecureRegistries: flags.insecureRegistry ?? [],
    ...(hostsDir ? { hostsDir } : {}),
    dockerConfig: dockerConfigPath(io.env),
    ...(io.signal ? { signal: io.signal } : {}),
  };
}

const flags = z.object({
  platform: z.optional(z.string().check(z.minLength(1))),
  quiet: z.optional(z.boolean()),
  snapshotter: z.optional(z.string().check(z.minLength(1))),
  ...registryFlags,
});

function showPullEvent(progress: Progress, event: PullEvent): void {
  switch (event.kind) {
    case 'resolved':
      progress.note(`Pulling ${event.name} from ${event.registry}`);
      return;
    case 'blob':
      if (event.state === 'exists')
        progress.update({ id: event.desc.digest, state: 'exists', total: event.desc.size, bytes: event.desc.size });
      else if (event.state === 'fetching')
        progress.update({ id: event.desc.digest, state: 'downloading', total: event.desc.size, bytes: 0 });
      else
        progress.update({ id: event.desc.digest, state: 'downloaded', total: event.desc.size, bytes: event.desc.size });
      return;
    case 'progress':
      progress.update({ id: event.desc.digest, state: 'downloading', total: event.desc.size, bytes: event.bytes });
      return;
    case 'unpack':
      if (event.state === 'applied')
        progress.update({ id: event.desc.digest, state: 'done', total: event.desc.size, bytes: event.desc.size });
      return;
  }
}

export function registerPull(program: Command, io: CliIO, done: (code: number) => void): void {
  withRegistryFlags(
    program
      .command('pull')
      .description('Pull an image from a registry and unpack it')
      .argument('<image>', 'image reference: busybox, ghcr.io/org/app:1, name@sha256:…')
      .option('--platform <os/arch[/variant]>', "the platform to pull (default: this host's)")
      .option('-q, --quiet', 'print only the image name')
      .option('--snapshotter <name>', "snapshotter to unpack into (default: the config file's, else overlayfs)"),
  ).action(async (ref: string, raw: unknown, command: Command) => {
    const options = parseFlags(flags, raw, 'pull');
    const globals = globalOptions(command, io.env);
    const [{ connect }, { pullImage }, { parsePlatform }, { Progress, progressMode }, { loadConfig }] =
      await Promise.all([
        import('../connect.js'),
        import('../../image/pull.js'),
        import('../../image/platform.js'),
        import('../progress.js'),
        import('../config.js'),
      ]);
    const snapshotter = options.snapshotter ?? (await loadConfig(io.env)).snapshotter;
    const platform = options.platform === undefined ? undefined : parsePlatform(options.platform);
    const settings = await registrySettings(options, io);
    using client = connect(globals, io);
    const progress = new Progress(io.stderr, progressMode(io.stderr, options.quiet === true));
    let result;
    try {
      result = await pullImage(client, ref, {
        ...settings,
        ...(platform ? { platform } : {}),
        ...(snapshotter ? { snapshotter } : {}),
        onEvent: (event) => showPullEvent(progress, event),
      });
    } finally {
      progress.done();
    }
    if (options.quiet !== true) {
      const status = result.previousDigest === result.digest ? 'Image is up to date' : 'Downloaded newer image';
      io.stdout.write(`Digest: ${result.digest}\nStatus: ${status} for ${result.name}\n`);
    }
    io.stdout.write(`${result.name}\n`);
    done(0);
  });
}
