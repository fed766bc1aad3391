/**
 * Non-interactive exec in a running container: the container's process spec with other args,
 * its stdout and stderr through two FIFOs of our own that are read until the shim closes them.
 * The FIFOs live under /run/podctl/exec and go when the exec does.
 */
import { randomBytes } from 'node:crypto';
import { createReadStream, constants as fsConstants } from 'node:fs';
import { mkdir, open, readFile, rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { execa } from 'execa';
import * as z from 'zod/mini';
import type { ContainerdClient } from '../containerd/client.js';
import { failedPrecondition, isNotFound, notFound } from '../errors.js';
import { mergeEnv } from '../oci/process.js';
import { resolveUser } from '../oci/user.js';
import { containerId } from './ids.js';
import { ignoreNotFound } from './undo.js';

export const EXEC_RUN_ROOT = '/run/podctl/exec';
const DRAIN_GRACE_MS = 2_000;

export interface ExecOutput {
  write(chunk: string | Uint8Array): unknown;
}

export interface ExecOptions {
  args: readonly string[];
  /** K=V entries merged over the container's environment. */
  env?: readonly string[];
  workdir?: string;
  /** user[:group], names resolved through the container's /etc/passwd and /etc/group. */
  user?: string;
  stdout: ExecOutput;
  stderr: ExecOutput;
  signal?: AbortSignal;
}

const processSchema = z.looseObject({
  args: z.optional(z.array(z.string())),
  env: z.optional(z.array(z.string())),
  cwd: z.optional(z.string()),
  user: z.optional(z.looseObject({ uid: z.number(), gid: z.number() })),
});
const specSchema = z.looseObject({ process: processSchema });

/** The exec's process spec: the container's, changed only where the caller asks. Pure. */
export function execProcessSpec(
  base: z.infer<typeof processSchema>,
  options: Pick<ExecOptions, 'args' | 'env' | 'workdir'>,
  user?: { uid: number; gid: number; additionalGids: number[] },
): object {
  if (options.workdir !== undefined && !options.workdir.startsWith('/')) {
    throw failedPrecondition(`the working directory ${JSON.stringify(options.workdir)} is not absolute`);
  }
  return {
    ...base,
    args: [...options.args],
    env: mergeEnv(base.env ?? [], options.env ?? []),
    cwd: options.workdir ?? base.cwd ?? '/',
    terminal: false,
    ...(user ? { user: { uid: user.uid, gid: user.gid, ...(user.additionalGids.length ? { additionalGids: user.additionalGids } : {}) } } : {}),
  };
}

/** Reads a FIFO to its end into out; the open waits for the shim, the writer. */
function drain(fifo: string, out: ExecOutput): Promise<void> {
  return new Promise((resolve) => {
    const stream = createReadStream(fifo);
    stream.on('data', (chunk) => out.write(chunk));
    stream.on('error', () => resolve());
    stream.on('close', () => resolve());
  });
}

/** Opens and closes a writer, so that a reader still waiting in open() gets end-of-file. */
async function release(fifo: string): Promise<void> {
  const handle = await open(fifo, fsConstants.O_WRONLY | fsConstants.O_NONBLOCK).catch(() => undefined);
  await handle?.close();
}

async function removeExecDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  for (let parent = path.dirname(dir); parent.startsWith('/run/podctl'); parent = path.dirname(parent)) {
    if (!(await rmdir(parent).then(() => true, () => false))) return;
  }
}

/** Runs args in the running container `name`; returns the process's exit code. */
export async function execInContainer(client: ContainerdClient, name: string, options: ExecOptions): Promise<number> {
  const { signal } = options;
  const id = containerId(name);
  const container = await client.containers.get(id, { signal }).catch((err: unknown) => {
    throw isNotFound(err) ? notFound(`no such container: ${name}`, { cause: err, hint: 'list containers with: podctl ps -a' }) : err;
  });
  const task = await client.tasks.get(id, '', { signal }).catch((err: unknown) => {
    if (isNotFound(err)) return undefined;
    throw err;
  });
  if (task?.status !== 'running') throw failedPrecondition(`container ${name} is not running`, { hint: `start it, or see its logs: podctl logs ${name}` });
  const parsed = specSchema.safeParse(container.spec);
  if (!parsed.success) throw failedPrecondition(`container ${name} has no OCI process spec podctl can read`);
  const root = `/proc/${task.pid}/root/etc`;
  const user = options.user === undefined ? undefined
    : resolveUser(options.user, await readFile(`${root}/passwd`, 'utf8').catch(() => undefined), await readFile(`${root}/group`, 'utf8').catch(() => undefined));
  const spec = execProcessSpec(parsed.data.process, options, user);
  const execId = `exec-${randomBytes(6).toString('hex')}`;
  const dir = path.join(EXEC_RUN_ROOT, client.namespace, execId);
  const fifos = { stdout: path.join(dir, 'stdout'), stderr: path.join(dir, 'stderr') };
  await mkdir(dir, { recursive: true, mode: 0o700 });
  try {
    await execa('mkfifo', ['-m', '600', fifos.stdout, fifos.stderr]);
    const drained = Promise.all([drain(fifos.stdout, options.stdout), drain(fifos.stderr, options.stderr)]);
    try {
      await client.tasks.exec({ containerId: id, execId, spec, stdout: fifos.stdout, stderr: fifos.stderr, terminal: false }, { signal });
      try {
        await client.tasks.start(id, execId, { signal });
        const exit = await client.tasks.wait(id, execId, { signal });
        // The shim closes the FIFOs once the output is copied, unless an orphan still holds them.
        await Promise.race([drained, sleep(DRAIN_GRACE_MS, undefined, { ref: false })]);
        return exit.exitStatus;
      } finally {
        await ignoreNotFound(client.tasks.deleteProcess(id, execId));
      }
    } finally {
      await Promise.all([release(fifos.stdout), release(fifos.stderr)]);
      await drained;
    }
  } finally {
    await removeExecDir(dir);
  }
}
