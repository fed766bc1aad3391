import type { Command } from 'commander';
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import * as z from 'zod/mini';
import { invalidArgument } from '../../errors.js';
import { parseFlags } from '../flags.js';
import { globalOptions } from '../global.js';
import type { CliIO } from '../io.js';

const flags = z.object({ output: z.optional(z.string().check(z.minLength(1))) });

/** stdout as a byte stream, unless it is a terminal: an archive there helps no one. */
function stdoutStream(io: CliIO): Writable {
  if (io.stdout.isTTY === true) {
    throw invalidArgument('refusing to write an archive to a terminal', {
      hint: 'write it to a file with -o FILE, or redirect stdout',
    });
  }
  if (!(io.stdout instanceof Writable))
    throw invalidArgument('stdout cannot take binary output here', { hint: 'write to a file with -o FILE' });
  return io.stdout;
}

export function registerSave(program: Command, io: CliIO, done: (code: number) => void): void {
  program
    .command('save')
    .description('Save images to an OCI image-layout tar archive (to stdout unless -o is given)')
    .argument('<image...>', 'image names or IDs')
    .option('-o, --output <file>', 'write the archive to a file instead of stdout')
    .action(async (images: string[], raw: unknown, command: Command) => {
      const { output } = parseFlags(flags, raw, 'save');
      const globals = globalOptions(command, io.env);
      const stdout = output === undefined ? stdoutStream(io) : undefined;
      const [{ connect }, { saveImages }, { open, rename, rm }] = await Promise.all([
        import('../connect.js'),
        import('../../image/save.js'),
        import('node:fs/promises'),
      ]);
      using client = connect(globals, io);
      const options = io.signal === undefined ? {} : { signal: io.signal };
      if (stdout !== undefined) {
        await saveImages(client, images, stdout, options);
      } else if (output !== undefined) {
        // Written beside the target and renamed into place: a failed save leaves no half archive.
        const partial = `${output}.partial-${randomBytes(4).toString('hex')}`;
        const file = await open(partial, 'wx', 0o644).catch((err: NodeJS.ErrnoException) => {
          throw invalidArgument(
            `cannot write ${output}: ${err.code === 'ENOENT' ? 'no such directory' : (err.code ?? err.message)}`,
            { cause: err },
          );
        });
        const stream = file.createWriteStream();
        try {
          await saveImages(client, images, stream, options);
          await rename(partial, output);
        } finally {
          stream.destroy();
          await rm(partial, { force: true });
        }
      }
      done(0);
    });
}
