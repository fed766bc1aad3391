import type { Command } from 'commander';
import * as z from 'zod/mini';
import { formatFlag, parseFlags } from '../flags.js';
import { humanSize, shortId, timeAgo } from '../format.js';
import { globalOptions } from '../global.js';
import type { CliIO } from '../io.js';
import { printJson, printTable } from '../output.js';

const listFlags = z.object({ format: formatFlag, quiet: z.optional(z.boolean()) });
const rmFlags = z.object({ force: z.optional(z.boolean()) });

async function session(command: Command, io: CliIO) {
  const [{ connect }, store] = await Promise.all([import('../connect.js'), import('../../image/store.js')]);
  return { client: connect(globalOptions(command, io.env), io), store };
}

function addList(cmd: Command, io: CliIO, done: (code: number) => void): Command {
  return cmd
    .description('List images')
    .option('--format <format>', 'output format: table or json', 'table')
    .option('-q, --quiet', 'only show image IDs')
    .action(async (raw: unknown, command: Command) => {
      const flags = parseFlags(listFlags, raw, 'images');
      const { client, store } = await session(command, io);
      using _ = client;
      const images = await store.listImages(client, { signal: io.signal });
      images.sort((a, b) => a.name.localeCompare(b.name));
      if (flags.format === 'json') printJson(io.stdout, images);
      else if (flags.quiet) io.stdout.write(images.map((i) => `${shortId(i.digest)}\n`).join(''));
      else {
        printTable(
          io.stdout,
          ['REPOSITORY', 'TAG', 'IMAGE ID', 'PLATFORM', 'SIZE', 'CREATED'],
          images.map((i) => [
            i.repository,
            i.tag,
            shortId(i.digest),
            i.platforms.join(','),
            humanSize(i.size),
            timeAgo(i.created),
          ]),
        );
      }
      done(0);
    });
}

function addInspect(cmd: Command, io: CliIO, done: (code: number) => void): Command {
  return cmd
    .description('Show an image: its record, manifest and config, as JSON')
    .argument('<image...>', 'image names or IDs')
    .action(async (names: string[], _raw: unknown, command: Command) => {
      const { client, store } = await session(command, io);
      using _ = client;
      const details = [];
      for (const name of names) details.push(await store.inspectImage(client, name, { signal: io.signal }));
      printJson(io.stdout, details);
      done(0);
    });
}

function addRemove(cmd: Command, io: CliIO, done: (code: number) => void): Command {
  return cmd
    .description('Remove images; refuses while a container uses one, unless forced')
    .argument('<image...>', 'image names or IDs')
    .option('-f, --force', 'remove even if containers use the image')
    .action(async (names: string[], raw: unknown, command: Command) => {
      const { force } = parseFlags(rmFlags, raw, 'rmi');
      const { client, store } = await session(command, io);
      using _ = client;
      for (const name of names) {
        const removed = await store.removeImage(client, name, { force: force === true, signal: io.signal });
        io.stdout.write(`Untagged: ${removed}\n`);
      }
      done(0);
    });
}

function addTag(cmd: Command, io: CliIO, done: (code: number) => void): Command {
  return cmd
    .description('Give an image another name')
    .argument('<source>', 'image name or ID')
    .argument('<target>', 'new name')
    .action(async (source: string, target: string, _raw: unknown, command: Command) => {
      const { client, store } = await session(command, io);
      using _ = client;
      await store.tagImage(client, source, target, { signal: io.signal });
      done(0);
    });
}

export function registerImages(program: Command, io: CliIO, done: (code: number) => void): void {
  addList(program.command('images'), io, done);
  addRemove(program.command('rmi'), io, done);
  addTag(program.command('tag'), io, done);
  const image = program.command('image').description('Manage images');
  addList(image.command('ls').alias('list'), io, done);
  addInspect(image.command('inspect'), io, done);
  addRemove(image.command('rm'), io, done);
  addTag(image.command('tag'), io, done);
}
