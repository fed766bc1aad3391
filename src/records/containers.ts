/**
 * podctl's containers as containerd records them, members and standalone alike: lookup by name,
 * what a container is (its name, log and pod), its task's state, and listing as `ps` shows
 * them. Read-only; making and removing containers is src/container/'s.
 */
import * as z from 'zod/mini';
import type { ContainerdClient } from '../containerd/client.js';
import { labelFilter } from '../containerd/filters.js';
import type { ContainerRecord } from '../containerd/services/containers.js';
import { isNotFound, notFound } from '../errors.js';
import { containerId } from '../state/ids.js';
import { isNotStarted, LABELS, readMemberLabels, type Role } from '../state/labels.js';
import { getPod } from './pods.js';
import { storedSpecView } from './stored-spec.js';

export interface MemberRecord {
  id: string;
  name: string;
  podId: string;
  podName: string;
  role: Exclude<Role, 'sandbox'>;
  image: string;
  /** 0 when it has no live task. */
  pid: number;
  state: string;
  logPath: string;
}

/** The state shown for a container: its task's, or `created` for one never started (no task, labelled so). */
export const shownState = (labels: Readonly<Record<string, string>>, taskState: string): string =>
  taskState === 'exited' && isNotStarted(labels) ? 'created' : taskState;

export async function memberTask(client: ContainerdClient, id: string): Promise<{ pid: number; state: string }> {
  try {
    const t = await client.tasks.get(id);
    return { pid: t.status === 'stopped' ? 0 : t.pid, state: t.status };
  } catch (err) {
    if (isNotFound(err)) return { pid: 0, state: 'exited' };
    throw err;
  }
}

const standaloneSchema = z.object({
  [LABELS.role]: z.literal('app'),
  [LABELS.containerName]: z.string().check(z.minLength(1)),
  [LABELS.logPath]: z.string().check(z.regex(/^\//)),
});

/** A standalone container's name and log, or undefined for a pod's container or another tool's. */
export function readStandaloneLabels(
  labels: Readonly<Record<string, string>>,
): { name: string; logPath: string } | undefined {
  if (labels[LABELS.podId] !== undefined) return undefined;
  const r = standaloneSchema.safeParse(labels);
  return r.success ? { name: r.data[LABELS.containerName], logPath: r.data[LABELS.logPath] } : undefined;
}

/** Every standalone container of the namespace, as `ps` shows them (no pod). */
export async function listStandalone(client: ContainerdClient, signal?: AbortSignal): Promise<ContainerSummary[]> {
  const containers = (await client.containers.list([labelFilter(LABELS.role, 'app')], { signal })).filter(
    (c) => readStandaloneLabels(c.labels) !== undefined,
  );
  const tasks = new Map((await client.tasks.list('', { signal })).map((t) => [t.containerId, t]));
  return containers.map((c) => {
    const t = tasks.get(c.id);
    const state = shownState(c.labels, t?.status ?? 'exited');
    const command = argsOf(c.spec);
    return {
      id: c.id,
      name: readStandaloneLabels(c.labels)?.name ?? c.id,
      image: c.image,
      command,
      createdAt: c.createdAt,
      state,
      exitStatus: t?.exitStatus ?? 0,
      exitedAt: t?.exitedAt,
      podName: '',
      podId: '',
      role: 'app',
      labels: c.labels,
    };
  });
}

/** A podctl container's name and log (and pod, for a member), or not-found for any other container. */
export function identifyContainer(
  c: ContainerRecord,
  name: string,
): { name: string; logPath: string; podName: string | undefined } {
  const member = readMemberLabels(c.labels);
  if (member !== undefined) return { name: member.name, logPath: member.logPath, podName: member.podName };
  const own = readStandaloneLabels(c.labels);
  if (own !== undefined) return { ...own, podName: undefined };
  throw notFound(`no such container: ${name} (a container of that name is not podctl's)`, {
    hint: 'list containers with: podctl ps -a',
  });
}

/** The container record of name; a one-line not-found error when there is none. */
export async function getRecord(
  client: ContainerdClient,
  name: string,
  signal?: AbortSignal,
): Promise<ContainerRecord> {
  return client.containers.get(containerId(name), { signal }).catch((err: unknown) => {
    throw isNotFound(err)
      ? notFound(`no such container: ${name}`, { cause: err, hint: 'list containers with: podctl ps -a' })
      : err;
  });
}

/** A pod member or standalone container by name: its ID and log; not-found for anything else. */
export async function getContainer(
  client: ContainerdClient,
  name: string,
  signal?: AbortSignal,
): Promise<{ id: string; logPath: string }> {
  const c = await getRecord(client, name, signal);
  return { id: c.id, logPath: identifyContainer(c, name).logPath };
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

const argsOf = (spec: unknown): string[] => storedSpecView(spec).process?.args ?? [];

/** Every pod member of the namespace (of one pod, when asked; not-found when it does not exist), oldest first. */
export async function listContainers(
  client: ContainerdClient,
  options: { pod?: string; signal?: AbortSignal } = {},
): Promise<ContainerSummary[]> {
  const podId = options.pod === undefined ? undefined : (await getPod(client, options.pod, options)).id;
  const containers = await client.containers.list(podId === undefined ? [] : [labelFilter(LABELS.podId, podId)], {
    signal: options.signal,
  });
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
