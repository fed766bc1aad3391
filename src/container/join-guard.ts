/**
 * The join guard on a container containerd's restart monitor may start again (src/oci/join-guard.ts):
 * the start times of the processes its spec joins, read now, when the spec is stored. Each PID
 * was taken from a task a moment before; after its start time is read, the PID is checked to
 * still be a running task's, so that the time recorded is that task's process and not that of
 * one which took the PID in between.
 */
import { readFile } from 'node:fs/promises';
import type { ContainerdClient } from '../containerd/client.js';
import { failedPrecondition } from '../errors.js';
import { joinedPids, withJoinGuard } from '../oci/join-guard.js';
import type { Spec } from '../oci/types.js';
import { parseStat } from '../host/processes.js';
import { hasRestartPolicy } from '../host/restart-policy.js';

const gone = (pid: number) =>
  failedPrecondition(`process ${pid}, whose namespaces the container joins, has exited`, {
    hint: 'start its pod, or the container it joins, again',
  });

/** The spec, guarded when the container has a restart policy; a joined process that has exited is an error. */
export async function guardJoins(
  client: ContainerdClient,
  spec: Spec,
  labels: Readonly<Record<string, string>>,
  options: { signal?: AbortSignal } = {},
): Promise<Spec> {
  if (!hasRestartPolicy(labels)) return spec;
  const pids = joinedPids(spec);
  if (pids.length === 0) return spec;
  const processes = await Promise.all(
    pids.map(async (pid) => {
      const text = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
      const stat = text === undefined ? undefined : parseStat(text);
      if (stat === undefined) throw gone(pid);
      return { pid, startTime: stat.starttime };
    }),
  );
  const running = new Set(
    (await client.tasks.list('', { signal: options.signal }))
      .filter((t) => t.status === 'running' || t.status === 'paused')
      .map((t) => t.pid),
  );
  for (const pid of pids) if (!running.has(pid)) throw gone(pid);
  withJoinGuard(processes)(spec);
  return spec;
}
