/**
 * Stopping a task: its stop signal, a grace period, SIGKILL, then delete. The one implementation
 * of "signal, wait, then SIGKILL" that pods, members, standalone containers and an attached run
 * share.
 */
import type { ContainerdClient } from '../containerd/client.js';
import { isNotFound } from '../errors.js';
import { ignoreNotFound } from '../state/undo.js';

const SIGTERM = 15;
const SIGKILL = 9;
/** How long SIGKILL gets to end the task before the delete is tried anyway. */
const KILL_WAIT_MS = 30_000;

export interface StopTaskOptions {
  /** Sent first, to a running task only; SIGTERM by default. */
  signal?: number;
  /** How long the task gets after that signal before SIGKILL; 0 (the default) sends SIGKILL at once. */
  timeoutMs?: number;
  /** Leave the stopped task for its owner to read and delete (an attached run reads its exit status). */
  keepTask?: boolean;
}

/**
 * Stops the task: its signal, then SIGKILL (to every process of it) after timeoutMs, then the
 * task is deleted. A task that is gone already is done; one that has exited is only deleted.
 */
export async function stopTask(client: ContainerdClient, id: string, options: StopTaskOptions = {}): Promise<void> {
  const { signal = SIGTERM, timeoutMs = 0 } = options;
  const kill = async (n: number) => {
    try {
      await client.tasks.kill(id, n, { all: n === SIGKILL });
    } catch (err) {
      if (!isNotFound(err)) throw err;
    }
  };
  let status: string;
  try {
    status = (await client.tasks.get(id)).status;
  } catch (err) {
    if (isNotFound(err)) return;
    throw err;
  }
  let stopped = status === 'stopped';
  if (!stopped && timeoutMs > 0 && status === 'running') {
    await kill(signal);
    // Any end of the wait but the exit (a timeout) leads to SIGKILL.
    stopped = await client.tasks.wait(id, '', { timeoutMs }).then(
      () => true,
      (err: unknown) => isNotFound(err),
    );
  }
  if (!stopped) {
    await kill(SIGKILL);
    await client.tasks.wait(id, '', { timeoutMs: KILL_WAIT_MS }).catch((err: unknown) => {
      if (!isNotFound(err)) throw err;
    });
  }
  if (options.keepTask !== true) await ignoreNotFound(client.tasks.delete(id));
}
