/**
 * `podctl stats` arithmetic, as docker does it: CPU % from two samples (100% is one CPU's worth
 * of time), memory usage without the reclaimable page cache (inactive file pages), the limit
 * capped at the host's memory, block I/O summed over devices. Pure: the samples come from
 * stats-sampler.ts.
 */
import type { CgroupMetrics } from '../containerd/cgroup-metrics.js';

/** One reading of a task's cgroup. */
export interface StatsSample {
  /** When containerd read the cgroup, in milliseconds since the epoch. */
  time: number;
  /** CPU time used since the task started, in nanoseconds. */
  cpuNanos: number;
  /** Bytes in use, the inactive page cache left out (docker's "usage"). */
  memoryUsage: number;
  /** The cgroup's memory limit in bytes; 0 when it has none. */
  memoryLimit: number;
  pids: number;
  /** Bytes read from and written to block devices since the task started. */
  blockRead: number;
  blockWrite: number;
}

/** Traffic of the task's network namespace, loopback left out. */
export interface NetSample {
  /** The namespace's inode: containers that share one are counted once in a total. */
  namespace: number;
  rx: number;
  tx: number;
}

/** One container's row: numbers, null where the container has no running task. */
export interface ContainerStats {
  id: string;
  name: string;
  /** The pod's name; empty for a standalone container. */
  pod: string;
  /** sandbox, app, init or sidecar. */
  role: string;
  running: boolean;
  cpuPercent: number | null;
  memoryUsage: number | null;
  /** The cgroup's limit, or the host's memory when that is lower or there is none. */
  memoryLimit: number | null;
  memoryPercent: number | null;
  /** Null also for a container in the host's network namespace, whose traffic is the host's. */
  netRx: number | null;
  netTx: number | null;
  blockRead: number | null;
  blockWrite: number | null;
  pids: number | null;
}

/** Page-aligned limits at or above this mean "no limit" (v1 writes 2^63 - 4096, v2 2^64 - 1). */
const NO_LIMIT = 2 ** 62;

/** Docker's reading of cgroup statistics, v1 and v2. */
export function toSample(metrics: CgroupMetrics, time: number): StatsSample {
  if (metrics.version === 'v1') {
    const { usage, totalInactiveFile } = metrics.memory;
    const bytes = (op: string) =>
      metrics.blkioBytes.filter((e) => e.op.toLowerCase() === op).reduce((sum, e) => sum + e.value, 0);
    return {
      time,
      cpuNanos: metrics.cpu.total,
      memoryUsage: totalInactiveFile < usage.usage ? usage.usage - totalInactiveFile : usage.usage,
      memoryLimit: usage.limit >= NO_LIMIT ? 0 : usage.limit,
      pids: metrics.pids.current,
      blockRead: bytes('read'),
      blockWrite: bytes('write'),
    };
  }
  const { usage, inactiveFile, usageLimit } = metrics.memory;
  return {
    time,
    cpuNanos: metrics.cpu.usageUsec * 1000,
    memoryUsage: inactiveFile < usage ? usage - inactiveFile : usage,
    memoryLimit: usageLimit >= NO_LIMIT ? 0 : usageLimit,
    pids: metrics.pids.current,
    blockRead: metrics.io.reduce((sum, e) => sum + e.rbytes, 0),
    blockWrite: metrics.io.reduce((sum, e) => sum + e.wbytes, 0),
  };
}

/**
 * CPU time used between two samples over the wall time between them, as a percentage: docker's
 * cpuDelta / systemDelta × onlineCPUs × 100, where systemDelta (the host's CPU time) is the wall
 * time × onlineCPUs. 0 without an earlier sample, or when the counter went back (a new task).
 */
export function cpuPercent(previous: StatsSample | undefined, current: StatsSample): number {
  if (previous === undefined) return 0;
  const cpuDelta = current.cpuNanos - previous.cpuNanos;
  const wallNanos = (current.time - previous.time) * 1e6;
  return cpuDelta > 0 && wallNanos > 0 ? (cpuDelta / wallNanos) * 100 : 0;
}

/** The limit shown: the cgroup's, unless it has none or the host has less. */
export const effectiveLimit = (limit: number, hostMemory: number): number =>
  limit > 0 && limit < hostMemory ? limit : hostMemory;

export interface StatsInput {
  id: string;
  name: string;
  pod: string;
  role: string;
}

/** A container's row from its last two samples; null values when it has no current sample. */
export function statsRow(
  target: StatsInput,
  previous: StatsSample | undefined,
  current: StatsSample | undefined,
  net: NetSample | undefined,
  hostMemory: number,
): ContainerStats {
  const base = { id: target.id, name: target.name, pod: target.pod, role: target.role };
  if (current === undefined) {
    return {
      ...base,
      running: false,
      cpuPercent: null,
      memoryUsage: null,
      memoryLimit: null,
      memoryPercent: null,
      netRx: null,
      netTx: null,
      blockRead: null,
      blockWrite: null,
      pids: null,
    };
  }
  const limit = effectiveLimit(current.memoryLimit, hostMemory);
  return {
    ...base,
    running: true,
    cpuPercent: cpuPercent(previous, current),
    memoryUsage: current.memoryUsage,
    memoryLimit: limit,
    memoryPercent: limit > 0 ? (current.memoryUsage / limit) * 100 : 0,
    netRx: net?.rx ?? null,
    netTx: net?.tx ?? null,
    blockRead: current.blockRead,
    blockWrite: current.blockWrite,
    pids: current.pids,
  };
}

export interface StatsTotals {
  cpuPercent: number;
  memoryUsage: number;
  netRx: number | null;
  netTx: number | null;
  blockRead: number;
  blockWrite: number;
  pids: number;
}

/**
 * The sum of rows (a pod's containers): each network namespace's traffic counted once, since
 * the members of a pod share the sandbox's.
 */
export function sumStats(rows: readonly ContainerStats[], nets: ReadonlyMap<string, NetSample>): StatsTotals {
  const add = (pick: (r: ContainerStats) => number | null) => rows.reduce((sum, r) => sum + (pick(r) ?? 0), 0);
  const namespaces = new Map<number, NetSample>();
  for (const r of rows) {
    const net = r.running ? nets.get(r.id) : undefined;
    if (net !== undefined) namespaces.set(net.namespace, net);
  }
  const traffic = [...namespaces.values()];
  return {
    cpuPercent: add((r) => r.cpuPercent),
    memoryUsage: add((r) => r.memoryUsage),
    netRx: traffic.length === 0 ? null : traffic.reduce((sum, n) => sum + n.rx, 0),
    netTx: traffic.length === 0 ? null : traffic.reduce((sum, n) => sum + n.tx, 0),
    blockRead: add((r) => r.blockRead),
    blockWrite: add((r) => r.blockWrite),
    pids: add((r) => r.pids),
  };
}

/** Received and sent bytes of /proc/<pid>/net/dev, loopback left out. */
export function parseNetDev(text: string): { rx: number; tx: number } {
  let rx = 0;
  let tx = 0;
  for (const line of text.split('\n').slice(2)) {
    const m = /^\s*([^:\s]+):\s*(.*)$/.exec(line);
    if (m === null || m[1] === 'lo') continue;
    const fields = (m[2] ?? '').trim().split(/\s+/).map(Number);
    // Receive: bytes packets errs drop fifo frame compressed multicast; then transmit: bytes …
    rx += fields[0] ?? 0;
    tx += fields[8] ?? 0;
  }
  return { rx, tx };
}
