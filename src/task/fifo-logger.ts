/**
 * podctl-logger on FIFOs, for a container whose stdin is open without a terminal (run -i).
 * containerd's shim gives a process a stdin only with FIFO stdio or a terminal: its logging
 * binary IO has none (binaryIO.Stdin is nil in 1.6 to 2.x). So such a task gets three FIFOs,
 * and podctl starts the logger itself on the stdout and stderr ones, with the protocol the shim
 * uses (fd 3 stdout, fd 4 stderr, fd 5 readiness; CONTAINER_ID and CONTAINER_NAMESPACE), in a
 * session of its own: it logs exactly as a shim-started one does, outlives podctl, and ends when
 * the shim closes the FIFOs (the task is deleted, or the process and its heirs closed them).
 */
import { spawn } from 'node:child_process';
import { closeSync, constants, openSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { failedPrecondition } from '../errors.js';
import { loggerBinaryPath } from './logger-path.js';

/** How long the logger may take to say it is ready. */
const READY_TIMEOUT_MS = 10_000;

export interface FifoLogger {
  pid: number;
  /**
   * Lets go of podctl's own write ends, once the shim holds its own (the task is created). Until
   * then they stand in for the shim's: a logger whose FIFOs never had another writer gets
   * end-of-file when they go, even when podctl is killed in between, and exits.
   */
  release(): void;
  /** Ends it (SIGTERM: it drains what is readable and exits); for the undo of a failed create. */
  stop(): void;
}

/** Starts podctl-logger reading the two FIFOs into logPath; resolves once it is ready. */
export async function startFifoLogger(input: {
  namespace: string;
  id: string;
  logPath: string;
  stdout: string;
  stderr: string;
}): Promise<FifoLogger> {
  // Opened here, non-blocking, so that the shim finds readers when it opens the write ends.
  const fds = [
    openSync(input.stdout, constants.O_RDONLY | constants.O_NONBLOCK),
    openSync(input.stderr, constants.O_RDONLY | constants.O_NONBLOCK),
  ];
  const holds: number[] = [];
  const release = () => {
    for (const fd of holds.splice(0)) closeSync(fd);
  };
  try {
    for (const fifo of [input.stdout, input.stderr])
      holds.push(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK));
    const child = spawn(loggerBinaryPath(), ['path', input.logPath, 'partial-flush', '100'], {
      stdio: ['ignore', 'ignore', 'ignore', fds[0], fds[1], 'pipe'],
      detached: true,
      env: { CONTAINER_ID: input.id, CONTAINER_NAMESPACE: input.namespace },
      cwd: '/',
    });
    // The readiness pipe; Node's stdio tuple type stops at index 4.
    const ready = (child.stdio as readonly unknown[])[5] as Readable | undefined;
    await new Promise<void>((resolve, reject) => {
      const fail = (why: string) =>
        reject(
          failedPrecondition(`podctl-logger did not start: ${why}`, { hint: 'rebuild it: scripts/build-logger.sh' }),
        );
      const timer = setTimeout(() => fail('no readiness in time'), READY_TIMEOUT_MS);
      child.once('error', (err) => fail(err.message));
      child.once('exit', (code) => fail(`it exited with ${String(code)}`));
      // podctl-logger writes one byte when ready (the shim would take end-of-file too, but a
      // logger that failed on its arguments ends that way as well).
      ready?.once('data', () => {
        clearTimeout(timer);
        child.removeAllListeners('exit');
        resolve();
      });
      ready?.resume();
    });
    ready?.destroy();
    child.unref();
    const pid = child.pid ?? 0;
    return {
      pid,
      release,
      stop: () => {
        if (pid > 0) {
          try {
            process.kill(pid, 'SIGTERM');
          } catch {
            // gone already
          }
        }
      },
    };
  } catch (err) {
    release();
    throw err;
  } finally {
    for (const fd of fds) closeSync(fd);
  }
}
