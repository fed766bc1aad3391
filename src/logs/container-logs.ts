/**
 * A container's logs by name: the lines logged so far, or followed until its task exits.
 */
import type { ContainerdClient } from '../containerd/client.js';
import { getRecord, identifyContainer } from '../records/containers.js';
import { followContainerLogs, type FollowLogsOptions } from './log-follow.js';
import { readContainerLog, type ReadLogOptions } from './logs.js';
import type { LogLine } from './logs.js';

/** The container's log lines, oldest first, within the window and tail asked for. */
export async function containerLogs(
  client: ContainerdClient,
  name: string,
  options: ReadLogOptions & { signal?: AbortSignal } = {},
): Promise<LogLine[]> {
  const c = await getRecord(client, name, options.signal);
  return readContainerLog(identifyContainer(c, name).logPath, options);
}

/** Calls onLine with the container's lines: its history (window and tail), then each new line until its task exits or signal aborts. */
export async function followLogs(client: ContainerdClient, name: string, options: FollowLogsOptions): Promise<void> {
  const c = await getRecord(client, name, options.signal);
  const { logPath } = identifyContainer(c, name);
  await followContainerLogs(client, [{ id: c.id, name, logPath }], options);
}
