import test from 'ava';
import { decodeCgroupMetrics, encodeCgroupMetrics } from '../../../src/containerd/cgroup-metrics.js';

const UNLIMITED_V1 = 9223372036854771712;

test('cgroup v1 metrics decode into a plain record', async (t) => {
  const data = await encodeCgroupMetrics('v1', {
    pids: { current: 3, limit: 64 },
    cpu: { usage: { total: 98700878076, kernel: 50000000, user: 98640000000, perCpu: [44445408180, 54255469896] } },
    memory: {
      cache: 4096,
      rss: 61440,
      totalInactiveFile: 1024,
      usage: { usage: 368640, limit: 67108864, max: 2777088 },
      swap: { limit: UNLIMITED_V1 },
    },
    blkio: {
      ioServiceBytesRecursive: [
        { op: 'Read', device: '', major: 8, minor: 0, value: 4096 },
        { op: 'Write', major: 8, minor: 0, value: 512 },
      ],
    },
  });
  t.deepEqual(await decodeCgroupMetrics(data), {
    version: 'v1',
    pids: { current: 3, limit: 64 },
    cpu: { total: 98700878076, kernel: 50000000, user: 98640000000, perCpu: [44445408180, 54255469896] },
    memory: {
      cache: 4096,
      rss: 61440,
      totalInactiveFile: 1024,
      usage: { usage: 368640, limit: 67108864, max: 2777088, failcnt: 0 },
    },
    blkioBytes: [
      { op: 'Read', major: 8, minor: 0, value: 4096 },
      { op: 'Write', major: 8, minor: 0, value: 512 },
    ],
  });
});

test('cgroup v2 metrics decode into a plain record; a uint64 max stays above any real limit', async (t) => {
  const data = await encodeCgroupMetrics('v2', {
    pids: { current: 2 },
    cpu: { usageUsec: 1500000, userUsec: 1000000, systemUsec: 500000 },
    memory: { usage: 1048576, usageLimit: '18446744073709551615', inactiveFile: 4096, anon: 65536, file: 8192 },
    io: {
      usage: [
        { major: 259, minor: 0, rbytes: 100, wbytes: 200 },
        { major: 8, minor: 0, rbytes: 1, wbytes: 2 },
      ],
    },
    memoryEvents: { oomKill: 1 },
  });
  const m = await decodeCgroupMetrics(data);
  if (m?.version !== 'v2') return t.fail('not decoded as v2');
  t.deepEqual(m.pids, { current: 2, limit: 0 });
  t.deepEqual(m.cpu, { usageUsec: 1500000, userUsec: 1000000, systemUsec: 500000 });
  t.true(m.memory.usageLimit >= 1.8e19);
  t.deepEqual(
    { ...m.memory, usageLimit: 0 },
    { usage: 1048576, usageLimit: 0, inactiveFile: 4096, anon: 65536, file: 8192 },
  );
  t.deepEqual(m.io, [
    { major: 259, minor: 0, rbytes: 100, wbytes: 200 },
    { major: 8, minor: 0, rbytes: 1, wbytes: 2 },
  ]);
  t.deepEqual(m.memoryEvents, { oom: 0, oomKill: 1 });
});

test('absent sub-messages decode as zeros', async (t) => {
  t.deepEqual(await decodeCgroupMetrics(await encodeCgroupMetrics('v1', {})), {
    version: 'v1',
    pids: { current: 0, limit: 0 },
    cpu: { total: 0, kernel: 0, user: 0, perCpu: [] },
    memory: { cache: 0, rss: 0, totalInactiveFile: 0, usage: { usage: 0, limit: 0, max: 0, failcnt: 0 } },
    blkioBytes: [],
  });
});

test('a type URL with a host prefix is accepted', async (t) => {
  const data = await encodeCgroupMetrics('v2', { pids: { current: 5 } });
  t.is((await decodeCgroupMetrics({ ...data, typeUrl: `types.googleapis.com/${data.typeUrl}` }))?.pids.current, 5);
});

test('no data, or another runtime type, is undefined', async (t) => {
  t.is(await decodeCgroupMetrics(undefined), undefined);
  t.is(await decodeCgroupMetrics({ typeUrl: 'io.containerd.runhcs.v1.Metrics', value: Buffer.alloc(0) }), undefined);
});
