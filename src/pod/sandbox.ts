/**
 * The pod's sandbox (DESIGN.md, "The pod"): a pause container with fresh net, ipc, uts and pid
 * namespaces, a read-only rootfs, no stdio and the pod's hostname. Its task's PID anchors the
 * pod. Also the pod files every member mounts: /etc/hostname, /etc/hosts, /etc/resolv.conf.
 */
import { rm, rmdir } from 'node:fs/promises';
import { hostname as hostHostname } from 'node:os';
import path from 'node:path';
import type { ContainerdClient } from '../containerd/client.js';
import type { ContainerRecord } from '../containerd/services/containers.js';
import type { TaskStatus } from '../containerd/services/tasks.js';
import { invalidArgument, isNotFound, notFound } from '../errors.js';
import { labelFilter } from '../containerd/filters.js';
import { netnsPath } from '../network/netns.js';
import { parseMappings, type PortMapping } from '../network/ports.js';
import { withHostNamespace, withNamespacePath } from '../oci/namespaces.js';
import { withPauseSecurity } from '../oci/pause-security.js';
import { withDefaultSeccomp } from '../oci/seccomp.js';
import { generateSpec, withHostname, withPodGroup, withReadonlyRootfs, type SpecOpt } from '../oci/spec.js';
import type { Spec } from '../oci/types.js';
import { withImageConfig, type ImageRuntimeConfig, type ImageUserFiles } from '../oci/image-config.js';
import { sandboxId } from './ids.js';
import { isCniNetwork, LABELS, readSandboxLabels, type NetworkMode, type PodShare } from './labels.js';
import { ignoreNotFound } from './undo.js';

/** Volatile per-pod files live here: /run/podctl/pods/<namespace>/<pod id>. */
export const POD_RUN_ROOT = '/run/podctl/pods';

export type PodState = TaskStatus | 'exited';

export interface PodRecord {
  /** 64 hex digits; also the runc shim group of the pod. */
  id: string;
  name: string;
  sandboxId: string;
  /** The pause task's PID in the host's PID namespace; 0 when the sandbox has no live task. */
  pid: number;
  /** The pause task's status; `exited` when it has no task at all. */
  state: PodState;
  /** none, host, or the CNI network's name (`podctl` for bridge). */
  network: NetworkMode;
  /** The pod's IPv4 address, prefix length, gateway and MAC on its CNI network; empty for none and host. */
  ip: string;
  prefixLength: number;
  gateway: string;
  mac: string;
  /** Published ports. */
  ports: PortMapping[];
  share: PodShare;
  hostname: string;
  infraImage: string;
  snapshotter: string;
  labels: Record<string, string>;
  createdAt: Date | undefined;
}

export function podRunDir(namespace: string, podId: string): string {
  return path.join(POD_RUN_ROOT, namespace, podId);
}

/** A standalone container's /etc/hostname, /etc/hosts and /etc/resolv.conf: /run/podctl/containers/<namespace>/<id>. */
export const CONTAINER_RUN_ROOT = '/run/podctl/containers';
export const containerRunDir = (namespace: string, id: string): string => path.join(CONTAINER_RUN_ROOT, namespace, id);

export interface SandboxSpecInput {
  id: string;
  namespace: string;
  podId: string;
  hostname: string;
  network: NetworkMode;
  imageConfig: ImageRuntimeConfig | undefined;
  userFiles?: ImageUserFiles;
  /** It runs podctl's own pause image: no capabilities, no_new_privileges and the pause profile (src/oci/pause-security.ts). */
  builtinPause?: boolean;
}

/** The pause container's spec. Pure: the CRI's sandbox spec with podctl's choices. */
export function sandboxSpec(input: SandboxSpecInput): Spec {
  const opts: SpecOpt[] = [
    withImageConfig(input.imageConfig, {}, input.userFiles ?? {}),
    withReadonlyRootfs(),
    withHostname(input.hostname),
    withPodGroup(input.podId),
    input.builtinPause === true ? withPauseSecurity() : withDefaultSeccomp(),
  ];
  if (input.network === 'host') opts.push(withHostNamespace('network'));
  // A CNI pod's namespace is pinned before the sandbox starts (DESIGN.md, "Network").
  else if (isCniNetwork(input.network)) opts.push(withNamespacePath('network', netnsPath(input.podId)));
  return generateSpec({ id: input.id, namespace: input.namespace }, ...opts);
}

/** The pod's hostname: the one asked for, else the host's with host networking, else the pod's name. */
export function podHostname(name: string, network: NetworkMode, hostname?: string): string {
  return hostname ?? (network === 'host' ? hostHostname() : name);
}

export { podFileMounts } from './pod-files.js';

/** Removes the pod's run directory, and its namespace directory (then /run/podctl/pods, /run/podctl) if left empty. */
export async function removePodFiles(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  let parent = path.dirname(dir);
  while (parent.startsWith('/run/podctl')) {
    try {
      await rmdir(parent);
    } catch {
      return; // not empty, or gone: another pod's, or nothing to do
    }
    parent = path.dirname(parent);
  }
}

async function taskOf(client: ContainerdClient, id: string, signal?: AbortSignal): Promise<{ pid: number; state: PodState }> {
  try {
    const task = await client.tasks.get(id, '', { signal });
    return { pid: task.status === 'stopped' ? 0 : task.pid, state: task.status };
  } catch (err) {
    if (isNotFound(err)) return { pid: 0, state: 'exited' };
    throw err;
  }
}

/** SIGTERM, then SIGKILL after timeoutMs, then the task is deleted. A task that is gone already is done. */
export async function stopTask(client: ContainerdClient, id: string, timeoutMs: number): Promise<void> {
  const kill = async (signal: number) => {
    try {
      await client.tasks.kill(id, signal, { all: signal === 9 });
    } catch (err) {
      if (!isNotFound(err)) throw err;
    }
  };
  try {
    await client.tasks.get(id);
  } catch (err) {
    if (isNotFound(err)) return;
    throw err;
  }
  let stopped = false;
  if (timeoutMs > 0) {
    await kill(15);
    stopped = await client.tasks.wait(id, '', { timeoutMs }).then(() => true, (err: unknown) => {
      if (isNotFound(err)) return true;
      return false;
    });
  }
  if (!stopped) {
    await kill(9);
    await client.tasks.wait(id, '', { timeoutMs: 30_000 }).catch((err: unknown) => {
      if (!isNotFound(err)) throw err;
    });
  }
  await ignoreNotFound(client.tasks.delete(id));
}

/** The pod a sandbox container stands for, with its task's state; undefined for any other container. */
export async function toPodRecord(client: ContainerdClient, c: ContainerRecord, signal?: AbortSignal): Promise<PodRecord | undefined> {
  const labels = readSandboxLabels(c.labels);
  if (labels === undefined) return undefined;
  const spec = c.spec as { hostname?: unknown } | undefined;
  return {
    id: labels.podId,
    name: labels.podName,
    sandboxId: c.id,
    ...(await taskOf(client, c.id, signal)),
    network: labels.network,
    ip: labels.attachment?.ip ?? '',
    prefixLength: labels.attachment?.prefixLength ?? 0,
    gateway: labels.attachment?.gateway ?? '',
    mac: labels.attachment?.mac ?? '',
    ports: labels.attachment ? parseMappings(labels.attachment.ports) : [],
    share: labels.share,
    hostname: typeof spec?.hostname === 'string' ? spec.hostname : labels.podName,
    infraImage: c.image,
    snapshotter: c.snapshotter,
    labels: c.labels,
    createdAt: c.createdAt,
  };
}

/** The pod named name; not-found (one line) when there is none. */
/** The sandbox of the pod whose ID starts with `prefix` (as `pod ls -q` prints it), if exactly one does. */
async function sandboxByPodId(client: ContainerdClient, prefix: string, signal?: AbortSignal): Promise<ContainerRecord | undefined> {
  if (!/^[0-9a-f]{6,64}$/.test(prefix)) return undefined;
  const matches = (await client.containers.list([labelFilter(LABELS.role, 'sandbox')], { signal })).filter((c) => c.labels[LABELS.podId]?.startsWith(prefix));
  if (matches.length > 1) throw invalidArgument(`pod ID prefix ${prefix} is ambiguous: ${matches.length} pods have it`, { hint: 'give more of the ID, or the pod name' });
  return matches[0];
}

/** A pod by name, or by its ID or a prefix of at least 6 hex digits of it, as docker and podman take either. */
export async function getPod(client: ContainerdClient, name: string, options: { signal?: AbortSignal } = {}): Promise<PodRecord> {
  const id = sandboxId(name);
  let container: ContainerRecord;
  try {
    container = await client.containers.get(id, { signal: options.signal });
  } catch (err) {
    if (!isNotFound(err)) throw err;
    const byId = await sandboxByPodId(client, name, options.signal);
    if (byId === undefined) throw notFound(`no such pod: ${name}`, { cause: err, hint: 'list pods with: podctl pod ls' });
    container = byId;
  }
  const pod = await toPodRecord(client, container, options.signal);
  if (pod === undefined) throw notFound(`no such pod: ${name} (a container of that name is not a pod)`);
  return pod;
}
