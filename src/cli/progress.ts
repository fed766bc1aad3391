/**
 * Per-blob progress for pull and push. On a terminal, one line per blob (short digest, state,
 * bytes of total, speed), redrawn in place with ANSI cursor movement at most ten times a
 * second; elsewhere, one plain line each time a blob changes state; with -q, nothing.
 */
import type { OutputStream } from './io.js';

export type ProgressMode = 'tty' | 'plain' | 'quiet';

export interface BlobProgress {
  /** Usually the blob's digest; shown shortened. */
  id: string;
  state: string;
  bytes?: number;
  total?: number;
}

interface Line extends BlobProgress {
  /** When bytes started to move: for the speed. */
  startedAt?: number;
}

const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
const REDRAW_INTERVAL_MS = 100;
const CLEAR_LINE = '\x1b[2K';
const up = (n: number) => `\x1b[${n}A`;

/** 512 B, 1.5 KiB, 3.1 MiB. */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(1)} ${UNITS[unit]}`;
}

/** `sha256:` and the first 12 hex digits, as docker shortens IDs. */
export function shortDigest(digest: string): string {
  const colon = digest.indexOf(':');
  return colon === -1 ? digest.slice(0, 12) : digest.slice(0, colon + 13);
}

export function progressMode(out: OutputStream, quiet: boolean): ProgressMode {
  return quiet ? 'quiet' : out.isTTY ? 'tty' : 'plain';
}

export class Progress {
  readonly #out: OutputStream;
  readonly #mode: ProgressMode;
  readonly #now: () => number;
  readonly #lines = new Map<string, Line>();
  #drawn = 0;
  #lastDraw = -Infinity;
  #timer: NodeJS.Timeout | undefined;

  constructor(out: OutputStream, mode: ProgressMode, now: () => number = Date.now) {
    this.#out = out;
    this.#mode = mode;
    this.#now = now;
  }

  update(update: BlobProgress): void {
    if (this.#mode === 'quiet') return;
    const previous = this.#lines.get(update.id);
    const line: Line = { ...previous, ...update };
    if (line.startedAt === undefined && (update.bytes ?? 0) > 0) line.startedAt = this.#now();
    this.#lines.set(update.id, line);
    if (this.#mode === 'plain') {
      if (previous?.state !== update.state) this.#out.write(`${plainLine(line)}\n`);
      return;
    }
    this.#schedule();
  }

  /** A line of its own, above the progress lines on a terminal. */
  note(text: string): void {
    if (this.#mode === 'quiet') return;
    if (this.#mode === 'plain') {
      this.#out.write(`${text}\n`);
      return;
    }
    // Over the first progress line; the progress lines are then drawn again below it.
    this.#out.write(`${this.#drawn > 0 ? up(this.#drawn) : ''}${CLEAR_LINE}${text}\n`);
    this.#drawn = 0;
    if (this.#lines.size > 0) this.#draw();
  }

  /** Draws the final state; no more redraws after this. */
  done(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#mode === 'tty' && this.#lines.size > 0) this.#draw();
  }

  #schedule(): void {
    if (this.#timer !== undefined) return;
    const wait = this.#lastDraw + REDRAW_INTERVAL_MS - this.#now();
    if (wait <= 0) {
      this.#draw();
      return;
    }
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#draw();
    }, wait);
    this.#timer.unref();
  }

  #draw(): void {
    this.#lastDraw = this.#now();
    const lines = [...this.#lines.values()].map((l) => `${CLEAR_LINE}${ttyLine(l, this.#lastDraw)}\n`);
    // The cursor sits below the lines drawn last time: go back up and draw over them.
    this.#out.write((this.#drawn > 0 ? up(this.#drawn) : '') + lines.join(''));
    this.#drawn = lines.length;
  }
}

function plainLine(line: Line): string {
  const amount = line.total ?? line.bytes;
  return `${shortDigest(line.id)}: ${line.state}${amount !== undefined ? ` ${formatBytes(amount)}` : ''}`;
}

function ttyLine(line: Line, now: number): string {
  const parts = [`${shortDigest(line.id)}:`, line.state.padEnd(11)];
  if (line.total !== undefined) {
    parts.push(`${formatBytes(line.bytes ?? 0)} / ${formatBytes(line.total)}`);
    const elapsed = line.startedAt === undefined ? 0 : (now - line.startedAt) / 1000;
    const moving = line.bytes !== undefined && line.bytes < line.total;
    if (moving && elapsed > 0.2) parts.push(`${formatBytes(Math.round((line.bytes ?? 0) / elapsed))}/s`);
  }
  return parts.join(' ');
}
