/**
 * What `pod inspect` shows: the sandbox and every member with its state and the inode of each
 * of its namespaces, read from /proc/<pid>/ns/*, so that sharing can be seen at a glance.
 */
import { readlink } from 'node:fs/promises';
import * as z from 'zod/mini';
import type { ContainerdClient } from '../containerd/client.js';
import { labelFilter } from '../containerd/filters.js';
import { LABELS, readMemberLabels } from './labels.js';
import { shownState, type MemberRecord } from './member.js';
import { getPod, listPodMembers } from './pod.js';
import type { PodRecord } from './sandbox.js';

const specArgs = z.looseObject({ process: z.optional(z.looseObject({ args: z.optional(z.array(z.string())) })) });

export const NAMESPACE_TYPES = ['net', 'ipc', 'uts', 'pid', 'mnt', 'cgroup', 'user'] as const;
export type NamespaceType = (typeof NAMESPACE_TYPES)[number];
export type NamespaceInodes = Partial<Record<NamespaceType, number>>;

/** `net:[4026531992]` → 4026531992; undefined for anything else. */
export function parseNamespaceLink(link: string): number | undefined {
  const m = /^[a-z_]+:\[(\d+)\]$/.exec(link);
  return m?.[1] === undefined ? undefined : Number(m[1]);
}

/**
 * The inode of each namespace of a process, from /proc/<pid>/ns/*. A namespace the kernel does
 * not have, or a process that is gone, is left out: an empty record for pid 0.
 */
export async function readNamespaceInodes(pid: number, procRoot = '/proc'): Promise<NamespaceInodes> {
  const inodes: NamespaceInodes = {};
  if (!Number.isInteger(pid) || pid <= 0) return inodes;
  await Promise.all(
    NAMESPACE_TYPES.map(async (type) => {
      const link = await readlink(`${procRoot}/${pid}/ns/${type}`).catch(() => undefined);
      const inode = link === undefined ? undefined : parseNamespaceLink(link);
      if (inode !== undefined) inodes[type] = inode;
    }),
  );
  return inodes;
}

export interface MemberInspect extends MemberRecord {
  namespaces: NamespaceInodes;
}

export interface PodInspect extends PodRecord {
  sandbox: { id: string; pid: number; state: string; namespaces: NamespaceInodes };
  members: MemberInspect[];
}

/** The pod with its sandbox's and members' namespace inodes. */
export async function inspectPod(client: ContainerdClient, name: string, options: { signal?: AbortSignal } = {}): Promise<PodInspect> {
  const pod = await getPod(client, name, options);
  const members = await listPodMembers(client, pod, options.signal);
  return {
    ...pod,
    sandbox: { id: pod.sandboxId, pid: pod.pid, state: pod.state, namespaces: await readNamespaceInodes(pod.pid) },
    members: await Promise.all(members.map(async (m) => ({ ...m, namespaces: await readNamespaceInodes(m.pid) }))),
  };
}

export interface ContainerSummary {
  id: string;
  name: string;
  image: string;
  command: string[];
  createdAt: Date | undefined;
  /** The task's status; `exited` when the container has no task. */
  state: string;
  exitStatus: number;
  exitedAt: Date | undefined;
  podName: string;
  podId: string;
  role: string;
  labels: Record<string, string>;
}

const argsOf = (spec: unknown): string[] => {
  const r = specArgs.safeParse(spec);
  return r.success ? (r.data.process?.args ?? []) : [];
};

/** Every pod member of the namespace (of one pod, when asked; not-found when it does not exist), oldest first. */
export async function listContainers(client: ContainerdClient, options: { pod?: string; signal?: AbortSignal } = {}): Promise<ContainerSummary[]> {
  const podId = options.pod === undefined ? undefined : (await getPod(client, options.pod, options)).id;
  const containers = await client.containers.list(podId === undefined ? [] : [labelFilter(LABELS.podId, podId)], { signal: options.signal });
  const tasks = new Map((await client.tasks.list('', { signal: options.signal })).map((t) => [t.containerId, t]));
  const out: ContainerSummary[] = [];
  for (const c of containers) {
    const l = readMemberLabels(c.labels);
    if (l === undefined) continue;
    const t = tasks.get(c.id);
    out.push({
      id: c.id,
      name: l.name,
      image: c.image,
      command: argsOf(c.spec),
      createdAt: c.createdAt,
      state: shownState(c.labels, t?.status ?? 'exited'),
      exitStatus: t?.exitStatus ?? 0,
      exitedAt: t?.exitedAt,
      podName: l.podName,
      podId: l.podId,
      role: l.role,
      labels: c.labels,
    });
  }
  return out.sort((a, b) => (a.createdAt?.getTime() ?? 0) - (b.createdAt?.getTime() ?? 0));
}
