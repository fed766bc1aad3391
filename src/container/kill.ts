/**
 * `kill`: a signal to a container's main process. As in docker, SIGKILL and the container's stop
 * signal turn its restart policy off until it is started again: containerd's restart monitor is
 * told to keep it stopped before the signal goes, and told so no longer if the signal could not
 * be sent. Any other signal leaves the policy alone. (docker also turns it off for any signal
 * when the container has no stop signal of its own; podctl does not, as containerd's monitor
 * would then stop a container that merely handled, say, SIGUSR1.)
 */
import type { ContainerdClient } from '../containerd/client.js';
import { failedPrecondition, isFailedPrecondition, isNotFound } from '../errors.js';
import { LABELS } from '../state/labels.js';
import { readStopPolicy } from './member-opts.js';
import { setRestartStatus } from '../host/restart-policy.js';
import { memberTask, getRecord, identifyContainer } from '../records/containers.js';

const SIGKILL = 9;

export async function killContainer(
  client: ContainerdClient,
  name: string,
  signalNumber: number,
  options: { signal?: AbortSignal } = {},
): Promise<void> {
  const { signal } = options;
  const c = await getRecord(client, name, signal);
  identifyContainer(c, name);
  const notRunning = (cause?: unknown) =>
    failedPrecondition(`container ${name} is not running`, {
      ...(cause ? { cause } : {}),
      hint: `start it: podctl start ${name}`,
    });
  const { state } = await memberTask(client, c.id);
  if (state !== 'running' && state !== 'paused') throw notRunning();
  const turnsOff = signalNumber === SIGKILL || signalNumber === readStopPolicy(c.labels).signal;
  const before = c.labels[LABELS.monitorStatus];
  if (turnsOff) await setRestartStatus(client, c, 'stopped', signal);
  try {
    await client.tasks.kill(c.id, signalNumber, {}, { signal });
  } catch (err) {
    if (turnsOff && before === 'running')
      await setRestartStatus(
        client,
        { ...c, labels: { ...c.labels, [LABELS.monitorStatus]: 'stopped' } },
        'running',
      ).catch(() => undefined);
    throw isNotFound(err) || isFailedPrecondition(err) ? notRunning(err) : err;
  }
}
