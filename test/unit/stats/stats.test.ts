import test from 'ava';
import type { CgroupV1Metrics, CgroupV2Metrics } from '../../../src/containerd/cgroup-metrics.js';
import {
  cpuPercent,
  effectiveLimit,
  parseNetDev,
  statsRow,
  sumStats,
  toSample,
  type ContainerStats,
  type NetSample,
  type StatsSample,
} from '../../../src/stats/stats.js';

const MiB = 1024 * 1024;
const HOST = 8 * 1024 * MiB;

const v1 = (over: Partial<CgroupV1Metrics> = {}): CgroupV1Metrics => ({
  version: 'v1',
  pids: { current: 2, limit: 0 },
  cpu: { total: 5e9, kernel: 1e9, user: 4e9, perCpu: [2.5e9, 2.5e9] },
  memory: {
    cache: 8192,
    rss: 4 * MiB,
    totalInactiveFile: 1 * MiB,
    usage: { usage: 6 * MiB, limit: 64 * MiB, max: 7 * MiB, failcnt: 0 },
  },
  blkioBytes: [
    { op: 'Read', major: 8, minor: 0, value: 4096 },
    { op: 'Write', major: 8, minor: 0, value: 1000 },
    { op: 'Total', major: 8, minor: 0, value: 5096 },
    { op: 'Read', major: 8, minor: 16, value: 100 },
  ],
  ...over,
});

const v2 = (over: Partial<CgroupV2Metrics['memory']> = {}): CgroupV2Metrics => ({
  version: 'v2',
  pids: { current: 3, limit: 100 },
  cpu: { usageUsec: 2_500_000, userUsec: 2_000_000, systemUsec: 500_000 },
  memory: { usage: 10 * MiB, usageLimit: 2 ** 64 - 1, inactiveFile: 2 * MiB, anon: 5 * MiB, file: 3 * MiB, ...over },
  io: [
    { major: 259, minor: 0, rbytes: 300, wbytes: 700 },
    { major: 8, minor: 0, rbytes: 1, wbytes: 2 },
  ],
  memoryEvents: { oom: 0, oomKill: 0 },
});

test('a v1 sample: usage without inactive file pages, Read and Write bytes summed over devices', (t) => {
  t.deepEqual(toSample(v1(), 1000), {
    time: 1000,
    cpuNanos: 5e9,
    memoryUsage: 5 * MiB,
    memoryLimit: 64 * MiB,
    pids: 2,
    blockRead: 4196,
    blockWrite: 1000,
  });
});

test("a v1 sample with no limit (the kernel's page-aligned 2^63) has limit 0", (t) => {
  const m = v1();
  t.is(
    toSample({ ...m, memory: { ...m.memory, usage: { ...m.memory.usage, limit: 9223372036854771712 } } }, 0)
      .memoryLimit,
    0,
  );
});

test('a v1 sample keeps the usage when the inactive file pages are not below it', (t) => {
  const m = v1();
  t.is(toSample({ ...m, memory: { ...m.memory, totalInactiveFile: 7 * MiB } }, 0).memoryUsage, 6 * MiB);
});

test('a v2 sample: microseconds to nanoseconds, "max" as no limit, io bytes summed', (t) => {
  t.deepEqual(toSample(v2(), 2000), {
    time: 2000,
    cpuNanos: 2.5e9,
    memoryUsage: 8 * MiB,
    memoryLimit: 0,
    pids: 3,
    blockRead: 301,
    blockWrite: 702,
  });
  t.is(toSample(v2({ usageLimit: 32 * MiB }), 0).memoryLimit, 32 * MiB);
});

const sample = (time: number, cpuNanos: number): StatsSample => ({
  time,
  cpuNanos,
  memoryUsage: MiB,
  memoryLimit: 0,
  pids: 1,
  blockRead: 0,
  blockWrite: 0,
});

const cpuCases: [string, StatsSample | undefined, StatsSample, number][] = [
  ['one full CPU over a second is 100%', sample(1000, 1e9), sample(2000, 2e9), 100],
  ['two CPUs over half a second is 200%', sample(1000, 0), sample(1500, 1e9), 200],
  ['a quarter CPU is 25%', sample(0, 0), sample(2000, 0.5e9), 25],
  ['no earlier sample is 0%', undefined, sample(2000, 5e9), 0],
  ['a counter that went back (a new task) is 0%', sample(1000, 9e9), sample(2000, 1e9), 0],
  ['no time between samples is 0%', sample(1000, 1e9), sample(1000, 2e9), 0],
];
for (const [title, previous, current, expected] of cpuCases) {
  test(`CPU %: ${title}`, (t) => t.is(cpuPercent(previous, current), expected));
}

test('the limit shown is the cgroup limit, unless there is none or the host has less', (t) => {
  t.is(effectiveLimit(64 * MiB, HOST), 64 * MiB);
  t.is(effectiveLimit(0, HOST), HOST);
  t.is(effectiveLimit(HOST * 2, HOST), HOST);
});

const target = { id: 'web', name: 'web', pod: 'blog', role: 'app' };

test('a row of a running container', (t) => {
  const previous = { ...sample(0, 0), memoryLimit: 64 * MiB };
  const current = {
    ...sample(1000, 0.5e9),
    memoryUsage: 16 * MiB,
    memoryLimit: 64 * MiB,
    pids: 4,
    blockRead: 10,
    blockWrite: 20,
  };
  t.deepEqual(statsRow(target, previous, current, { namespace: 1, rx: 100, tx: 50 }, HOST), {
    ...target,
    running: true,
    cpuPercent: 50,
    memoryUsage: 16 * MiB,
    memoryLimit: 64 * MiB,
    memoryPercent: 25,
    netRx: 100,
    netTx: 50,
    blockRead: 10,
    blockWrite: 20,
    pids: 4,
  });
});

test('a row without a network namespace of its own has null traffic; without a limit, the host memory', (t) => {
  const row = statsRow(target, undefined, sample(1000, 1), undefined, HOST);
  t.like(row, { running: true, cpuPercent: 0, memoryLimit: HOST, netRx: null, netTx: null });
});

test('a row of a container without a task is all null', (t) => {
  t.deepEqual(statsRow(target, sample(0, 0), undefined, undefined, HOST), {
    ...target,
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
  });
});

test("a pod's totals count each network namespace once", (t) => {
  const row = (id: string, cpu: number, mem: number, pids: number, running = true): ContainerStats => ({
    id,
    name: id,
    pod: 'p',
    role: 'app',
    running,
    cpuPercent: running ? cpu : null,
    memoryUsage: running ? mem : null,
    memoryLimit: HOST,
    memoryPercent: 0,
    netRx: 0,
    netTx: 0,
    blockRead: running ? 1 : null,
    blockWrite: running ? 2 : null,
    pids: running ? pids : null,
  });
  const rows = [
    row('pause', 0, MiB, 1),
    row('a', 50, 2 * MiB, 2),
    row('b', 25.5, 3 * MiB, 3),
    row('gone', 0, 0, 0, false),
  ];
  const shared: NetSample = { namespace: 42, rx: 1000, tx: 500 };
  const nets = new Map<string, NetSample>([
    ['pause', shared],
    ['a', shared],
    ['b', { namespace: 43, rx: 1, tx: 2 }],
    ['gone', { namespace: 44, rx: 9, tx: 9 }],
  ]);
  t.deepEqual(sumStats(rows, nets), {
    cpuPercent: 75.5,
    memoryUsage: 6 * MiB,
    netRx: 1001,
    netTx: 502,
    blockRead: 3,
    blockWrite: 6,
    pids: 6,
  });
  t.like(sumStats(rows, new Map()), { netRx: null, netTx: null });
});

test('/proc/<pid>/net/dev: loopback left out, every other interface summed', (t) => {
  const text = [
    'Inter-|   Receive                                                |  Transmit',
    ' face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls carrier compressed',
    '    lo:    1234      10    0    0    0     0          0         0     1234      10    0    0    0     0       0          0',
    '  eth0: 5000000    3000    0    0    0     0          0         0   250000    2000    0    0    0     0       0          0',
    'veth1:100 1 0 0 0 0 0 0 200 2 0 0 0 0 0 0',
    '',
  ].join('\n');
  t.deepEqual(parseNetDev(text), { rx: 5000100, tx: 250200 });
  t.deepEqual(parseNetDev(text.split('\n').slice(0, 3).join('\n')), { rx: 0, tx: 0 });
});
