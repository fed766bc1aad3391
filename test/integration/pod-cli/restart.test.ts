// --restart always on the real containerd: its restart monitor (one look every 10 s by default)
// restarts the container with podctl's logger; stop keeps it stopped, start makes it run again.
// A member with a restart policy carries a guard, so that a restart never joins a PID that
// another process took; kill turns the policy off as docker does. About 30 s in all: each
// wait is for one or two passes of the monitor, polled, never a fixed sleep.
import test, { type ExecutionContext } from 'ava';
import { execa } from 'execa';
import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ContainerdClient } from '../../../src/containerd/client.js';
import { JOIN_GUARD_NAME } from '../../../src/oci/join-guard.js';
import { parseStat } from '../../../src/host/processes.js';
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

const count = async (ns: string, name: string, word: string) =>
  (await podCli(ns, ['logs', name])).stdout.split('\n').filter((l) => l === word).length;
const status = async (client: ContainerdClient, name: string) =>
  (await client.containers.get(name)).labels['containerd.io/restart.status'];

test.serial(
  '--restart always: restarted by the monitor into the same log; stop keeps it stopped; start runs it again',
  async (t) => {
    const { client, busybox } = await fixture;
    const ns = client.namespace;
    const [name, canary] = [unique('always'), unique('canary')];
    t.teardown(async () => void (await podCli(ns, ['rm', '-f', name, canary])));

    const created = await podCli(ns, [
      'create',
      '--restart',
      'always',
      '--net',
      'none',
      '--name',
      name,
      busybox,
      'sh',
      '-c',
      'echo started; sleep 1; exit 3',
    ]);
    t.is(created.exitCode, 0, created.stderr);
    const labels = (await client.containers.get(name)).labels;
    t.is(labels['containerd.io/restart.policy'], 'always');
    t.is(labels['podctl.io/restart-policy'], 'always');
    t.is(
      labels['containerd.io/restart.status'],
      undefined,
      'not before start: the monitor leaves a created container alone',
    );
    t.is((await podCli(ns, ['start', name])).exitCode, 0);
    t.is(await status(client, name), 'running');
    t.is(
      labels['containerd.io/restart.loguri'],
      (await client.tasks.get(name)).stdout,
      'restarts log where start made it log',
    );

    const restartedAfter = await until(t, 'a restart', async () => (await count(ns, name, 'started')) >= 2);
    t.log(`second run logged ${restartedAfter} ms after start (the first run lasts 1 s)`);
    t.regex((await podCli(ns, ['logs', name])).stdout, /^(?:started\n){2,}$/, 'the runs in the one log');
    const inspected = JSON.parse((await podCli(ns, ['inspect', name])).stdout) as { restartPolicy: string }[];
    t.is(inspected[0]?.restartPolicy, 'always');

    t.is((await podCli(ns, ['stop', '-t', '1', name])).exitCode, 0);
    t.is(await status(client, name), 'stopped');
    const runs = await count(ns, name, 'started');
    // A container made after the stop, restarted by the monitor: proof of a pass that saw the stop.
    t.is(
      (
        await podCli(ns, [
          'run',
          '-d',
          '--restart',
          'always',
          '--net',
          'none',
          '--name',
          canary,
          busybox,
          'sh',
          '-c',
          'echo tick',
        ])
      ).exitCode,
      0,
    );
    await until(t, 'a pass of the monitor', async () => (await count(ns, canary, 'tick')) >= 2);
    t.is(await count(ns, name, 'started'), runs, 'not restarted');
    await t.throwsAsync(client.tasks.get(name), undefined, 'no task');

    t.is((await podCli(ns, ['start', name])).exitCode, 0);
    t.is(await status(client, name), 'running');
    t.is((await client.tasks.get(name)).status, 'running');
  },
);

test.serial(
  'a pod member with --restart always: its stored spec lets it start again only into the pause process it was made for',
  async (t) => {
    const { client, busybox } = await fixture;
    const ns = client.namespace;
    const [pod, name] = [unique('guarded'), unique('member')];
    t.teardown(async () => void (await podCli(ns, ['pod', 'rm', '-f', pod])));
    t.is((await podCli(ns, ['pod', 'create', '--name', pod, '--network', 'none'])).exitCode, 0);
    const run = await podCli(ns, [
      'run',
      '-d',
      '--restart',
      'always',
      '--pod',
      pod,
      '--name',
      name,
      busybox,
      'sleep',
      '300',
    ]);
    t.is(run.exitCode, 0, run.stderr);

    const pausePid = JSON.parse((await podCli(ns, ['pod', 'inspect', pod])).stdout)[0].pid as number;
    const started = parseStat(await readFile(`/proc/${pausePid}/stat`, 'utf8'))!.starttime;
    type Stored = {
      hooks?: { createRuntime?: { path: string; args: string[] }[] };
      linux: { namespaces: { type: string; path?: string }[] };
    };
    const stored = (await client.containers.get(name)).spec as Stored;
    t.true(stored.linux.namespaces.some((n) => n.path === `/proc/${pausePid}/ns/pid`));
    t.deepEqual(
      stored.hooks?.createRuntime?.map((h) => h.args.slice(3)),
      [[JOIN_GUARD_NAME, `${pausePid}:${started}`]],
    );

    // What the restart monitor does: a new task from the stored spec. First as it is: it runs.
    const restart = () =>
      execa('ctr', ['-n', ns, 'tasks', 'start', '-d', '--null-io', name], { reject: false, timeout: 30_000 });
    t.is((await podCli(ns, ['stop', '-t', '1', name])).exitCode, 0);
    const again = await restart();
    t.is(again.exitCode, 0, again.stderr);
    t.is((await client.tasks.get(name)).status, 'running');

    // Then as if the pause PID now belonged to another process: runc refuses before anything runs.
    t.is((await podCli(ns, ['stop', '-t', '1', name])).exitCode, 0);
    const tampered = structuredClone(stored);
    tampered.hooks!.createRuntime![0]!.args[4] = `${pausePid}:${started + 1}`;
    await client.containers.update({ id: name, labels: {}, spec: tampered }, ['spec']);
    const refused = await restart();
    t.not(refused.exitCode, 0);
    t.regex(refused.stderr, new RegExp(`PID ${pausePid} is no longer the process this container joins`));
    await t.throwsAsync(client.tasks.get(name), undefined, 'no task left');

    // podctl start points the spec at the pause of now, guard included.
    const start = await podCli(ns, ['start', name]);
    t.is(start.exitCode, 0, start.stderr);
    t.is((await client.tasks.get(name)).status, 'running');
    t.deepEqual(
      ((await client.containers.get(name)).spec as Stored).hooks?.createRuntime?.map((h) => h.args.slice(3)),
      [[JOIN_GUARD_NAME, `${pausePid}:${started}`]],
    );
  },
);

test.serial("without a restart policy a member's spec has no guard", async (t) => {
  const { client, busybox } = await fixture;
  const ns = client.namespace;
  const [pod, name] = [unique('plain'), unique('member')];
  t.teardown(async () => void (await podCli(ns, ['pod', 'rm', '-f', pod])));
  t.is((await podCli(ns, ['pod', 'create', '--name', pod, '--network', 'none'])).exitCode, 0);
  t.is((await podCli(ns, ['run', '-d', '--pod', pod, '--name', name, busybox, 'sleep', '300'])).exitCode, 0);
  t.is(((await client.containers.get(name)).spec as { hooks?: unknown }).hooks, undefined);
});

test.serial(
  'kill, as in docker: SIGKILL or the stop signal turns the restart policy off until the next start; another signal leaves it',
  async (t) => {
    const { client, busybox } = await fixture;
    const ns = client.namespace;
    const name = unique('killed');
    t.teardown(async () => void (await podCli(ns, ['rm', '-f', name])));
    const script = 'trap "echo usr1" USR1; trap "exit 0" INT; echo up; while :; do sleep 1; done';
    t.is(
      (
        await podCli(ns, [
          'run',
          '-d',
          '--restart',
          'always',
          '--stop-signal',
          'SIGINT',
          '--net',
          'none',
          '--name',
          name,
          busybox,
          'sh',
          '-c',
          script,
        ])
      ).exitCode,
      0,
    );
    t.is(await status(client, name), 'running');
    await until(t, 'the trap', async () => (await count(ns, name, 'up')) >= 1);

    t.is((await podCli(ns, ['kill', '-s', 'USR1', name])).exitCode, 0);
    await until(t, 'the USR1 trap', async () => (await count(ns, name, 'usr1')) >= 1);
    t.is(await status(client, name), 'running', 'a signal that is not fatal leaves the policy');
    t.is((await client.tasks.get(name)).status, 'running');

    const killed = await podCli(ns, ['kill', '-s', 'INT', name]);
    t.is(killed.exitCode, 0, killed.stderr);
    t.is(await status(client, name), 'stopped', 'the stop signal turns it off');
    await until(
      t,
      'the exit on INT',
      async () =>
        (await client.tasks.get(name).then(
          (x) => x.status,
          () => 'gone',
        )) !== 'running',
    );
    t.is((await podCli(ns, ['start', name])).exitCode, 0);
    t.is(await status(client, name), 'running', 'start turns it on again');

    t.is((await podCli(ns, ['kill', name])).exitCode, 0);
    t.is(await status(client, name), 'stopped', 'SIGKILL turns it off');
    await until(
      t,
      'the task to exit',
      async () =>
        (await client.tasks.get(name).then(
          (x) => x.status,
          () => 'gone',
        )) !== 'running',
    );
    const again = await podCli(ns, ['kill', name]);
    t.is(again.exitCode, 125, again.stderr);
    t.regex(again.stderr, new RegExp(`^podctl: container ${name} is not running`));
  },
);

test.serial(
  "a standalone container with --restart joining another one's namespaces carries the guard for that container's process",
  async (t) => {
    const { client, busybox } = await fixture;
    const ns = client.namespace;
    const [target, joiner] = [unique('target'), unique('joiner')];
    t.teardown(async () => void (await podCli(ns, ['rm', '-f', joiner, target])));
    t.is((await podCli(ns, ['run', '-d', '--net', 'none', '--name', target, busybox, 'sleep', '300'])).exitCode, 0);
    const run = await podCli(ns, [
      'run',
      '-d',
      '--restart',
      'always',
      '--net',
      'container:' + target,
      '--pid',
      'container:' + target,
      '--name',
      joiner,
      busybox,
      'sleep',
      '300',
    ]);
    t.is(run.exitCode, 0, run.stderr);
    const pid = (await client.tasks.get(target)).pid;
    const started = parseStat(await readFile(`/proc/${pid}/stat`, 'utf8'))!.starttime;
    const spec = (await client.containers.get(joiner)).spec as { hooks?: { createRuntime?: { args: string[] }[] } };
    t.deepEqual(
      spec.hooks?.createRuntime?.map((h) => h.args.slice(3)),
      [[JOIN_GUARD_NAME, `${pid}:${started}`]],
    );
    t.is((await client.tasks.get(joiner)).status, 'running');
  },
);
