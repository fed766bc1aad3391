/**
 * Operations that a kill may cut short, and the clearing of what they left (crash safety). An
 * operation that makes or removes a pod or a container runs under a lease (rootfs.ts
 * withCreateLease) that names its process and what it works on: the container's ID, and a pod's
 * ID or a standalone container's network ID. The lease goes when the operation ends, done or
 * undone; a lease of podctl's whose process is gone therefore marks an operation killed
 * half-way. Clearing it removes what it worked on, whole: a pod with its members, network and
 * files; a container with its task, snapshot, network and files; or what was made of them
 * before the kill. A lease whose process still runs is an operation in progress, left alone.
 */
import type { ContainerdClient } from '../containerd/client.js';
import { labelFilter } from '../containerd/filters.js';
import { isNotFound } from '../errors.js';
import { isCreatorRunning } from '../state/creator.js';
import { DEFAULT_SNAPSHOTTER } from '../image/unpack.js';
import { containerRunDir, podRunDir, removeRunFiles } from '../host/run-dirs.js';
import { detachNetwork } from '../network/attach.js';
import { LABELS } from '../state/labels.js';
import { ignoreNotFound } from '../state/undo.js';
import { stopTask } from '../task/stop.js';
import { destroyContainer } from './member.js';

const SNAPSHOTS = 'snapshots/';

/** The labels of an operation's lease: what it works on (the owner is added by withCreateLease). */
export function operationLabels(target: {
  container: string;
  podId?: string;
  networkId?: string;
}): Record<string, string> {
  return {
    [LABELS.containerName]: target.container,
    ...(target.podId === undefined ? {} : { [LABELS.podId]: target.podId }),
    ...(target.networkId === undefined ? {} : { [LABELS.networkId]: target.networkId }),
  };
}

async function leaseExists(client: ContainerdClient, id: string, signal?: AbortSignal): Promise<boolean> {
  return (await client.leases.list([`id==${id}`], { signal })).length > 0;
}

/** Removes a container and what it owns, whether it was recorded or only its snapshot was made. */
async function clearContainer(client: ContainerdClient, id: string, snapshotters: readonly string[]): Promise<void> {
  const c = await client.containers.get(id).catch((err: unknown) => {
    if (isNotFound(err)) return undefined;
    throw err;
  });
  if (c !== undefined) await destroyContainer(client, c, true);
  else await stopTask(client, id);
  for (const s of snapshotters) await ignoreNotFound(client.snapshots.remove(s, id));
}

/**
 * Clears every operation of the namespace whose process was killed; returns how many, so that a
 * caller that found its name taken tries once more when this cleared any.
 */
export async function clearInterruptedCreates(client: ContainerdClient, signal?: AbortSignal): Promise<number> {
  // Only leases that name their process: those of podctl's operations and imports.
  const leases = await client.leases.list([`labels."${LABELS.creator}"`], { signal });
  let cleared = 0;
  for (const lease of leases) {
    const creator = lease.labels[LABELS.creator];
    if (creator === undefined || isCreatorRunning(creator)) continue;
    // An operation that ended deleted its lease before its process exited: a lease still there
    // now that its process is gone was cut short. (Listed a moment ago, it may have ended since.)
    if (!(await leaseExists(client, lease.id, signal))) continue;
    const resources = await client.leases.listResources(lease.id, { signal }).catch((err: unknown) => {
      if (isNotFound(err)) return [];
      throw err;
    });
    const snapshots = resources.filter((r) => r.type.startsWith(SNAPSHOTS));
    const snapshotters = [...new Set(snapshots.map((r) => r.type.slice(SNAPSHOTS.length)))];
    const podId = lease.labels[LABELS.podId];
    const target = lease.labels[LABELS.containerName];
    if (target === undefined) {
      // Not an operation on a container (an import): what it held and no image keeps, GC takes.
      await ignoreNotFound(client.leases.delete(lease.id));
      cleared++;
      continue;
    }
    const ids = new Set<string>(snapshots.map((r) => r.id));
    ids.add(target);
    if (podId !== undefined) {
      // The pod's members first, then its sandbox.
      for (const c of await client.containers.list([labelFilter(LABELS.podId, podId)], { signal })) {
        if (c.labels[LABELS.role] !== 'sandbox') await destroyContainer(client, c, true);
        else ids.add(c.id);
      }
    }
    for (const id of ids)
      await clearContainer(client, id, snapshotters.length > 0 ? snapshotters : [DEFAULT_SNAPSHOTTER]);
    // DEL needs nothing of containerd's: the state kept at ADD says what to undo.
    const networkId = lease.labels[LABELS.networkId] ?? podId;
    if (networkId !== undefined) await detachNetwork(networkId);
    if (podId !== undefined) await removeRunFiles(podRunDir(client.namespace, podId));
    else for (const id of ids) await removeRunFiles(containerRunDir(client.namespace, id));
    await ignoreNotFound(client.leases.delete(lease.id));
    cleared++;
  }
  return cleared;
}
