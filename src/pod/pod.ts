/**
 * Pods on containerd: create (the pause sandbox), list, stop, start and remove. containerd's
 * records are the truth: a pod is its sandbox container, found by name, and its members are the
 * containers labelled with its ID.
 */
import type { ContainerdClient } from '../containerd/client.js';
import { labelFilter } from '../containerd/filters.js';
import type { ContainerRecord } from '../containerd/services/containers.js';
import { alreadyExists, failedPrecondition, invalidArgument, isAlreadyExists } from '../errors.js';
import { DEFAULT_INFRA_IMAGE } from '../image/defaults.js';
import { withHostname } from '../oci/spec.js';
import { DEFAULT_RUNTIME } from './host-info.js';
import { newPodId, sandboxId } from './ids.js';
import { LABELS, NETWORK_MODES, readMemberLabels, sandboxLabels, SHARE_ALL, type NetworkMode, type PodShare } from './labels.js';
import { memberTask, removeMemberContainer, startMemberTask, stopMember, type MemberRecord } from './member.js';
import { prepareRootfs, readUserFiles, withCreateLease } from './rootfs.js';
import { getPod, podHostname, podRunDir, removePodFiles, sandboxSpec, stopTask, toPodRecord, writePodFiles, type PodRecord } from './sandbox.js';
import { ignoreNotFound, withUndo } from './undo.js';

export { getPod, type PodRecord, type PodState } from './sandbox.js';

export interface CreatePodOptions {
  name: string;
  hostname?: string;
  /** Which namespaces members join; all four by default. */
  share?: Partial<PodShare>;
  infraImage?: string;
  labels?: Readonly<Record<string, string>>;
  network?: NetworkMode;
  snapshotter?: string;
  signal?: AbortSignal;
}

const DEFAULT_STOP_TIMEOUT_MS = 10_000;

/** Creates the pod's sandbox and starts it. Fails with already-exists, leaving nothing, when the name is taken. */
export async function createPod(client: ContainerdClient, options: CreatePodOptions): Promise<PodRecord> {
  const { name, signal } = options;
  const id = sandboxId(name);
  const network = options.network ?? 'none';
  if (!NETWORK_MODES.includes(network)) throw invalidArgument(`unknown network mode ${JSON.stringify(network)}: use none or host`);
  const share: PodShare = { ...SHARE_ALL, ...options.share };
  const hostname = podHostname(name, network, options.hostname);
  withHostname(hostname); // checks it before anything is made
  const podId = newPodId();
  const labels = sandboxLabels({ podName: name, podId, network, share }, options.labels);
  const image = options.infraImage ?? DEFAULT_INFRA_IMAGE;
  const runDir = podRunDir(client.namespace, podId);
  const taken = (err: unknown) => alreadyExists(`pod ${name} already exists`, { cause: err, hint: 'choose another name, or remove it: podctl pod rm -f ' + name });
  return withUndo(async (undo) => {
    const rootfs = await withCreateLease(client, async (leased) => {
      const prepared = await prepareRootfs(leased, {
        key: id,
        image,
        // Writable, as the CRI's: runc makes /proc, /dev… in it, then remounts it read-only.
        labels: { [LABELS.podId]: podId },
        ...(options.snapshotter ? { snapshotter: options.snapshotter } : {}),
        ...(signal ? { signal } : {}),
      }).catch((err: unknown) => {
        throw isAlreadyExists(err) ? taken(err) : err;
      });
      undo.defer('sandbox snapshot', () => client.snapshots.remove(prepared.snapshotter, id));
      const spec = sandboxSpec({
        id,
        namespace: client.namespace,
        podId,
        hostname,
        network,
        imageConfig: prepared.image.config,
        userFiles: await readUserFiles(prepared.mounts),
      });
      await client.containers
        .create({ id, image: prepared.image.name, labels, runtime: { name: DEFAULT_RUNTIME }, spec, snapshotter: prepared.snapshotter, snapshotKey: id }, { signal })
        .catch((err: unknown) => {
          throw isAlreadyExists(err) ? taken(err) : err;
        });
      undo.defer('sandbox container', () => client.containers.delete(id));
      return prepared;
    });
    undo.defer('pod files', () => removePodFiles(runDir));
    await writePodFiles(runDir, hostname, network);
    await client.tasks.create({ containerId: id, rootfs: rootfs.mounts }, { signal });
    undo.defer('sandbox task', () => stopTask(client, id, 0));
    const pid = await client.tasks.start(id, '', { signal });
    return {
      id: podId,
      name,
      sandboxId: id,
      pid,
      state: 'running',
      network,
      share,
      hostname,
      infraImage: rootfs.image.name,
      snapshotter: rootfs.snapshotter,
      labels,
      createdAt: new Date(),
    };
  });
}

/** Every pod in the namespace, by its sandbox's labels. */
export async function listPods(client: ContainerdClient, options: { signal?: AbortSignal } = {}): Promise<PodRecord[]> {
  const sandboxes = await client.containers.list([labelFilter(LABELS.role, 'sandbox')], { signal: options.signal });
  const pods = await Promise.all(sandboxes.map((c) => toPodRecord(client, c, options.signal)));
  return pods.filter((p): p is PodRecord => p !== undefined).sort((a, b) => a.name.localeCompare(b.name));
}

/** The pod's member containers (not the sandbox), in creation order. */
export async function listMemberContainers(client: ContainerdClient, podId: string, signal?: AbortSignal): Promise<ContainerRecord[]> {
  const all = await client.containers.list([labelFilter(LABELS.podId, podId)], { signal });
  return all
    .filter((c) => readMemberLabels(c.labels) !== undefined)
    .sort((a, b) => (a.createdAt?.getTime() ?? 0) - (b.createdAt?.getTime() ?? 0));
}

export async function listPodMembers(client: ContainerdClient, pod: PodRecord, signal?: AbortSignal): Promise<MemberRecord[]> {
  const containers = await listMemberContainers(client, pod.id, signal);
  return Promise.all(
    containers.map(async (c) => {
      const l = readMemberLabels(c.labels)!;
      return { id: c.id, name: l.name, podId: l.podId, podName: l.podName, role: l.role, image: c.image, logPath: l.logPath, ...(await memberTask(client, c.id)) };
    }),
  );
}

export interface StopPodOptions {
  /** How long members and pause get after SIGTERM before SIGKILL; 10 s by default. */
  timeoutMs?: number;
}

/** Stops the members (their stop signal, SIGKILL after the timeout), then the sandbox; their tasks are deleted. */
export async function stopPod(client: ContainerdClient, name: string, options: StopPodOptions = {}): Promise<PodRecord> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_STOP_TIMEOUT_MS;
  const pod = await getPod(client, name);
  const members = await listMemberContainers(client, pod.id);
  // Each member's own --stop-signal and --stop-timeout apply, unless a timeout was given.
  await Promise.all(members.map((c) => stopMember(client, c, options.timeoutMs === undefined ? undefined : options.timeoutMs / 1000)));
  await stopTask(client, pod.sandboxId, timeoutMs);
  return getPod(client, name);
}

/** A fresh sandbox task, then member tasks whose specs point at the new pause PID. */
export async function startPod(client: ContainerdClient, name: string, options: { signal?: AbortSignal } = {}): Promise<PodRecord> {
  const { signal } = options;
  const stale = await getPod(client, name, { signal });
  if (stale.state === 'running') return stale;
  const members = await listMemberContainers(client, stale.id, signal);
  // Members outliving pause (no shared PID namespace) hold the old namespaces: they go too.
  await Promise.all(members.map((c) => stopTask(client, c.id, 0)));
  await stopTask(client, stale.sandboxId, 0);
  await writePodFiles(podRunDir(client.namespace, stale.id), stale.hostname, stale.network);
  const rootfs = await client.snapshots.mounts(stale.snapshotter, stale.sandboxId, { signal });
  await client.tasks.create({ containerId: stale.sandboxId, rootfs }, { signal });
  const pid = await client.tasks.start(stale.sandboxId, '', { signal });
  const pod: PodRecord = { ...stale, pid, state: 'running' };
  for (const c of members) await startMemberTask(client, c, pod, signal);
  return pod;
}

export interface RemovePodOptions {
  /** Remove a running pod: its tasks are killed first. */
  force?: boolean;
}

/** Removes the pod: members, then the sandbox: tasks, containers, snapshots, logs and pod files. */
export async function removePod(client: ContainerdClient, name: string, options: RemovePodOptions = {}): Promise<void> {
  const pod = await getPod(client, name);
  const force = options.force ?? false;
  if ((pod.state === 'running' || pod.state === 'paused') && !force) {
    throw failedPrecondition(`pod ${name} is running`, { hint: `stop it first (podctl pod stop ${name}), or force with -f` });
  }
  const members = await listMemberContainers(client, pod.id);
  for (const c of members) await removeMemberContainer(client, c, force);
  await stopTask(client, pod.sandboxId, 0);
  await ignoreNotFound(client.containers.delete(pod.sandboxId));
  await ignoreNotFound(client.snapshots.remove(pod.snapshotter, pod.sandboxId));
  await removePodFiles(podRunDir(client.namespace, pod.id));
}
