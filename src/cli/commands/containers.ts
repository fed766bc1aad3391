// Container commands on pod members and standalone containers: run [-d] [--rm] [--pod], ps, logs, exec, stop, rm.
// create and start (lifecycle.ts) share run's flags and its attached mode from here.
import { Command, Option } from 'commander';
import * as z from 'zod/mini';
import { invalidArgument } from '../../errors.js';
import { formatFlag, parseFlags } from '../flags.js';
import { timeAgo } from '../format.js';
import { openClient } from '../global.js';
import type { ContainerdClient } from '../../containerd/client.js';
import type { OpenLog } from '../../logs/follow.js';
import type { CliIO } from '../io.js';
import { printJson, printTable } from '../output.js';
import { enterRawMode, stdioMode, terminalSource } from '../terminal.js';
import { cliCniDirs, collect } from './pod.js';
import { addRunFlags, runFlagOptions, runFlagShape } from './run-flags.js';
import type { CreateOptions } from '../../container/create-plan.js';

type Done = (code: number) => void;

const envEntry = z
  .string()
  .check(z.regex(/^[A-Za-z_][A-Za-z0-9_]*(=|$)/, 'must be KEY=VALUE or KEY, with a KEY of letters, digits and _'));
const processFlags = { env: z.array(envEntry), workdir: z.optional(z.string()), user: z.optional(z.string()) };
const containerFlagShape = {
  ...processFlags,
  rm: z.optional(z.boolean()),
  interactive: z.optional(z.boolean()),
  tty: z.optional(z.boolean()),
  pod: z.optional(z.string()),
  name: z.optional(z.string()),
  entrypoint: z.optional(z.string()),
  hostname: z.optional(z.string()),
  ...runFlagShape,
};
/** create's flags: run's without the attach/detach ones. */
export const createFlags = z.object(containerFlagShape);
const runFlags = z.object({ ...containerFlagShape, detach: z.optional(z.boolean()) });
const execFlags = z.object({
  ...processFlags,
  detach: z.optional(z.boolean()),
  interactive: z.optional(z.boolean()),
  tty: z.optional(z.boolean()),
});
const psFlags = z.object({
  all: z.optional(z.boolean()),
  quiet: z.optional(z.boolean()),
  pod: z.optional(z.string()),
  filter: z.array(z.string()),
  format: formatFlag,
});
const logsFlags = z.object({
  tail: z.optional(z.coerce.number().check(z.int(), z.nonnegative())),
  timestamps: z.optional(z.boolean()),
  follow: z.optional(z.boolean()),
  since: z.optional(z.string()),
  until: z.optional(z.string()),
});
const stopRmFlags = z.object({
  time: z.optional(z.coerce.number().check(z.int(), z.nonnegative())),
  force: z.optional(z.boolean()),
  auto: z.optional(z.boolean()),
});

/** -e entries: `K=V` as given, a bare `K` takes its value from podctl's environment (dropped when unset). */
export function resolveEnv(entries: readonly string[], env: NodeJS.ProcessEnv): string[] {
  return entries.flatMap((e) => (e.includes('=') ? [e] : env[e] === undefined ? [] : [`${e}=${env[e]}`]));
}

/** An unknown option before the first operand ends up as that operand. */
export function rejectOption(operand: string, command: string): void {
  if (operand.startsWith('-'))
    throw invalidArgument(`unknown option '${operand}'`, { hint: `see 'podctl ${command} --help'` });
}

/**
 * docker's `run IMAGE ARGS…`: options after the image are the command's. This command stops at
 * its first operand and keeps the rest, unknown options included, as arguments (the program
 * parses its options positionally: see main.ts).
 */
export function positional(program: Command, cmd: Command): Command {
  cmd.passThroughOptions().allowUnknownOption();
  program.addCommand(cmd);
  return cmd;
}

/**
 * Attached run (and start -a): the container's log file is followed to io.stdout and io.stderr
 * (from `from`, the log's end before the start, else its beginning) until the task exits; an
 * abort of io.signal sends the container's stop signal, then SIGKILL after its stop timeout, as
 * `podctl stop` would. Returns the exit code; --rm then removes the container.
 */
export async function attached(
  client: ContainerdClient,
  member: { id: string; name: string; logPath: string },
  io: CliIO,
  remove: boolean,
  from?: OpenLog,
): Promise<number> {
  const [{ followLog }, { removeContainer }, { forwardStop }] = await Promise.all([
    import('../../logs/follow.js'),
    import('../../container/standalone.js'),
    import('./attached.js'),
  ]);
  try {
    const exited = client.tasks.wait(member.id, '', { timeoutMs: Infinity });
    exited.catch(() => undefined);
    const forwarding = await forwardStop(client, member.id, io);
    try {
      await followLog(member.logPath, {
        until: exited,
        ...(from ? { from } : {}),
        onChunk: (c) => (c.stream === 'stderr' ? io.stderr : io.stdout).write(c.text),
      });
      return (await exited).exitStatus;
    } finally {
      forwarding.end();
    }
  } finally {
    if (remove) await removeContainer(client, member.name, { force: true, cniDirs: await cliCniDirs(io.env) });
  }
}

/** run's and create's own options (the rest are run-flags.ts's), with the help text of each command's --rm. */
export function addContainerOptions(cmd: Command, rmHelp: string): Command {
  return addRunFlags(cmd)
    .argument('<image>', 'image name')
    .argument('[args...]', 'command and arguments (default: the image’s)')
    .option('--rm', rmHelp)
    .option('-i, --interactive', 'keep stdin open; attached (run), forward podctl’s stdin to it')
    .option('-t, --tty', 'allocate a terminal; run -it: an interactive one, following window resizes')
    .option('--pod <pod>', 'the pod to join (default: none, a standalone container)')
    .option('--name <name>', 'container name (default: a generated one)')
    .option('-e, --env <KEY=VALUE>', 'set an environment variable (repeatable)', collect, [])
    .option('-w, --workdir <dir>', 'working directory inside the container')
    .option('-u, --user <user[:group]>', 'user to run as')
    .option('--entrypoint <cmd>', "replace the image's entrypoint")
    .option('--hostname <name>', "the container's hostname (default: its name); a pod member has its pod's");
}

/** The checked flags of run or create as create options; what does not go together is refused here. */
export async function containerOptions(
  flags: z.infer<typeof createFlags>,
  command: string,
  image: string,
  args: string[],
  io: CliIO,
): Promise<CreateOptions> {
  rejectOption(image, command);
  if (flags.publish.length > 0 && flags.pod !== undefined)
    throw invalidArgument('-p/--publish is not supported on a member of a pod', {
      hint: 'publish ports on the pod instead',
    });
  if (
    flags.pod !== undefined &&
    flags.addHost.length + flags.dns.length + flags.dnsSearch.length + flags.dnsOption.length > 0
  )
    throw invalidArgument("--add-host and --dns* do not go with --pod: members share the pod's files", {
      hint: 'give them to pod create',
    });
  const nsFlags = { net: flags.network, pid: flags.pid, ipc: flags.ipc, uts: flags.uts };
  if (flags.pod !== undefined && Object.values(nsFlags).some((v) => v !== undefined))
    throw invalidArgument("--net, --pid, --ipc and --uts do not go with --pod: a member joins its pod's namespaces", {
      hint: 'drop --pod to join another container',
    });
  if (flags.pod !== undefined && flags.hostname !== undefined)
    throw invalidArgument("--hostname does not go with --pod: a member has its pod's hostname", {
      hint: 'set it on the pod: podctl pod create --hostname NAME',
    });
  const [{ parseNamespaceModes }, { parseRestartPolicy }, { generateName }, { podNetworkOptions }, { loadConfig }] =
    await Promise.all([
      import('../../container/namespace-modes.js'),
      import('../parse/restart.js'),
      import('../../state/ids.js'),
      import('./network-flags.js'),
      import('../config.js'),
    ]);
  const namespaces = parseNamespaceModes(nsFlags);
  // The network itself is --net's (namespaces); these are the rest of a standalone container's network settings.
  const { network: _mode, cniDirs, ...netOptions } = podNetworkOptions(flags, await loadConfig(io.env), io.env);
  const restart = flags.restart === undefined ? undefined : parseRestartPolicy(flags.restart);
  if (restart !== undefined && restart.name !== 'no' && (flags.tty === true || flags.interactive === true)) {
    throw invalidArgument(
      `--restart ${flags.restart ?? ''} does not go with -i or -t: containerd's restart monitor makes tasks without a terminal or an open stdin`,
      { hint: 'drop -i/-t, or drop --restart' },
    );
  }
  const more = await runFlagOptions(flags, io.env, process.cwd(), resolveEnv(flags.env, io.env));
  return {
    name: flags.name ?? generateName('ctr'),
    image,
    ...(args.length > 0 ? { args } : {}),
    ...more,
    ...(flags.workdir === undefined ? {} : { workdir: flags.workdir }),
    ...(flags.user === undefined ? {} : { user: flags.user }),
    ...(flags.entrypoint === undefined ? {} : { entrypoint: flags.entrypoint === '' ? [] : [flags.entrypoint] }),
    ...(flags.pod === undefined ? { namespaces, ...netOptions } : { pod: flags.pod }),
    cniDirs,
    ...(flags.hostname === undefined ? {} : { hostname: flags.hostname }),
    ...(restart === undefined ? {} : { restart }),
    ...(flags.rm === true ? { autoRemove: true } : {}),
    stdio: { tty: flags.tty === true, stdin: flags.interactive === true },
    ...(io.signal ? { signal: io.signal } : {}),
  };
}

function addRun(program: Command, io: CliIO, done: Done): void {
  addContainerOptions(
    positional(program, new Command('run')),
    'remove the container once it exits (with -d too, after podctl has exited)',
  )
    .description('Run a container in a pod, or on its own with --net/--pid/--ipc/--uts: create, then start')
    .option('-d, --detach', 'run in the background and print the container name')
    .action(async (image: string, args: string[], raw: unknown, command: Command) => {
      const flags = parseFlags(runFlags, raw, 'run');
      const mode = stdioMode('run', flags, () => io.stdin?.isTTY === true);
      const options = await containerOptions(flags, 'run', image, args, io);
      const [{ runContainer }, { refuseLoggerRemoval }] = await Promise.all([
        import('../../container/start.js'),
        import('./auto-remove-check.js'),
      ]);
      const detach = !mode.attach;
      if (detach && flags.rm === true) await refuseLoggerRemoval(mode);
      const client = await openClient(command, io);
      using _ = client;
      const size = mode.tty && mode.attach ? terminalSource(io)?.size() : undefined;
      // Detached, the logger removes a --rm container once it exits; attached, this command does, after its last output.
      const member = await runContainer(client, options, {
        removeByLogger: detach,
        attach: mode.attach,
        ...(size ? { size } : {}),
      });
      if (detach) {
        io.stdout.write(`${member.name}\n`);
        return done(0);
      }
      const { attachedRun } = await import('./attached.js');
      done(await attachedRun(client, member, io, mode, flags.rm === true));
    });
}

function addExec(program: Command, io: CliIO, done: Done): void {
  positional(program, new Command('exec'))
    .description("Run a command in a running container; exits with the command's exit code")
    .argument('<container>', 'container name')
    .argument('<command...>', 'command and arguments')
    .option('-d, --detach', 'start the command and return at once; its output is discarded')
    .option('-i, --interactive', "forward podctl's stdin to the command")
    .option('-t, --tty', 'allocate a terminal; -it: an interactive one, following window resizes')
    .option('-e, --env <KEY=VALUE>', 'set an environment variable (repeatable)', collect, [])
    .option('-w, --workdir <dir>', 'working directory inside the container')
    .option('-u, --user <user[:group]>', 'user to run as')
    .action(async (name: string, args: string[], raw: unknown, command: Command) => {
      const flags = parseFlags(execFlags, raw, 'exec');
      rejectOption(name, 'exec');
      const mode = stdioMode('exec', flags, () => io.stdin?.isTTY === true);
      const { execDetached, execInContainer } = await import('../../exec/exec.js');
      const client = await openClient(command, io);
      using _ = client;
      const processOptions = {
        args,
        env: resolveEnv(flags.env, io.env),
        ...(flags.workdir === undefined ? {} : { workdir: flags.workdir }),
        ...(flags.user === undefined ? {} : { user: flags.user }),
        ...(io.signal ? { signal: io.signal } : {}),
      };
      if (!mode.attach) {
        await execDetached(client, name, processOptions);
        return done(0);
      }
      const terminal = mode.tty ? terminalSource(io) : undefined;
      const size = terminal?.size();
      const restore = mode.raw ? await enterRawMode(io) : () => undefined;
      try {
        done(
          await execInContainer(client, name, {
            ...processOptions,
            tty: mode.tty,
            ...(size ? { size } : {}),
            ...(terminal ? { terminal } : {}),
            ...(mode.stdin && io.stdin ? { stdin: io.stdin } : {}),
            stdout: { write: (chunk) => io.stdout.write(chunk) },
            stderr: { write: (chunk) => io.stderr.write(chunk) },
          }),
        );
      } finally {
        restore();
        if (mode.stdin) io.stdin?.destroy();
      }
    });
}

function addPs(program: Command, io: CliIO, done: Done): void {
  program
    .command('ps')
    .description('List containers (running ones unless -a)')
    .option('-a, --all', 'show stopped containers too')
    .option('-q, --quiet', 'only show container IDs')
    .option('--pod <pod>', "only this pod's containers")
    .option(
      '-f, --filter <key=value>',
      'only containers that match (repeatable; values of one key OR together, keys AND): id=PREFIX, name=REGEX, label=KEY[=VALUE] (every label must match), status=created|running|paused|exited|…, exited=CODE, pod=POD, ancestor=IMAGE, before=CONTAINER, since=CONTAINER',
      collect,
      [],
    )
    .option('--format <format>', 'output format: table or json', 'table')
    .action(async (raw: unknown, command: Command) => {
      const flags = parseFlags(psFlags, raw, 'ps');
      const [{ listPs }, { parsePsFilters }] = await Promise.all([
        import('../../container/ps.js'),
        import('../../container/ps-filter.js'),
      ]);
      parsePsFilters(flags.filter); // bad filters fail before containerd is asked anything
      const client = await openClient(command, io);
      using _ = client;
      const shown = await listPs(client, {
        all: flags.all === true,
        filters: flags.filter,
        ...(flags.pod === undefined ? {} : { pod: flags.pod }),
        ...(io.signal ? { signal: io.signal } : {}),
      });
      if (flags.format === 'json') printJson(io.stdout, shown);
      else if (flags.quiet) io.stdout.write(shown.map((c) => `${c.id}\n`).join(''));
      else {
        const command = (args: string[]) =>
          JSON.stringify(args.join(' ').length > 20 ? `${args.join(' ').slice(0, 19)}…` : args.join(' '));
        const status = (c: (typeof shown)[number]) =>
          c.state === 'running'
            ? 'Up'
            : c.state === 'stopped'
              ? `Exited (${c.exitStatus}) ${timeAgo(c.exitedAt)}`
              : c.state === 'exited'
                ? 'Exited'
                : c.state === 'created'
                  ? 'Created'
                  : c.state;
        printTable(
          io.stdout,
          ['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'NAMES', 'POD'],
          shown.map((c) => [c.id, c.image, command(c.command), timeAgo(c.createdAt), status(c), c.name, c.podName]),
        );
      }
      done(0);
    });
}

function addLogs(program: Command, io: CliIO, done: Done): void {
  program
    .command('logs')
    .description("Show a container's logs: stdout to stdout, stderr to stderr")
    .argument('<container>', 'container name')
    .option('-f, --follow', 'keep printing new lines until the container exits (or Ctrl-C)')
    .option('--tail <n>', 'only the last n lines')
    .option(
      '--since <time>',
      'only lines since a time: RFC 3339 (2024-01-02T15:04:05Z), Unix seconds, or a duration before now (10m, 1h30m)',
    )
    .option('--until <time>', 'only lines until a time, in the same forms as --since')
    .option('-t, --timestamps', 'show timestamps')
    .action(async (name: string, raw: unknown, command: Command) => {
      const flags = parseFlags(logsFlags, raw, 'logs');
      const [{ containerLogs, followLogs }, { logWindow }] = await Promise.all([
        import('../../logs/container-logs.js'),
        import('./log-flags.js'),
      ]);
      const window = await logWindow(flags);
      const client = await openClient(command, io);
      using _ = client;
      const print = (l: { stream: string; time: string; text: string }) =>
        (l.stream === 'stderr' ? io.stderr : io.stdout).write(`${flags.timestamps ? `${l.time} ` : ''}${l.text}\n`);
      const options = {
        ...window,
        ...(flags.tail === undefined ? {} : { tail: flags.tail }),
        ...(io.signal ? { signal: io.signal } : {}),
      };
      if (flags.follow === true) await followLogs(client, name, { ...options, onLine: print });
      else for (const l of await containerLogs(client, name, options)) print(l);
      done(0);
    });
}

function addStopRm(program: Command, io: CliIO, done: Done, verb: 'stop' | 'rm'): void {
  const cmd = program.command(verb).argument('<container...>', 'container names');
  if (verb === 'stop')
    cmd
      .description('Stop containers: their stop signal (SIGTERM by default), then SIGKILL after the timeout')
      .option(
        '-t, --time <seconds>',
        "seconds to wait before SIGKILL (default: the container's --stop-timeout, else 10)",
      );
  else {
    cmd
      .description('Remove containers, their snapshots and logs')
      .option('-f, --force', 'remove running containers too');
    // What the logger of a `run -d --rm` container runs once it has exited (pod/auto-remove.ts).
    cmd.addOption(new Option('--auto', 'remove only an auto-remove container whose task has exited').hideHelp());
  }
  cmd.action(async (names: string[], raw: unknown, command: Command) => {
    const [{ removeContainer, removeExited }, { stopContainer }] = await Promise.all([
      import('../../container/standalone.js'),
      import('../../container/stop.js'),
    ]);
    const { time, force, auto } = parseFlags(stopRmFlags, raw, verb);
    if (auto === true && force === true) throw invalidArgument('--auto does not go with -f');
    const client = await openClient(command, io);
    using _ = client;
    for (const name of names) {
      if (auto === true) {
        if (
          await removeExited(client, name, {
            ...(io.signal ? { signal: io.signal } : {}),
            cniDirs: await cliCniDirs(io.env),
          })
        )
          io.stdout.write(`${name}\n`);
        continue;
      }
      if (verb === 'stop') {
        await stopContainer(client, name, {
          ...(time === undefined ? {} : { timeoutSeconds: time }),
          ...(io.signal ? { signal: io.signal } : {}),
        });
      } else await removeContainer(client, name, { force: force === true, cniDirs: await cliCniDirs(io.env) });
      io.stdout.write(`${name}\n`);
    }
    done(0);
  });
}

export function registerContainers(program: Command, io: CliIO, done: Done): void {
  addRun(program, io, done);
  addExec(program, io, done);
  addPs(program, io, done);
  addLogs(program, io, done);
  addStopRm(program, io, done, 'stop');
  addStopRm(program, io, done, 'rm');
}
