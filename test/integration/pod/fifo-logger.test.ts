// podctl-logger started by podctl on FIFOs (src/pod/fifo-logger.ts), as for run -i without -t,
// with this test writing as the shim would. No containerd; gcc builds the logger.
import test from 'ava';
import type { ExecutionContext } from 'ava';
import { closeSync, constants, openSync, writeSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { execa } from 'execa';
import { startFifoLogger } from '../../../src/task/fifo-logger.js';
import { repoRoot } from '../../helpers/cli.js';

const built = execa('bash', [join(repoRoot, 'scripts/build-logger.sh')]);
built.catch(() => undefined);

async function fifos(t: ExecutionContext): Promise<{ dir: string; stdout: string; stderr: string; logPath: string }> {
  await built;
  const dir = await mkdtemp(join(tmpdir(), 'podctl-fifo-logger-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  const [stdout, stderr] = [join(dir, 'stdout'), join(dir, 'stderr')];
  await execa('mkfifo', [stdout, stderr]);
  return { dir, stdout, stderr, logPath: join(dir, 'logs', 'container.log') };
}

const alive = async (pid: number) =>
  stat(`/proc/${pid}`).then(
    () => true,
    () => false,
  );

async function exited(pid: number, ms = 5_000): Promise<boolean> {
  for (const deadline = Date.now() + ms; Date.now() < deadline; await sleep(20)) if (!(await alive(pid))) return true;
  return false;
}

test('it logs the two FIFOs in the CRI format and ends when their writers are gone', async (t) => {
  const f = await fifos(t);
  const logger = await startFifoLogger({ namespace: 'podctl-test', id: 'fifo', ...f });
  t.teardown(() => logger.stop());
  // The shim's write ends; then podctl lets go of its own.
  const out = openSync(f.stdout, constants.O_WRONLY | constants.O_NONBLOCK);
  const err = openSync(f.stderr, constants.O_WRONLY | constants.O_NONBLOCK);
  logger.release();
  writeSync(out, 'one\ntwo ');
  writeSync(err, 'oops\n');
  writeSync(out, 'three\n');
  await sleep(200);
  t.true(await alive(logger.pid), 'it runs while the writers are there');
  closeSync(out);
  closeSync(err);
  t.true(await exited(logger.pid), 'it exits at their end-of-file');
  const records = (await readFile(f.logPath, 'utf8'))
    .trimEnd()
    .split('\n')
    .map((l) => l.replace(/^\S+ /, ''));
  t.deepEqual(records.sort(), ['stderr F oops', 'stdout F one', 'stdout F two three']);
});

test('released with no other writer ever (podctl gone before the task was made), it exits', async (t) => {
  const f = await fifos(t);
  const logger = await startFifoLogger({ namespace: 'podctl-test', id: 'fifo', ...f });
  t.teardown(() => logger.stop());
  await sleep(200);
  t.true(await alive(logger.pid), "podctl's write ends keep it waiting");
  logger.release();
  t.true(await exited(logger.pid), 'end-of-file once they go');
});
