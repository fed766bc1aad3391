/**
 * Times for `logs --since/--until`, as docker takes them: an RFC 3339 timestamp (a date, then
 * optionally a time to the hour, minute, second or nanosecond, then optionally Z or an offset;
 * without one, local time), a Unix time in seconds (`1700000000`, `1700000000.5`), or a Go
 * duration before now (`10m`, `1h30m`, `1.5h`, `300ms`). Instants are nanoseconds since the
 * epoch, as bigints, so that the logger's nanosecond timestamps compare exactly. Pure.
 */
import { invalidArgument } from '../errors.js';

const NANOS_PER_MS = 1_000_000n;

const DURATION_UNITS: Readonly<Record<string, number>> = {
  ns: 1,
  us: 1e3,
  µs: 1e3,
  μs: 1e3,
  ms: 1e6,
  s: 1e9,
  m: 60e9,
  h: 3600e9,
};
// µ (micro sign) and μ (Greek mu) are written as escapes: the CLI bundle must stay ASCII.
const DURATION = /^(?:(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|\u00b5s|\u03bcs|ms|s|m|h))+$/;
const DURATION_PART = /(\d+(?:\.\d*)?|\.\d+)(ns|us|\u00b5s|\u03bcs|ms|s|m|h)/g;
const UNIX = /^(\d+)(?:\.(\d{1,9}))?$/;
const TIMESTAMP = /^(\d{4})-(\d\d)-(\d\d)(?:[Tt](\d\d)(?::(\d\d)(?::(\d\d)(?:\.(\d{1,9}))?)?)?)?([Zz]|[+-]\d\d:\d\d)?$/;

/** A Go duration in nanoseconds; undefined when text is not one. */
export function parseDuration(text: string): bigint | undefined {
  if (!DURATION.test(text)) return undefined;
  let nanos = 0;
  for (const [, value, unit] of text.matchAll(DURATION_PART))
    nanos += Number(value) * (DURATION_UNITS[unit ?? ''] ?? 0);
  return BigInt(Math.round(nanos));
}

const fraction = (digits: string | undefined): bigint => BigInt((digits ?? '').padEnd(9, '0') || '0');

/** An RFC 3339 timestamp (or a shortened one, in local time without an offset) as epoch nanoseconds. */
export function parseTimestamp(text: string): bigint | undefined {
  const m = TIMESTAMP.exec(text);
  if (m === null) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac, zone] = m;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return undefined;
  let ms: number;
  if (zone === undefined) {
    const local = new Date(year, month - 1, day, hour, minute, second);
    if (local.getDate() !== day) return undefined;
    ms = local.getTime();
  } else {
    const utc = Date.UTC(year, month - 1, day, hour, minute, second);
    if (new Date(utc).getUTCDate() !== day) return undefined;
    const offset = /^[Zz]$/.test(zone)
      ? 0
      : (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
    ms = utc - offset * 60_000;
  }
  return BigInt(ms) * NANOS_PER_MS + fraction(frac);
}

/**
 * --since or --until as epoch nanoseconds; `now` (ms) is what a duration counts back from.
 * A one-line invalid-argument error for anything else.
 */
export function parseLogTime(text: string, flag: string, now: number = Date.now()): bigint {
  // "0" is Unix time 0, as docker reads it, not a duration.
  const duration = text === '0' ? undefined : parseDuration(text);
  if (duration !== undefined) return BigInt(now) * NANOS_PER_MS - duration;
  const unix = UNIX.exec(text);
  if (unix !== null) return BigInt(unix[1] ?? '0') * 1_000_000_000n + fraction(unix[2]);
  const timestamp = parseTimestamp(text);
  if (timestamp !== undefined) return timestamp;
  throw invalidArgument(`invalid value for ${flag}: ${JSON.stringify(text)} is no time`, {
    hint: 'use an RFC 3339 timestamp (2024-01-02T15:04:05Z), a Unix time (1704207845) or a duration before now (10m, 1h30m)',
  });
}

/** A log line's timestamp (RFC 3339 with up to nine fraction digits and a zone) as epoch nanoseconds. */
export function logTimeNanos(time: string): bigint | undefined {
  return /(?:[Zz]|[+-]\d\d:\d\d)$/.test(time) ? parseTimestamp(time) : undefined;
}

/** Which lines to show: at or after `since` and at or before `until`, as docker does. */
export interface LogWindow {
  since?: bigint;
  until?: bigint;
}

/** Whether a line's time is in the window; a line whose time does not parse is shown. */
export function inWindow(time: string, window: LogWindow): boolean {
  if (window.since === undefined && window.until === undefined) return true;
  const t = logTimeNanos(time);
  if (t === undefined) return true;
  return (window.since === undefined || t >= window.since) && (window.until === undefined || t <= window.until);
}
