/**
 * A process as `<pid>:<start time>`, which names a process for the whole boot, unlike a PID
 * alone: what podctl's leases record of the process that holds them, to tell a live operation
 * from one that was killed.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

/** Field 22 of /proc/<pid>/stat, counted after the command name, which may hold spaces and parentheses. */
function startTime(stat: string): string | undefined {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return fields[19];
}

/** A process as `<pid>:<start time>`: unlike a PID alone, never the same for two processes of one boot. */
export async function processIdentity(pid: number = process.pid): Promise<string | undefined> {
  const text = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  const start = text.includes(')') ? startTime(text) : undefined;
  return start === undefined || !/^\d+$/.test(start) ? undefined : `${pid}:${start}`;
}

/** Whether the process of that identity (processIdentity) still runs; false for text that is none. */
export async function isProcessAlive(identity: string): Promise<boolean> {
  const [pid, start] = identity.split(':');
  if (pid === undefined || !/^\d+$/.test(pid) || start === undefined) return false;
  return (await processIdentity(Number(pid))) === identity;
}

let own: string | undefined;

/** This process's identity, read once. */
export function ownIdentity(): string {
  if (own === undefined) {
    const start = startTime(readFileSync('/proc/self/stat', 'utf8'));
    own = `${process.pid}:${start ?? '0'}`;
  }
  return own;
}
