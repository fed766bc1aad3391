/**
 * `inspect`: one container, member or standalone, as podctl sees it: its task's state, its labels,
 * and the process, mounts and namespaces of its stored spec, each namespace with the inode it has
 * now (read from /proc/<pid>/ns/*) so that sharing can be seen.
 */
import type { ContainerdClient } from '../containerd/client.js';
import { isNotFound } from '../errors.js';
import { readNamespaceInodes } from '../host/proc-namespaces.js';
import { getRecord, identifyContainer, shownState } from '../records/containers.js';
import { storedSpecView } from '../records/stored-spec.js';
import { isAutoRemove, LABELS } from '../state/labels.js';

/** OCI namespace types as /proc/<pid>/ns names them. */
const PROC_NS: Readonly<Record<string, string>> = { network: 'net', mount: 'mnt' };

export interface ContainerInspect {
  id: string;
  name: string;
  /** Its pod's name; undefined for a standalone container. */
  pod: string | undefined;
  image: string;
  state: { status: string; pid: number; exitCode?: number; exitedAt?: Date | undefined };
  created: Date | undefined;
  /** As given to run or create; containerd's restart monitor keeps it (host/restart-policy.ts). */
  restartPolicy: string;
  autoRemove: boolean;
  labels: Record<string, string>;
  spec: {
    args: string[];
    env: string[];
    cwd: string | undefined;
    mounts: { destination: string; type: string | undefined; source: string | undefined; options: string[] }[];
    namespaces: { type: string; path: string | undefined; inode: number | undefined }[];
  };
}

/** The container by name; not-found (one line) for none, or for a container that is not podctl's. */
export async function inspectContainer(
  client: ContainerdClient,
  name: string,
  options: { signal?: AbortSignal } = {},
): Promise<ContainerInspect> {
  const { signal } = options;
  const c = await getRecord(client, name, signal);
  const who = identifyContainer(c, name);
  const task = await client.tasks.get(c.id, '', { signal }).catch((err: unknown) => {
    if (isNotFound(err)) return undefined;
    throw err;
  });
  const running = task !== undefined && task.status !== 'stopped';
  const inodes: Record<string, number | undefined> = running ? await readNamespaceInodes(task.pid) : {};
  const spec = storedSpecView(c.spec);
  return {
    id: c.id,
    name: who.name,
    pod: who.podName,
    image: c.image,
    state: {
      status: shownState(c.labels, task?.status ?? 'exited'),
      pid: running ? task.pid : 0,
      ...(task?.status === 'stopped' ? { exitCode: task.exitStatus, exitedAt: task.exitedAt } : {}),
    },
    created: c.createdAt,
    restartPolicy: c.labels[LABELS.restartPolicy] ?? 'no',
    autoRemove: isAutoRemove(c.labels),
    labels: c.labels,
    spec: {
      args: spec.process?.args ?? [],
      env: spec.process?.env ?? [],
      cwd: spec.process?.cwd,
      mounts: spec.mounts.map((m) => ({
        destination: m.destination,
        type: m.type,
        source: m.source,
        options: m.options ?? [],
      })),
      namespaces: spec.namespaces.map((ns) => ({
        type: ns.type,
        path: ns.path,
        inode: inodes[PROC_NS[ns.type] ?? ns.type],
      })),
    },
  };
}
