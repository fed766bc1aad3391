/**
 * Reading member logs: the CRI format podctl-logger writes (`<RFC3339Nano> <stdout|stderr>
 * <F|P> <text>`), with partial (P) records joined to the full line they start. Rotated files
 * (container.log.<N> … container.log.1) are read before the live one, oldest first.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { inWindow, type LogWindow } from './log-time.js';

export type LogStream = 'stdout' | 'stderr';

export interface LogLine {
  /** The timestamp exactly as written, RFC 3339 with nanoseconds. */
  time: string;
  stream: LogStream;
  text: string;
}

/** One record of the file: a whole line (F), or a part of one (P) that the next records of its stream continue. */
export interface LogRecord {
  time: string;
  stream: LogStream;
  partial: boolean;
  text: string;
}

// s: the text may hold a \r (a terminal's lines end in \r\n), which . alone does not match.
const RECORD = /^(\S+) (stdout|stderr) ([FP])(?: (.*))?$/s;

/** One record's line of the file, without its newline; undefined when it does not parse. */
export function parseRecord(raw: string): LogRecord | undefined {
  const m = RECORD.exec(raw);
  if (m === null) return undefined;
  const [, time = '', stream, tag, text = ''] = m;
  return { time, stream: stream === 'stderr' ? 'stderr' : 'stdout', partial: tag === 'P', text };
}

/** The records of CRI log text; records that do not parse are skipped. */
export function parseRecords(text: string): LogRecord[] {
  return text.split('\n').flatMap((raw) => parseRecord(raw) ?? []);
}

/**
 * Joins records into lines: a P record's text waits for the next record of the same stream, and
 * a line keeps the timestamp of its first part.
 */
export class LineAssembler {
  readonly #pending = new Map<LogStream, LogLine>();

  /** The line this record ends, if it ends one. */
  push(record: LogRecord): LogLine | undefined {
    const open = this.#pending.get(record.stream);
    const line = open
      ? { ...open, text: open.text + record.text }
      : { time: record.time, stream: record.stream, text: record.text };
    if (record.partial) {
      this.#pending.set(record.stream, line);
      return undefined;
    }
    this.#pending.delete(record.stream);
    return line;
  }

  /** The lines still waiting for their end (the writer is mid-line, or stopped there). */
  flush(): LogLine[] {
    const rest = [...this.#pending.values()];
    this.#pending.clear();
    return rest;
  }
}

/**
 * The lines of CRI log text. A P record's text waits for the next record of the same stream;
 * a line keeps the timestamp of its first part. Records that do not parse are skipped.
 */
export function parseCriLog(text: string): LogLine[] {
  const assembler = new LineAssembler();
  const lines = parseRecords(text).flatMap((r) => assembler.push(r) ?? []);
  // A partial line at the end (the writer is mid-line) still shows.
  return [...lines, ...assembler.flush()];
}

/** The last n lines, all of them when n is undefined. */
export function tailLines<T>(lines: readonly T[], n: number | undefined): T[] {
  if (n === undefined) return [...lines];
  return n <= 0 ? [] : lines.slice(-n);
}

/** The log files of one container, oldest first: rotated ones by descending suffix, then the live file. */
export async function logFiles(logPath: string): Promise<string[]> {
  const base = path.basename(logPath);
  const entries = await readdir(path.dirname(logPath)).catch(() => [] as string[]);
  const rotated = entries
    .map((e) => ({ e, n: e.startsWith(`${base}.`) ? Number(e.slice(base.length + 1)) : NaN }))
    .filter((x) => Number.isInteger(x.n) && x.n > 0)
    .sort((a, b) => b.n - a.n)
    .map((x) => path.join(path.dirname(logPath), x.e));
  return [...rotated, logPath];
}

export interface ReadLogOptions extends LogWindow {
  /** Only the last lines, of those in the window. */
  tail?: number;
}

/** A container's log lines, oldest first; none when it has logged nothing yet. */
export async function readContainerLog(logPath: string, options: ReadLogOptions = {}): Promise<LogLine[]> {
  const texts: string[] = [];
  for (const file of await logFiles(logPath)) texts.push(await readFile(file, 'utf8').catch(() => ''));
  // Records never span files; a file cut short (rotated mid-write) still ends its last record.
  return tailLines(
    parseCriLog(texts.join('\n')).filter((l) => inWindow(l.time, options)),
    options.tail,
  );
}

/** Lines of several containers, each labelled with its source, merged by time (stable per source). */
export function mergeByTime<T extends { time: string }>(sources: readonly (readonly T[])[]): T[] {
  const all = sources.flatMap((lines, s) => lines.map((line, i) => ({ line, s, i })));
  all.sort((a, b) => compareTimes(a.line.time, b.line.time) || a.s - b.s || a.i - b.i);
  return all.map((x) => x.line);
}

/** RFC 3339 timestamps compared as instants, nanoseconds included. */
export function compareTimes(a: string, b: string): number {
  const key = (t: string): [number, number] => {
    const m = /^(.*?)(?:\.(\d+))?(Z|[+-]\d\d:\d\d)$/.exec(t);
    const seconds = Date.parse(m ? `${m[1]}${m[3]}` : t);
    const nanos = Number((m?.[2] ?? '').padEnd(9, '0').slice(0, 9));
    return [Number.isNaN(seconds) ? 0 : seconds, nanos];
  };
  const [as, an] = key(a);
  const [bs, bn] = key(b);
  return as - bs || an - bn;
}
