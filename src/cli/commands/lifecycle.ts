// create and start: run in two steps, as docker has them. create takes run's flags but for the
// attach/detach ones; start makes the task then, joining what the container joins as it is now.
import { Command } from 'commander';
import * as z from 'zod/mini';
import { invalidArgument } from '../../errors.js';
import { parseFlags } from '../flags.js';
import { openClient } from '../global.js';
import type { CliIO } from '../io.js';
import { addContainerOptions, attached, containerOptions, createFlags, positional } from './containers.js';
import { cliCniDirs } from './pod.js';

type Done = (code: number) => void;

const startFlags = z.object({ attach: z.optional(z.boolean()) });

function addCreate(program: Command, io: CliIO, done: Done): void {
  addContainerOptions(
    positional(program, new Command('create')),
    'remove the container once it exits, after it has been started',
  )
    .description('Create a container (in a pod, or on its own) without starting it; prints its name')
    .action(async (image: string, args: string[], raw: unknown, command: Command) => {
      const options = await containerOptions(parseFlags(createFlags, raw, 'create'), 'create', image, args, io);
      const [{ createContainer }, { refuseLoggerRemoval }] = await Promise.all([
        import('../../container/create.js'),
        import('./auto-remove-check.js'),
      ]);
      // A --rm container is removed by its logger unless start -a attaches (which takes no stdin yet).
      if (options.autoRemove === true) await refuseLoggerRemoval(options.stdio ?? {});
      using client = await openClient(command, io);
      const created = await createContainer(client, options);
      io.stdout.write(`${created.name}\n`);
      done(0);
    });
}

function addStart(program: Command, io: CliIO, done: Done): void {
  program
    .command('start')
    .description('Start created or stopped containers; a running one is left as it is')
    .argument('<container...>', 'container names')
    .option('-a, --attach', "stream the container's output and exit with its exit code")
    .action(async (names: string[], raw: unknown, command: Command) => {
      const { attach } = parseFlags(startFlags, raw, 'start');
      if (attach === true && names.length > 1)
        throw invalidArgument('start -a takes one container: several cannot be attached at once');
      const [{ startContainer }, { getContainer }, { openLogAtEnd }, { isAutoRemove }] = await Promise.all([
        import('../../container/start.js'),
        import('../../records/containers.js'),
        import('../../logs/follow.js'),
        import('../../state/labels.js'),
      ]);
      using client = await openClient(command, io);
      const signal = io.signal ? { signal: io.signal } : {};
      const cniDirs = await cliCniDirs(io.env);
      if (attach !== true) {
        for (const name of names) {
          await startContainer(client, name, { ...signal, cniDirs });
          io.stdout.write(`${name}\n`);
        }
        return done(0);
      }
      const [name = ''] = names;
      const { getRecord } = await import('../../records/containers.js');
      const { specTerminal } = await import('../../container/task-start.js');
      if (specTerminal((await getRecord(client, name, io.signal)).spec)) {
        throw invalidArgument(`start -a does not attach to a container with a terminal (-t) yet: ${name}`, {
          hint: `start it without -a and follow its output: podctl logs -f ${name}`,
        });
      }
      // Only what comes after this start is streamed, as docker attaches.
      const from = await openLogAtEnd((await getContainer(client, name, io.signal)).logPath);
      try {
        // Attached, this command removes a --rm container after its last output, not its logger.
        const started = await startContainer(client, name, { ...signal, cniDirs, removeByLogger: false });
        const remove = !started.alreadyRunning && isAutoRemove((await client.containers.get(started.id)).labels);
        done(await attached(client, started, io, remove, from));
      } catch (err) {
        await from?.handle.close();
        throw err;
      }
    });
}

export function registerLifecycle(program: Command, io: CliIO, done: Done): void {
  addCreate(program, io, done);
  addStart(program, io, done);
}
