import test, { type ExecutionContext } from 'ava';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { isNotFound } from '../../../src/errors.js';
import { namespacedClient, removeContainer, removeNamespace } from '../../helpers/containerd.js';
import { bindRootfs, makeBusyboxRootfs, minimalProcess, minimalSpec } from '../../helpers/oci-minimal.js';

const client = namespacedClient('tasks');
test.after.always(() => removeNamespace(client));

const SIGTERM = 15;
const SIGKILL = 9;

interface Started {
  id: string;
  pid: number;
  /** The file:// URI of the file that gets the init process's stdout and stderr. */
  out: string;
  dir: string;
}

/** A container running `args` over a busybox rootfs, its task created (not started); all of it goes in teardown. */
async function createTask(t: ExecutionContext, args: string[]): Promise<Started> {
  const fs = await makeBusyboxRootfs();
  const id = `podctl-test-${randomBytes(6).toString('hex')}`;
  t.teardown(async () => {
    await removeContainer(client, id);
    await fs.remove();
  });
  await client.containers.create({
    id,
    runtime: { name: 'io.containerd.runc.v2' },
    spec: minimalSpec(args, { namespace: client.namespace, id }),
  });
  const out = join(fs.dir, 'init.log');
  const created = await client.tasks.create({
    containerId: id,
    rootfs: bindRootfs(fs.rootfs),
    stdout: pathToFileURL(out).href,
    stderr: pathToFileURL(out).href,
  });
  t.is(created.containerId, id);
  t.true(created.pid > 0);
  return { id, pid: created.pid, out, dir: fs.dir };
}

async function waitForText(file: string, text: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await readFile(file, 'utf8').catch(() => '')).includes(text)) {
    if (Date.now() > deadline) throw new Error(`${file} never said ${JSON.stringify(text)}`);
    await sleep(50);
  }
}

test('echo hi: create, start, wait, delete', async (t) => {
  const task = await createTask(t, ['/bin/echo', 'hi']);
  t.like(await client.tasks.get(task.id), { containerId: task.id, pid: task.pid, status: 'created' });

  const waiting = client.tasks.wait(task.id);
  waiting.catch(() => undefined);
  t.is(await client.tasks.start(task.id), task.pid);
  const exit = await waiting;
  t.is(exit.exitStatus, 0);
  t.true(exit.exitedAt instanceof Date);
  t.like(await client.tasks.get(task.id), { status: 'stopped', exitStatus: 0 });

  const deleted = await client.tasks.delete(task.id);
  t.like(deleted, { pid: task.pid, exitStatus: 0 });
  t.is(await readFile(task.out, 'utf8'), 'hi\n');
  t.true(isNotFound(await client.tasks.get(task.id).catch((e: unknown) => e)));
});

test('kill with SIGTERM ends a running task with 143', async (t) => {
  const task = await createTask(t, ['/bin/sh', '-c', 'trap "exit 143" TERM; echo ready; sleep 30 & wait']);
  await client.tasks.start(task.id);
  await waitForText(task.out, 'ready');
  t.like(await client.tasks.get(task.id), { status: 'running' });
  t.true((await client.tasks.list()).some((p) => p.containerId === task.id && p.status === 'running'));
  const pids = (await client.tasks.listPids(task.id)).map((p) => p.pid);
  t.true(pids.includes(task.pid), `${task.pid} in ${pids.join(',')}`);

  await client.tasks.kill(task.id, SIGTERM);
  t.is((await client.tasks.wait(task.id, '', { timeoutMs: 15_000 })).exitStatus, 143);
  t.is((await client.tasks.delete(task.id)).exitStatus, 143);
});

test('exec runs processes beside the init process; pause, resume, metrics', async (t) => {
  const task = await createTask(t, ['/bin/sleep', '30']);
  await client.tasks.start(task.id);

  const echoOut = join(task.dir, 'exec.log');
  await client.tasks.exec({
    containerId: task.id,
    execId: 'echo',
    spec: minimalProcess(['/bin/echo', 'from exec']),
    stdout: pathToFileURL(echoOut).href,
  });
  const echoExit = client.tasks.wait(task.id, 'echo');
  echoExit.catch(() => undefined);
  t.true((await client.tasks.start(task.id, 'echo')) > 0);
  t.is((await echoExit).exitStatus, 0);
  t.is((await client.tasks.deleteProcess(task.id, 'echo')).exitStatus, 0);
  t.is(await readFile(echoOut, 'utf8'), 'from exec\n');

  await client.tasks.exec({ containerId: task.id, execId: 'sleeper', spec: minimalProcess(['/bin/sleep', '30']) });
  const sleeperPid = await client.tasks.start(task.id, 'sleeper');
  t.like(await client.tasks.get(task.id, 'sleeper'), { id: 'sleeper', pid: sleeperPid, status: 'running' });
  t.deepEqual((await client.tasks.listPids(task.id)).map((p) => p.pid).sort(), [task.pid, sleeperPid].sort());

  await client.tasks.pause(task.id);
  t.like(await client.tasks.get(task.id), { status: 'paused' });
  await client.tasks.resume(task.id);
  t.like(await client.tasks.get(task.id), { status: 'running' });

  const metrics = await client.tasks.metrics([`id==${task.id}`]);
  t.is(metrics.length, 1);
  t.is(metrics[0]?.id, task.id);
  t.regex(metrics[0]?.data?.typeUrl ?? '', /cgroups/);

  // Not the PID 1 of its namespace, the exec'd sleep dies of SIGTERM: 128 + 15.
  await client.tasks.kill(task.id, SIGTERM, { execId: 'sleeper' });
  t.is((await client.tasks.wait(task.id, 'sleeper', { timeoutMs: 15_000 })).exitStatus, 143);
  await client.tasks.deleteProcess(task.id, 'sleeper');

  await client.tasks.kill(task.id, SIGKILL, { all: true });
  t.is((await client.tasks.wait(task.id, '', { timeoutMs: 15_000 })).exitStatus, 137);
});

test('a task of a missing container is not-found', async (t) => {
  const err = await client.tasks
    .create({ containerId: `podctl-test-missing-${randomBytes(4).toString('hex')}` })
    .catch((e: unknown) => e);
  t.true(isNotFound(err), String(err));
});
