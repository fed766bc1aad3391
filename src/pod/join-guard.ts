/**
 * The join guard on a container containerd's restart monitor may start again (src/oci/join-guard.ts):
 * the start times of the processes its spec joins, read now, when the spec is stored.
 */
import { readFile } from 'node:fs/promises';
import { failedPrecondition } from '../errors.js';
import { joinedPids, withJoinGuard } from '../oci/join-guard.js';
import type { Spec } from '../oci/types.js';
import { parseStat } from './processes.js';
import { hasRestartPolicy } from './restart-policy.js';

/** The spec, guarded when the container has a restart policy; a joined process that has exited is an error. */
export async function guardJoins(spec: Spec, labels: Readonly<Record<string, string>>, procRoot = '/proc'): Promise<Spec> {
  if (!hasRestartPolicy(labels)) return spec;
  const processes = await Promise.all(
    joinedPids(spec).map(async (pid) => {
      const text = await readFile(`${procRoot}/${pid}/stat`, 'utf8').catch(() => undefined);
      const stat = text === undefined ? undefined : parseStat(text);
      if (stat === undefined) {
        throw failedPrecondition(`process ${pid}, whose namespaces the container joins, has exited`, { hint: 'start its pod, or the container it joins, again' });
      }
      return { pid, startTime: stat.starttime };
    }),
  );
  withJoinGuard(processes)(spec);
  return spec;
}
