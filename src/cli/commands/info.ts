import type { Command } from 'commander';
import * as z from 'zod/mini';
import type { HostInfo } from '../../host/host-info.js';
import { formatFlag, parseFlags } from '../flags.js';
import { globalOptions } from '../global.js';
import type { CliIO, OutputStream } from '../io.js';
import { printJson, printSection } from '../output.js';

const flags = z.object({ format: formatFlag, infraImage: z.optional(z.string()) });

const withReason = (status: string, reason?: string) => (reason ? `${status} (${reason})` : status);

function printInfo(out: OutputStream, info: HostInfo): void {
  printSection(out, 'Server: containerd', [
    ['Version', info.server.version],
    ['Revision', info.server.revision],
    ['Address', info.server.address],
    ['Namespace', info.namespace],
    ['Runtime', `${info.runtime.name} (${withReason(info.runtime.status, info.runtime.reason)})`],
    [
      'Restart plugin',
      info.restartPlugin.loaded ? `loaded (--restart ${info.restartPlugin.policies.join(', ')})` : 'not loaded',
    ],
    ['Cgroup version', info.cgroupVersion],
  ]);
  out.write('\n');
  printSection(
    out,
    'Snapshotters:',
    info.snapshotters.map((s) => [s.id, withReason(s.status, s.status === 'error' ? s.reason : undefined)]),
  );
  out.write('\n');
  printSection(out, 'CNI:', [
    ['Plugin dir', info.cni.pluginDir],
    ['Searched', info.cni.searched.join(':')],
    ['Present', info.cni.present.join(' ') || '(none)'],
    ['Missing', info.cni.missing.join(' ') || '(none)'],
  ]);
  out.write('\n');
  printSection(out, 'Pause image:', [
    ['Image', info.pauseImage.ref],
    ['Present', info.pauseImage.present ? 'yes' : 'no'],
  ]);
}

export function registerInfo(program: Command, io: CliIO, done: (code: number) => void): void {
  program
    .command('info')
    .description('Show containerd, its plugins, and what this host offers pods')
    .option('--format <format>', 'output format: table or json', 'table')
    .option(
      '--infra-image <ref>',
      "the infra (pause) image to look for; default: infra_image in the config file, else podctl's own",
    )
    .action(async (raw: unknown, command: Command) => {
      const { format, infraImage } = parseFlags(flags, raw, 'info');
      const globals = globalOptions(command, io.env);
      // Loaded on use: `podctl --help` and other commands need none of it.
      const [{ connect }, { hostInfo }, { loadConfig }] = await Promise.all([
        import('../connect.js'),
        import('../../host/host-info.js'),
        import('../config.js'),
      ]);
      const config = await loadConfig(io.env);
      using client = connect(globals, io);
      const info = await hostInfo(client, {
        signal: io.signal,
        ...((infraImage ?? config.infraImage) ? { infraImage: infraImage ?? config.infraImage } : {}),
      });
      if (format === 'json') printJson(io.stdout, info);
      else printInfo(io.stdout, info);
      done(0);
    });
}
