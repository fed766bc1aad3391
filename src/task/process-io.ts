/**
 * The stdio of a process beyond its log: a terminal (`run -t`, `exec -t`), an open stdin (`-i`),
 * and the streams an attached CLI reads and writes. They pass through FIFOs made in a directory
 * of the process's own under /run/podctl right before the process is created, opened by podctl
 * and by containerd's shim (or podctl-logger) while it is created, and unlinked right after: an
 * open FIFO needs no name, so no file stays behind, not even when podctl is killed.
 *
 * What the shim does with them (containerd 1.6 to 2.x, runc shim): it opens a stdin FIFO for
 * reading AND for writing, so that the process sees end-of-file only once CloseIO is called; with
 * a terminal it copies the console to stdout, and closes the console when stdin ends, which hangs
 * up the terminal.
 */
import { constants, existsSync, openSync } from 'node:fs';
import { mkdir, rm, rmdir } from 'node:fs/promises';
import { Socket } from 'node:net';
import path from 'node:path';
import { execa } from 'execa';

/** The root of podctl's volatile files; a process's FIFO directory is removed up to here when empty. */
const RUN_ROOT = '/run/podctl';

export interface TerminalSize {
  /** Columns. */
  width: number;
  /** Rows. */
  height: number;
}

export interface StdioRequest {
  /** A terminal (-t): one output stream, logged (or read) as stdout. */
  tty?: boolean;
  /** An open stdin (-i): the process reads end-of-file only when it is closed. */
  stdin?: boolean;
  /** The caller attaches now: it gets the terminal's output (with tty) and writes stdin (with stdin). */
  attach?: boolean;
  /** The terminal's size when the process starts. */
  size?: TerminalSize;
}

/** What an attached caller reads and writes. */
export interface ProcessStreams {
  /** With tty: the terminal's output, byte for byte; it ends when the terminal does. */
  output?: Socket;
  /** With stdin: the process's stdin. End it, then close stdin through containerd (closeStdin). */
  input?: Socket;
}

/** The read end of a FIFO: opened at once, and no end-of-file before a writer has come and gone. */
export function openFifoReader(fifo: string): Socket {
  return new Socket({ fd: openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK), readable: true, writable: false });
}

/** A write end that is open before any reader is (O_RDWR never waits), so nothing is lost. */
export function openFifoWriter(fifo: string): Socket {
  return new Socket({ fd: openSync(fifo, constants.O_RDWR | constants.O_NONBLOCK), readable: false, writable: true });
}

/** Removes dir and then its parents up to /run/podctl, as long as they are empty. */
export async function removeRunDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  for (let parent = path.dirname(dir); parent.startsWith(`${RUN_ROOT}/`); parent = path.dirname(parent)) {
    if (
      !(await rmdir(parent).then(
        () => true,
        () => false,
      ))
    )
      return;
  }
}

/** Makes dir (0700) holding a FIFO (0600) per name; returns their paths. */
export async function makeFifos<N extends string>(dir: string, names: readonly N[]): Promise<Record<N, string>> {
  const paths = Object.fromEntries(names.map((n) => [n, path.join(dir, n)])) as Record<N, string>;
  for (let attempt = 1; ; attempt++) {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    try {
      if (names.length > 0) await execa('mkfifo', ['-m', '600', ...names.map((n) => paths[n])]);
      return paths;
    } catch (err) {
      // Another podctl removing the empty namespace directory meanwhile (removeRunDir): again.
      if (attempt >= 3 || existsSync(dir)) throw err;
    }
  }
}

type FifoName = 'stdin' | 'stdout' | 'stderr' | 'tty';

/**
 * Which FIFOs a container's task needs. `tty`: the terminal's output, which podctl-logger copies
 * to (tee=) besides the log, for a caller attached to a terminal. `stdout` and `stderr`: an open
 * stdin without a terminal, which the shim supports only with FIFO stdio (fifo-logger.ts). Pure.
 */
export function taskFifos(request: StdioRequest): FifoName[] {
  const tty = request.tty === true;
  const stdin = request.stdin === true;
  return [
    ...(stdin ? (['stdin'] as const) : []),
    ...(stdin && !tty ? (['stdout', 'stderr'] as const) : []),
    ...(tty && request.attach ? (['tty'] as const) : []),
  ];
}

/**
 * The FIFOs of one process, and podctl's ends of those an attached caller uses: the `tty` reader
 * and the `stdin` writer. They are open when this returns, so the other side finds its reader or
 * writer while the process is made.
 */
export class ProcessIO {
  readonly #dir: string;
  readonly fifos: Partial<Record<FifoName, string>>;
  readonly streams: ProcessStreams;

  private constructor(dir: string, fifos: ProcessIO['fifos'], streams: ProcessStreams) {
    this.#dir = dir;
    this.fifos = fifos;
    this.streams = streams;
  }

  static async open(dir: string, names: readonly FifoName[], attach: boolean): Promise<ProcessIO> {
    if (names.length === 0) return new ProcessIO(dir, {}, {});
    const fifos: ProcessIO['fifos'] = await makeFifos(dir, names);
    const streams: ProcessStreams = {};
    try {
      if (fifos.tty !== undefined) streams.output = openFifoReader(fifos.tty);
      if (fifos.stdin !== undefined && attach) streams.input = openFifoWriter(fifos.stdin);
    } catch (err) {
      streams.output?.destroy();
      await removeRunDir(dir);
      throw err;
    }
    return new ProcessIO(dir, fifos, streams);
  }

  /** Once the process is created, its side holds the FIFOs open: their names can go. */
  async unlink(): Promise<void> {
    if (Object.keys(this.fifos).length > 0) await removeRunDir(this.#dir);
  }

  /** Closes podctl's ends and removes the FIFOs (the undo of open). */
  async close(): Promise<void> {
    this.streams.output?.destroy();
    this.streams.input?.destroy();
    await this.unlink();
  }
}
