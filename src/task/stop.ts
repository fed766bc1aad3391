/**
 * Stopping a task: SIGTERM, a grace period, SIGKILL, delete. The one implementation of "signal,
 * wait, then SIGKILL" that pods, members, standalone containers and an attached run share.
 */
import type { ContainerdClient } from '../containerd/client.js';
import { isNotFound } from '../errors.js';
import { ignoreNotFound } from '../state/undo.js';

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
