/**
 * `kill`: a signal to a container's main process. As in docker, SIGKILL and the container's stop
 * signal turn its restart policy off until it is started again (containerd's restart monitor is
 * told to keep it stopped, before the signal goes); any other signal leaves the policy alone.
 */
import type { ContainerdClient } from '../containerd/client.js';
import { failedPrecondition, isFailedPrecondition, isNotFound } from '../errors.js';
import { memberTask } from './member.js';
import { readStopPolicy } from './member-opts.js';
import { setRestartStatus } from './restart-policy.js';
import { getContainer, getRecord } from './standalone.js';

const SIGKILL = 9;

export async function killContainer(client: ContainerdClient, name: string, signalNumber: number, options: { signal?: AbortSignal } = {}): Promise<void> {
  const { signal } = options;
  const { id } = await getContainer(client, name, signal);
  const c = await getRecord(client, name, signal);
  const notRunning = (cause?: unknown) => failedPrecondition(`container ${name} is not running`, { ...(cause ? { cause } : {}), hint: `start it: podctl start ${name}` });
  const { state } = await memberTask(client, id);
  if (state !== 'running' && state !== 'paused') throw notRunning();
  if (signalNumber === SIGKILL || signalNumber === readStopPolicy(c.labels).signal) await setRestartStatus(client, c, 'stopped', signal);
  try {
    await client.tasks.kill(id, signalNumber, {}, { signal });
  } catch (err) {
    throw isNotFound(err) || isFailedPrecondition(err) ? notRunning(err) : err;
  }
}
