/**
 * Pods on containerd: create (the pause sandbox), list, stop, start and remove. containerd's
 * records are the truth: a pod is its sandbox container, found by name, and its members are the
 * containers labelled with its ID.
 */
import type { ContainerdClient } from '../containerd/client.js';
import { alreadyExists, failedPrecondition, invalidArgument, isAlreadyExists } from '../errors.js';
import { DEFAULT_INFRA_IMAGE } from '../image/defaults.js';
import { parseReference } from '../image/reference.js';
import { withHostname } from '../oci/spec.js';
import { DEFAULT_RUNTIME } from '../host/host-info.js';
import { randomId, sandboxId } from '../state/ids.js';
import type { CniDirs } from '../network/cni-dirs.js';
import { isPinned, netnsPath } from '../network/netns.js';
import type { PortMapping } from '../network/ports.js';
import { isCniNetwork, LABELS, readMemberLabels, sandboxLabels, SHARE_ALL, type PodShare } from '../state/labels.js';
import { destroyContainer, stopMember } from '../container/member.js';
import { prepareRootfs, readUserFiles, withCreateLease } from '../container/rootfs.js';
import { hasEtcFiles, writeEtcFiles, type DnsSettings, type ExtraHost } from '../host/etc-files.js';
import { attachmentLabels, joinNetwork, leaveNetwork, networkName, planNetwork } from '../network/attachment.js';
import { podHostname, sandboxSpec } from './sandbox.js';
import { startTask } from '../container/task-start.js';
import { ignoreNotFound, withUndo } from '../state/undo.js';
import { memberTask, shownState, type MemberRecord } from '../records/containers.js';
import { getPod, type PodRecord, listMemberContainers } from '../records/pods.js';
import { podRunDir, removeRunFiles } from '../host/run-dirs.js';
import { stopTask } from '../task/stop.js';

export interface CreatePodOptions {
  name: string;
  hostname?: string;
  /** Which namespaces members join; all four by default. */
  share?: Partial<PodShare>;
  infraImage?: string;
  labels?: Readonly<Record<string, string>>;
  /** bridge (the default: podctl's default network), a network's name, none or host. */
  network?: string;
  /** Published ports; a host port of 0 gets a free one. */
  publish?: readonly PortMapping[];
  addHosts?: readonly ExtraHost[];
  dns?: DnsSettings;
  /** Where the CNI plugins and network files are; CNI_PATH and NETCONFPATH, else the defaults. */
  cniDirs?: CniDirs;
  snapshotter?: string;
  signal?: AbortSignal;
}

const DEFAULT_STOP_TIMEOUT_MS = 10_000;

/**
 * Creates the pod's sandbox and starts it. Fails with already-exists, leaving nothing, when the
 * name is taken. With a CNI network, the namespace is pinned and ADD runs while the sandbox's
 * snapshot and container are made; the pod files carry the address it got.
 */
export async function createPod(client: ContainerdClient, options: CreatePodOptions): Promise<PodRecord> {
  const { name, signal } = options;
  const id = sandboxId(name);
  const share: PodShare = { ...SHARE_ALL, ...options.share };
  const mode = options.network ?? 'bridge';
  if (mode.startsWith('container:'))
    throw invalidArgument(`the \`network\` option ${mode} is for containers, not pods`, {
      hint: 'use bridge, a network name, none or host',
    });
  const hostname = podHostname(name, networkName(mode), options.hostname);
  withHostname(hostname); // checks it before anything is made
  sandboxLabels({ podName: name, podId: 'x', network: 'none', share }, options.labels); // checks the user's labels
  const plan = await planNetwork(mode, options.publish ?? [], options.cniDirs);
  const network = plan.network;
  const podId = randomId();
  const image = options.infraImage ?? DEFAULT_INFRA_IMAGE;
  const runDir = podRunDir(client.namespace, podId);
  const taken = (err: unknown) =>
    alreadyExists(`pod ${name} already exists`, {
      cause: err,
      hint: 'choose another name, or remove it: podctl pod rm -f ' + name,
    });
  // The lease names the pod's ID before its namespace is pinned: `system prune` leaves the pod's
  // host files alone while this create runs, before its sandbox container (labelled with the ID) exists.
  return withCreateLease(
    client,
    (leased) =>
      withUndo(async (undo) => {
        const sandbox = (async () => {
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
            builtinPause: prepared.image.name === parseReference(DEFAULT_INFRA_IMAGE).string,
          });
          const labels = sandboxLabels({ podName: name, podId, network, share }, options.labels);
          await client.containers
            .create(
              {
                id,
                image: prepared.image.name,
                labels,
                runtime: { name: DEFAULT_RUNTIME },
                spec,
                snapshotter: prepared.snapshotter,
                snapshotKey: id,
              },
              { signal },
            )
            .catch((err: unknown) => {
              throw isAlreadyExists(err) ? taken(err) : err;
            });
          undo.defer('sandbox container', () => client.containers.delete(id));
          return prepared;
        })();
        // The pause task needs only its container and the pinned netns, not the plugins' work: CNI
        // ADD runs while the snapshot, the container and the task are made. Both must end before
        // anything is undone. The pod files need the pod's IP, and are written before any member
        // (their only reader) can exist.
        let pinned: () => void = () => {};
        const netnsReady = new Promise<void>((resolve) => (pinned = resolve));
        const attaching = plan.record ? joinNetwork(plan, podId, pinned) : Promise.resolve(undefined);
        if (!plan.record) pinned();
        const sandboxUp = sandbox.then(async (prepared) => {
          // A failed attach before pinning ends the wait too (its own error is the one reported).
          await Promise.race([netnsReady, attaching]);
          await client.tasks.create({ containerId: id, rootfs: prepared.mounts }, { signal });
          undo.defer('sandbox task', () => stopTask(client, id));
          return { prepared, pid: await client.tasks.start(id, '', { signal }) };
        });
        const [made, attached] = await Promise.allSettled([sandboxUp, attaching]);
        if (attached.status === 'fulfilled' && attached.value !== undefined)
          undo.defer('pod network', () =>
            leaveNetwork({ ...attached.value!, id: podId, network, ports: attached.value!.portMappings }, plan.dirs),
          );
        if (attached.status === 'rejected') throw attached.reason;
        if (made.status === 'rejected') throw made.reason;
        const { prepared: rootfs, pid } = made.value;
        const attachment = attached.value;
        const labels = sandboxLabels(
          { podName: name, podId, network, share, attachment: attachmentLabels(attachment) },
          options.labels,
        );
        undo.defer('pod files', () => removeRunFiles(runDir));
        await Promise.all([
          attachment === undefined ? undefined : client.containers.update({ id, labels }, ['labels'], { signal }),
          writeEtcFiles(runDir, {
            hostname,
            network,
            ip: attachment?.ip,
            ...(options.addHosts ? { addHosts: options.addHosts } : {}),
            ...(options.dns ? { dns: options.dns } : {}),
          }),
        ]);
        return {
          id: podId,
          name,
          sandboxId: id,
          pid,
          state: 'running',
          network,
          ip: attachment?.ip ?? '',
          prefixLength: attachment?.prefixLength ?? 0,
          gateway: attachment?.gateway ?? '',
          mac: attachment?.mac ?? '',
          ports: attachment?.portMappings ?? [],
          share,
          hostname,
          infraImage: rootfs.image.name,
          snapshotter: rootfs.snapshotter,
          labels,
          createdAt: new Date(),
        };
      }),
    { [LABELS.podId]: podId },
  );
}

export async function listPodMembers(
  client: ContainerdClient,
  pod: PodRecord,
  signal?: AbortSignal,
): Promise<MemberRecord[]> {
  const containers = await listMemberContainers(client, pod.id, signal);
  return Promise.all(
    containers.map(async (c) => {
      const l = readMemberLabels(c.labels)!;
      const task = await memberTask(client, c.id);
      return {
        id: c.id,
        name: l.name,
        podId: l.podId,
        podName: l.podName,
        role: l.role,
        image: c.image,
        logPath: l.logPath,
        pid: task.pid,
        state: shownState(c.labels, task.state),
      };
    }),
  );
}

export interface StopPodOptions {
  /** How long members and pause get after SIGTERM before SIGKILL; 10 s by default. */
  timeoutMs?: number;
}

/** Stops the members (their stop signal, SIGKILL after the timeout), then the sandbox; their tasks are deleted. */
export async function stopPod(
  client: ContainerdClient,
  name: string,
  options: StopPodOptions = {},
): Promise<PodRecord> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_STOP_TIMEOUT_MS;
  const pod = await getPod(client, name);
  const members = await listMemberContainers(client, pod.id);
  // Each member's own --stop-signal and --stop-timeout apply, unless a timeout was given.
  await Promise.all(
    members.map((c) => stopMember(client, c, options.timeoutMs === undefined ? undefined : options.timeoutMs / 1000)),
  );
  await stopTask(client, pod.sandboxId, { timeoutMs });
  return getPod(client, name);
}

/**
 * A pod's network made anew when its pinned namespace is gone (/run is lost on a reboot): DEL of
 * what is left, a fresh namespace and ADD with the same published ports, and the labels updated.
 */
async function reattach(
  client: ContainerdClient,
  pod: PodRecord,
  dirs: CniDirs | undefined,
  signal?: AbortSignal,
): Promise<PodRecord> {
  await leaveNetwork(pod, dirs);
  const plan = await planNetwork(pod.network, pod.ports, dirs);
  const a = await joinNetwork(plan, pod.id);
  const labels = {
    ...pod.labels,
    ...sandboxLabels({
      podName: pod.name,
      podId: pod.id,
      network: pod.network,
      share: pod.share,
      attachment: attachmentLabels(a),
    }),
  };
  await client.containers.update({ id: pod.sandboxId, labels }, ['labels'], { signal });
  const fresh = {
    ...pod,
    labels,
    ip: a?.ip ?? '',
    prefixLength: a?.prefixLength ?? 0,
    gateway: a?.gateway ?? '',
    mac: a?.mac ?? '',
    ports: a?.portMappings ?? [],
  };
  await writeEtcFiles(podRunDir(client.namespace, pod.id), {
    hostname: pod.hostname,
    network: pod.network,
    ip: fresh.ip,
  });
  return fresh;
}

/** A fresh sandbox task, then member tasks whose specs point at the new pause PID. The pinned network namespace, and so the address, stays. */
export async function startPod(
  client: ContainerdClient,
  name: string,
  options: { signal?: AbortSignal; cniDirs?: CniDirs } = {},
): Promise<PodRecord> {
  const { signal } = options;
  let stale = await getPod(client, name, { signal });
  if (stale.state === 'running') return stale;
  const members = await listMemberContainers(client, stale.id, signal);
  // Members outliving pause (no shared PID namespace) hold the old namespaces: they go too.
  await Promise.all(members.map((c) => stopTask(client, c.id)));
  await stopTask(client, stale.sandboxId);
  if (isCniNetwork(stale.network) && !(await isPinned(netnsPath(stale.id))))
    stale = await reattach(client, stale, options.cniDirs, signal);
  const runDir = podRunDir(client.namespace, stale.id);
  if (!(await hasEtcFiles(runDir)))
    await writeEtcFiles(runDir, { hostname: stale.hostname, network: stale.network, ip: stale.ip });
  const rootfs = await client.snapshots.mounts(stale.snapshotter, stale.sandboxId, { signal });
  await client.tasks.create({ containerId: stale.sandboxId, rootfs }, { signal });
  const pid = await client.tasks.start(stale.sandboxId, '', { signal });
  const pod: PodRecord = { ...stale, pid, state: 'running' };
  for (const c of members) await startTask(client, c, { pod }, signal ? { signal } : {});
  return pod;
}

export interface RemovePodOptions {
  /** Remove a running pod: its tasks are killed first. */
  force?: boolean;
  cniDirs?: CniDirs;
}

/** Removes the pod: members, then the sandbox: tasks, its network (DEL, the pinned namespace), containers, snapshots, logs and pod files. */
export async function removePod(client: ContainerdClient, name: string, options: RemovePodOptions = {}): Promise<void> {
  const pod = await getPod(client, name);
  const force = options.force ?? false;
  if ((pod.state === 'running' || pod.state === 'paused') && !force) {
    throw failedPrecondition(`pod ${name} is running`, {
      hint: `stop it first (podctl pod stop ${name}), or force with the \`force\` option`,
    });
  }
  const members = await listMemberContainers(client, pod.id);
  for (const c of members) await destroyContainer(client, c, force);
  await stopTask(client, pod.sandboxId);
  await leaveNetwork(pod, options.cniDirs);
  await ignoreNotFound(client.containers.delete(pod.sandboxId));
  await ignoreNotFound(client.snapshots.remove(pod.snapshotter, pod.sandboxId));
  await removeRunFiles(podRunDir(client.namespace, pod.id));
}
