// Tasks: a container's processes. The init process has an empty exec ID; `exec` adds others.
import { PROCESS_TYPE_URL, encodeJsonAny } from '../any.js';
import type { CallOptions, Connection } from '../connection.js';
import { toAnyValue, toDate, type AnyValue, type Descriptor, type Mount, type RawTimestamp } from './types.js';
import { serviceRef } from '../proto.js';

export type TaskStatus = 'unknown' | 'created' | 'running' | 'stopped' | 'paused' | 'pausing';

/**
 * Where a process's stdio goes: FIFO paths, or URIs the runc shim understands
 * (`file:///path` appends stdout and stderr to one file, `binary:///path?args` pipes to a program).
 * All empty means no stdio. The URI goes in stdout; stderr follows it.
 */
export interface Stdio {
  stdin?: string;
  stdout?: string;
  stderr?: string;
  terminal?: boolean;
}

export interface ProcessRecord {
  containerId: string;
  /** The exec ID; the container ID for the init process. */
  id: string;
  pid: number;
  status: TaskStatus;
  stdin: string;
  stdout: string;
  stderr: string;
  terminal: boolean;
  exitStatus: number;
  exitedAt: Date | undefined;
}

export interface ExitRecord {
  pid: number;
  exitStatus: number;
  exitedAt: Date | undefined;
}

export interface NewTask extends Stdio {
  containerId: string;
  /** Mounted by the shim onto the bundle's rootfs, in order; none when the spec's root is a host path. */
  rootfs?: Mount[];
  checkpoint?: Descriptor;
  /** Runtime options, e.g. runc's, as an Any. */
  options?: AnyValue;
}

export interface NewExec extends Stdio {
  containerId: string;
  execId: string;
  /** The OCI process spec (args, env, cwd, user…), stored as JSON in an Any. */
  spec: object;
}

export interface ProcessPid {
  pid: number;
  /** Runtime-specific details, e.g. a runc exec's ID. */
  info: AnyValue | undefined;
}

export interface TaskMetric {
  id: string;
  timestamp: Date | undefined;
  /** The runtime's statistics message (cgroups v1 or v2 metrics), undecoded. */
  data: AnyValue | undefined;
}

const SERVICE = serviceRef('containerd.services.tasks.v1.Tasks', () => import('../gen/codecs/tasks.js'));

interface RawProcess extends Omit<ProcessRecord, 'status' | 'exitedAt'> {
  status: string;
  exitedAt: RawTimestamp | null;
}

interface RawExit {
  pid: number;
  exitStatus: number;
  exitedAt: RawTimestamp | null;
}

const STATUSES: readonly TaskStatus[] = ['unknown', 'created', 'running', 'stopped', 'paused', 'pausing'];

/** containerd's Status enum name (`RUNNING`) as podctl's status. */
export function toTaskStatus(name: string): TaskStatus {
  const status = name.toLowerCase();
  return STATUSES.find((s) => s === status) ?? 'unknown';
}

// containerd 1.6 leaves container_id empty; an init process's id is its container's.
const toProcess = (raw: RawProcess, containerId = raw.containerId || raw.id): ProcessRecord => ({
  containerId,
  id: raw.id,
  pid: raw.pid,
  status: toTaskStatus(raw.status),
  stdin: raw.stdin,
  stdout: raw.stdout,
  stderr: raw.stderr,
  terminal: raw.terminal,
  exitStatus: raw.exitStatus,
  exitedAt: toDate(raw.exitedAt),
});

/**
 * The stdio as the runc shim needs it. A stdout URI sends stderr to the same place whatever
 * stderr says, but the 1.6 shim crashes when stderr is empty then: so stderr repeats it.
 */
export function shimStdio<T extends Stdio>(stdio: T): T {
  const uri = /^(file|binary):/.test(stdio.stdout ?? '');
  return uri && !stdio.stderr ? { ...stdio, stderr: stdio.stdout } : stdio;
}

const toExit = (raw: RawExit): ExitRecord => ({
  pid: raw.pid,
  exitStatus: raw.exitStatus,
  exitedAt: toDate(raw.exitedAt),
});

export class TasksService {
  constructor(private readonly conn: Connection) {}

  /** Creates the init process, stopped before it runs: `start` runs it. */
  async create(task: NewTask, options?: CallOptions): Promise<{ containerId: string; pid: number }> {
    const { rootfs = [], options: runtimeOptions, ...rest } = shimStdio(task);
    const request = { ...rest, rootfs, ...(runtimeOptions && { options: toAnyValue(runtimeOptions) }) };
    const res = await this.conn.unary<{ containerId: string; pid: number }>(SERVICE, 'Create', request, options);
    return { containerId: res.containerId, pid: res.pid };
  }

  /** Starts the init process, or the exec process `execId`; returns its PID. */
  async start(containerId: string, execId = '', options?: CallOptions): Promise<number> {
    const res = await this.conn.unary<{ pid: number }>(SERVICE, 'Start', { containerId, execId }, options);
    return res.pid;
  }

  /** Deletes a stopped task (fails with failed-precondition while it runs). */
  async delete(containerId: string, options?: CallOptions): Promise<ExitRecord> {
    return toExit(await this.conn.unary<RawExit>(SERVICE, 'Delete', { containerId }, options));
  }

  async deleteProcess(containerId: string, execId: string, options?: CallOptions): Promise<ExitRecord> {
    return toExit(await this.conn.unary<RawExit>(SERVICE, 'DeleteProcess', { containerId, execId }, options));
  }

  async get(containerId: string, execId = '', options?: CallOptions): Promise<ProcessRecord> {
    const res = await this.conn.unary<{ process: RawProcess }>(SERVICE, 'Get', { containerId, execId }, options);
    return toProcess(res.process, containerId);
  }

  async list(filter = '', options?: CallOptions): Promise<ProcessRecord[]> {
    const res = await this.conn.unary<{ tasks: RawProcess[] }>(SERVICE, 'List', { filter }, options);
    return res.tasks.map((p) => toProcess(p));
  }

  /** Sends a signal (a number: 15 for SIGTERM) to one process, or with `all` to every process of the task. */
  async kill(
    containerId: string,
    signal: number,
    opts: { execId?: string; all?: boolean } = {},
    options?: CallOptions,
  ): Promise<void> {
    await this.conn.unary(
      SERVICE,
      'Kill',
      { containerId, signal, execId: opts.execId ?? '', all: opts.all ?? false },
      options,
    );
  }

  /** Adds a process to a running task; `start(containerId, execId)` runs it. */
  async exec(process: NewExec, options?: CallOptions): Promise<void> {
    const { spec, ...rest } = shimStdio(process);
    await this.conn.unary(
      SERVICE,
      'Exec',
      { ...rest, spec: toAnyValue(encodeJsonAny(PROCESS_TYPE_URL, spec)) },
      options,
    );
  }

  async resizePty(
    containerId: string,
    size: { width: number; height: number },
    execId = '',
    options?: CallOptions,
  ): Promise<void> {
    await this.conn.unary(SERVICE, 'ResizePty', { containerId, execId, ...size }, options);
  }

  /** Closes the process's stdin, so that it reads end-of-file. */
  async closeIO(containerId: string, execId = '', options?: CallOptions): Promise<void> {
    await this.conn.unary(SERVICE, 'CloseIO', { containerId, execId, stdin: true }, options);
  }

  async pause(containerId: string, options?: CallOptions): Promise<void> {
    await this.conn.unary(SERVICE, 'Pause', { containerId }, options);
  }

  async resume(containerId: string, options?: CallOptions): Promise<void> {
    await this.conn.unary(SERVICE, 'Resume', { containerId }, options);
  }

  async listPids(containerId: string, options?: CallOptions): Promise<ProcessPid[]> {
    const res = await this.conn.unary<{ processes: { pid: number; info: AnyValue | null }[] }>(
      SERVICE,
      'ListPids',
      { containerId },
      options,
    );
    return res.processes.map((p) => ({ pid: p.pid, info: p.info ? toAnyValue(p.info) : undefined }));
  }

  /** Changes the task's resources: an Any of the OCI LinuxResources JSON. */
  async update(
    containerId: string,
    resources: AnyValue,
    annotations: Record<string, string> = {},
    options?: CallOptions,
  ): Promise<void> {
    await this.conn.unary(SERVICE, 'Update', { containerId, resources: toAnyValue(resources), annotations }, options);
  }

  /** One sample per matching task; filters as in containerd (`id==web`). */
  async metrics(filters: string[] = [], options?: CallOptions): Promise<TaskMetric[]> {
    const res = await this.conn.unary<{
      metrics: { id: string; timestamp: RawTimestamp | null; data: AnyValue | null }[];
    }>(SERVICE, 'Metrics', { filters }, options);
    return res.metrics.map((m) => ({
      id: m.id,
      timestamp: toDate(m.timestamp),
      data: m.data ? toAnyValue(m.data) : undefined,
    }));
  }

  /** Resolves when the process exits, at once if it already has. No deadline unless given. */
  async wait(containerId: string, execId = '', options: CallOptions = {}): Promise<Omit<ExitRecord, 'pid'>> {
    const res = await this.conn.unary<RawExit>(
      SERVICE,
      'Wait',
      { containerId, execId },
      { ...options, timeoutMs: options.timeoutMs ?? Infinity },
    );
    return { exitStatus: res.exitStatus, exitedAt: toDate(res.exitedAt) };
  }
}
