// `podctl stats` and `podctl pod stats`: CPU, memory, network, block I/O and PIDs, refreshed
// every second until Ctrl-C, or one sample with --no-stream; docker's columns and units.
import type { Command } from 'commander';
import * as z from 'zod/mini';
import type { ContainerStats, StatsTotals } from '../../stats/stats.js';
import type { StatsRound, StatsTarget } from '../../stats/stats-sampler.js';
import { formatFlag, parseFlags } from '../flags.js';
import { binarySize, humanSize } from '../format.js';
import { openClient } from '../global.js';
import type { CliIO } from '../io.js';
import { printTable } from '../output.js';

type Done = (code: number) => void;

// Commander turns --no-stream into `stream: false`.
const statsFlags = z.object({ stream: z.optional(z.boolean()), all: z.optional(z.boolean()), format: formatFlag });
type StatsFlags = z.infer<typeof statsFlags>;

/** Clears a terminal and puts the cursor home, so that each refresh replaces the last. */
const CLEAR = '\x1b[2J\x1b[H';

const percent = (v: number | null) => (v === null ? '--' : `${v.toFixed(2)}%`);
const pair = (a: number | null, b: number | null, size: (n: number) => string) =>
  a === null || b === null ? '--' : `${size(a)} / ${size(b)}`;

/** docker's stats columns after the leading ones. */
const STAT_HEADER = ['CPU %', 'MEM USAGE / LIMIT', 'MEM %', 'NET I/O', 'BLOCK I/O', 'PIDS'];
const statCells = (r: ContainerStats): string[] => [
  percent(r.cpuPercent),
  pair(r.memoryUsage, r.memoryLimit, binarySize),
  percent(r.memoryPercent),
  pair(r.netRx, r.netTx, humanSize),
  pair(r.blockRead, r.blockWrite, humanSize),
  r.pids === null ? '--' : String(r.pids),
];

/** Prints each round, as a table (replacing the last on a terminal) or as one line of JSON. */
async function printRounds(
  command: Command,
  io: CliIO,
  flags: StatsFlags,
  selectFor: (client: Awaited<ReturnType<typeof openClient>>) => Promise<() => Promise<StatsTarget[]>>,
  print: (round: StatsRound) => void | Promise<void>,
): Promise<void> {
  const { watchStats } = await import('../../stats/stats-sampler.js');
  using client = await openClient(command, io);
  const select = await selectFor(client);
  const stream = flags.stream !== false;
  for await (const round of watchStats(client, select, {
    ...(io.signal ? { signal: io.signal } : {}),
    ...(stream ? {} : { rounds: 1 }),
  })) {
    if (stream && flags.format !== 'json' && io.stdout.isTTY === true) io.stdout.write(CLEAR);
    await print(round);
  }
}

export function registerStats(program: Command, io: CliIO, done: Done): void {
  program
    .command('stats')
    .description('Show CPU, memory, network, block I/O and PIDs of running containers, refreshed every second')
    .argument('[container...]', 'container names (default: every running container)')
    .option('-a, --all', 'show stopped containers too (without names)')
    .option('--no-stream', 'print one sample and exit')
    .option('--format <format>', 'output format: table, or json (one line, an array, per sample)', 'table')
    .action(async (names: string[], raw: unknown, command: Command) => {
      const flags = parseFlags(statsFlags, raw, 'stats');
      const { containerStatsTargets } = await import('../../stats/stats-targets.js');
      await printRounds(
        command,
        io,
        flags,
        (client) =>
          containerStatsTargets(client, names, {
            all: flags.all === true,
            ...(io.signal ? { signal: io.signal } : {}),
          }),
        ({ rows }) => {
          if (flags.format === 'json') io.stdout.write(`${JSON.stringify(rows.map(({ role: _, ...r }) => r))}\n`);
          else
            printTable(
              io.stdout,
              ['CONTAINER ID', 'NAME', ...STAT_HEADER],
              rows.map((r) => [r.id, r.name, ...statCells(r)]),
            );
        },
      );
      done(0);
    });
}

interface PodStats extends StatsTotals {
  name: string;
  containers: ContainerStats[];
}

/** Rows grouped by pod, in order, with each pod's totals. */
async function byPod(round: StatsRound): Promise<PodStats[]> {
  const { sumStats } = await import('../../stats/stats.js');
  const pods = new Map<string, ContainerStats[]>();
  for (const r of round.rows) pods.set(r.pod, [...(pods.get(r.pod) ?? []), r]);
  return [...pods].map(([name, rows]) => ({ name, ...sumStats(rows, round.nets), containers: rows }));
}

/** `podctl pod stats [POD...]`: a row per container of each pod, the sandbox first (as podman shows them). */
export function registerPodStats(pod: Command, io: CliIO, done: Done): void {
  pod
    .command('stats')
    .description("Show the stats of each pod's sandbox and members, refreshed every second")
    .argument('[pod...]', 'pod names (default: every running pod)')
    .option('--no-stream', 'print one sample and exit')
    .option(
      '--format <format>',
      "output format: table, or json (one line per sample: the pods, each with its totals and its containers' rows)",
      'table',
    )
    .action(async (names: string[], raw: unknown, command: Command) => {
      const flags = parseFlags(statsFlags, raw, 'pod stats');
      const { podStatsTargets } = await import('../../stats/stats-targets.js');
      await printRounds(
        command,
        io,
        flags,
        (client) => podStatsTargets(client, names, io.signal ? { signal: io.signal } : {}),
        async (round) => {
          if (flags.format === 'json') io.stdout.write(`${JSON.stringify(await byPod(round))}\n`);
          else
            printTable(
              io.stdout,
              ['POD', 'NAME', 'ROLE', ...STAT_HEADER],
              round.rows.map((r) => [r.pod, r.name, r.role, ...statCells(r)]),
            );
        },
      );
      done(0);
    });
}
