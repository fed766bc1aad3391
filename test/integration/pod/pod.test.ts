// A pod on the real containerd: pause as PID 1, members in its namespaces, one shim, reaping,
// localhost between members, and the measured start latency.
import test from 'ava';
import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { runMember, runMembers } from '../../../src/container/start.js';
import { createPod, listPodMembers } from '../../../src/pod/pod.js';
import {
  cleanNamespace,
  execIn,
  nsOf,
  podFixture,
  procInfo,
  processesIn,
  removePodQuietly,
  rssKiB,
  shims,
  unique,
  type PodFixture,
} from './_helpers.js';
import { getPod, listPods } from '../../../src/records/pods.js';

const fixture: Promise<PodFixture> = podFixture('pod');
fixture.catch(() => undefined);
test.after.always(async () => {
  const f = await fixture.catch(() => undefined);
  if (f) await cleanNamespace(f.client);
});

const SLEEP = ['sleep', '300'];

test.serial(
  'pause is PID 1 of the pod; members share its net, ipc, uts and pid namespaces; one shim serves the pod',
  async (t) => {
    const { client, busybox } = await fixture;
    const name = unique('pod');
    t.teardown(() => removePodQuietly(client, name));
    const started = performance.now();
    const pod = await createPod(client, { name, network: 'none' });
    const created = performance.now();
    const a = await runMember(client, pod, { name: unique('a'), image: busybox, args: SLEEP });
    const b = await runMember(client, pod, { name: unique('b'), image: busybox, args: SLEEP });
    const done = performance.now();
    t.log(`pod start: pause ${(created - started).toFixed(0)} ms, + 2 members ${(done - started).toFixed(0)} ms`);

    t.is((await procInfo(pod.pid))?.innerPid, 1, 'pause is PID 1 in its PID namespace');
    for (const m of [a, b]) {
      for (const type of ['net', 'ipc', 'uts', 'pid'] as const)
        t.is(await nsOf(m.pid, type), await nsOf(pod.pid, type), `${m.name} ${type}`);
      t.not(await nsOf(m.pid, 'mnt'), await nsOf(pod.pid, 'mnt'), 'members keep their own mount namespace');
    }
    const ps = await execIn(client, a.id, ['ps', '-o', 'pid,args']);
    t.is(ps.code, 0);
    t.regex(ps.output, /^\s*1\s+\/pause\s*$/m, 'busybox ps shows /pause as PID 1');
    t.is((ps.output.match(/sleep 300/g) ?? []).length, 2, 'and both members');
    const hostname = await execIn(client, b.id, ['hostname']);
    t.is(hostname.output.trim(), name);

    const ours = (await shims()).filter((s) => s.args.includes(client.namespace));
    t.is(ours.length, 1, 'exactly one shim for the pod');
    for (const pid of [pod.pid, a.pid, b.pid])
      t.is((await procInfo(pid))?.ppid, ours[0]?.pid, 'each task is a child of that shim');
    if (ours[0]) t.log(`shim pid ${ours[0].pid}: VmRSS ${await rssKiB(ours[0].pid)} kB for pause + 2 members`);

    const listed = await listPods(client);
    t.true(listed.some((p) => p.name === name && p.state === 'running' && p.pid === pod.pid));
    t.deepEqual(
      (await listPodMembers(client, await getPod(client, name))).map((m) => m.state),
      ['running', 'running'],
    );
  },
);

test.serial('members reach each other on localhost', async (t) => {
  const { client, busybox } = await fixture;
  const name = unique('pod');
  t.teardown(() => removePodQuietly(client, name));
  const pod = await createPod(client, { name });
  await runMember(client, pod, {
    name: unique('server'),
    image: busybox,
    args: [
      'sh',
      '-c',
      'mkdir -p /www && echo hi-from-server > /www/index.html && exec httpd -f -p 127.0.0.1:2368 -h /www',
    ],
  });
  const client2 = await runMember(client, pod, { name: unique('client'), image: busybox, args: SLEEP });
  let got = { code: -1, output: '' };
  for (let i = 0; i < 50 && got.code !== 0; i++) {
    got = await execIn(client, client2.id, ['wget', '-qO-', 'http://127.0.0.1:2368/']);
    if (got.code !== 0) await sleep(100);
  }
  t.is(got.code, 0, got.output);
  t.is(got.output.trim(), 'hi-from-server');
});

test.serial('pause reaps: an orphan that exits leaves no zombie in the pod', async (t) => {
  const { client, busybox } = await fixture;
  const name = unique('pod');
  t.teardown(() => removePodQuietly(client, name));
  const pod = await createPod(client, { name });
  const m = await runMember(client, pod, {
    name: unique('orphans'),
    image: busybox,
    args: ['sh', '-c', '(sleep 0.1 &) ; (sleep 0.2 &) ; exec sleep 300'],
  });
  await sleep(1200);
  const procs = await processesIn(await nsOf(pod.pid, 'pid'));
  t.true(
    procs.some((p) => p.pid === m.pid),
    'the member is in the pod',
  );
  t.deepEqual(
    procs.filter((p) => p.state === 'Z').map((p) => `${p.pid} ${p.name}`),
    [],
    'no zombie remains',
  );
});

test.serial('network host: the pod shares the host network namespace, with its own pid, ipc and uts', async (t) => {
  const { client, busybox } = await fixture;
  const name = unique('pod');
  t.teardown(() => removePodQuietly(client, name));
  const pod = await createPod(client, { name, network: 'host', hostname: 'hosty' });
  const m = await runMember(client, pod, { name: unique('m'), image: busybox, args: SLEEP });
  t.is(await nsOf(m.pid, 'net'), await nsOf(process.pid, 'net'));
  t.not(await nsOf(m.pid, 'pid'), await nsOf(process.pid, 'pid'));
  t.is((await execIn(client, m.id, ['hostname'])).output.trim(), 'hosty');
});

test.serial(
  "podctl's pause runs with no capabilities, no_new_privileges and its own seccomp filter; it still reaps and stops on SIGTERM",
  async (t) => {
    const { client } = await fixture;
    const name = unique('pod');
    t.teardown(() => removePodQuietly(client, name));
    const pod = await createPod(client, { name, network: 'none' });
    const status = await readFile(`/proc/${pod.pid}/status`, 'utf8');
    const field = (key: string) => new RegExp(`^${key}:\\s*(\\S+)`, 'm').exec(status)?.[1];
    t.is(field('NoNewPrivs'), '1');
    t.is(field('Seccomp'), '2', 'a seccomp filter');
    for (const set of ['CapInh', 'CapPrm', 'CapEff', 'CapBnd', 'CapAmb']) t.is(field(set), '0000000000000000', set);
    const spec = (await client.containers.get(pod.sandboxId)).spec as {
      linux: { seccomp: { syscalls: { names: string[] }[] } };
    };
    t.true(spec.linux.seccomp.syscalls[0]!.names.includes('wait4'));
    // SIGTERM ends pause with status 0, through its handler.
    await client.tasks.kill(pod.sandboxId, 15);
    const exited = await client.tasks.wait(pod.sandboxId);
    t.is(exited.exitStatus, 0);
  },
);

test.serial('runMembers starts members side by side; when one fails, none is left', async (t) => {
  const { client, busybox } = await fixture;
  const name = unique('pod');
  t.teardown(() => removePodQuietly(client, name));
  const pod = await createPod(client, { name, network: 'none' });
  const [a, b] = [unique('a'), unique('b')];
  const started = await runMembers(client, pod, [
    { name: a, image: busybox, args: SLEEP },
    { name: b, image: busybox, args: SLEEP },
  ]);
  t.deepEqual(
    started.map((m) => m.name),
    [a, b],
  );
  for (const m of started) t.is(await nsOf(m.pid, 'pid'), await nsOf(pod.pid, 'pid'));

  const [c, d] = [unique('c'), unique('d')];
  const err = await t.throwsAsync(
    runMembers(client, name, [
      { name: c, image: busybox, args: SLEEP },
      { name: d, image: 'localhost/podctl/no-such-image:1', args: SLEEP },
    ]),
  );
  t.regex(err?.message ?? '', /no-such-image/);
  const left = (await listPodMembers(client, await getPod(client, name))).map((m) => m.name).sort();
  t.deepEqual(left, [a, b].sort(), 'the member that started was removed with the one that failed');
  await t.throwsAsync(client.containers.get(c), undefined, 'no container of it');

  const twice = await t.throwsAsync(
    runMembers(client, pod, [
      { name: c, image: busybox },
      { name: c, image: busybox },
    ]),
  );
  t.regex(twice?.message ?? '', new RegExp(`the member name ${c} is given twice`));
});
