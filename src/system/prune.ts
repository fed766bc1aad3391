/**
 * `podctl system prune`: finds what podctl made that no live pod or container owns (plan.ts) and
 * removes it, each through the code that would have removed it with its owner: pods and
 * containers through their removal, networks through CNI DEL, leases deleted so that containerd's
 * collector takes what only they held. The space reclaimed is what is gone afterwards: files by
 * their size, snapshots by their usage measured before, content by its size.
 */
import path from 'node:path';
import type { ContainerdClient } from '../containerd/client.js';
import { destroyContainer } from '../container/member.js';
import { podRunDir, containerRunDir, removeRunFiles } from '../host/run-dirs.js';
import { cniDirs as defaultCniDirs, type CniDirs } from '../network/cni-dirs.js';
import type { NetworkRecord } from '../network/conflist.js';
import { removePod } from '../pod/pod.js';
import { LABELS, readSandboxLabels } from '../state/labels.js';
import { ignoreNotFound } from '../state/undo.js';
import { removeRunDir } from '../task/process-io.js';
import { removeLogDir } from '../task/logger-path.js';
import { scanHost, type HostDir, type HostDirKind } from './host-scan.js';
import { scanNamespace, type ContainerView, type NamespaceScan } from './namespace-scan.js';
import { snapshotCandidates, vanishedBytes } from './reclaim.js';
import { remainsParts, removeNetworkRemains } from './network-remains.js';
import { findOwners } from './owners.js';
import { planPrune, type PrunePlan } from './plan.js';
import { pathSize, snapshotRef, snapshotUsage } from './sizes.js';

export interface PruneOptions {
  /** Also stopped pods and containers, and the images no remaining container uses (docker's -a). */
  all?: boolean;
  /** Only what carries the label podctl.io/session with this value. */
  session?: string;
  /** Where the CNI plugins and podctl's networks are; CNI_PATH and NETCONFPATH, else the defaults. */
  cniDirs?: CniDirs;
  signal?: AbortSignal;
}

export type PrunedKind =
  'pod' | 'container' | 'netns' | 'cni-state' | 'ip' | 'iptables' | HostDirKind | 'snapshot' | 'lease' | 'image';

export interface PrunedItem {
  kind: PrunedKind;
  /** A name, ID, `<snapshotter>/<key>`, `<network>/<ip>` or path, as the kind has it. */
  id: string;
}

export interface PruneFailure extends PrunedItem {
  error: Error;
}

export interface PruneResult {
  removed: PrunedItem[];
  /** What could not be removed; the rest was. */
  failed: PruneFailure[];
  reclaimedBytes: number;
}

const asError = (err: unknown): Error => (err instanceof Error ? err : new Error(String(err)));

/** The files a container takes with it beside its snapshot: its log directory, and a standalone one's run directory. */
function containerFiles(c: ContainerView, namespace: string): string[] {
  const logPath = c.record.labels[LABELS.logPath];
  const pod = readSandboxLabels(c.record.labels);
  return [
    ...(logPath?.startsWith('/') ? [path.dirname(logPath)] : []),
    pod ? podRunDir(namespace, pod.podId) : containerRunDir(namespace, c.record.id),
  ];
}

const removeDir = (d: HostDir): Promise<void> => {
  switch (d.kind) {
    case 'pod-dir':
    case 'container-dir':
      return removeRunFiles(d.path);
    case 'io-dir':
    case 'exec-dir':
      return removeRunDir(d.path);
    case 'log-dir':
      return removeLogDir(path.join(d.path, 'container.log'));
  }
};

/** Records each step's outcome: the item removed (and the bytes its files held), or its failure. */
class Outcomes {
  readonly removed: PrunedItem[] = [];
  readonly failed: PruneFailure[] = [];
  fileBytes = 0;

  done(item: PrunedItem, size = 0): void {
    this.removed.push(item);
    this.fileBytes += size;
  }

  async attempt(item: PrunedItem, step: () => Promise<unknown>, size = 0): Promise<void> {
    try {
      await step();
      this.done(item, size);
    } catch (err) {
      this.failed.push({ ...item, error: asError(err) });
    }
  }
}

/** Stopped pods (with their members) and containers, each with the files it takes along. */
async function removeStopped(
  client: ContainerdClient,
  plan: PrunePlan,
  scan: NamespaceScan,
  dirs: CniDirs,
  out: Outcomes,
) {
  const ns = scan.namespace;
  const sizeOf = async (cs: readonly ContainerView[]) => {
    let total = 0;
    for (const c of cs) for (const file of containerFiles(c, ns)) total += await pathSize(file);
    return total;
  };
  for (const p of plan.pods) {
    const pod = readSandboxLabels(p.record.labels);
    const name = pod?.podName ?? p.record.id;
    const size = await sizeOf([p, ...scan.containers.filter((c) => c.record.labels[LABELS.podId] === pod?.podId)]);
    await out.attempt({ kind: 'pod', id: name }, () => removePod(client, name, { cniDirs: dirs }), size);
  }
  for (const c of plan.containers) {
    const name = c.record.labels[LABELS.containerName] ?? c.record.id;
    await out.attempt(
      { kind: 'container', id: name },
      () => destroyContainer(client, c.record, false, dirs),
      await sizeOf([c]),
    );
  }
}

/** Network remains, then directories: host-wide. */
async function removeHostRemains(
  plan: PrunePlan,
  networks: ReadonlyMap<string, NetworkRecord>,
  dirs: CniDirs,
  out: Outcomes,
) {
  for (const r of plan.networks) {
    const outcome = await removeNetworkRemains(r, networks, dirs);
    for (const part of outcome.removed) out.done({ kind: part.kind, id: part.id }, part.size);
    if (outcome.error !== undefined)
      out.failed.push({ kind: remainsParts(r)[0]?.kind ?? 'netns', id: r.id, error: asError(outcome.error) });
  }
  for (const d of plan.dirs) await out.attempt({ kind: d.kind, id: d.path }, () => removeDir(d), d.size);
}

/** Snapshots, then leases and images: the collector runs once, with the last deletion. */
async function removeFromNamespace(client: ContainerdClient, plan: PrunePlan, out: Outcomes, signal?: AbortSignal) {
  for (const s of plan.snapshots)
    await out.attempt({ kind: 'snapshot', id: snapshotRef(s.snapshotter, s.name) }, () =>
      ignoreNotFound(client.snapshots.remove(s.snapshotter, s.name, { signal })),
    );
  const deletions: PrunedItem[] = [
    ...plan.leases.map((l) => ({ kind: 'lease' as const, id: l.id })),
    ...plan.images.map((name) => ({ kind: 'image' as const, id: name })),
  ];
  for (const [i, item] of deletions.entries()) {
    const sync = i === deletions.length - 1;
    await out.attempt(item, () =>
      ignoreNotFound(
        item.kind === 'lease'
          ? client.leases.delete(item.id, { sync }, { signal })
          : client.images.delete(item.id, sync, { signal }),
      ),
    );
  }
}

async function execute(
  client: ContainerdClient,
  plan: PrunePlan,
  scan: NamespaceScan,
  networks: ReadonlyMap<string, NetworkRecord>,
  dirs: CniDirs,
  signal?: AbortSignal,
): Promise<PruneResult> {
  const usage = await snapshotUsage(client, snapshotCandidates(plan, scan), signal);
  const out = new Outcomes();
  await removeStopped(client, plan, scan, dirs, out);
  await removeHostRemains(plan, networks, dirs, out);
  await removeFromNamespace(client, plan, out, signal);
  const gone = await vanishedBytes(client, usage, scan.content, signal);
  return { removed: out.removed, failed: out.failed, reclaimedBytes: out.fileBytes + gone };
}

/**
 * Removes what podctl made that no live pod or container owns: on the host, for every containerd
 * namespace; in containerd, in the client's namespace only. See plan.ts for what that is.
 */
export async function pruneSystem(client: ContainerdClient, options: PruneOptions = {}): Promise<PruneResult> {
  const dirs = options.cniDirs ?? defaultCniDirs();
  const { signal } = options;
  // The host first, then the namespace, then the owners: what a create makes meanwhile is not seen
  // by the earlier look, or is owned in the later one.
  const host = await scanHost(dirs);
  const scan = await scanNamespace(client, signal);
  const owners = await findOwners(client, signal);
  const plan = planPrune({
    host,
    namespace: scan,
    owners,
    all: options.all ?? false,
    session: options.session,
    now: new Date(),
  });
  return execute(client, plan, scan, host.networks, dirs, signal);
}
