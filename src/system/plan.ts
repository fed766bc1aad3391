/**
 * What a prune takes, decided from the scans and the owners (pure). On the host, whatever of
 * podctl's no pod or container of any namespace owns: the network remains of an ID (pinned
 * namespace, CNI state and its temporary file, host-local's reservations, nat rules), pod and
 * container directories, FIFO directories and logs; none of it within the grace (grace.ts). In
 * the namespace: podctl's leases no create or import holds any more, and podctl's container
 * snapshots that no container or create in progress holds. With `all`, as docker's `system
 * prune -a`: stopped pods and standalone containers, then the images no remaining container
 * uses. With `session`, only what carries that session's label, and the host remains a pruned
 * lease of that session names.
 */
import { CREATED_BY, LABELS, readMemberLabels, readSandboxLabels } from '../state/labels.js';
import { readStandaloneLabels } from '../records/containers.js';
import type { HostDir, HostScan, Reservation } from './host-scan.js';
import type { ContainerView, LeaseView, NamespaceScan, SnapshotView } from './namespace-scan.js';
import type { Owners } from './owners.js';
import { isRecent } from './grace.js';
import { snapshotRef } from './sizes.js';

/** What is left of one pod's or container's network. */
export interface NetworkRemains {
  id: string;
  pinned: boolean;
  state: { file: string; size: number } | undefined;
  temp: { file: string; size: number } | undefined;
  reservations: Reservation[];
  /** Networks whose nat rules name the ID. */
  rules: string[];
  /** When its newest part was made or changed. */
  changedAt: Date | undefined;
}

export interface PrunePlan {
  /** Stopped pods, by their sandbox (with all). */
  pods: ContainerView[];
  /** Stopped standalone containers, and stopped members of pods that are gone (with all). */
  containers: ContainerView[];
  networks: NetworkRemains[];
  dirs: HostDir[];
  snapshots: SnapshotView[];
  leases: LeaseView[];
  /** Image names (with all). */
  images: string[];
}

export interface PlanInput {
  host: HostScan;
  namespace: NamespaceScan;
  owners: Owners;
  all: boolean;
  session: string | undefined;
  now: Date;
}

const STOPPED = new Set(['stopped', 'exited']);
export const isStopped = (c: ContainerView): boolean => STOPPED.has(c.state);

const SNAPSHOT_RESOURCE = /^snapshots\/(.+)$/;

/**
 * Stopped pods (sandbox and every member stopped) and stopped containers of the namespace: the
 * standalone ones, and members whose pod is gone. A member of a pod that stays, stays.
 */
function stoppedOnes(containers: readonly ContainerView[]): { pods: ContainerView[]; containers: ContainerView[] } {
  const membersOf = new Map<string, ContainerView[]>();
  for (const c of containers) {
    const member = readMemberLabels(c.record.labels);
    if (member) membersOf.set(member.podId, [...(membersOf.get(member.podId) ?? []), c]);
  }
  const sandboxes = new Map(
    containers.flatMap((c) => {
      const sandbox = readSandboxLabels(c.record.labels);
      return sandbox ? [[sandbox.podId, c] as const] : [];
    }),
  );
  const pods = [...sandboxes].filter(([podId, c]) => isStopped(c) && (membersOf.get(podId) ?? []).every(isStopped));
  const loose = [...membersOf].filter(([podId]) => !sandboxes.has(podId)).flatMap(([, members]) => members);
  const standalone = containers.filter((c) => readStandaloneLabels(c.record.labels) !== undefined);
  return { pods: pods.map(([, c]) => c), containers: [...standalone, ...loose].filter(isStopped) };
}

function networkRemains(
  host: HostScan,
  isOrphan: (id: string, changedAt: Date | undefined) => boolean,
): NetworkRemains[] {
  const byId = new Map<string, NetworkRemains>();
  const of = (id: string): NetworkRemains => {
    let r = byId.get(id);
    if (r === undefined) {
      r = { id, pinned: false, state: undefined, temp: undefined, reservations: [], rules: [], changedAt: undefined };
      byId.set(id, r);
    }
    return r;
  };
  const seen = (r: NetworkRemains, at: Date | undefined) => {
    if (at !== undefined && (r.changedAt === undefined || at > r.changedAt)) r.changedAt = at;
  };
  for (const pin of host.netns) {
    of(pin.id).pinned = true;
    seen(of(pin.id), pin.madeAt);
  }
  for (const s of host.cniStates) {
    of(s.id).state = { file: s.file, size: s.size };
    seen(of(s.id), s.modifiedAt);
  }
  for (const s of host.cniTemps) {
    of(s.id).temp = { file: s.file, size: s.size };
    seen(of(s.id), s.modifiedAt);
  }
  for (const r of host.reservations) {
    of(r.containerId).reservations.push(r);
    seen(of(r.containerId), r.modifiedAt);
  }
  for (const r of host.rules) if (!of(r.containerId).rules.includes(r.network)) of(r.containerId).rules.push(r.network);
  return [...byId.values()].filter((r) => isOrphan(r.id, r.changedAt)).sort((a, b) => a.id.localeCompare(b.id));
}

export function planPrune(input: PlanInput): PrunePlan {
  const { host, namespace: scan, owners, session } = input;
  const ns = scan.namespace;
  const inSession = (labels: Readonly<Record<string, string>>) =>
    session === undefined || labels[LABELS.session] === session;

  const leases = scan.leases.filter((l) => !l.inUse && inSession(l.labels));
  // With a session, host remains are taken only when a pruned lease of it names them.
  const tiedIds = new Set(leases.flatMap((l) => [l.labels[LABELS.podId], l.labels[LABELS.networkId]]));
  const tiedContainers = new Set(
    leases.flatMap((l) => l.resources.filter((r) => SNAPSHOT_RESOURCE.test(r.type)).map((r) => `${ns}/${r.id}`)),
  );
  const hostId = (id: string) => !owners.networkIds.has(id) && (session === undefined || tiedIds.has(id));
  const hostContainer = (namespace: string, id: string) =>
    !owners.containers.has(`${namespace}/${id}`) && (session === undefined || tiedContainers.has(`${namespace}/${id}`));

  const recent = (at: Date | undefined) => isRecent(at, input.now);
  const dirs = host.dirs.filter((d) => {
    if (recent(d.modifiedAt)) return false;
    switch (d.kind) {
      case 'pod-dir':
        return hostId(d.id);
      case 'container-dir':
      case 'io-dir':
        return hostContainer(d.namespace, d.id);
      case 'log-dir':
        return hostContainer(d.namespace, d.id) && !owners.logDirs.has(d.path);
      case 'exec-dir':
        // An exec's FIFOs live only while its process is made: the grace is their owner.
        return session === undefined;
    }
  });

  const snapshots = scan.snapshots.filter(
    (s) =>
      s.labels[LABELS.createdBy] === CREATED_BY &&
      (s.kind === 'active' || s.kind === 'view') &&
      !owners.snapshots.has(`${ns}/${snapshotRef(s.snapshotter, s.name)}`) &&
      inSession(s.labels),
  );

  const stopped = input.all ? stoppedOnes(scan.containers) : { pods: [], containers: [] };
  const pods = stopped.pods.filter((c) => inSession(c.record.labels));
  const containers = stopped.containers.filter((c) => inSession(c.record.labels));
  const goingPods = new Set(pods.map((p) => readSandboxLabels(p.record.labels)?.podId));
  const going = new Set([
    ...containers.map((c) => c.record.id),
    ...pods.map((p) => p.record.id),
    ...scan.containers.filter((c) => goingPods.has(readMemberLabels(c.record.labels)?.podId)).map((c) => c.record.id),
  ]);
  const used = new Set(scan.containers.filter((c) => !going.has(c.record.id)).map((c) => c.record.image));
  const images = input.all
    ? scan.images.filter((i) => !used.has(i.name) && inSession(i.labels)).map((i) => i.name)
    : [];

  return {
    pods,
    containers,
    networks: networkRemains(host, (id, changedAt) => hostId(id) && !recent(changedAt)),
    dirs,
    snapshots,
    leases,
    images,
  };
}
