// Scans and owners as the system layer reads them, built by hand for the pure planning and df code.
import type { ContainerRecord } from '../../../src/containerd/services/containers.js';
import type { ImageRecord } from '../../../src/containerd/services/images.js';
import type { HostDir, HostScan } from '../../../src/system/host-scan.js';
import type { ContainerView, LeaseView, NamespaceScan, SnapshotView } from '../../../src/system/namespace-scan.js';
import type { Owners } from '../../../src/system/owners.js';
import { LABELS } from '../../../src/state/labels.js';

export const NS = 'ns1';
export const NOW = new Date('2026-01-02T03:04:05Z');
/** Past the grace. */
export const OLD = new Date(NOW.getTime() - 3_600_000);
export const pin = (pinId: string, madeAt = OLD) => ({ id: pinId, madeAt });
export const id = (c: string) => c.repeat(64);

export function hostScan(over: Partial<HostScan> = {}): HostScan {
  return {
    netns: [],
    cniStates: [],
    cniTemps: [],
    reservations: [],
    rules: [],
    dirs: [],
    networks: new Map(),
    ...over,
  };
}

export function hostDir(kind: HostDir['kind'], namespace: string, dirId: string, over: Partial<HostDir> = {}): HostDir {
  const root = {
    'pod-dir': '/run/podctl/pods',
    'container-dir': '/run/podctl/containers',
    'io-dir': '/run/podctl/io',
    'exec-dir': '/run/podctl/exec',
    'log-dir': '/var/lib/podctl/logs',
  }[kind];
  return { kind, namespace, id: dirId, path: `${root}/${namespace}/${dirId}`, size: 10, modifiedAt: OLD, ...over };
}

export function owners(over: Partial<Owners> = {}): Owners {
  return { networkIds: new Set(), containers: new Set(), snapshots: new Set(), logDirs: new Set(), ...over };
}

export function container(
  cid: string,
  labels: Record<string, string>,
  state: string,
  over: Partial<ContainerRecord> = {},
): ContainerView {
  return {
    record: {
      id: cid,
      labels,
      image: 'docker.io/library/busybox:latest',
      runtime: { name: 'io.containerd.runc.v2', options: undefined },
      spec: undefined,
      snapshotter: 'overlayfs',
      snapshotKey: cid,
      extensions: {},
      createdAt: NOW,
      updatedAt: NOW,
      ...over,
    },
    state,
  };
}

export const sandbox = (name: string, podId: string, state: string, extra: Record<string, string> = {}) =>
  container(
    name,
    {
      [LABELS.podName]: name,
      [LABELS.podId]: podId,
      [LABELS.role]: 'sandbox',
      [LABELS.network]: 'podctl',
      [LABELS.share]: 'net,ipc,uts,pid',
      [LABELS.createdBy]: 'podctl',
      ...extra,
    },
    state,
    { image: 'localhost/podctl/pause:0.1.0' },
  );

export const member = (name: string, podName: string, podId: string, state: string) =>
  container(
    name,
    {
      [LABELS.podName]: podName,
      [LABELS.podId]: podId,
      [LABELS.role]: 'app',
      [LABELS.containerName]: name,
      [LABELS.logPath]: `/var/lib/podctl/logs/${NS}/${name}/container.log`,
      [LABELS.createdBy]: 'podctl',
    },
    state,
  );

export const standalone = (name: string, state: string, extra: Record<string, string> = {}) =>
  container(
    name,
    {
      [LABELS.role]: 'app',
      [LABELS.containerName]: name,
      [LABELS.logPath]: `/var/lib/podctl/logs/${NS}/${name}/container.log`,
      [LABELS.createdBy]: 'podctl',
      ...extra,
    },
    state,
  );

export const lease = (
  leaseId: string,
  inUse: boolean,
  labels: Record<string, string> = {},
  keys: string[] = [],
): LeaseView => ({
  id: leaseId,
  labels: { [LABELS.createdBy]: 'podctl', ...labels },
  inUse,
  resources: keys.map((k) => ({ id: k, type: 'snapshots/overlayfs' })),
});

export const snapshot = (name: string, over: Partial<SnapshotView> = {}): SnapshotView => ({
  snapshotter: 'overlayfs',
  name,
  parent: 'sha256:layer',
  kind: 'active',
  labels: { [LABELS.createdBy]: 'podctl' },
  ...over,
});

export const image = (name: string, digest: string, labels: Record<string, string> = {}): ImageRecord => ({
  name,
  labels,
  target: { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest, size: 100, annotations: {} },
  createdAt: NOW,
  updatedAt: NOW,
});

export function namespaceScan(over: Partial<NamespaceScan> = {}): NamespaceScan {
  return { namespace: NS, leases: [], snapshots: [], content: new Map(), images: [], containers: [], ...over };
}
