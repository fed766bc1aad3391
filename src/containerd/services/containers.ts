// Container metadata records. A container holds no process: its task does (tasks.ts).
import { SPEC_TYPE_URL, encodeSpec } from '../any.js';
import type { CallOptions, Connection } from '../connection.js';
import { toAnyValue, toDate, type AnyValue, type RawTimestamp } from './types.js';
import { serviceRef } from '../proto.js';

export interface ContainerRuntime {
  /** e.g. `io.containerd.runc.v2`. */
  name: string;
  options: AnyValue | undefined;
}

export interface ContainerRecord {
  id: string;
  labels: Record<string, string>;
  image: string;
  runtime: ContainerRuntime;
  /** The OCI runtime spec as parsed JSON; undefined when absent or of another type. */
  spec: unknown;
  snapshotter: string;
  snapshotKey: string;
  extensions: Record<string, AnyValue>;
  createdAt: Date | undefined;
  updatedAt: Date | undefined;
}

export interface NewContainer {
  id: string;
  image?: string;
  labels?: Record<string, string>;
  runtime: { name: string; options?: AnyValue };
  /** The OCI runtime spec; stored as JSON in an Any. */
  spec: object;
  snapshotter?: string;
  snapshotKey?: string;
  extensions?: Record<string, AnyValue>;
}

/** The fields to change, with the container's ID; the others are left out of the request. */
export type ContainerChanges = Pick<NewContainer, 'id'> & Partial<Omit<NewContainer, 'id'>>;

const SERVICE = serviceRef('containerd.services.containers.v1.Containers', () => import('../gen/codecs/containers.js'));

interface RawContainer {
  id: string;
  labels: Record<string, string>;
  image: string;
  runtime: { name: string; options: AnyValue | null } | null;
  spec: AnyValue | null;
  snapshotter: string;
  snapshotKey: string;
  createdAt: RawTimestamp | null;
  updatedAt: RawTimestamp | null;
  extensions: Record<string, AnyValue>;
}

const mapValues = <A, B>(record: Record<string, A>, f: (a: A) => B): Record<string, B> =>
  Object.fromEntries(Object.entries(record).map(([k, v]) => [k, f(v)]));

function decodeSpec(raw: AnyValue | null): unknown {
  const any = raw ? toAnyValue(raw) : undefined;
  if (!any || any.typeUrl !== SPEC_TYPE_URL || any.value.length === 0) return undefined;
  return JSON.parse(any.value.toString('utf8'));
}

function toRecord(raw: RawContainer): ContainerRecord {
  return {
    id: raw.id,
    labels: { ...raw.labels },
    image: raw.image,
    runtime: {
      name: raw.runtime?.name ?? '',
      options: raw.runtime?.options ? toAnyValue(raw.runtime.options) : undefined,
    },
    spec: decodeSpec(raw.spec),
    snapshotter: raw.snapshotter,
    snapshotKey: raw.snapshotKey,
    extensions: mapValues(raw.extensions, toAnyValue),
    createdAt: toDate(raw.createdAt),
    updatedAt: toDate(raw.updatedAt),
  };
}

function toRequest(c: ContainerChanges): object {
  return {
    id: c.id,
    ...(c.image !== undefined && { image: c.image }),
    ...(c.labels !== undefined && { labels: c.labels }),
    ...(c.runtime !== undefined && {
      runtime: { name: c.runtime.name, options: c.runtime.options && c.runtime.options },
    }),
    ...(c.spec !== undefined && { spec: encodeSpec(c.spec) }),
    ...(c.snapshotter !== undefined && { snapshotter: c.snapshotter }),
    ...(c.snapshotKey !== undefined && { snapshotKey: c.snapshotKey }),
    ...(c.extensions !== undefined && { extensions: c.extensions }),
  };
}

export class ContainersService {
  constructor(private readonly conn: Connection) {}

  async get(id: string, options?: CallOptions): Promise<ContainerRecord> {
    const res = await this.conn.unary<{ container: RawContainer }>(SERVICE, 'Get', { id }, options);
    return toRecord(res.container);
  }

  /** Filters use containerd's syntax (`labels."podctl.io/pod"==web`); any one may match. */
  async list(filters: string[] = [], options?: CallOptions): Promise<ContainerRecord[]> {
    const res = await this.conn.unary<{ containers: RawContainer[] }>(SERVICE, 'List', { filters }, options);
    return res.containers.map(toRecord);
  }

  /** Fails with already-exists when the ID is taken. */
  async create(container: NewContainer, options?: CallOptions): Promise<ContainerRecord> {
    const res = await this.conn.unary<{ container: RawContainer }>(
      SERVICE,
      'Create',
      { container: toRequest(container) },
      options,
    );
    return toRecord(res.container);
  }

  /**
   * Changes the named fields (`labels`, `labels.<key>`, `spec`, `image`, `snapshotkey`,
   * `extensions`, `extensions.<key>`); with none named, replaces every mutable field.
   */
  async update(container: ContainerChanges, fields: string[] = [], options?: CallOptions): Promise<ContainerRecord> {
    const res = await this.conn.unary<{ container: RawContainer }>(
      SERVICE,
      'Update',
      { container: toRequest(container), updateMask: { paths: fields } },
      options,
    );
    return toRecord(res.container);
  }

  /** Fails with failed-precondition while the container has a task. */
  async delete(id: string, options?: CallOptions): Promise<void> {
    await this.conn.unary(SERVICE, 'Delete', { id }, options);
  }
}
