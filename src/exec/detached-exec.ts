/**
 * Detached execs (exec -d) finish on their own, and containerd's shim keeps each one's record
 * (its exit status) until it is deleted. podctl remembers them in labels on the container, one
 * per exec, set and removed through field paths so that concurrent execs never overwrite each
 * other's; the next exec on the container deletes the records of those that have exited, and
 * forgets those that are gone (a task deleted by stop or restart takes its execs with it).
 */
import type { ContainerdClient } from '../containerd/client.js';
import type { ContainerRecord } from '../containerd/services/containers.js';
import { isNotFound } from '../errors.js';
import { LABELS } from '../state/labels.js';
import { ignoreNotFound } from '../state/undo.js';

const PREFIX = LABELS.detachedExecPrefix;

/** The exec IDs a container's labels remember. Pure. */
export function detachedExecIds(labels: Readonly<Record<string, string>>): string[] {
  return Object.keys(labels)
    .filter((k) => k.startsWith(PREFIX) && k.length > PREFIX.length)
    .map((k) => k.slice(PREFIX.length));
}

export async function rememberDetachedExec(client: ContainerdClient, id: string, execId: string): Promise<void> {
  const key = `${PREFIX}${execId}`;
  await client.containers.update({ id, labels: { [key]: 'detached' } }, [`labels.${key}`]);
}

/** Deletes the records of the container's detached execs that have exited; keeps the running ones. */
export async function reapDetachedExecs(client: ContainerdClient, container: ContainerRecord): Promise<void> {
  for (const execId of detachedExecIds(container.labels)) {
    const process = await client.tasks.get(container.id, execId).catch((err: unknown) => {
      if (isNotFound(err)) return undefined;
      throw err;
    });
    if (process !== undefined && process.status !== 'stopped') continue;
    if (process !== undefined) await ignoreNotFound(client.tasks.deleteProcess(container.id, execId));
    // A label named in the field paths but absent from the update is removed.
    await ignoreNotFound(client.containers.update({ id: container.id, labels: {} }, [`labels.${PREFIX}${execId}`]));
  }
}
