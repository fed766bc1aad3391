import type { Command } from 'commander';
import type { Readable } from 'node:stream';
import * as z from 'zod/mini';
import { invalidArgument } from '../../errors.js';
import { parseFlags } from '../flags.js';
import { globalOptions } from '../global.js';
import type { CliIO } from '../io.js';

const flags = z.object({
  input: z.optional(z.string()),
  platform: z.optional(z.string()),
  allPlatforms: z.optional(z.boolean()),
  name: z.optional(z.string()),
  snapshotter: z.optional(z.string()),
  quiet: z.optional(z.boolean()),
});

/** The archive to read: the -i file, else stdin unless it is a terminal. */
function archiveInput(io: CliIO, file: string | undefined): string | Readable {
  if (file !== undefined) return file;
  const stdin = io.stdin ?? process.stdin;
  if (stdin.isTTY === true) {
    throw invalidArgument('refusing to read an archive from a terminal', {
      hint: 'give a file with -i FILE, or pipe one in',
    });
  }
  return stdin;
}

export function registerLoad(program: Command, io: CliIO, done: (code: number) => void): void {
  program
    .command('load')
    .description('Load images from an archive: an OCI image layout or a docker save tarball, plain or gzipped')
    .option('-i, --input <file>', 'read the archive from a file instead of stdin')
    .option('--platform <platform>', "import and unpack this platform (os/arch[/variant]; default: the host's)")
    .option('--all-platforms', 'import every platform the archive holds (only one is unpacked)')
    .option('--name <repository>', 'repository for images the archive names by tag only, or not at all')
    .option('--snapshotter <name>', "snapshotter to unpack with (default: the config file's, else overlayfs)")
    .option('-q, --quiet', 'print no warnings')
    .action(async (raw: unknown, command: Command) => {
      const f = parseFlags(flags, raw, 'load');
      const globals = globalOptions(command, io.env);
      const input = archiveInput(io, f.input);
      const [{ connect }, { loadImages }, { parsePlatform }, { loadConfig }] = await Promise.all([
        import('../connect.js'),
        import('../../image/load.js'),
        import('../../image/platform.js'),
        import('../config.js'),
      ]);
      const snapshotter = f.snapshotter ?? (await loadConfig(io.env)).snapshotter;
      const platform = f.platform === undefined ? undefined : parsePlatform(f.platform);
      using client = connect(globals, io);
      const names = await loadImages(client, input, {
        ...(platform === undefined ? {} : { platform }),
        ...(f.name === undefined ? {} : { baseName: f.name }),
        ...(snapshotter === undefined ? {} : { snapshotter }),
        ...(io.signal === undefined ? {} : { signal: io.signal }),
        allPlatforms: f.allPlatforms === true,
        onEvent: (event) => {
          if (event.kind === 'warning' && f.quiet !== true) io.stderr.write(`podctl: warning: ${event.message}\n`);
        },
      });
      for (const name of names) io.stdout.write(`Loaded image: ${name}\n`);
      done(0);
    });
}
