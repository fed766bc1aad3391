// Snapshots of one snapshotter plugin (e.g. `overlayfs`), named by the first argument of each call.
import type { CallOptions, Connection } from '../connection.js';
import { toDate, type Mount, type RawTimestamp } from './types.js';
import { serviceRef } from '../proto.js';

export type SnapshotKind = 'view' | 'active' | 'committed' | 'unknown';

export interface SnapshotInfo {
  /** The key of an active snapshot or view, the name of a committed one. */
  name: string;
  parent: string;
  kind: SnapshotKind;
  labels: Record<string, string>;
  createdAt: Date | undefined;
  updatedAt: Date | undefined;
}

export interface SnapshotUsage {
  size: number;
  inodes: number;
}

const SERVICE = serviceRef('containerd.services.snapshots.v1.Snapshots', () => import('../gen/codecs/snapshots.js'));

interface RawInfo {
  name: string;
  parent: string;
  kind: string;
  labels: Record<string, string>;
  createdAt: RawTimestamp | null;
  updatedAt: RawTimestamp | null;
}

const KINDS: readonly SnapshotKind[] = ['view', 'active', 'committed'];

function toInfo(raw: RawInfo): SnapshotInfo {
  const kind = raw.kind.toLowerCase();
  return {
    name: raw.name,
    parent: raw.parent,
    kind: KINDS.find((k) => k === kind) ?? 'unknown',
    labels: { ...raw.labels },
    createdAt: toDate(raw.createdAt),
    updatedAt: toDate(raw.updatedAt),
  };
}

/** A mount record as received, with the target only when containerd set one. */
export function toMount(raw: Mount): Mount {
  return {
    type: raw.type,
    source: raw.source,
    ...(raw.target ? { target: raw.target } : {}),
    options: [...raw.options],
  };
}

export class SnapshotsService {
  constructor(private readonly conn: Connection) {}

  /** A writable snapshot on top of `parent` (a committed name, or '' for an empty one); returns its mounts. */
  async prepare(
    snapshotter: string,
    key: string,
    parent = '',
    labels: Record<string, string> = {},
    options?: CallOptions,
  ): Promise<Mount[]> {
    const res = await this.conn.unary<{ mounts: Mount[] }>(
      SERVICE,
      'Prepare',
      { snapshotter, key, parent, labels },
      options,
    );
    return res.mounts.map(toMount);
  }

  /** A read-only view of `parent`; returns its mounts. */
  async view(
    snapshotter: string,
    key: string,
    parent = '',
    labels: Record<string, string> = {},
    options?: CallOptions,
  ): Promise<Mount[]> {
    const res = await this.conn.unary<{ mounts: Mount[] }>(
      SERVICE,
      'View',
      { snapshotter, key, parent, labels },
      options,
    );
    return res.mounts.map(toMount);
  }

  async mounts(snapshotter: string, key: string, options?: CallOptions): Promise<Mount[]> {
    const res = await this.conn.unary<{ mounts: Mount[] }>(SERVICE, 'Mounts', { snapshotter, key }, options);
    return res.mounts.map(toMount);
  }

  /** Turns the active snapshot `key` into the committed snapshot `name`; `key` is gone afterwards. */
  async commit(
    snapshotter: string,
    name: string,
    key: string,
    labels: Record<string, string> = {},
    options?: CallOptions,
  ): Promise<void> {
    await this.conn.unary(SERVICE, 'Commit', { snapshotter, name, key, labels }, options);
  }

  /** Fails with failed-precondition while other snapshots have it as their parent. */
  async remove(snapshotter: string, key: string, options?: CallOptions): Promise<void> {
    await this.conn.unary(SERVICE, 'Remove', { snapshotter, key }, options);
  }

  async stat(snapshotter: string, key: string, options?: CallOptions): Promise<SnapshotInfo> {
    const res = await this.conn.unary<{ info: RawInfo }>(SERVICE, 'Stat', { snapshotter, key }, options);
    return toInfo(res.info);
  }

  /** Changes the named fields (`labels`, `labels.<key>`); with none named, the labels. */
  async update(
    snapshotter: string,
    info: { name: string; labels: Record<string, string> },
    fields: string[] = [],
    options?: CallOptions,
  ): Promise<SnapshotInfo> {
    const res = await this.conn.unary<{ info: RawInfo }>(
      SERVICE,
      'Update',
      { snapshotter, info, updateMask: { paths: fields } },
      options,
    );
    return toInfo(res.info);
  }

  /** Every snapshot that matches one of the filters (`parent==x`, `labels."k"==v`), as a stream. */
  async *list(snapshotter: string, filters: string[] = [], options?: CallOptions): AsyncGenerator<SnapshotInfo> {
    for await (const res of this.conn.serverStream<{ info: RawInfo[] }>(
      SERVICE,
      'List',
      { snapshotter, filters },
      options,
    )) {
      yield* res.info.map(toInfo);
    }
  }

  /** Disk space and inodes used by the snapshot itself, not its parents. */
  async usage(snapshotter: string, key: string, options?: CallOptions): Promise<SnapshotUsage> {
    const res = await this.conn.unary<SnapshotUsage>(SERVICE, 'Usage', { snapshotter, key }, options);
    return { size: res.size, inodes: res.inodes };
  }

  /** Lets the snapshotter free space held by removed snapshots; unimplemented by some (overlayfs in 1.6). */
  async cleanup(snapshotter: string, options?: CallOptions): Promise<void> {
    await this.conn.unary(SERVICE, 'Cleanup', { snapshotter }, options);
  }
}
