/**
 * Pods as containerd records them: a pod is its sandbox container, found by name (or by pod ID),
 * with its task's state; its members are the containers labelled with its ID. Read-only lookups
 * that every layer above may use; making and removing pods is src/pod/'s.
 */
import type { ContainerdClient } from '../containerd/client.js';
import { labelFilter } from '../containerd/filters.js';
import type { ContainerRecord } from '../containerd/services/containers.js';
import type { TaskStatus } from '../containerd/services/tasks.js';
import { invalidArgument, isNotFound, notFound } from '../errors.js';
import { parseMappings, type PortMapping } from '../network/ports.js';
import { sandboxId } from '../state/ids.js';
import { LABELS, readMemberLabels, readSandboxLabels, type NetworkMode, type PodShare } from '../state/labels.js';
import { storedSpecView } from './stored-spec.js';

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

async function taskOf(
  client: ContainerdClient,
  id: string,
  signal?: AbortSignal,
): Promise<{ pid: number; state: PodState }> {
  try {
    const task = await client.tasks.get(id, '', { signal });
    return { pid: task.status === 'stopped' ? 0 : task.pid, state: task.status };
  } catch (err) {
    if (isNotFound(err)) return { pid: 0, state: 'exited' };
    throw err;
  }
}

/** The pod a sandbox container stands for, with its task's state; undefined for any other container. */
export async function toPodRecord(
  client: ContainerdClient,
  c: ContainerRecord,
  signal?: AbortSignal,
): Promise<PodRecord | undefined> {
  const labels = readSandboxLabels(c.labels);
  if (labels === undefined) return undefined;
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
    hostname: storedSpecView(c.spec).hostname ?? labels.podName,
    infraImage: c.image,
    snapshotter: c.snapshotter,
    labels: c.labels,
    createdAt: c.createdAt,
  };
}

/** The sandbox of the pod whose ID starts with `prefix` (as `pod ls -q` prints it), if exactly one does. */
async function sandboxByPodId(
  client: ContainerdClient,
  prefix: string,
  signal?: AbortSignal,
): Promise<ContainerRecord | undefined> {
  if (!/^[0-9a-f]{6,64}$/.test(prefix)) return undefined;
  const matches = (await client.containers.list([labelFilter(LABELS.role, 'sandbox')], { signal })).filter((c) =>
    c.labels[LABELS.podId]?.startsWith(prefix),
  );
  if (matches.length > 1)
    throw invalidArgument(`pod ID prefix ${prefix} is ambiguous: ${matches.length} pods have it`, {
      hint: 'give more of the ID, or the pod name',
    });
  return matches[0];
}

/** A pod by name, or by its ID or a prefix of at least 6 hex digits of it, as docker and podman take either. */
export async function getPod(
  client: ContainerdClient,
  name: string,
  options: { signal?: AbortSignal } = {},
): Promise<PodRecord> {
  const id = sandboxId(name);
  let container: ContainerRecord;
  try {
    container = await client.containers.get(id, { signal: options.signal });
  } catch (err) {
    if (!isNotFound(err)) throw err;
    const byId = await sandboxByPodId(client, name, options.signal);
    if (byId === undefined)
      throw notFound(`no such pod: ${name}`, { cause: err, hint: 'list pods with: podctl pod ls' });
    container = byId;
  }
  const pod = await toPodRecord(client, container, options.signal);
  if (pod === undefined) throw notFound(`no such pod: ${name} (a container of that name is not a pod)`);
  return pod;
}

/** Every pod in the namespace, by its sandbox's labels. */
export async function listPods(client: ContainerdClient, options: { signal?: AbortSignal } = {}): Promise<PodRecord[]> {
  const sandboxes = await client.containers.list([labelFilter(LABELS.role, 'sandbox')], { signal: options.signal });
  const pods = await Promise.all(sandboxes.map((c) => toPodRecord(client, c, options.signal)));
  return pods.filter((p): p is PodRecord => p !== undefined).sort((a, b) => a.name.localeCompare(b.name));
}

/** The pod's member containers (not the sandbox), in creation order. */
export async function listMemberContainers(
  client: ContainerdClient,
  podId: string,
  signal?: AbortSignal,
): Promise<ContainerRecord[]> {
  const all = await client.containers.list([labelFilter(LABELS.podId, podId)], { signal });
  return all
    .filter((c) => readMemberLabels(c.labels) !== undefined)
    .sort((a, b) => (a.createdAt?.getTime() ?? 0) - (b.createdAt?.getTime() ?? 0));
}
