/**
 * Signal names and numbers, as `kill -s` and docker take them: `TERM`, `SIGTERM`, `sigterm` or
 * `15`. The table is Linux's (x86_64 and arm64 agree on these), the host containerd runs on.
 */
import { invalidArgument } from '../errors.js';

export const SIGNALS: Readonly<Record<string, number>> = Object.freeze({
  HUP: 1,
  INT: 2,
  QUIT: 3,
  ILL: 4,
  TRAP: 5,
  ABRT: 6,
  IOT: 6,
  BUS: 7,
  FPE: 8,
  KILL: 9,
  USR1: 10,
  SEGV: 11,
  USR2: 12,
  PIPE: 13,
  ALRM: 14,
  TERM: 15,
  STKFLT: 16,
  CHLD: 17,
  CONT: 18,
  STOP: 19,
  TSTP: 20,
  TTIN: 21,
  TTOU: 22,
  URG: 23,
  XCPU: 24,
  XFSZ: 25,
  VTALRM: 26,
  PROF: 27,
  WINCH: 28,
  IO: 29,
  POLL: 29,
  PWR: 30,
  SYS: 31,
});

/** Real-time signals run from SIGRTMIN (34, as glibc reserves 32 and 33) to SIGRTMAX (64). */
const RTMIN = 34;
const RTMAX = 64;

function realTime(name: string): number | undefined {
  const m = /^RTM(IN|AX)(?:([+-])(\d+))?$/.exec(name);
  if (m === null) return undefined;
  const base = m[1] === 'IN' ? RTMIN : RTMAX;
  const offset = m[3] === undefined ? 0 : Number(m[3]) * (m[2] === '-' ? -1 : 1);
  const n = base + offset;
  return n >= RTMIN && n <= RTMAX ? n : undefined;
}

/** The signal's number, or undefined when the text names none. */
export function signalNumber(text: string): number | undefined {
  const s = text.trim();
  if (/^\d+$/.test(s)) {
    const n = Number(s);
    return n >= 1 && n <= RTMAX ? n : undefined;
  }
  const name = s.toUpperCase().replace(/^SIG/, '');
  return SIGNALS[name] ?? realTime(name);
}

/** The signal's number; a one-line invalid-argument error when the text names none. */
export function parseSignal(text: string): number {
  const n = signalNumber(text);
  if (n === undefined) {
    throw invalidArgument(
      `invalid signal ${JSON.stringify(text)}: use a name such as TERM or SIGKILL, or a number from 1 to ${RTMAX}`,
    );
  }
  return n;
}

/** `SIGTERM` for 15; the number as text for one with no name. */
export function signalName(n: number): string {
  const name = Object.entries(SIGNALS).find(([, v]) => v === n)?.[0];
  return name === undefined ? String(n) : `SIG${name}`;
}
