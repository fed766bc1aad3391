/**
 * `stop` and `wait` on containers by name, members and standalone alike.
 */
import type { ContainerdClient } from '../containerd/client.js';
import { failedPrecondition, isFailedPrecondition, isNotFound } from '../errors.js';
import { getRecord, identifyContainer } from '../records/containers.js';
import { stopMember } from './member.js';

export interface StopContainerOptions {
  /** Seconds between the stop signal and SIGKILL; the container's own stop timeout (else 10) by default. */
  timeoutSeconds?: number;
  signal?: AbortSignal;
}

/** Stops the container: its stop signal, then SIGKILL after the timeout; its task is deleted. Stopping a stopped one does nothing. */
export async function stopContainer(
  client: ContainerdClient,
  name: string,
  options: StopContainerOptions = {},
): Promise<void> {
  const c = await getRecord(client, name, options.signal);
  identifyContainer(c, name);
  await stopMember(client, c, options.timeoutSeconds);
}

export interface WaitContainersOptions {
  signal?: AbortSignal;
  /** Called as each container exits, in the order given. */
  onExit?(name: string, exitStatus: number): void;
}

/**
 * Waits until each container has exited, in turn, and returns the last one's exit status. Every
 * name is looked up before the first wait blocks; a container without a task fails in one line.
 */
export async function waitContainers(
  client: ContainerdClient,
  names: readonly string[],
  options: WaitContainersOptions = {},
): Promise<number> {
  const { signal } = options;
  const found: { name: string; id: string }[] = [];
  for (const name of names) {
    const c = await getRecord(client, name, signal);
    identifyContainer(c, name);
    found.push({ name, id: c.id });
  }
  let code = 0;
  for (const { name, id } of found) {
    try {
      code = (await client.tasks.wait(id, '', { signal })).exitStatus;
    } catch (err) {
      if (isNotFound(err) || isFailedPrecondition(err))
        throw failedPrecondition(`container ${name} is not running`, {
          cause: err,
          hint: `start it: podctl start ${name}`,
        });
      throw err;
    }
    options.onExit?.(name, code);
  }
  return code;
}
