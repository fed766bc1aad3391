// `podctl pod …`: create, list, inspect, stop, start, remove and read the logs of pods.
import type { Command } from 'commander';
import * as z from 'zod/mini';
import { invalidArgument } from '../../errors.js';
import { formatFlag, parseFlags } from '../flags.js';
import { shortId, timeAgo } from '../format.js';
import { globalOptions } from '../global.js';
import type { CliIO } from '../io.js';
import { printJson, printTable } from '../output.js';
import { registerPodTop } from './container-ops.js';
import { registerPodStats } from './stats.js';

type Done = (code: number) => void;

/** Commander's collector for a repeatable flag. */
export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

const shareList = z
  .string()
  .check(z.regex(/^(net|ipc|uts|pid)(,(net|ipc|uts|pid))*$/, 'must be a comma list of net, ipc, uts, pid'));
const labelEntry = z.string().check(z.regex(/^[^=\s]+=/, 'must be key=value'));
const seconds = z.coerce.number().check(z.int(), z.nonnegative());
const tail = z.optional(z.coerce.number().check(z.int(), z.nonnegative()));

const createFlags = z.object({
  name: z.optional(z.string()),
  hostname: z.optional(z.string()),
  share: z.optional(shareList),
  infraImage: z.optional(z.string().check(z.minLength(1))),
  label: z.array(labelEntry),
  network: z.optional(z.string().check(z.minLength(1))),
  publish: z.array(z.string()),
  addHost: z.array(z.string()),
  dns: z.array(z.string()),
  dnsSearch: z.array(z.string()),
  dnsOption: z.array(z.string()),
});
const listFlags = z.object({ format: formatFlag, quiet: z.optional(z.boolean()) });
const stopFlags = z.object({ time: z.optional(seconds) });
const rmFlags = z.object({ force: z.optional(z.boolean()) });
const logsFlags = z.object({
  container: z.optional(z.string()),
  tail,
  timestamps: z.optional(z.boolean()),
  follow: z.optional(z.boolean()),
  since: z.optional(z.string()),
  until: z.optional(z.string()),
});

/** `k=v` entries as a record; the first `=` splits. */
export function parseLabels(entries: readonly string[]): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const e of entries) {
    const eq = e.indexOf('=');
    if (eq <= 0) throw invalidArgument(`invalid value for --label: ${JSON.stringify(e)} must be key=value`);
    labels[e.slice(0, eq)] = e.slice(eq + 1);
  }
  return labels;
}

/** The CNI directories: the config file's, else CNI_PATH and NETCONFPATH, else the defaults. */
export async function cliCniDirs(env: NodeJS.ProcessEnv) {
  const [{ loadConfig }, { cniDirs }] = await Promise.all([
    import('../config.js'),
    import('../../network/cni-dirs.js'),
  ]);
  const config = await loadConfig(env);
  return cniDirs(env, { pluginDirs: config.cniPath, configDir: config.cniConfigDir });
}

async function session(command: Command, io: CliIO) {
  const [{ connect }, lifecycle, records] = await Promise.all([
    import('../connect.js'),
    import('../../pod/pod.js'),
    import('../../records/pods.js'),
  ]);
  return { client: connect(globalOptions(command, io.env), io), pods: { ...lifecycle, ...records } };
}

function addCreate(pod: Command, io: CliIO, done: Done): void {
  pod
    .command('create')
    .description('Create a pod and start its sandbox; prints the pod ID')
    .option('--name <name>', 'pod name (default: a generated one)')
    .option('--hostname <name>', "the pod's hostname (default: its name)")
    .option('--share <list>', 'namespaces members join: comma list of net, ipc, uts, pid', 'net,ipc,uts,pid')
    .option('--infra-image <ref>', 'the sandbox image (default: the config file, else podctl pause)')
    .option('--label <key=value>', 'a label on the sandbox (repeatable)', collect, [])
    .option('--network <mode>', "bridge (podctl's default network), a network name, none or host", 'bridge')
    .option(
      '-p, --publish <[ip:][hostPort:]containerPort[/proto]>',
      'publish a port or range of the pod on the host (repeatable); no host port: a free one',
      collect,
      [],
    )
    .option('--add-host <host:ip>', "an entry of the pod's /etc/hosts (repeatable)", collect, [])
    .option('--dns <ip>', "a nameserver of the pod's /etc/resolv.conf, instead of the host's (repeatable)", collect, [])
    .option('--dns-search <domain>', "a search domain, instead of the host's (repeatable)", collect, [])
    .option('--dns-option <option>', "a resolv.conf option, instead of the host's (repeatable)", collect, [])
    .action(async (raw: unknown, command: Command) => {
      const flags = parseFlags(createFlags, raw, 'pod create');
      const labels = parseLabels(flags.label);
      const shared = new Set((flags.share ?? 'net,ipc,uts,pid').split(','));
      const [{ loadConfig }, { generateName }, net] = await Promise.all([
        import('../config.js'),
        import('../../state/ids.js'),
        import('./network-flags.js'),
      ]);
      const config = await loadConfig(io.env);
      const podNet = net.podNetworkOptions(flags, config, io.env);
      const { client, pods } = await session(command, io);
      using _ = client;
      const infraImage = flags.infraImage ?? config.infraImage;
      const created = await pods.createPod(client, {
        name: flags.name ?? generateName('pod'),
        share: { net: shared.has('net'), ipc: shared.has('ipc'), uts: shared.has('uts'), pid: shared.has('pid') },
        labels,
        ...podNet,
        ...(flags.hostname === undefined ? {} : { hostname: flags.hostname }),
        ...(infraImage === undefined ? {} : { infraImage }),
        ...(config.snapshotter === undefined ? {} : { snapshotter: config.snapshotter }),
        ...(io.signal ? { signal: io.signal } : {}),
      });
      io.stdout.write(`${created.id}\n`);
      done(0);
    });
}

function addList(cmd: Command, io: CliIO, done: Done): void {
  cmd
    .description('List pods')
    .option('--format <format>', 'output format: table or json', 'table')
    .option('-q, --quiet', 'only show pod IDs')
    .action(async (raw: unknown, command: Command) => {
      const flags = parseFlags(listFlags, raw, 'pod ls');
      const { client, pods } = await session(command, io);
      using _ = client;
      const listed = await pods.listPods(client, { signal: io.signal });
      const counted = await Promise.all(
        listed.map(async (p) => ({
          ...p,
          containers: (await pods.listMemberContainers(client, p.id, io.signal)).length,
        })),
      );
      if (flags.format === 'json') printJson(io.stdout, counted);
      else if (flags.quiet) io.stdout.write(counted.map((p) => `${shortId(p.id)}\n`).join(''));
      else {
        printTable(
          io.stdout,
          ['NAME', 'POD ID', 'STATUS', 'CONTAINERS', 'CREATED', 'INFRA ID'],
          counted.map((p) => [p.name, shortId(p.id), p.state, String(p.containers), timeAgo(p.createdAt), p.sandboxId]),
        );
      }
      done(0);
    });
}

function addEach(pod: Command, io: CliIO, done: Done, verb: 'stop' | 'start' | 'rm'): Command {
  const descriptions = {
    stop: 'Stop pods: members first (SIGTERM, then SIGKILL), then the sandbox',
    start: 'Start stopped pods',
    rm: 'Remove pods and everything of them',
  };
  return pod
    .command(verb)
    .description(descriptions[verb])
    .argument('<pod...>', 'pod names')
    .action(async (names: string[], raw: unknown, command: Command) => {
      const stop = verb === 'stop' ? parseFlags(stopFlags, raw, 'pod stop') : {};
      const rm = verb === 'rm' ? parseFlags(rmFlags, raw, 'pod rm') : {};
      const { client, pods } = await session(command, io);
      using _ = client;
      for (const name of names) {
        if (verb === 'stop')
          await pods.stopPod(client, name, stop.time === undefined ? {} : { timeoutMs: stop.time * 1000 });
        else if (verb === 'start')
          await pods.startPod(client, name, { signal: io.signal, cniDirs: await cliCniDirs(io.env) });
        else await pods.removePod(client, name, { force: rm.force === true, cniDirs: await cliCniDirs(io.env) });
        io.stdout.write(`${name}\n`);
      }
      done(0);
    });
}

function addInspect(pod: Command, io: CliIO, done: Done): void {
  pod
    .command('inspect')
    .description('Show pods as JSON: sandbox PID, members, states and namespace inodes')
    .argument('<pod...>', 'pod names')
    .action(async (names: string[], _raw: unknown, command: Command) => {
      const { inspectPod } = await import('../../pod/inspect.js');
      const { client } = await session(command, io);
      using _ = client;
      const out = [];
      for (const name of names) out.push(await inspectPod(client, name, { signal: io.signal }));
      printJson(io.stdout, out);
      done(0);
    });
}

function addLogs(pod: Command, io: CliIO, done: Done): void {
  pod
    .command('logs')
    .description("Show the logs of a pod's containers, each line prefixed with the container's name")
    .argument('<pod>', 'pod name')
    .option('-c, --container <name>', 'only this container')
    .option('-f, --follow', 'keep printing new lines until every container has exited (or Ctrl-C)')
    .option('--tail <n>', 'only the last n lines of each container')
    .option(
      '--since <time>',
      'only lines since a time: RFC 3339 (2024-01-02T15:04:05Z), Unix seconds, or a duration before now (10m, 1h30m)',
    )
    .option('--until <time>', 'only lines until a time, in the same forms as --since')
    .option('-t, --timestamps', 'show timestamps')
    .action(async (name: string, raw: unknown, command: Command) => {
      const flags = parseFlags(logsFlags, raw, 'pod logs');
      const [{ readContainerLog, mergeByTime }, { logWindow }] = await Promise.all([
        import('../../logs/logs.js'),
        import('./log-flags.js'),
      ]);
      const window = await logWindow(flags);
      const { client, pods } = await session(command, io);
      using _ = client;
      const members = await pods.listPodMembers(
        client,
        await pods.getPod(client, name, { signal: io.signal }),
        io.signal,
      );
      const chosen = flags.container === undefined ? members : members.filter((m) => m.name === flags.container);
      if (chosen.length === 0 && flags.container !== undefined)
        throw invalidArgument(`pod ${name} has no container ${flags.container}`);
      const tailed = flags.tail === undefined ? {} : { tail: flags.tail };
      const print = (l: { name: string; stream: string; time: string; text: string }) =>
        (l.stream === 'stderr' ? io.stderr : io.stdout).write(
          `${l.name} ${flags.timestamps ? `${l.time} ` : ''}${l.text}\n`,
        );
      if (flags.follow === true) {
        const { followContainerLogs } = await import('../../logs/log-follow.js');
        await followContainerLogs(client, chosen, {
          ...window,
          ...tailed,
          ...(io.signal ? { signal: io.signal } : {}),
          onLine: print,
        });
      } else {
        const logs = await Promise.all(
          chosen.map(async (m) =>
            (await readContainerLog(m.logPath, { ...window, ...tailed })).map((l) => ({ ...l, name: m.name })),
          ),
        );
        for (const l of mergeByTime(logs)) print(l);
      }
      done(0);
    });
}

export function registerPod(program: Command, io: CliIO, done: Done): void {
  const pod = program.command('pod').description('Manage pods');
  addCreate(pod, io, done);
  addList(pod.command('ls').alias('list'), io, done);
  addList(pod.command('ps'), io, done);
  addInspect(pod, io, done);
  addEach(pod, io, done, 'stop').option(
    '-t, --time <seconds>',
    "seconds to wait before SIGKILL (default: each member's --stop-timeout, else 10)",
  );
  addEach(pod, io, done, 'start');
  addEach(pod, io, done, 'rm').option('-f, --force', 'remove running pods too');
  addLogs(pod, io, done);
  registerPodTop(pod, io, done);
  registerPodStats(pod, io, done);
}
