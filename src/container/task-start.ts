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
import { checkLoggerRemoval, startInitTask } from '../task/init-task.js';
import { guardJoins } from './join-guard.js';
import { isAutoRemove, isNotStarted, isOpenStdin, LABELS } from '../state/labels.js';
import { rewriteForPod } from './member.js';
import {
  joinsAny,
  standaloneGroup,
  withStandaloneNamespaces,
  type JoinTarget,
  type NamespaceModes,
} from './namespace-modes.js';
import { setRestartStatus } from '../host/restart-policy.js';
import type { ProcessStreams, StdioRequest, TerminalSize } from '../task/process-io.js';
import { withUndo } from '../state/undo.js';
import { readStoredSpec } from '../records/stored-spec.js';
import { stopTask } from '../task/stop.js';
import { type PodRecord } from '../records/pods.js';
import { storedSpecView } from '../records/stored-spec.js';

/** What the container's namespaces are joined to, resolved just now: its pod, or the containers it joins. */
export type StartAnchor =
  | { pod: Pick<PodRecord, 'id' | 'pid' | 'share'> }
  | { modes: NamespaceModes; targets: ReadonlyMap<string, JoinTarget>; networkId?: string };

export interface StartTaskOptions {
  signal?: AbortSignal;
  /**
   * For an auto-remove (--rm) container: whether its logger removes it once it exits (the
   * default, for detached runs). An attached caller that removes it itself says false.
   */
  removeByLogger?: boolean;
  /** The CNI directories the auto-removal uses to take a container's network down. */
  cniDirs?: CniDirs;
  /** The caller attaches now (run without -d): it gets a terminal's output and writes an open stdin. */
  attach?: boolean;
  /** The caller's terminal size, for a terminal's size before the process starts. */
  size?: TerminalSize;
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

/** Whether a stored spec asks for a terminal (create -t). */
export const specTerminal = (spec: unknown): boolean => storedSpecView(spec).process?.terminal === true;

/**
 * Makes and starts the container's task, after deleting one left from before (exited, or
 * made and never started); returns its PID and, for an attached caller, its streams. The task
 * logs through podctl-logger to the container's log, with the terminal its spec asks for (-t)
 * and stdin open when it is labelled so (-i); the restart monitor is told to keep it running
 * when it has a policy. `fresh` is run's: a container created a moment ago with its spec
 * anchored already, so there is no old task, no spec to store again, and its rootfs mounts are known.
 */
export async function startTask(
  client: ContainerdClient,
  c: ContainerRecord,
  anchor: StartAnchor,
  options: StartTaskOptions = {},
  fresh?: { mounts: Mount[] },
): Promise<{ pid: number; streams: ProcessStreams }> {
  const { signal } = options;
  const logPath = c.labels[LABELS.logPath];
  if (logPath === undefined) throw failedPrecondition(`container ${c.id} has no log path: it was not made by podctl`);
  const stdio: StdioRequest = {
    tty: specTerminal(c.spec),
    stdin: isOpenStdin(c.labels),
    attach: options.attach === true,
    ...(options.size ? { size: options.size } : {}),
  };
  const onExit =
    isAutoRemove(c.labels) && options.removeByLogger !== false
      ? autoRemoveCommand(client, c.id, options.cniDirs)
      : undefined;
  if (onExit !== undefined) checkLoggerRemoval(stdio);
  let rootfs = fresh?.mounts;
  if (rootfs === undefined) {
    await stopTask(client, c.id);
    const anchored = anchoredSpec(c, anchor);
    const spec =
      anchored === undefined ? undefined : await guardJoins(client, anchored, c.labels, signal ? { signal } : {});
    const fields = [...(spec ? ['spec'] : []), ...(isNotStarted(c.labels) ? [`labels.${LABELS.notStarted}`] : [])];
    // One update: the spec, and the not-started mark dropped (named in the mask, absent from the labels).
    if (fields.length > 0)
      await client.containers.update({ id: c.id, labels: {}, ...(spec ? { spec } : {}) }, fields, { signal });
    rootfs = await client.snapshots.mounts(c.snapshotter, c.snapshotKey, { signal });
  }
  const mounts = rootfs;
  const started = await withUndo((undo) =>
    startInitTask(client, undo, {
      id: c.id,
      rootfs: mounts,
      logPath,
      stdio,
      ...(onExit ? { onExit } : {}),
      ...(signal ? { signal } : {}),
    }),
  );
  // Only now: containerd 1.6's monitor would restart a task that is merely created.
  await setRestartStatus(client, c, 'running', signal);
  return started;
}
