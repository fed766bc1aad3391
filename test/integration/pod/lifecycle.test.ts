// A pod's lifecycle on the real containerd: stop and start with fresh namespaces, removal that
// leaves nothing, racing creates, and bad input that makes nothing.
import test from 'ava';
import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { isAlreadyExists, isFailedPrecondition, isInvalidArgument, isNotFound } from '../../../src/errors.js';
import { DEFAULT_SNAPSHOTTER } from '../../../src/image/unpack.js';
import type { ContainerdClient } from '../../../src/containerd/client.js';
import { runMember } from '../../../src/container/start.js';
import { createPod, listPodMembers, removePod, startPod, stopPod } from '../../../src/pod/pod.js';
import { getPod } from '../../../src/records/pods.js';
import {
  cleanNamespace,
  listing,
  nsOf,
  podFixture,
  procInfo,
  removePodQuietly,
  unique,
  type PodFixture,
} from './_helpers.js';

const fixture: Promise<PodFixture> = podFixture('pod-life');
fixture.catch(() => undefined);
test.after.always(async () => {
  const f = await fixture.catch(() => undefined);
  if (f) await cleanNamespace(f.client);
});

const SLEEP = ['sleep', '300'];

/** What containerd holds in the namespace: containers, tasks, non-image snapshots, leases. */
async function inventory(client: ContainerdClient): Promise<string[]> {
  const items: string[] = [];
  for (const c of await client.containers.list()) items.push(`container ${c.id}`);
  for (const t of await client.tasks.list()) items.push(`task ${t.containerId || t.id}`);
  for await (const s of client.snapshots.list(DEFAULT_SNAPSHOTTER))
    if (s.kind !== 'committed') items.push(`snapshot ${s.name}`);
  for (const l of await client.leases.list()) items.push(`lease ${l.id}`);
  return items.sort();
}

const hostRoots = (client: ContainerdClient) => [
  `/run/podctl/pods/${client.namespace}`,
  `/run/podctl/exec/${client.namespace}`,
  `/var/lib/podctl/logs/${client.namespace}`,
];

test.serial('stop stops everything; start gives a new pause and members in its namespaces', async (t) => {
  const { client, busybox } = await fixture;
  const name = unique('pod');
  t.teardown(() => removePodQuietly(client, name));
  const pod = await createPod(client, { name });
  const m = await runMember(client, pod, { name: unique('m'), image: busybox, args: SLEEP });
  const started = performance.now();
  const stopped = await stopPod(client, name, { timeoutMs: 2_000 });
  t.log(`stop (sleep ignores nothing: SIGTERM as PID != 1 ends it): ${(performance.now() - started).toFixed(0)} ms`);
  t.is(stopped.state, 'exited');
  t.deepEqual(await client.tasks.list(), [], 'no task is left');
  t.is(await procInfo(pod.pid), undefined, 'the old pause is gone');

  const again = await startPod(client, name);
  t.is(again.state, 'running');
  t.not(again.pid, pod.pid);
  const [member] = await listPodMembers(client, again);
  t.is(member?.state, 'running');
  for (const type of ['net', 'ipc', 'uts', 'pid'] as const)
    t.is(await nsOf(member!.pid, type), await nsOf(again.pid, type), type);
  t.is((await procInfo(again.pid))?.innerPid, 1);
  t.is((await getPod(client, name)).pid, again.pid);
  t.not(m.pid, member!.pid);
});

test.serial('removePod leaves no container, task, snapshot, lease or host file of the pod', async (t) => {
  const { client, busybox } = await fixture;
  const name = unique('pod');
  t.teardown(() => removePodQuietly(client, name));
  const before = await inventory(client);
  const filesBefore = await listing(hostRoots(client));
  const pod = await createPod(client, { name });
  const logged = await runMember(client, pod, {
    name: unique('m'),
    image: busybox,
    args: ['sh', '-c', 'echo hello; echo oops >&2; exec sleep 300'],
  });
  let log = '';
  // Polled for up to 5 s: the logger writes as the container does, which a loaded host may delay.
  for (let i = 0; i < 100 && !log.includes('oops'); i++) {
    log = await readFile(logged.logPath, 'utf8').catch(() => '');
    if (!log.includes('oops')) await sleep(50);
  }
  t.regex(log, /Z stdout F hello\n/, 'stdout reaches the CRI log through podctl-logger');
  t.regex(log, /Z stderr F oops\n/, 'stderr too, kept apart');
  await runMember(client, pod, { name: unique('m'), image: busybox, args: SLEEP, readOnly: true });
  t.true((await listing(hostRoots(client))).length > filesBefore.length, 'the pod made host files');
  const err = await t.throwsAsync(removePod(client, name));
  t.true(isFailedPrecondition(err), 'a running pod is not removed without force');
  await removePod(client, name, { force: true });
  t.deepEqual(await inventory(client), before);
  t.deepEqual(await listing(hostRoots(client)), filesBefore);
  t.true(isNotFound(await t.throwsAsync(getPod(client, name))));
});

test.serial('ten racing creates of one name: one pod, nine already-exists, nothing half-made', async (t) => {
  const { client } = await fixture;
  const name = unique('same');
  t.teardown(() => removePodQuietly(client, name));
  const before = await inventory(client);
  const results = await Promise.allSettled(Array.from({ length: 10 }, () => createPod(client, { name })));
  const ok = results.filter((r) => r.status === 'fulfilled');
  const failed = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
  t.is(ok.length, 1);
  t.is(failed.filter(isAlreadyExists).length, 9, failed.map(String).join('\n'));
  const pod = await getPod(client, name);
  const after = await inventory(client);
  t.deepEqual(
    after.filter((i) => !before.includes(i)),
    [`container ${name}`, `snapshot ${name}`, `task ${name}`],
  );
  t.is(pod.state, 'running');
});

test.serial('bad input: one-line errors, nothing created', async (t) => {
  const { client, busybox } = await fixture;
  const before = await inventory(client);
  const missing = await t.throwsAsync(
    runMember(client, unique('nopod'), { name: unique('m'), image: busybox, args: SLEEP }),
  );
  t.true(isNotFound(missing));
  t.regex(missing.message, /^no such pod: nopod-[0-9a-f]+$/);
  for (const bad of ['-bad', 'a b', 'x'.repeat(77)]) {
    const err = await t.throwsAsync(createPod(client, { name: bad }));
    t.true(isInvalidArgument(err));
    t.false(err.message.includes('\n'));
  }
  const name = unique('pod');
  t.teardown(() => removePodQuietly(client, name));
  const pod = await createPod(client, { name });
  const withPod = await inventory(client);
  const badMember = await t.throwsAsync(runMember(client, pod, { name: 'no/slash', image: busybox }));
  t.true(isInvalidArgument(badMember));
  const noImage = await t.throwsAsync(runMember(client, pod, { name: unique('m'), image: 'example.com/none:1' }));
  t.true(isNotFound(noImage), String(noImage));
  const badUser = await t.throwsAsync(
    runMember(client, pod, { name: unique('m'), image: busybox, args: SLEEP, user: 'nobody-here' }),
  );
  t.true(isInvalidArgument(badUser), String(badUser));
  const taken = await t.throwsAsync(runMember(client, pod, { name, image: busybox, args: SLEEP }));
  t.true(isAlreadyExists(taken), String(taken));
  t.deepEqual(await inventory(client), withPod, 'the failed members left nothing');
  await removePod(client, name, { force: true });
  t.deepEqual(await inventory(client), before);
});
