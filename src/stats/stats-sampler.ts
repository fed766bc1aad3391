/**
 * Samples for `podctl stats` and `pod stats`: one Tasks.Metrics call per round for the running
 * tasks of the chosen containers, their network traffic from /proc/<pid>/net/dev, and rounds a
 * second apart so that CPU % has two samples to compare.
 */
import { readFile, readlink } from 'node:fs/promises';
import { totalmem } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { decodeCgroupMetrics } from '../containerd/cgroup-metrics.js';
import type { ContainerdClient } from '../containerd/client.js';
import { filterClause } from '../containerd/filters.js';
import {
  parseNetDev,
  statsRow,
  toSample,
  type ContainerStats,
  type NetSample,
  type StatsInput,
  type StatsSample,
} from './stats.js';
import { parseNamespaceLink } from '../host/proc-namespaces.js';

export type StatsTarget = StatsInput;

export interface StatsRound {
  /** One row per target, in the targets' order. */
  rows: ContainerStats[];
  /** The network traffic of each running target that has a namespace of its own (not the host's), by ID. */
  nets: Map<string, NetSample>;
}

interface Readings {
  samples: Map<string, StatsSample>;
  nets: Map<string, NetSample>;
}

const netInode = async (pid: number | 'self'): Promise<number | undefined> =>
  parseNamespaceLink(await readlink(`/proc/${pid}/ns/net`).catch(() => ''));

/** The traffic of a process's network namespace; undefined for the host's, whose traffic is not the container's. */
export async function readNetSample(pid: number, hostNamespace?: number): Promise<NetSample | undefined> {
  const namespace = await netInode(pid);
  if (namespace === undefined || namespace === (hostNamespace ?? (await netInode(1)))) return undefined;
  const text = await readFile(`/proc/${pid}/net/dev`, 'utf8').catch(() => undefined);
  return text === undefined ? undefined : { namespace, ...parseNetDev(text) };
}

/** One reading of every target that has a live task. */
async function readAll(
  client: ContainerdClient,
  targets: readonly StatsTarget[],
  signal?: AbortSignal,
): Promise<Readings> {
  const readings: Readings = { samples: new Map(), nets: new Map() };
  if (targets.length === 0) return readings;
  const wanted = new Set(targets.map((t) => t.id));
  const live = (await client.tasks.list('', { signal })).filter(
    (t) => wanted.has(t.containerId) && (t.status === 'running' || t.status === 'paused'),
  );
  // No filter would mean every task of the namespace.
  if (live.length === 0) return readings;
  const [metrics, host] = await Promise.all([
    client.tasks.metrics(
      live.map((t) => filterClause('id', '==', t.containerId)),
      { signal },
    ),
    netInode(1),
  ]);
  for (const m of metrics) {
    const decoded = await decodeCgroupMetrics(m.data);
    if (decoded !== undefined && wanted.has(m.id))
      readings.samples.set(m.id, toSample(decoded, m.timestamp?.getTime() ?? Date.now()));
  }
  await Promise.all(
    live.map(async (t) => {
      const net = await readNetSample(t.pid, host);
      if (net !== undefined) readings.nets.set(t.containerId, net);
    }),
  );
  return readings;
}

export interface WatchStatsOptions {
  /** Time between samples; 1 s by default. */
  intervalMs?: number;
  /** How many rounds to give; unbounded by default. */
  rounds?: number;
  /** Ends the watch quietly (Ctrl-C). */
  signal?: AbortSignal;
  /** The host's memory, the limit shown for a container without one; os.totalmem() by default. */
  hostMemory?: number;
}

/**
 * Rounds of stats for the targets `select` gives (asked again each round, so that containers
 * come and go), each round one interval after the previous reading. The first round comes one
 * interval after the start: CPU % needs two samples. Errors from `select` (an unknown name)
 * surface from the first call; an abort of the signal ends the rounds.
 */
export async function* watchStats(
  client: ContainerdClient,
  select: () => Promise<StatsTarget[]>,
  options: WatchStatsOptions = {},
): AsyncGenerator<StatsRound> {
  const { signal, intervalMs = 1000, rounds = Infinity } = options;
  const hostMemory = options.hostMemory ?? totalmem();
  let previous: Map<string, StatsSample>;
  try {
    previous = (await readAll(client, await select(), signal)).samples;
  } catch (err) {
    if (signal?.aborted === true) return;
    throw err;
  }
  for (let round = 0; round < rounds; round++) {
    let targets: StatsTarget[];
    let current: Readings;
    try {
      await sleep(intervalMs, undefined, { signal });
      targets = await select();
      current = await readAll(client, targets, signal);
    } catch (err) {
      if (signal?.aborted === true) return;
      throw err;
    }
    const rows = targets.map((t) =>
      statsRow(t, previous.get(t.id), current.samples.get(t.id), current.nets.get(t.id), hostMemory),
    );
    previous = current.samples;
    yield { rows, nets: current.nets };
  }
}
