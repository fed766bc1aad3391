/**
 * What one containerd namespace holds that a prune may take or `system df` counts: podctl's
 * leases (with what they hold), snapshots of every snapshotter, content, images, and the
 * containers with their tasks' states.
 */
import type { ContainerdClient } from '../containerd/client.js';
import { labelFilter } from '../containerd/filters.js';
import type { ContainerRecord } from '../containerd/services/containers.js';
import type { ImageRecord } from '../containerd/services/images.js';
import type { LeaseRecord, LeaseResource } from '../containerd/services/leases.js';
import type { SnapshotKind } from '../containerd/services/snapshots.js';
import { isNotFound } from '../errors.js';
import { isCreatorRunning } from '../state/creator.js';
import { CREATED_BY, LABELS } from '../state/labels.js';
import { isRecent } from './grace.js';

export interface LeaseView {
  id: string;
  labels: Record<string, string>;
  /** A create or import still holds it (leaseInUse). */
  inUse: boolean;
  resources: LeaseResource[];
}

export interface SnapshotView {
  snapshotter: string;
  name: string;
  parent: string;
  kind: SnapshotKind;
  labels: Record<string, string>;
}

export interface ContainerView {
  record: ContainerRecord;
  /** Its task's status; `exited` when it has none. */
  state: string;
}

export interface NamespaceScan {
  namespace: string;
  leases: LeaseView[];
  snapshots: SnapshotView[];
  /** Blobs by digest. */
  content: Map<string, { size: number; labels: Record<string, string> }>;
  images: ImageRecord[];
  containers: ContainerView[];
}

/**
 * Whether a podctl lease is in use: its creator still runs, or, for a lease that does not name
 * its creator, it is still within the grace.
 */
export function leaseInUse(lease: Pick<LeaseRecord, 'labels' | 'createdAt'>, now: Date): boolean {
  const creator = lease.labels[LABELS.creator];
  return creator === undefined ? isRecent(lease.createdAt, now) : isCreatorRunning(creator);
}

/** podctl's leases of the client's namespace, with what each holds (none for one gone meanwhile). */
export async function podctlLeases(client: ContainerdClient, signal?: AbortSignal): Promise<LeaseView[]> {
  const leases = await client.leases.list([labelFilter(LABELS.createdBy, CREATED_BY)], { signal });
  const now = new Date();
  return Promise.all(
    leases.map(async (l) => ({
      id: l.id,
      labels: l.labels,
      inUse: leaseInUse(l, now),
      resources: await client.leases.listResources(l.id, { signal }).catch((err: unknown) => {
        if (isNotFound(err)) return [];
        throw err;
      }),
    })),
  );
}

/** The snapshotters containerd has loaded. */
export async function snapshotters(client: ContainerdClient, signal?: AbortSignal): Promise<string[]> {
  const plugins = await client.introspection.plugins(['type==io.containerd.snapshotter.v1'], { signal });
  return plugins.filter((p) => p.initError === undefined).map((p) => p.id);
}

export async function listSnapshots(client: ContainerdClient, signal?: AbortSignal): Promise<SnapshotView[]> {
  const found: SnapshotView[] = [];
  for (const snapshotter of await snapshotters(client, signal)) {
    for await (const s of client.snapshots.list(snapshotter, [], { signal }))
      found.push({ snapshotter, name: s.name, parent: s.parent, kind: s.kind, labels: s.labels });
  }
  return found;
}

export async function listContent(
  client: ContainerdClient,
  signal?: AbortSignal,
): Promise<Map<string, { size: number; labels: Record<string, string> }>> {
  const content = new Map<string, { size: number; labels: Record<string, string> }>();
  for await (const c of client.content.list([], { signal })) content.set(c.digest, { size: c.size, labels: c.labels });
  return content;
}

export async function listContainerViews(client: ContainerdClient, signal?: AbortSignal): Promise<ContainerView[]> {
  const [containers, tasks] = await Promise.all([
    client.containers.list([], { signal }),
    client.tasks.list('', { signal }),
  ]);
  const states = new Map(tasks.map((t) => [t.containerId, t.status as string]));
  return containers.map((record) => ({ record, state: states.get(record.id) ?? 'exited' }));
}

/**
 * The namespace as it is now. Snapshots and leases are read before anything else: a snapshot a
 * create makes later is not seen, and one seen is judged by the leases and containers read after.
 */
export async function scanNamespace(client: ContainerdClient, signal?: AbortSignal): Promise<NamespaceScan> {
  const snapshots = await listSnapshots(client, signal);
  const [leases, content, images, containers] = await Promise.all([
    podctlLeases(client, signal),
    listContent(client, signal),
    client.images.list([], { signal }),
    listContainerViews(client, signal),
  ]);
  return { namespace: client.namespace, leases, snapshots, content, images, containers };
}
