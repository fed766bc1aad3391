/**
 * `podctl system df`: docker's table of what the namespace takes and what a prune could free
 * (Images, Containers, Local Volumes, Build Cache), and podctl's own rows: Pods, and the Host
 * remains, what crashes left that `system prune` takes (plan.ts). Images count their blobs and
 * unpacked snapshots, each once; containers and pods their snapshots' usage.
 */
import type { ContainerdClient } from '../containerd/client.js';
import { cniDirs as defaultCniDirs, type CniDirs } from '../network/cni-dirs.js';
import { readStandaloneLabels } from '../records/containers.js';
import { LABELS, readMemberLabels, readSandboxLabels } from '../state/labels.js';
import { footprintBytes, footprintOf, snapshotChain, union, type FootprintSources } from './footprint.js';
import { scanHost, type HostScan } from './host-scan.js';
import { scanNamespace, type ContainerView, type NamespaceScan } from './namespace-scan.js';
import { remainsParts } from './network-remains.js';
import { findOwners } from './owners.js';
import { isStopped, planPrune, type PrunePlan } from './plan.js';
import { snapshotRef, snapshotUsage } from './sizes.js';

export type DfType = 'Images' | 'Containers' | 'Local Volumes' | 'Build Cache' | 'Pods' | 'Host remains';

export interface DfRow {
  type: DfType;
  total: number;
  /** In use: images a container was made from, running containers and pods; none of the remains. */
  active: number;
  /** Bytes. */
  size: number;
  /** Bytes a prune (with all, for images, containers and pods) would free. */
  reclaimable: number;
}

export interface SystemDf {
  rows: DfRow[];
}

export interface SystemDfOptions {
  cniDirs?: CniDirs;
  signal?: AbortSignal;
}

export interface DfInput {
  host: HostScan;
  scan: NamespaceScan;
  /** What a plain prune takes. */
  remains: PrunePlan;
  /** What a prune with all takes. */
  all: PrunePlan;
  /** Snapshot usage, by snapshotRef(). */
  usage: ReadonlyMap<string, number>;
}

const usageOf = (usage: DfInput['usage'], c: ContainerView) =>
  usage.get(snapshotRef(c.record.snapshotter, c.record.snapshotKey)) ?? 0;

function imagesRow({ scan, usage }: DfInput): DfRow {
  const sources: FootprintSources = {
    content: scan.content,
    parents: new Map(scan.snapshots.map((s) => [snapshotRef(s.snapshotter, s.name), s.parent])),
  };
  const usedNames = new Set(scan.containers.map((c) => c.record.image));
  const prints = scan.images.map((i) => ({
    used: usedNames.has(i.name),
    print: footprintOf([i.target.digest], sources),
  }));
  const used = union([
    ...prints.filter((p) => p.used).map((p) => p.print),
    // Layers a container's snapshot stands on stay, whichever image name it came from.
    ...scan.containers.map((c) => ({
      blobs: new Set<string>(),
      snapshots: new Set(snapshotChain(c.record.snapshotter, c.record.snapshotKey, sources.parents)),
    })),
  ]);
  const unused = union(prints.filter((p) => !p.used).map((p) => p.print));
  return {
    type: 'Images',
    total: prints.length,
    active: prints.filter((p) => p.used).length,
    size: footprintBytes(union(prints.map((p) => p.print)), scan.content, usage),
    reclaimable: footprintBytes(unused, scan.content, usage, used),
  };
}

function containersRow({ scan, all, usage }: DfInput): DfRow {
  const mine = scan.containers.filter(
    (c) => readMemberLabels(c.record.labels) !== undefined || readStandaloneLabels(c.record.labels) !== undefined,
  );
  const goingPods = new Set(all.pods.map((p) => readSandboxLabels(p.record.labels)?.podId));
  const going = new Set(all.containers.map((c) => c.record.id));
  const reclaimable = mine.filter((c) => going.has(c.record.id) || goingPods.has(c.record.labels[LABELS.podId]));
  return {
    type: 'Containers',
    total: mine.length,
    active: mine.filter((c) => !isStopped(c)).length,
    size: mine.reduce((n, c) => n + usageOf(usage, c), 0),
    reclaimable: reclaimable.reduce((n, c) => n + usageOf(usage, c), 0),
  };
}

function podsRow({ host, scan, all, usage }: DfInput): DfRow {
  const runDirs = new Map(
    host.dirs.filter((d) => d.kind === 'pod-dir' && d.namespace === scan.namespace).map((d) => [d.id, d.size]),
  );
  const sizeOf = (c: ContainerView) => usageOf(usage, c) + (runDirs.get(c.record.labels[LABELS.podId] ?? '') ?? 0);
  const pods = scan.containers.filter((c) => readSandboxLabels(c.record.labels) !== undefined);
  const going = new Set(all.pods.map((p) => p.record.id));
  return {
    type: 'Pods',
    total: pods.length,
    active: pods.filter((c) => !isStopped(c)).length,
    size: pods.reduce((n, c) => n + sizeOf(c), 0),
    reclaimable: pods.filter((c) => going.has(c.record.id)).reduce((n, c) => n + sizeOf(c), 0),
  };
}

function remainsRow({ scan, remains, usage }: DfInput): DfRow {
  const parts = remains.networks.flatMap(remainsParts);
  const snapshotBytes = (snapshotter: string, name: string) => usage.get(snapshotRef(snapshotter, name)) ?? 0;
  const leaseBytes = remains.leases
    .flatMap((l) => l.resources)
    .reduce((n, r) => {
      if (r.type === 'content') return n + (scan.content.get(r.id)?.size ?? 0);
      return r.type.startsWith('snapshots/') ? n + snapshotBytes(r.type.slice('snapshots/'.length), r.id) : n;
    }, 0);
  const size =
    parts.reduce((n, p) => n + p.size, 0) +
    remains.dirs.reduce((n, d) => n + d.size, 0) +
    remains.snapshots.reduce((n, s) => n + snapshotBytes(s.snapshotter, s.name), 0) +
    leaseBytes;
  const total = parts.length + remains.dirs.length + remains.snapshots.length + remains.leases.length;
  return { type: 'Host remains', total, active: 0, size, reclaimable: size };
}

/** The table's rows, docker's first (pure). */
export function dfRows(input: DfInput): DfRow[] {
  const none = (type: DfType): DfRow => ({ type, total: 0, active: 0, size: 0, reclaimable: 0 });
  return [
    imagesRow(input),
    containersRow(input),
    // Volumes are to come; podctl keeps no build cache.
    none('Local Volumes'),
    none('Build Cache'),
    podsRow(input),
    remainsRow(input),
  ];
}

/** What the client's namespace takes, and what the host keeps that no pod or container owns. */
export async function systemDf(client: ContainerdClient, options: SystemDfOptions = {}): Promise<SystemDf> {
  const { signal } = options;
  const host = await scanHost(options.cniDirs ?? defaultCniDirs());
  const scan = await scanNamespace(client, signal);
  const owners = await findOwners(client, signal);
  const input = { host, namespace: scan, owners, session: undefined, now: new Date() };
  const remains = planPrune({ ...input, all: false });
  const all = planPrune({ ...input, all: true });
  const usage = await snapshotUsage(client, scan.snapshots, signal);
  return { rows: dfRows({ host, scan, remains, all, usage }) };
}
