/**
 * A container's task, made and started (DESIGN.md, "Lifecycle"), for `start`, `run` and
 * `pod start` alike. A /proc/<pid> path is never trusted from before: the joined namespaces
 * of the stored spec are pointed at the PID of this moment (the pod's pause task, or the
 * container joined) right before the task is made, and the spec is stored again, so that
 * `inspect` and containerd's restart monitor see what the task runs with.
 */
import type { ContainerdClient } from '../containerd/client.js';
import type { ContainerRecord } from '../containerd/services/containers.js';
import type { CniDirs } from '../network/cni-dirs.js';
import type { Mount } from '../containerd/services/types.js';
import { failedPrecondition } from '../errors.js';
import { withPodGroup } from '../oci/spec.js';
import type { Spec } from '../oci/types.js';
import { autoRemoveCommand } from './auto-remove.js';
import { isAutoRemove, isNotStarted, LABELS } from './labels.js';
import { loggerUri } from './logger-path.js';
import { readStoredSpec, rewriteForPod } from './member.js';
import { joinsAny, standaloneGroup, withStandaloneNamespaces, type JoinTarget, type NamespaceModes } from './namespace-modes.js';
import { setRestartStatus } from './restart-policy.js';
import { stopTask, type PodRecord } from './sandbox.js';
import { ignoreNotFound } from './undo.js';

/** What the container's namespaces are joined to, resolved just now: its pod, or the containers it joins. */
export type StartAnchor = { pod: Pick<PodRecord, 'id' | 'pid' | 'share'> } | { modes: NamespaceModes; targets: ReadonlyMap<string, JoinTarget>; networkId?: string };

export interface StartTaskOptions {
  signal?: AbortSignal;
  /**
   * For an auto-remove (--rm) container: whether its logger removes it once it exits (the
   * default, for detached runs). An attached caller that removes it itself says false.
   */
  removeByLogger?: boolean;
  /** The CNI directories the auto-removal uses to take a container's network down. */
  cniDirs?: CniDirs;
}

/** The stored spec pointed at the anchor; undefined when nothing in it depends on another task. Pure. */
export function anchoredSpec(c: Pick<ContainerRecord, 'id' | 'spec'>, anchor: StartAnchor): Spec | undefined {
  if ('pod' in anchor) return rewriteForPod(c.spec, anchor.pod);
  if (!joinsAny(anchor.modes)) return undefined;
  const spec = readStoredSpec(c.spec);
  withStandaloneNamespaces(anchor.modes, anchor.targets, anchor.networkId)(spec);
  withPodGroup(standaloneGroup(c.id, anchor.modes, anchor.targets))(spec);
  return spec;
}

/**
 * Makes and starts the container's task, after deleting one left from before (exited, or
 * made and never started); returns its PID. The task logs through podctl-logger to the
 * container's log; the restart monitor is told to keep it running when it has a policy.
 * `fresh` is run's: a container created a moment ago with its spec anchored already, so there
 * is no old task, no spec to store again, and its rootfs mounts are known.
 */
export async function startTask(client: ContainerdClient, c: ContainerRecord, anchor: StartAnchor, options: StartTaskOptions = {}, fresh?: { mounts: Mount[] }): Promise<number> {
  const { signal } = options;
  const logPath = c.labels[LABELS.logPath];
  if (logPath === undefined) throw failedPrecondition(`container ${c.id} has no log path: it was not made by podctl`);
  let rootfs = fresh?.mounts;
  if (rootfs === undefined) {
    await stopTask(client, c.id, 0);
    const spec = anchoredSpec(c, anchor);
    const fields = [...(spec ? ['spec'] : []), ...(isNotStarted(c.labels) ? [`labels.${LABELS.notStarted}`] : [])];
    // One update: the spec, and the not-started mark dropped (named in the mask, absent from the labels).
    if (fields.length > 0) await client.containers.update({ id: c.id, labels: {}, ...(spec ? { spec } : {}) }, fields, { signal });
    rootfs = await client.snapshots.mounts(c.snapshotter, c.snapshotKey, { signal });
  }
  const onExit = isAutoRemove(c.labels) && options.removeByLogger !== false ? autoRemoveCommand(client, c.id, options.cniDirs) : undefined;
  const uri = loggerUri(logPath, onExit ? { onExit } : {});
  await client.tasks.create({ containerId: c.id, rootfs, stdout: uri, stderr: uri }, { signal });
  let pid: number;
  try {
    pid = await client.tasks.start(c.id, '', { signal });
  } catch (err) {
    await ignoreNotFound(client.tasks.delete(c.id));
    throw err;
  }
  // Only now: containerd 1.6's monitor would restart a task that is merely created.
  await setRestartStatus(client, c, 'running', signal);
  return pid;
}
