/**
 * Where podctl-logger (native/logger/podctl-logger.c) is, and the `binary://` URI that sends a
 * member's stdout and stderr to it. For now the binary is the one scripts/build-logger.sh builds
 * in the checkout or package: native/build/podctl-logger.
 */
import { rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
import { failedPrecondition } from '../errors.js';
import { findPackageFile } from '../package-files.js';

const LOGGER = path.join('native', 'build', 'podctl-logger');

/** Where member logs live: persistent, one directory per namespace and container. */
export const DEFAULT_LOG_ROOT = '/var/lib/podctl/logs';

/** The logger binary: native/build/podctl-logger at the package root. */
export function loggerBinaryPath(): string {
  const found = findPackageFile(LOGGER);
  if (found === undefined) {
    throw failedPrecondition(`podctl's logger ${LOGGER} is missing`, { hint: 'build it: scripts/build-logger.sh' });
  }
  return found;
}

/** The directory of one container's logs: <root>/<namespace>/<container id>. */
export function containerLogDir(namespace: string, id: string, root = DEFAULT_LOG_ROOT): string {
  return path.join(root, namespace, id);
}

export function containerLogPath(namespace: string, id: string, root = DEFAULT_LOG_ROOT): string {
  return path.join(containerLogDir(namespace, id, root), 'container.log');
}

export interface LoggerUriOptions {
  binary?: string;
  /**
   * A command the logger starts, detached, once the container's init process has exited: an
   * absolute executable and its arguments (the logger's `on-exit`, one argument a line).
   */
  onExit?: readonly string[];
  /** A FIFO the logger copies stdout to as well, raw (a terminal's output, for an attached CLI). */
  tee?: string;
}

/**
 * The stdio URI for a task: containerd starts the logger with `path <logPath>`. Values are
 * percent-encoded, as the logger's header asks ('+' would decode to a space). With `tee`, the
 * logger also copies stdout (a terminal's output) raw to that FIFO, for an attached CLI.
 */
export function loggerUri(logPath: string, options: LoggerUriOptions = {}): string {
  const binary = options.binary ?? loggerBinaryPath();
  // partial-flush: a last line without a newline is written (as a P record) 100 ms after it
  // stops growing, not only when the task is deleted, so attached runs and logs see it.
  const onExit = options.onExit === undefined ? '' : `&on-exit=${encodeURIComponent(options.onExit.join('\n'))}`;
  const tee = options.tee === undefined ? '' : `&tee=${encodeURIComponent(options.tee)}`;
  return `binary://${binary}?path=${encodeURIComponent(logPath)}&partial-flush=100${onExit}${tee}`;
}

/** Removes the log directory of a container, and its namespace directory when that is left empty. */
export async function removeLogDir(logPath: string): Promise<void> {
  const dir = path.dirname(logPath);
  await rm(dir, { recursive: true, force: true });
  await rmdir(path.dirname(dir)).catch(() => undefined);
}
