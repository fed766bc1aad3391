/**
 * Exec in a running container: the container's process spec with other args. Attached, its
 * output comes through FIFOs of our own (stdout and stderr, or the terminal's one stream with
 * -t), its stdin through another (-i); they are made under /run/podctl/exec and unlinked as soon
 * as the process has started (process-io.ts). Detached (-d), it has no stdio at all, and the
 * record of the exec in containerd is deleted by a later exec on the container (detached-exec.ts).
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { finished, type Readable } from 'node:stream';
import type { ContainerdClient } from '../containerd/client.js';
import type { ContainerRecord } from '../containerd/services/containers.js';
import { failedPrecondition, invalidArgument, isNotFound } from '../errors.js';
import { mergeEnv } from '../oci/process.js';
import { resolveUser } from '../oci/user.js';
import { attachStreams, withGrace, type Output, type TerminalSource } from './attach.js';
import { reapDetachedExecs, rememberDetachedExec } from './detached-exec.js';
import {
  makeFifos,
  openFifoReader,
  openFifoWriter,
  removeRunDir,
  type ProcessStreams,
  type TerminalSize,
} from '../task/process-io.js';
import { ignoreNotFound } from '../state/undo.js';
import { storedSpecView, type StoredProcess } from '../records/stored-spec.js';
import { getRecord } from '../records/containers.js';

export const EXEC_RUN_ROOT = '/run/podctl/exec';
/** How long output may still come after the process has exited (an orphan can hold the pipes). */
const DRAIN_GRACE_MS = 2_000;

export type ExecOutput = Output;

export interface ExecProcessOptions {
  args: readonly string[];
  /** K=V entries merged over the container's environment. */
  env?: readonly string[];
  workdir?: string;
  /** user[:group], names resolved through the container's /etc/passwd and /etc/group. */
  user?: string;
  /** A terminal (-t); TERM=xterm unless TERM is set, as docker does. */
  tty?: boolean;
  /** The terminal's size at start. */
  size?: TerminalSize;
  signal?: AbortSignal;
}

export interface ExecOptions extends ExecProcessOptions {
  /** With -t, the terminal's one stream goes to stdout. */
  stdout: ExecOutput;
  stderr: ExecOutput;
  /** -i: forwarded to the command's stdin; when it ends, the command reads end-of-file. */
  stdin?: Readable;
  /** The caller's terminal, whose size changes are passed on (with tty). */
  terminal?: TerminalSource;
}

/** The exec's process spec: the container's, changed only where the caller asks. Pure. */
export function execProcessSpec(
  base: StoredProcess,
  options: Pick<ExecProcessOptions, 'args' | 'env' | 'workdir' | 'tty' | 'size'>,
  user?: { uid: number; gid: number; additionalGids: number[] },
): object {
  if (options.workdir !== undefined && !options.workdir.startsWith('/')) {
    throw failedPrecondition(`the working directory ${JSON.stringify(options.workdir)} is not absolute`);
  }
  const tty = options.tty === true;
  const env = mergeEnv(base.env ?? [], options.env ?? []);
  const { consoleSize: _, ...rest } = base;
  return {
    ...rest,
    args: [...options.args],
    env: tty && !env.some((e) => e.startsWith('TERM=')) ? [...env, 'TERM=xterm'] : env,
    cwd: options.workdir ?? base.cwd ?? '/',
    terminal: tty,
    ...(tty && options.size ? { consoleSize: { height: options.size.height, width: options.size.width } } : {}),
    ...(user
      ? {
          user: {
            uid: user.uid,
            gid: user.gid,
            ...(user.additionalGids.length ? { additionalGids: user.additionalGids } : {}),
          },
        }
      : {}),
  };
}

/** The running container `name` and the exec's process spec. */
async function prepareExec(
  client: ContainerdClient,
  name: string,
  options: ExecProcessOptions,
): Promise<{ container: ContainerRecord; spec: object }> {
  const { signal } = options;
  const container = await getRecord(client, name, signal);
  const task = await client.tasks.get(container.id, '', { signal }).catch((err: unknown) => {
    if (isNotFound(err)) return undefined;
    throw err;
  });
  if (task?.status !== 'running')
    throw failedPrecondition(`container ${name} is not running`, {
      hint: `start it, or see its logs: podctl logs ${name}`,
    });
  const process = storedSpecView(container.spec).process;
  if (process === undefined) throw failedPrecondition(`container ${name} has no OCI process spec podctl can read`);
  const root = `/proc/${task.pid}/root/etc`;
  const user =
    options.user === undefined
      ? undefined
      : resolveUser(
          options.user,
          await readFile(`${root}/passwd`, 'utf8').catch(() => undefined),
          await readFile(`${root}/group`, 'utf8').catch(() => undefined),
        );
  await reapDetachedExecs(client, container);
  return { container, spec: execProcessSpec(process, options, user) };
}

const newExecId = () => `exec-${randomBytes(6).toString('hex')}`;

/**
 * Starts args in the running container `name` and returns at once (exec -d): no stdin, its
 * output discarded. Returns the exec ID. Its record in containerd is kept until a later exec on
 * the container finds it exited and deletes it; removing the container's task removes it too.
 */
export async function execDetached(
  client: ContainerdClient,
  name: string,
  options: ExecProcessOptions,
): Promise<string> {
  if (options.tty === true)
    throw invalidArgument('a detached exec has no terminal: nothing could read it', {
      hint: 'drop the `tty` option, or the `detach` option to attach',
    });
  const { signal } = options;
  const { container, spec } = await prepareExec(client, name, options);
  const execId = newExecId();
  await client.tasks.exec({ containerId: container.id, execId, spec, terminal: false }, { signal });
  try {
    await client.tasks.start(container.id, execId, { signal });
  } catch (err) {
    await ignoreNotFound(client.tasks.deleteProcess(container.id, execId));
    throw err;
  }
  await rememberDetachedExec(client, container.id, execId);
  return execId;
}

/** Runs args in the running container `name`, attached; returns the process's exit code. */
export async function execInContainer(client: ContainerdClient, name: string, options: ExecOptions): Promise<number> {
  const { signal } = options;
  const tty = options.tty === true;
  const { container, spec } = await prepareExec(client, name, options);
  const id = container.id;
  const execId = newExecId();
  const dir = path.join(EXEC_RUN_ROOT, client.namespace, execId);
  const fifos: { stdout: string; stderr?: string; stdin?: string } = await makeFifos(dir, [
    'stdout',
    ...(tty ? [] : (['stderr'] as const)),
    ...(options.stdin ? (['stdin'] as const) : []),
  ]);
  const streams: ProcessStreams = {};
  let stderr: ProcessStreams['output'];
  try {
    streams.output = openFifoReader(fifos.stdout);
    if (fifos.stderr !== undefined) stderr = openFifoReader(fifos.stderr);
    if (fifos.stdin !== undefined) streams.input = openFifoWriter(fifos.stdin);
    const stderrEnded = new Promise<void>((resolve) => {
      if (stderr === undefined) return resolve();
      stderr.on('data', (chunk: Buffer) => options.stderr.write(chunk));
      finished(stderr, () => resolve());
    });
    await client.tasks.exec({ containerId: id, execId, spec, terminal: tty, ...fifos }, { signal });
    try {
      await client.tasks.start(id, execId, { signal });
      await removeRunDir(dir); // the shim holds the FIFOs open now
      if (tty && options.size !== undefined)
        await client.tasks.resizePty(id, options.size, execId, { signal }).catch(() => undefined);
      const attachment = attachStreams(client, { id, execId }, streams, {
        stdout: options.stdout,
        ...(options.stdin ? { stdin: options.stdin } : {}),
        ...(tty && options.terminal ? { terminal: options.terminal } : {}),
      });
      try {
        const exit = await client.tasks.wait(id, execId, { signal });
        // The shim closes the FIFOs once the output is copied, unless an orphan still holds them.
        await withGrace(Promise.all([attachment.outputEnded, stderrEnded]), DRAIN_GRACE_MS);
        return exit.exitStatus;
      } finally {
        attachment.detach();
      }
    } finally {
      await ignoreNotFound(client.tasks.deleteProcess(id, execId));
    }
  } finally {
    streams.output?.destroy();
    streams.input?.destroy();
    stderr?.destroy();
    await removeRunDir(dir);
  }
}
