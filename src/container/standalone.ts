/**
 * Standalone containers (DESIGN.md, "The docker-style path works too"): no pod, namespaces of
 * their own by default (network none), the host's, or another container's (namespace-modes.ts),
 * joined through /proc/<pid of its task>/ns/* resolved right before the task is made. Finding
 * them, listing, and removal.
 */
import { whileUnavailable } from '../containerd/availability.js';
import type { ContainerdClient } from '../containerd/client.js';
import type { CniDirs } from '../network/cni-dirs.js';
import { failedPrecondition, invalidArgument, isNotFound } from '../errors.js';
import { POD_GROUP_ANNOTATION } from '../oci/spec.js';
import { containerId } from '../state/ids.js';
import { isAutoRemove } from '../state/labels.js';
import { removeMember, destroyContainer } from './member.js';
import { NAMESPACE_KINDS, type JoinTarget, type NamespaceModes } from './namespace-modes.js';
import { memberTask, readStandaloneLabels, getRecord } from '../records/containers.js';
import { storedSpecView } from '../records/stored-spec.js';

/**
 * Each container named by a join, which must exist and, unless only its existence is asked
 * about (create), have a running task; one-line errors otherwise. A target that is not running
 * has pid 0.
 */
export async function resolveJoinTargets(
  client: ContainerdClient,
  modes: NamespaceModes,
  signal?: AbortSignal,
  options: { mustRun?: boolean } = {},
): Promise<Map<string, JoinTarget>> {
  const targets = new Map<string, JoinTarget>();
  for (const k of NAMESPACE_KINDS) {
    const m = modes[k];
    if (m.kind !== 'container' || targets.has(m.name)) continue;
    const c = await client.containers.get(containerId(m.name), { signal }).catch((err: unknown) => {
      throw isNotFound(err)
        ? invalidArgument(`the \`namespaces.${k}\` option container:${m.name}: no such container`, {
            cause: err,
            hint: 'list containers with: podctl ps -a',
          })
        : err;
    });
    const { pid, state } = await memberTask(client, c.id);
    if ((state !== 'running' || pid <= 0) && options.mustRun !== false)
      throw failedPrecondition(
        `the \`namespaces.${k}\` option container:${m.name}: container ${m.name} is not running`,
        { hint: 'only a running container has namespaces to join' },
      );
    targets.set(m.name, { pid, group: storedSpecView(c.spec).annotations[POD_GROUP_ANNOTATION] ?? c.id });
  }
  return targets;
}

/** Removes a standalone container (task refused while running unless force; its network with it), or else a pod member. */
export async function removeContainer(
  client: ContainerdClient,
  name: string,
  options: { force?: boolean; signal?: AbortSignal; cniDirs?: CniDirs } = {},
): Promise<void> {
  const c = await getRecord(client, name, options.signal);
  if (readStandaloneLabels(c.labels) === undefined) return removeMember(client, name, options);
  await destroyContainer(client, c, options.force === true, options.cniDirs);
}

export interface RemoveExitedOptions {
  /** How long to wait for containerd to record the exit; 30 s by default. */
  timeoutMs?: number;
  /** How long containerd may be down (restarting) before the removal gives up; 5 min by default. */
  unavailableMs?: number;
  signal?: AbortSignal;
  cniDirs?: CniDirs;
}

const UNAVAILABLE_MS = 5 * 60_000;

/**
 * `podctl rm --auto`, which the logger of a `run -d --rm` container starts once the container's
 * init process has exited (auto-remove.ts): removes the container once its task has exited, if it is labelled
 * auto-remove. A container already gone, not auto-remove, or running again is left alone;
 * returns whether it was removed.
 */
export async function removeExited(
  client: ContainerdClient,
  name: string,
  options: RemoveExitedOptions = {},
): Promise<boolean> {
  const { signal } = options;
  // The container may exit while containerd is down (a restart): nothing else would remove it.
  return whileUnavailable(() => removeExitedOnce(client, name, options), {
    giveUpMs: options.unavailableMs ?? UNAVAILABLE_MS,
    ...(signal ? { signal } : {}),
  });
}

async function removeExitedOnce(
  client: ContainerdClient,
  name: string,
  options: RemoveExitedOptions,
): Promise<boolean> {
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
    await removeContainer(client, name, {
      ...(signal ? { signal } : {}),
      ...(options.cniDirs ? { cniDirs: options.cniDirs } : {}),
    });
  } catch (err) {
    // `podctl rm` or `pod rm` got there first.
    if (isNotFound(err)) return false;
    throw err;
  }
  return true;
}
