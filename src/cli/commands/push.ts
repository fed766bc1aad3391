import type { Command } from 'commander';
import * as z from 'zod/mini';
import type { PushEvent } from '../../image/push.js';
import { parseFlags } from '../flags.js';
import { globalOptions } from '../global.js';
import type { CliIO } from '../io.js';
import type { Progress } from '../progress.js';
import { registryFlags, registrySettings, withRegistryFlags } from './pull.js';

const flags = z.object({
  quiet: z.optional(z.boolean()),
  platform: z.optional(z.string().check(z.minLength(1))),
  ...registryFlags,
});

function showPushEvent(progress: Progress, event: PushEvent): void {
  switch (event.kind) {
    case 'blob': {
      const { digest, size } = event.desc;
      const state = event.state === 'exists' ? 'exists' : event.state === 'pushing' ? 'pushing' : 'pushed';
      progress.update({ id: digest, state, total: size, bytes: event.state === 'pushing' ? 0 : size });
      return;
    }
    case 'progress':
      progress.update({ id: event.desc.digest, state: 'pushing', total: event.desc.size, bytes: event.bytes });
      return;
    case 'manifest':
      return;
    case 'note':
      progress.note(`note: ${event.message}`);
      return;
  }
}

export function registerPush(program: Command, io: CliIO, done: (code: number) => void): void {
  withRegistryFlags(
    program
      .command('push')
      .description('Push an image to a registry')
      .argument('<image>', 'image reference, as pulled or tagged: 127.0.0.1:5000/app:1')
      .option('-q, --quiet', 'print only the image name')
      .option(
        '--platform <os/arch[/variant]>',
        "the manifest to push in place of an index the registry refuses (default: this host's)",
      ),
  ).action(async (ref: string, raw: unknown, command: Command) => {
    const options = parseFlags(flags, raw, 'push');
    const globals = globalOptions(command, io.env);
    const [{ connect }, { pushImage }, { parsePlatform }, { parseReference }, { Progress, progressMode }] =
      await Promise.all([
        import('../connect.js'),
        import('../../image/push.js'),
        import('../../image/platform.js'),
        import('../../image/reference.js'),
        import('../progress.js'),
      ]);
    const reference = parseReference(ref);
    const platform = options.platform === undefined ? undefined : parsePlatform(options.platform);
    const settings = await registrySettings(options, io);
    using client = connect(globals, io);
    const progress = new Progress(io.stderr, progressMode(io.stderr, options.quiet === true));
    let result;
    try {
      result = await pushImage(client, ref, {
        ...settings,
        ...(platform ? { platform } : {}),
        onEvent: (event) => showPushEvent(progress, event),
      });
    } finally {
      progress.done();
    }
    if (options.quiet === true) io.stdout.write(`${result.name}\n`);
    else
      io.stdout.write(
        `${reference.tag ?? reference.digest}: digest: ${result.desc.digest} size: ${result.desc.size}\n`,
      );
    done(0);
  });
}
