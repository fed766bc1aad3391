// The pod and container commands on the real containerd, through the in-process CLI: a pod with
// two busybox members, ps, exec, pod inspect, logs, and stop / start / rm -f leaving nothing.
import test from 'ava';
import { setTimeout as sleep } from 'node:timers/promises';
import { execa } from 'execa';
import * as z from 'zod/mini';
import { podCli } from '../../helpers/pod-cli.js';
import { cleanNamespace, listing, podFixture, removePodQuietly, unique, type PodFixture } from '../pod/_helpers.js';

const fixture: Promise<PodFixture> = podFixture('pod-cli');
fixture.catch(() => undefined);
test.after.always(async () => {
  const f = await fixture.catch(() => undefined);
  if (f) await cleanNamespace(f.client);
});

const NS_TYPES = ['net', 'ipc', 'uts', 'pid'] as const;
const inodes = z.record(z.string(), z.number());
const inspectSchema = z.array(
  z.object({
    pid: z.number(),
    sandbox: z.object({ pid: z.number(), namespaces: inodes }),
    members: z.array(z.object({ name: z.string(), state: z.string(), pid: z.number(), namespaces: inodes })),
  }),
);

/** What ctr shows of the namespace, and podctl's host files of it. */
async function ctrListing(ns: string): Promise<string[]> {
  const ctr = async (...args: string[]) =>
    (await execa('ctr', ['-n', ns, ...args])).stdout
      .split('\n')
      .slice(1)
      .filter((l) => l.trim() !== '');
  const snapshots = (await ctr('snapshots', 'ls')).filter((l) => !/\bCommitted\s*$/.test(l));
  return [
    ...(await ctr('containers', 'ls')).map((l) => `container ${l}`),
    ...(await ctr('tasks', 'ls')).map((l) => `task ${l}`),
    ...snapshots.map((l) => `snapshot ${l}`),
    ...(await ctr('leases', 'ls')).map((l) => `lease ${l}`),
    ...(await listing([`/run/podctl/pods/${ns}`, `/var/lib/podctl/logs/${ns}`, `/run/podctl/exec/${ns}`])),
  ];
}

test.serial('a pod with two members: ps, exec, pod inspect, logs', async (t) => {
  const { client, busybox } = await fixture;
  const ns = client.namespace;
  const pod = unique('pod');
  const [app, web] = [unique('app'), unique('web')];
  t.teardown(() => removePodQuietly(client, pod));
  const created = await podCli(ns, ['pod', 'create', '--name', pod, '--label', 'team=blue']);
  t.is(created.exitCode, 0, created.stderr);
  t.regex(created.stdout, /^[0-9a-f]{64}\n$/);
  const runApp = await podCli(ns, [
    'run',
    '-d',
    '--pod',
    pod,
    '--name',
    app,
    '-e',
    'GREETING=hello',
    busybox,
    'sh',
    '-c',
    'echo "$GREETING from app"; echo oops >&2; exec sleep 300',
  ]);
  t.is(runApp.exitCode, 0, runApp.stderr);
  t.is(runApp.stdout, `${app}\n`);
  t.is((await podCli(ns, ['run', '-d', '--pod', pod, '--name', web, busybox, 'sleep', '300'])).exitCode, 0);

  const ps = await podCli(ns, ['ps']);
  t.regex(ps.stdout, /^CONTAINER ID\s+IMAGE\s+COMMAND\s+CREATED\s+STATUS\s+NAMES\s+POD$/m);
  for (const name of [app, web]) t.regex(ps.stdout, new RegExp(`^${name}\\s.*\\sUp\\s+${name}\\s+${pod}$`, 'm'));
  t.deepEqual(
    (await podCli(ns, ['ps', '-q', '--pod', pod])).stdout.split('\n').filter(Boolean).sort(),
    [app, web].sort(),
  );
  const pods = await podCli(ns, ['pod', 'ls']);
  t.regex(pods.stdout, /^NAME\s+POD ID\s+STATUS\s+CONTAINERS\s+CREATED\s+INFRA ID$/m);
  t.regex(pods.stdout, new RegExp(`^${pod}\\s+${created.stdout.slice(0, 12)}\\s+running\\s+2\\s`, 'm'));

  const top = await podCli(ns, ['exec', app, 'ps', 'aux']);
  t.is(top.exitCode, 0, top.stderr);
  t.regex(top.stdout, /^\s*1\s+\S+\s+\/pause\s*$/m, '/pause is PID 1 of the pod');
  t.is((top.stdout.match(/sleep 300/g) ?? []).length, 2, 'both members are in the PID namespace');
  const failing = await podCli(ns, [
    'exec',
    '-e',
    'X=42',
    '-w',
    '/tmp',
    app,
    'sh',
    '-c',
    'echo $X $(pwd); echo bad >&2; exit 3',
  ]);
  t.is(failing.exitCode, 3, "exec exits with the process's code");
  t.is(failing.stdout, '42 /tmp\n');
  t.is(failing.stderr, 'bad\n');

  const inspected = inspectSchema.parse(JSON.parse((await podCli(ns, ['pod', 'inspect', pod])).stdout));
  const [info] = inspected;
  t.truthy(info);
  t.true(info!.sandbox.pid > 0);
  t.deepEqual(
    info!.members.map((m) => [m.name, m.state]),
    [
      [app, 'running'],
      [web, 'running'],
    ],
  );
  for (const m of info!.members) {
    for (const type of NS_TYPES) t.is(m.namespaces[type], info!.sandbox.namespaces[type], `${m.name} ${type}`);
    t.not(m.namespaces.mnt, info!.sandbox.namespaces.mnt, 'members keep their own mount namespace');
  }

  let logs = await podCli(ns, ['logs', app]);
  for (let i = 0; i < 50 && !logs.stdout.includes('from app'); i++) {
    await sleep(100);
    logs = await podCli(ns, ['logs', app]);
  }
  t.is(logs.stdout, 'hello from app\n');
  t.is(logs.stderr, 'oops\n');
  t.regex((await podCli(ns, ['logs', '-t', '--tail', '1', app])).stderr, /^\d{4}-\d\d-\d\dT\S+Z oops\n$/);
  const podLogs = await podCli(ns, ['pod', 'logs', pod]);
  t.is(podLogs.stdout, `${app} hello from app\n`);
  t.is(podLogs.stderr, `${app} oops\n`);
  t.is((await podCli(ns, ['pod', 'logs', '-c', web, pod])).stdout, '');
});

test.serial('pod stop, start and rm -f; then nothing of the pod is left', async (t) => {
  const { client, busybox } = await fixture;
  const ns = client.namespace;
  const pod = unique('pod');
  t.teardown(() => removePodQuietly(client, pod));
  const before = await ctrListing(ns);
  t.is((await podCli(ns, ['pod', 'create', '--name', pod])).exitCode, 0);
  const m = unique('m');
  t.is((await podCli(ns, ['run', '-d', '--pod', pod, '--name', m, busybox, 'sleep', '300'])).exitCode, 0);
  t.true((await execa('ctr', ['-n', ns, 'tasks', 'ls'])).stdout.includes(m), 'ctr sees the member task');

  const stopped = await podCli(ns, ['pod', 'stop', '-t', '2', pod]);
  t.is(stopped.exitCode, 0, stopped.stderr);
  t.regex((await podCli(ns, ['pod', 'ls'])).stdout, new RegExp(`^${pod}\\s+\\S+\\s+exited\\s`, 'm'));
  t.is((await podCli(ns, ['ps'])).stdout.split('\n').filter(Boolean).length, 1, 'ps shows only its header');
  t.regex((await podCli(ns, ['ps', '-a'])).stdout, new RegExp(`^${m}\\s.*Exited`, 'm'));
  const rmRunning = await podCli(ns, ['pod', 'start', pod]);
  t.is(rmRunning.exitCode, 0, rmRunning.stderr);
  t.regex((await podCli(ns, ['ps'])).stdout, new RegExp(`^${m}\\s.*\\sUp\\s`, 'm'));
  t.regex((await podCli(ns, ['exec', m, 'ps'])).stdout, /^\s*1\s+\S+\s+\/pause\s*$/m, 'a fresh pause is PID 1 again');

  const refused = await podCli(ns, ['pod', 'rm', pod]);
  t.is(refused.exitCode, 125);
  t.regex(refused.stderr, /^podctl: pod \S+ is running; .*-f\n$/);
  t.is((await podCli(ns, ['pod', 'rm', '-f', pod])).exitCode, 0);
  t.deepEqual(await ctrListing(ns), before);
});

test.serial('stop and rm of one container', async (t) => {
  const { client, busybox } = await fixture;
  const ns = client.namespace;
  const pod = unique('pod');
  t.teardown(() => removePodQuietly(client, pod));
  t.is((await podCli(ns, ['pod', 'create', '--name', pod])).exitCode, 0);
  const m = unique('m');
  t.is((await podCli(ns, ['run', '-d', '--pod', pod, '--name', m, busybox, 'sleep', '300'])).exitCode, 0);
  t.is((await podCli(ns, ['rm', m])).exitCode, 125, 'a running container is not removed without -f');
  t.is((await podCli(ns, ['stop', '-t', '1', m])).stdout, `${m}\n`);
  t.regex(
    (await podCli(ns, ['ps', '-a', '--format', 'json'])).stdout,
    new RegExp(`"name": "${m}"[^}]*"state": "exited"`, 's'),
  );
  t.is((await podCli(ns, ['rm', m])).exitCode, 0);
  t.is((await podCli(ns, ['ps', '-a', '-q'])).stdout, '');
});

test.serial('a pod can be named by its ID, or a prefix of it, as pod ls -q prints it', async (t) => {
  const { client } = await fixture;
  const ns = client.namespace;
  const name = unique('byid');
  t.teardown(() => removePodQuietly(client, name));
  const created = await podCli(ns, ['pod', 'create', '--name', name, '--network', 'none']);
  t.is(created.exitCode, 0, created.stderr);
  const id = created.stdout.trim();
  const listed = (await podCli(ns, ['pod', 'ls', '-q'])).stdout.split('\n');
  t.true(listed.includes(id.slice(0, 12)), 'pod ls -q prints the short ID');
  const inspected = await podCli(ns, ['pod', 'inspect', id.slice(0, 12)]);
  t.is(inspected.exitCode, 0, inspected.stderr);
  t.is((JSON.parse(inspected.stdout) as { name: string }[])[0]?.name, name);
  const tooShort = await podCli(ns, ['pod', 'inspect', id.slice(0, 5)]);
  t.is(tooShort.exitCode, 125);
  t.regex(tooShort.stderr, /^podctl: no such pod: [0-9a-f]{5}; /);
  const removed = await podCli(ns, ['pod', 'rm', '-f', id]);
  t.is(removed.exitCode, 0, removed.stderr);
  t.is((await podCli(ns, ['pod', 'inspect', name])).exitCode, 125, 'gone');
});
