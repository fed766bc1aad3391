// Container commands on running pod members: kill, inspect, wait, top, events; and `pod top`.
import type { Command } from 'commander';
import * as z from 'zod/mini';
import type { ContainerdClient } from '../../containerd/client.js';
import { failedPrecondition, isFailedPrecondition, isNotFound } from '../../errors.js';
import { formatFlag, parseFlags } from '../flags.js';
import { openClient } from '../global.js';
import type { CliIO } from '../io.js';
import { printJson, printTable } from '../output.js';

type Done = (code: number) => void;

const killFlags = z.object({ signal: z.string() });
const eventsFlags = z.object({ format: formatFlag, filter: z.array(z.string()) });

/** A task call on a container without a live task says so in one line. */
async function whileRunning<T>(name: string, call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (err) {
    if (isNotFound(err) || isFailedPrecondition(err))
      throw failedPrecondition(`container ${name} is not running`, {
        cause: err,
        hint: `start it: podctl start ${name}`,
      });
    throw err;
  }
}

/** `ps -ef` rows of each container's processes, with the container's name first when asked. */
async function processRows(
  client: ContainerdClient,
  containers: { id: string; name: string }[],
  withName: boolean,
  signal?: AbortSignal,
): Promise<string[][]> {
  const { readHostClock, readHostUsers, readProcess, psRow } = await import('../../host/processes.js');
  const [clock, users] = await Promise.all([readHostClock(), readHostUsers()]);
  const rows: string[][] = [];
  for (const c of containers) {
    const pids = await whileRunning(c.name, client.tasks.listPids(c.id, { signal }));
    const procs = await Promise.all(pids.map((p) => readProcess(p.pid)));
    for (const p of procs.filter((x) => x !== undefined).sort((a, b) => a.stat.pid - b.stat.pid)) {
      rows.push([...(withName ? [c.name] : []), ...psRow(p, clock, users)]);
    }
  }
  return rows;
}

function addKill(program: Command, io: CliIO, done: Done): void {
  program
    .command('kill')
    .description(
      'Send a signal to the main process of running containers (SIGKILL and the stop signal turn --restart off until the next start)',
    )
    .argument('<container...>', 'container names')
    .option('-s, --signal <signal>', 'signal name (TERM, SIGTERM) or number', 'KILL')
    .action(async (names: string[], raw: unknown, command: Command) => {
      const [{ parseSignal }, { killContainer }] = await Promise.all([
        import('../../host/signals.js'),
        import('../../container/kill.js'),
      ]);
      const signal = parseSignal(parseFlags(killFlags, raw, 'kill').signal);
      using client = await openClient(command, io);
      for (const name of names) {
        await killContainer(client, name, signal, io.signal ? { signal: io.signal } : {});
        io.stdout.write(`${name}\n`);
      }
      done(0);
    });
}

function addInspect(program: Command, io: CliIO, done: Done): void {
  program
    .command('inspect')
    .description('Show containers as JSON: state, labels, process, mounts and namespaces')
    .argument('<container...>', 'container names')
    .action(async (names: string[], _raw: unknown, command: Command) => {
      const { inspectContainer } = await import('../../container/inspect.js');
      using client = await openClient(command, io);
      const out = [];
      for (const name of names) out.push(await inspectContainer(client, name, io.signal ? { signal: io.signal } : {}));
      printJson(io.stdout, out);
      done(0);
    });
}

function addWait(program: Command, io: CliIO, done: Done): void {
  program
    .command('wait')
    .description("Block until containers exit and print their exit codes; exits with the last one's")
    .argument('<container...>', 'container names')
    .action(async (names: string[], _raw: unknown, command: Command) => {
      const { waitContainers } = await import('../../container/stop.js');
      using client = await openClient(command, io);
      const code = await waitContainers(client, names, {
        ...(io.signal ? { signal: io.signal } : {}),
        onExit: (_name, status) => io.stdout.write(`${status}\n`),
      });
      done(code);
    });
}

function addTop(program: Command, io: CliIO, done: Done): void {
  program
    .command('top')
    .description("Show a container's processes, as ps -ef")
    .argument('<container>', 'container name')
    .action(async (name: string, _raw: unknown, command: Command) => {
      const [{ getContainer }, { PS_HEADER }] = await Promise.all([
        import('../../records/containers.js'),
        import('../../host/processes.js'),
      ]);
      using client = await openClient(command, io);
      const { id } = await getContainer(client, name, io.signal);
      printTable(io.stdout, PS_HEADER, await processRows(client, [{ id, name }], false, io.signal));
      done(0);
    });
}

/** `podctl pod top POD`: the processes of the sandbox and every running member. */
export function registerPodTop(pod: Command, io: CliIO, done: Done): void {
  pod
    .command('top')
    .description("Show the processes of a pod's sandbox and members, as ps -ef")
    .argument('<pod>', 'pod name')
    .action(async (name: string, _raw: unknown, command: Command) => {
      const [{ getPod }, { listPodMembers }, { PS_HEADER }] = await Promise.all([
        import('../../records/pods.js'),
        import('../../pod/pod.js'),
        import('../../host/processes.js'),
      ]);
      using client = await openClient(command, io);
      const p = await getPod(client, name, { signal: io.signal });
      if (p.pid === 0)
        throw failedPrecondition(`pod ${name} is not running`, { hint: `start it: podctl pod start ${name}` });
      const members = (await listPodMembers(client, p, io.signal)).filter((m) => m.pid !== 0);
      const containers = [{ id: p.sandboxId, name: p.name }, ...members.map((m) => ({ id: m.id, name: m.name }))];
      printTable(io.stdout, ['CONTAINER', ...PS_HEADER], await processRows(client, containers, true, io.signal));
      done(0);
    });
}

function addEvents(program: Command, io: CliIO, done: Done): void {
  program
    .command('events')
    .description("Stream the namespace's containerd events until interrupted")
    .option('--format <format>', 'output format: table (one line per event) or json (one object per line)', 'table')
    .option(
      '-f, --filter <key=value>',
      'type=container|task or container=NAME (repeatable)',
      (v: string, all: string[]) => [...all, v],
      [],
    )
    .action(async (raw: unknown, command: Command) => {
      const flags = parseFlags(eventsFlags, raw, 'events');
      const events = await import('../../container/events.js');
      const filters = events.parseEventFilters(flags.filter);
      using client = await openClient(command, io);
      for await (const e of client.events.subscribe(events.subscriptionFilters(client.namespace, filters), {
        signal: io.signal,
        timeoutMs: Infinity,
      })) {
        if (!events.matchesEvent(e, filters)) continue;
        io.stdout.write(
          `${flags.format === 'json' ? JSON.stringify(events.eventJson(e)) : events.formatEventLine(e)}\n`,
        );
      }
      done(0);
    });
}

export function registerContainerOps(program: Command, io: CliIO, done: Done): void {
  addKill(program, io, done);
  addInspect(program, io, done);
  addWait(program, io, done);
  addTop(program, io, done);
  addEvents(program, io, done);
}
