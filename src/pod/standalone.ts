/**
 * Standalone containers (DESIGN.md, "The docker-style path works too"): no pod, namespaces of
 * their own by default (network none), the host's, or another container's (namespace-modes.ts),
 * joined through /proc/<pid of its task>/ns/* resolved right before the task is made. Finding
 * them, listing, and removal.
 */
import * as z from 'zod/mini';
import type { ContainerdClient } from '../containerd/client.js';
import { labelFilter } from '../containerd/filters.js';
import type { ContainerRecord } from '../containerd/services/containers.js';
import type { CniDirs } from '../network/cni-dirs.js';
import { failedPrecondition, invalidArgument, isNotFound, notFound } from '../errors.js';
import { POD_GROUP_ANNOTATION } from '../oci/spec.js';
import { containerId } from './ids.js';
import type { ContainerSummary } from './inspect.js';
import { isAutoRemove, LABELS, readMemberLabels } from './labels.js';
import { memberTask, removeMember, removeMemberContainer, shownState } from './member.js';
import { NAMESPACE_KINDS, type JoinTarget, type NamespaceModes } from './namespace-modes.js';

export { CONTAINER_RUN_ROOT, containerRunDir } from './sandbox.js';

const annotations = z.looseObject({ annotations: z.optional(z.record(z.string(), z.string())) });

/**
 * Each container named by a join, which must exist and, unless only its existence is asked
 * about (create), have a running task; one-line errors otherwise. A target that is not running
 * has pid 0.
 */
export async function resolveJoinTargets(client: ContainerdClient, modes: NamespaceModes, signal?: AbortSignal, options: { mustRun?: boolean } = {}): Promise<Map<string, JoinTarget>> {
  const targets = new Map<string, JoinTarget>();
  for (const k of NAMESPACE_KINDS) {
    const m = modes[k];
    if (m.kind !== 'container' || targets.has(m.name)) continue;
    const c = await client.containers.get(containerId(m.name), { signal }).catch((err: unknown) => {
      throw isNotFound(err) ? invalidArgument(`--${k} container:${m.name}: no such container`, { cause: err, hint: 'list containers with: podctl ps -a' }) : err;
    });
    const { pid, state } = await memberTask(client, c.id);
    if ((state !== 'running' || pid <= 0) && options.mustRun !== false) throw failedPrecondition(`--${k} container:${m.name}: container ${m.name} is not running`, { hint: 'only a running container has namespaces to join' });
    const spec = annotations.safeParse(c.spec);
    targets.set(m.name, { pid, group: (spec.success ? spec.data.annotations?.[POD_GROUP_ANNOTATION] : undefined) ?? c.id });
  }
  return targets;
}

const standaloneSchema = z.object({ [LABELS.role]: z.literal('app'), [LABELS.containerName]: z.string().check(z.minLength(1)), [LABELS.logPath]: z.string().check(z.regex(/^\//)) });

/** A standalone container's name and log, or undefined for a pod's container or another tool's. */
export function readStandaloneLabels(labels: Readonly<Record<string, string>>): { name: string; logPath: string } | undefined {
  if (labels[LABELS.podId] !== undefined) return undefined;
  const r = standaloneSchema.safeParse(labels);
  return r.success ? { name: r.data[LABELS.containerName], logPath: r.data[LABELS.logPath] } : undefined;
}

/** Every standalone container of the namespace, as `ps` shows them (no pod). */
export async function listStandalone(client: ContainerdClient, signal?: AbortSignal): Promise<ContainerSummary[]> {
  const containers = (await client.containers.list([labelFilter(LABELS.role, 'app')], { signal })).filter((c) => readStandaloneLabels(c.labels) !== undefined);
  const tasks = new Map((await client.tasks.list('', { signal })).map((t) => [t.containerId, t]));
  const args = z.looseObject({ process: z.optional(z.looseObject({ args: z.optional(z.array(z.string())) })) });
  return containers.map((c) => {
    const t = tasks.get(c.id);
    const spec = args.safeParse(c.spec);
    const state = shownState(c.labels, t?.status ?? 'exited');
    const command = spec.success ? (spec.data.process?.args ?? []) : [];
    return { id: c.id, name: readStandaloneLabels(c.labels)?.name ?? c.id, image: c.image, command, createdAt: c.createdAt, state, exitStatus: t?.exitStatus ?? 0, exitedAt: t?.exitedAt, podName: '', podId: '', role: 'app', labels: c.labels };
  });
}

/** A podctl container's name and log (and pod, for a member), or not-found for any other container. */
export function identifyContainer(c: ContainerRecord, name: string): { name: string; logPath: string; podName: string | undefined } {
  const member = readMemberLabels(c.labels);
  if (member !== undefined) return { name: member.name, logPath: member.logPath, podName: member.podName };
  const own = readStandaloneLabels(c.labels);
  if (own !== undefined) return { ...own, podName: undefined };
  throw notFound(`no such container: ${name} (a container of that name is not podctl's)`, { hint: 'list containers with: podctl ps -a' });
}

/** The container record of name; a one-line not-found error when there is none. */
export async function getRecord(client: ContainerdClient, name: string, signal?: AbortSignal): Promise<ContainerRecord> {
  return client.containers.get(containerId(name), { signal }).catch((err: unknown) => {
    throw isNotFound(err) ? notFound(`no such container: ${name}`, { cause: err, hint: 'list containers with: podctl ps -a' }) : err;
  });
}

/** A pod member or standalone container by name: its ID and log; not-found for anything else. */
export async function getContainer(client: ContainerdClient, name: string, signal?: AbortSignal): Promise<{ id: string; logPath: string }> {
  const c = await getRecord(client, name, signal);
  return { id: c.id, logPath: identifyContainer(c, name).logPath };
}

/** Removes a standalone container (task refused while running unless force; its network with it), or else a pod member. */
export async function removeContainer(client: ContainerdClient, name: string, options: { force?: boolean; signal?: AbortSignal; cniDirs?: CniDirs } = {}): Promise<void> {
  const c = await getRecord(client, name, options.signal);
  if (readStandaloneLabels(c.labels) === undefined) return removeMember(client, name, options);
  await removeMemberContainer(client, c, options.force === true, options.cniDirs);
}

export interface RemoveExitedOptions {
  /** How long to wait for containerd to record the exit; 30 s by default. */
  timeoutMs?: number;
  signal?: AbortSignal;
  cniDirs?: CniDirs;
}

/**
 * `podctl rm --auto`, which the logger of a `run -d --rm` container starts once the container's
 * init process has exited (auto-remove.ts): removes the container once its task has exited, if it is labelled
 * auto-remove. A container already gone, not auto-remove, or running again is left alone;
 * returns whether it was removed.
 */
export async function removeExited(client: ContainerdClient, name: string, options: RemoveExitedOptions = {}): Promise<boolean> {
  const { signal } = options;
  const id = containerId(name);
  const c = await client.containers.get(id, { signal }).catch((err: unknown) => {
    if (isNotFound(err)) return undefined;
    throw err;
  });
  if (c === undefined || !isAutoRemove(c.labels)) return false;
  // Any end of the wait (the exit, no task, the timeout) leads to the same look at the task.
  await client.tasks.wait(id, '', { timeoutMs: options.timeoutMs ?? 30_000, signal }).catch(() => undefined);
  const { state } = await memberTask(client, id);
  if (state !== 'stopped' && state !== 'exited') return false;
  try {
    await removeContainer(client, name, { ...(signal ? { signal } : {}), ...(options.cniDirs ? { cniDirs: options.cniDirs } : {}) });
  } catch (err) {
    // `podctl rm` or `pod rm` got there first.
    if (isNotFound(err)) return false;
    throw err;
  }
  return true;
}
