/**
 * The processes of a container as `ps -ef` shows them: UID PID PPID C STIME TTY TIME CMD, from
 * /proc/<pid>/{stat,status,cmdline}. Parsing and formatting are pure; `readProcess` reads.
 */
import { readFile } from 'node:fs/promises';

/** USER_HZ: /proc counts CPU time and start times in these ticks; 100 on every Linux ABI. */
export const CLOCK_TICKS = 100;

export interface ProcStat {
  pid: number;
  comm: string;
  state: string;
  ppid: number;
  ttyNr: number;
  /** User and system CPU time, in clock ticks. */
  utime: number;
  stime: number;
  /** Since boot, in clock ticks. */
  starttime: number;
}

/**
 * /proc/<pid>/stat. The command name is in parentheses and may hold spaces and parentheses
 * itself, so the fields are counted from the last `)`.
 */
export function parseStat(text: string): ProcStat | undefined {
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  if (open < 0 || close < open) return undefined;
  const rest = text
    .slice(close + 2)
    .trim()
    .split(/\s+/);
  // rest[0] is field 3 (state); field n is rest[n - 3].
  const field = (n: number) => Number(rest[n - 3]);
  const stat = {
    pid: Number(text.slice(0, open).trim()),
    comm: text.slice(open + 1, close),
    state: rest[0] ?? '',
    ppid: field(4),
    ttyNr: field(7),
    utime: field(14),
    stime: field(15),
    starttime: field(22),
  };
  return Object.values(stat).some((v) => typeof v === 'number' && !Number.isInteger(v)) ? undefined : stat;
}

/** The real UID from /proc/<pid>/status (`Uid:\treal\teffective\tsaved\tfs`). */
export function parseStatusUid(text: string): number | undefined {
  const m = /^Uid:\s+(\d+)/m.exec(text);
  return m?.[1] === undefined ? undefined : Number(m[1]);
}

/** /proc/<pid>/cmdline: NUL-separated arguments, empty for kernel threads and zombies. */
export function parseCmdline(text: string): string[] {
  return text.split('\0').filter((a, i, all) => a !== '' || i < all.length - 1);
}

/** `btime` of /proc/stat: boot time, in seconds since the epoch. */
export function parseBootTime(text: string): number | undefined {
  const m = /^btime\s+(\d+)$/m.exec(text);
  return m?.[1] === undefined ? undefined : Number(m[1]);
}

/** uid → user name from an /etc/passwd text. */
export function parsePasswd(text: string): Map<number, string> {
  const users = new Map<number, string>();
  for (const line of text.split('\n')) {
    const [name, , uid] = line.split(':');
    if (name && uid && /^\d+$/.test(uid) && !users.has(Number(uid))) users.set(Number(uid), name);
  }
  return users;
}

/** The tty of a `tty_nr` as ps names it: `?` for none, `pts/N`, `ttyN`. */
export function formatTty(ttyNr: number): string {
  if (ttyNr === 0) return '?';
  const major = (ttyNr >> 8) & 0xfff;
  const minor = (ttyNr & 0xff) | ((ttyNr >> 12) & 0xfff00);
  if (major >= 136 && major <= 143) return `pts/${(major - 136) * 256 + minor}`;
  if (major === 4 && minor < 64) return `tty${minor}`;
  if (major === 4) return `ttyS${minor - 64}`;
  return '?';
}

/** Cumulative CPU time as ps's TIME: `HH:MM:SS`, `D-HH:MM:SS` past a day. */
export function formatCpuTime(ticks: number): string {
  const total = Math.floor(ticks / CLOCK_TICKS);
  const [d, h, m, s] = [
    Math.floor(total / 86400),
    Math.floor(total / 3600) % 24,
    Math.floor(total / 60) % 60,
    total % 60,
  ];
  const hms = [h, m, s].map((n) => String(n).padStart(2, '0')).join(':');
  return d > 0 ? `${d}-${hms}` : hms;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** ps's STIME, in local time: `HH:MM` for today, `MonDD` this year, else the year. */
export function formatStartTime(start: Date, now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (start.toDateString() === now.toDateString()) return `${pad(start.getHours())}:${pad(start.getMinutes())}`;
  if (start.getFullYear() === now.getFullYear()) return `${MONTHS[start.getMonth()]}${pad(start.getDate())}`;
  return String(start.getFullYear());
}

export interface ProcessInfo {
  stat: ProcStat;
  uid: number;
  args: string[];
}

export interface HostClock {
  /** Boot time, in seconds since the epoch. */
  bootTime: number;
  now: Date;
}

/** When the process started. */
export const startedAt = (stat: ProcStat, clock: HostClock): Date =>
  new Date((clock.bootTime + stat.starttime / CLOCK_TICKS) * 1000);

/** ps's C: CPU time as a whole percentage of the time the process has lived. */
export function cpuPercent(stat: ProcStat, clock: HostClock): number {
  const lived = clock.now.getTime() / 1000 - startedAt(stat, clock).getTime() / 1000;
  if (lived <= 0) return 0;
  return Math.floor(((stat.utime + stat.stime) / CLOCK_TICKS / lived) * 100);
}

export const PS_HEADER = ['UID', 'PID', 'PPID', 'C', 'STIME', 'TTY', 'TIME', 'CMD'];

/** A `ps -ef` row; the command is the process name in brackets when it has no arguments. */
export function psRow(p: ProcessInfo, clock: HostClock, users: ReadonlyMap<number, string>): string[] {
  return [
    users.get(p.uid) ?? String(p.uid),
    String(p.stat.pid),
    String(p.stat.ppid),
    String(cpuPercent(p.stat, clock)),
    formatStartTime(startedAt(p.stat, clock), clock.now),
    formatTty(p.stat.ttyNr),
    formatCpuTime(p.stat.utime + p.stat.stime),
    p.args.length > 0 ? p.args.join(' ') : `[${p.stat.comm}]`,
  ];
}

/** One process from /proc; undefined when it is gone or unreadable. */
export async function readProcess(pid: number, procRoot = '/proc'): Promise<ProcessInfo | undefined> {
  try {
    const [stat, status, cmdline] = await Promise.all(
      ['stat', 'status', 'cmdline'].map((f) => readFile(`${procRoot}/${pid}/${f}`, 'utf8')),
    );
    const parsed = parseStat(stat ?? '');
    const uid = parseStatusUid(status ?? '');
    if (parsed === undefined || uid === undefined) return undefined;
    return { stat: parsed, uid, args: parseCmdline(cmdline ?? '') };
  } catch {
    return undefined;
  }
}

/** The host's boot time and now, to place start times. */
export async function readHostClock(procRoot = '/proc'): Promise<HostClock> {
  const bootTime = parseBootTime(await readFile(`${procRoot}/stat`, 'utf8')) ?? 0;
  return { bootTime, now: new Date() };
}

/** The host's users by UID; empty when /etc/passwd cannot be read (UIDs are shown as numbers). */
export async function readHostUsers(path = '/etc/passwd'): Promise<Map<number, string>> {
  return parsePasswd(await readFile(path, 'utf8').catch(() => ''));
}
