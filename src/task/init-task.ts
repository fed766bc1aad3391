/**
 * A container's task: its stdout and stderr go to podctl-logger, and with a StdioRequest it gets a
 * terminal, an open stdin and an attached caller's streams (process-io.ts). The logger is the
 * shim's (binary://), but for an open stdin without a terminal, which needs FIFO stdio: then
 * podctl starts it on the FIFOs (fifo-logger.ts). The FIFOs live under
 * /run/podctl/io/<namespace>/<container id> only while the task is created.
 */
import path from 'node:path';
import type { ContainerdClient } from '../containerd/client.js';
import type { Mount } from '../containerd/services/types.js';
import { invalidArgument } from '../errors.js';
import { loggerUri } from './logger-path.js';
import { startFifoLogger, type FifoLogger } from './fifo-logger.js';
import { ProcessIO, removeRunDir, taskFifos, type ProcessStreams, type StdioRequest } from './process-io.js';
import { ignoreNotFound, type UndoStack } from '../state/undo.js';
import { stopTask } from './stop.js';

export const IO_RUN_ROOT = '/run/podctl/io';

/** Where a container's FIFOs are made: /run/podctl/io/<namespace>/<container id>. */
export const containerIoDir = (namespace: string, id: string): string => path.join(IO_RUN_ROOT, namespace, id);

/** Removes what a podctl killed between making a container's FIFOs and unlinking them left. */
export const removeContainerIoDir = (namespace: string, id: string): Promise<void> =>
  removeRunDir(containerIoDir(namespace, id));

/**
 * The logger's on-exit finds the task through the shim's bundle directory, its working
 * directory; the logger podctl starts on FIFOs (an open stdin without a terminal) has none, so it
 * cannot remove the container once it exits: such an auto-remove container needs its caller
 * attached to remove it.
 */
export const loggerCannotRemove = (stdio: Pick<StdioRequest, 'tty' | 'stdin'>): boolean =>
  stdio.stdin === true && stdio.tty !== true;

export function checkLoggerRemoval(stdio: Pick<StdioRequest, 'tty' | 'stdin'>): void {
  if (loggerCannotRemove(stdio)) {
    throw invalidArgument(
      'the `autoRemove` option with an open stdin but no terminal needs its caller attached: the logger of an open stdin without a terminal cannot remove the container',
      {
        hint: 'attach to it, give it a terminal, or drop the `autoRemove` option and remove it yourself',
      },
    );
  }
}

export interface InitTaskInput {
  id: string;
  rootfs: Mount[];
  logPath: string;
  stdio?: StdioRequest;
  /** The logger's on-exit command (run -d --rm): started once the init process has exited. */
  onExit?: readonly string[];
  signal?: AbortSignal;
}

/**
 * Creates the task and starts it; its undo steps go on `undo`. With a terminal, its size is set
 * before it starts, so the process sees it from the first instruction.
 */
export async function startInitTask(
  client: ContainerdClient,
  undo: UndoStack,
  input: InitTaskInput,
): Promise<{ pid: number; streams: ProcessStreams }> {
  const { id, signal } = input;
  const stdio = input.stdio ?? {};
  if (input.onExit !== undefined) checkLoggerRemoval(stdio);
  const io = await ProcessIO.open(containerIoDir(client.namespace, id), taskFifos(stdio), stdio.attach === true);
  undo.defer('stdio', () => io.close());
  let output: { stdout: string; stderr: string };
  let logger: FifoLogger | undefined;
  if (io.fifos.stdout !== undefined && io.fifos.stderr !== undefined) {
    const started = await startFifoLogger({
      namespace: client.namespace,
      id,
      logPath: input.logPath,
      stdout: io.fifos.stdout,
      stderr: io.fifos.stderr,
    });
    logger = started;
    undo.defer('logger', async () => {
      started.release();
      started.stop();
    });
    output = { stdout: io.fifos.stdout, stderr: io.fifos.stderr };
  } else {
    const uri = loggerUri(input.logPath, {
      ...(input.onExit ? { onExit: input.onExit } : {}),
      ...(io.fifos.tty === undefined ? {} : { tee: io.fifos.tty }),
    });
    output = { stdout: uri, stderr: uri };
  }
  await client.tasks.create(
    {
      containerId: id,
      rootfs: input.rootfs,
      ...output,
      terminal: stdio.tty === true,
      ...(io.fifos.stdin === undefined ? {} : { stdin: io.fifos.stdin }),
    },
    { signal },
  );
  logger?.release(); // the shim holds the write ends now
  undo.defer('task', () => stopTask(client, id));
  await io.unlink();
  if (stdio.tty === true && stdio.size !== undefined) await client.tasks.resizePty(id, stdio.size, '', { signal });
  return { pid: await client.tasks.start(id, '', { signal }), streams: io.streams };
}

/** Closes the process's stdin: after the input stream has ended, the process reads end-of-file. */
export async function closeStdin(client: ContainerdClient, id: string, execId = ''): Promise<void> {
  await ignoreNotFound(client.tasks.closeIO(id, execId));
}
