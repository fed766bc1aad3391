// The runc shim's answer to Tasks.Metrics: the data Any holds the task's cgroup statistics, as
// io.containerd.cgroups.v1.Metrics on cgroup v1 and hybrid hosts and as
// io.containerd.cgroups.v2.Metrics on cgroup v2 hosts. Decoded here into plain records, absent
// sub-messages as zeros, so that nothing above this layer sees protobuf. Their codecs load on
// first use.
import { messageCodec, type CodecModule } from './proto.js';
import type { AnyValue } from './services/types.js';

export const CGROUP_V1_METRICS = 'io.containerd.cgroups.v1.Metrics';
export const CGROUP_V2_METRICS = 'io.containerd.cgroups.v2.Metrics';

export interface CgroupV1Metrics {
  version: 'v1';
  pids: { current: number; limit: number };
  /** Nanoseconds. */
  cpu: { total: number; kernel: number; user: number; perCpu: number[] };
  memory: {
    cache: number;
    rss: number;
    totalInactiveFile: number;
    usage: { usage: number; limit: number; max: number; failcnt: number };
  };
  /** io_service_bytes_recursive, one entry per device and op (Read, Write, …). */
  blkioBytes: { op: string; major: number; minor: number; value: number }[];
}

export interface CgroupV2Metrics {
  version: 'v2';
  pids: { current: number; limit: number };
  /** Microseconds. */
  cpu: { usageUsec: number; userUsec: number; systemUsec: number };
  memory: { usage: number; usageLimit: number; inactiveFile: number; anon: number; file: number };
  /** io.stat, one entry per device. */
  io: { major: number; minor: number; rbytes: number; wbytes: number }[];
  memoryEvents: { oom: number; oomKill: number };
}

export type CgroupMetrics = CgroupV1Metrics | CgroupV2Metrics;

/** A decoded message as protobufjs gives it with `defaults`: absent messages are null. */
type Raw = Record<string, unknown>;

const obj = (value: unknown): Raw =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Raw) : {};
const num = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);
const list = (value: unknown): Raw[] => (Array.isArray(value) ? value.map(obj) : []);

function toV1(raw: Raw): CgroupV1Metrics {
  const pids = obj(raw['pids']);
  const usage = obj(obj(raw['cpu'])['usage']);
  const memory = obj(raw['memory']);
  const memUsage = obj(memory['usage']);
  return {
    version: 'v1',
    pids: { current: num(pids['current']), limit: num(pids['limit']) },
    cpu: {
      total: num(usage['total']),
      kernel: num(usage['kernel']),
      user: num(usage['user']),
      perCpu: Array.isArray(usage['perCpu']) ? usage['perCpu'].map(num) : [],
    },
    memory: {
      cache: num(memory['cache']),
      rss: num(memory['rss']),
      totalInactiveFile: num(memory['totalInactiveFile']),
      usage: {
        usage: num(memUsage['usage']),
        limit: num(memUsage['limit']),
        max: num(memUsage['max']),
        failcnt: num(memUsage['failcnt']),
      },
    },
    blkioBytes: list(obj(raw['blkio'])['ioServiceBytesRecursive']).map((e) => ({
      op: typeof e['op'] === 'string' ? e['op'] : '',
      major: num(e['major']),
      minor: num(e['minor']),
      value: num(e['value']),
    })),
  };
}

function toV2(raw: Raw): CgroupV2Metrics {
  const pids = obj(raw['pids']);
  const cpu = obj(raw['cpu']);
  const memory = obj(raw['memory']);
  const events = obj(raw['memoryEvents']);
  return {
    version: 'v2',
    pids: { current: num(pids['current']), limit: num(pids['limit']) },
    cpu: { usageUsec: num(cpu['usageUsec']), userUsec: num(cpu['userUsec']), systemUsec: num(cpu['systemUsec']) },
    memory: {
      usage: num(memory['usage']),
      usageLimit: num(memory['usageLimit']),
      inactiveFile: num(memory['inactiveFile']),
      anon: num(memory['anon']),
      file: num(memory['file']),
    },
    io: list(obj(raw['io'])['usage']).map((e) => ({
      major: num(e['major']),
      minor: num(e['minor']),
      rbytes: num(e['rbytes']),
      wbytes: num(e['wbytes']),
    })),
    memoryEvents: { oom: num(events['oom']), oomKill: num(events['oomKill']) },
  };
}

let codecs: Promise<CodecModule> | undefined;
const loadCodecs = (): Promise<CodecModule> => (codecs ??= import('./gen/codecs/cgroup-metrics.js'));

/** The message name of a type URL, with or without a `host/` prefix. */
const typeNameOf = (typeUrl: string): string => typeUrl.slice(typeUrl.lastIndexOf('/') + 1);

/**
 * A task's cgroup statistics from Tasks.Metrics data; undefined when there is none or it is of
 * another runtime's type (a VM runtime's, say).
 */
export async function decodeCgroupMetrics(data: AnyValue | undefined): Promise<CgroupMetrics | undefined> {
  if (data === undefined) return undefined;
  const name = typeNameOf(data.typeUrl);
  if (name !== CGROUP_V1_METRICS && name !== CGROUP_V2_METRICS) return undefined;
  const raw = messageCodec(await loadCodecs(), name).decode(data.value) as Raw;
  return name === CGROUP_V1_METRICS ? toV1(raw) : toV2(raw);
}

/** Encodes cgroup statistics (protobufjs object form) as the shim would send them; for tests. */
export async function encodeCgroupMetrics(version: 'v1' | 'v2', message: object): Promise<AnyValue> {
  const name = version === 'v1' ? CGROUP_V1_METRICS : CGROUP_V2_METRICS;
  return { typeUrl: name, value: messageCodec(await loadCodecs(), name).encode(message) };
}
