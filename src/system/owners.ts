/**
 * Who owns podctl's remains, host-wide: a pinned namespace, CNI state or pod directory belongs to
 * a pod or standalone container when a container of ANY containerd namespace carries its ID
 * (podctl.io/pod-id, podctl.io/network-id), or while a podctl create that names it on its lease
 * still runs. A container's own files and snapshots belong to it by its ID, in its namespace.
 *
 * Leases are read before containers: a create labels its lease before it makes host files, and
 * removes the lease only once its container exists, so one of the two is always seen.
 */
import path from 'node:path';
import type { ContainerdClient } from '../containerd/client.js';
import { LABELS } from '../state/labels.js';
import { podctlLeases } from './namespace-scan.js';
import { snapshotRef } from './sizes.js';

export interface Owners {
  /** Pod IDs and standalone containers' network IDs that exist, or that a create in progress makes. */
  networkIds: Set<string>;
  /** `<namespace>/<container ID>` of every container, and of every snapshot a create in progress holds. */
  containers: Set<string>;
  /** `<namespace>/<snapshotter>/<key>` of every container's snapshot and of those creates in progress hold. */
  snapshots: Set<string>;
  /** The log directories containers' labels name. */
  logDirs: Set<string>;
}

const SNAPSHOT_RESOURCE = /^snapshots\/(.+)$/;

/** The owners of every namespace of the daemon. */
export async function findOwners(client: ContainerdClient, signal?: AbortSignal): Promise<Owners> {
  const owners: Owners = { networkIds: new Set(), containers: new Set(), snapshots: new Set(), logDirs: new Set() };
  const addId = (labels: Readonly<Record<string, string>>) => {
    for (const key of [LABELS.podId, LABELS.networkId]) {
      const id = labels[key];
      if (id) owners.networkIds.add(id);
    }
  };
  const namespaces = (await client.namespaces.list('', { signal })).map((ns) => ns.name);
  const scoped = namespaces.map((ns) => client.withNamespace(ns));
  const leases = await Promise.all(scoped.map((c) => podctlLeases(c)));
  leases.forEach((list, i) => {
    for (const lease of list.filter((l) => l.inUse)) {
      addId(lease.labels);
      for (const r of lease.resources) {
        const snapshotter = SNAPSHOT_RESOURCE.exec(r.type)?.[1];
        if (snapshotter === undefined) continue;
        owners.containers.add(`${namespaces[i]}/${r.id}`);
        owners.snapshots.add(`${namespaces[i]}/${snapshotRef(snapshotter, r.id)}`);
      }
    }
  });
  // No signal per call: one listener per namespace would pile up on it.
  const containers = await Promise.all(scoped.map((c) => c.containers.list()));
  containers.forEach((list, i) => {
    for (const c of list) {
      addId(c.labels);
      owners.containers.add(`${namespaces[i]}/${c.id}`);
      if (c.snapshotKey) owners.snapshots.add(`${namespaces[i]}/${snapshotRef(c.snapshotter, c.snapshotKey)}`);
      const logPath = c.labels[LABELS.logPath];
      if (logPath?.startsWith('/')) owners.logDirs.add(path.dirname(logPath));
    }
  });
  return owners;
}
