// --restart always on the real containerd: its restart monitor (one look every 10 s by default)
// restarts the container with podctl's logger; stop keeps it stopped, start makes it run again.
// About 25 s: each wait is for one or two passes of the monitor, polled, never a fixed sleep.
import test, { type ExecutionContext } from 'ava';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ContainerdClient } from '../../../src/containerd/client.js';
import { podCli } from '../../helpers/pod-cli.js';
import { cleanNamespace, podFixture, unique, type PodFixture } from '../pod/_helpers.js';

const fixture: Promise<PodFixture> = podFixture('pod-cli-restart');
fixture.catch(() => undefined);
test.after.always(async () => {
  const f = await fixture.catch(() => undefined);
  if (f) await cleanNamespace(f.client);
});

const MONITOR_PASS_MS = 25_000; // two intervals and then some

async function until(t: ExecutionContext, what: string, probe: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  while (!(await probe())) {
    if (Date.now() - started > MONITOR_PASS_MS) {
      t.fail(`timed out waiting for ${what}`);
      break;
    }
    await sleep(200);
  }
  return Date.now() - started;
}

const count = async (ns: string, name: string, word: string) => (await podCli(ns, ['logs', name])).stdout.split('\n').filter((l) => l === word).length;
const status = async (client: ContainerdClient, name: string) => (await client.containers.get(name)).labels['containerd.io/restart.status'];

test.serial('--restart always: restarted by the monitor into the same log; stop keeps it stopped; start runs it again', async (t) => {
  const { client, busybox } = await fixture;
  const ns = client.namespace;
  const [name, canary] = [unique('always'), unique('canary')];
  t.teardown(async () => void (await podCli(ns, ['rm', '-f', name, canary])));

  const created = await podCli(ns, ['create', '--restart', 'always', '--net', 'none', '--name', name, busybox, 'sh', '-c', 'echo started; sleep 1; exit 3']);
  t.is(created.exitCode, 0, created.stderr);
  const labels = (await client.containers.get(name)).labels;
  t.is(labels['containerd.io/restart.policy'], 'always');
  t.is(labels['podctl.io/restart-policy'], 'always');
  t.is(labels['containerd.io/restart.status'], undefined, 'not before start: the monitor leaves a created container alone');
  t.is((await podCli(ns, ['start', name])).exitCode, 0);
  t.is(await status(client, name), 'running');
  t.is(labels['containerd.io/restart.loguri'], (await client.tasks.get(name)).stdout, 'restarts log where start made it log');

  const restartedAfter = await until(t, 'a restart', async () => (await count(ns, name, 'started')) >= 2);
  t.log(`second run logged ${restartedAfter} ms after start (the first run lasts 1 s)`);
  t.regex((await podCli(ns, ['logs', name])).stdout, /^(?:started\n){2,}$/, 'the runs in the one log');
  const inspected = JSON.parse((await podCli(ns, ['inspect', name])).stdout) as { restartPolicy: string }[];
  t.is(inspected[0]?.restartPolicy, 'always');

  t.is((await podCli(ns, ['stop', '-t', '1', name])).exitCode, 0);
  t.is(await status(client, name), 'stopped');
  const runs = await count(ns, name, 'started');
  // A container made after the stop, restarted by the monitor: proof of a pass that saw the stop.
  t.is((await podCli(ns, ['run', '-d', '--restart', 'always', '--net', 'none', '--name', canary, busybox, 'sh', '-c', 'echo tick'])).exitCode, 0);
  await until(t, 'a pass of the monitor', async () => (await count(ns, canary, 'tick')) >= 2);
  t.is(await count(ns, name, 'started'), runs, 'not restarted');
  await t.throwsAsync(client.tasks.get(name), undefined, 'no task');

  t.is((await podCli(ns, ['start', name])).exitCode, 0);
  t.is(await status(client, name), 'running');
  t.is((await client.tasks.get(name)).status, 'running');
});
