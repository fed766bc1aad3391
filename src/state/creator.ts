/**
 * Which podctl process holds a lease (DESIGN.md, "State"). A create or an import labels its lease
 * with its own process, as `<boot id>/<pid>/<start time>`, so that `system prune` tells a lease
 * in use from one that a killed podctl left: that process is gone, or the host has booted since.
 * The start time (clock ticks after boot, field 22 of /proc/<pid>/stat) tells a reused PID apart.
 * A podctl in another PID namespace than the pruning one looks gone.
 */
import { readFileSync } from 'node:fs';
import { CREATED_BY, LABELS } from './labels.js';

/** The start time of a /proc/<pid>/stat line, whose command name may hold spaces and parentheses. Pure. */
export function statStartTime(stat: string): string | undefined {
  const close = stat.lastIndexOf(')');
  if (close < 0) return undefined;
  // Fields from the third (state) on: field 22 is the 20th of them.
  const start = stat
    .slice(close + 1)
    .trim()
    .split(/\s+/)[19];
  return start !== undefined && /^\d+$/.test(start) ? start : undefined;
}

const readText = (file: string): string | undefined => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};

/** A running process's identity, or undefined when there is no such process. */
export function processIdentity(pid: number): string | undefined {
  const boot = readText('/proc/sys/kernel/random/boot_id')?.trim();
  const start = statStartTime(readText(`/proc/${pid}/stat`) ?? '');
  return boot && start !== undefined ? `${boot}/${pid}/${start}` : undefined;
}

let own: string | undefined;

/** This process's identity, read once. */
export function ownIdentity(): string {
  own ??= processIdentity(process.pid) ?? `unknown/${process.pid}/0`;
  return own;
}

/** Whether the process a creator label names still runs: the same boot, PID and start time. */
export function isCreatorRunning(identity: string | undefined): boolean {
  if (identity === undefined) return false;
  const pid = Number(identity.split('/')[1]);
  return Number.isSafeInteger(pid) && pid > 0 && processIdentity(pid) === identity;
}

/** The labels of a lease this process holds while it creates something: podctl's, and this process's. */
export function creatorLabels(): Record<string, string> {
  return { [LABELS.createdBy]: CREATED_BY, [LABELS.creator]: ownIdentity() };
}
