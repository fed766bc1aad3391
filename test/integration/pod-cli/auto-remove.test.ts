// `run -d --rm`: the container, its snapshot and its log go once it exits, after the CLI has
// exited, through the logger's on-exit (pod/auto-remove.ts), with no podctl process left behind.
// The CLI here is the built one (bin/podctl.cjs), as a user runs it.
import test, { type ExecutionContext } from 'ava';
import { readdir, readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { execa } from 'execa';
import { podctl } from '../../helpers/cli.js';
import { leftovers } from '../network/_net.js';
import { cleanNamespace, listing, podFixture, unique, type PodFixture } from '../pod/_helpers.js';

const fixture: Promise<PodFixture> = podFixture('pod-cli-auto-remove');
fixture.catch(() => undefined);
test.after.always(async () => {
  const f = await fixture.catch(() => undefined);
  if (f) await cleanNamespace(f.client);
});

const cli = async (ns: string, args: string[]) => podctl(['-n', ns, ...args]);
const rmQuietly =
  (ns: string, ...names: string[]) =>
  async () =>
    void (await cli(ns, ['rm', '-f', ...names]));

/** What the namespace holds of the container: its container, task, snapshot, log and /etc files. */
async function traces(ns: string, name: string): Promise<string[]> {
  const ctr = async (...args: string[]) =>
    (await execa('ctr', ['-n', ns, ...args])).stdout
      .split('\n')
      .slice(1)
      .filter((l) => l.split(/\s+/)[0] === name);
  return [
    ...(await ctr('containers', 'ls')).map((l) => `container ${l}`),
    ...(await ctr('tasks', 'ls')).map((l) => `task ${l}`),
    ...(await ctr('snapshots', 'ls')).map((l) => `snapshot ${l}`),
    ...(await listing([`/var/lib/podctl/logs/${ns}/${name}`, `/run/podctl/containers/${ns}/${name}`])),
  ];
}

/** Polls until nothing of the container is left; returns how long that took, or fails after timeoutMs. */
async function gone(t: ExecutionContext, ns: string, name: string, timeoutMs = 20_000): Promise<number> {
  const started = Date.now();
  let left = await traces(ns, name);
  while (left.length > 0 && Date.now() - started < timeoutMs) {
    await sleep(100);
    left = await traces(ns, name);
  }
  t.deepEqual(left, [], `nothing of ${name} is left`);
  return Date.now() - started;
}

/** Processes whose command line is podctl's auto-removal of name. */
async function removers(name: string): Promise<number[]> {
  const found: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const args = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    if (args.includes('\0rm\0--auto\0') && args.endsWith(`\0${name}\0`)) found.push(Number(entry));
  }
  return found;
}

test.serial(
  'run -d --rm: a container that exits on its own is gone a moment later, snapshot, log and network included',
  async (t) => {
    const { client, busybox } = await fixture;
    const ns = client.namespace;
    const name = unique('rm');
    t.teardown(rmQuietly(ns, name));
    // On the bridge network (the default) with a published port: DEL and the port rules go too.
    const r = await cli(ns, ['run', '-d', '--rm', '-p', '80', '--name', name, busybox, 'sh', '-c', 'echo hi; sleep 1']);
    t.is(r.exitCode, 0, r.stderr);
    t.is(r.stdout, name);
    t.true(
      (await traces(ns, name)).some((l) => l.startsWith('task ')),
      'it runs after the CLI has returned',
    );
    const exited = Date.now() + 1000;
    const labels = (await client.containers.get(name)).labels;
    const network = {
      id: labels['podctl.io/network-id'] ?? '',
      ip: (labels['podctl.io/ip'] ?? '').replace(/\/\d+$/, ''),
    };
    t.regex(network.id, /^[0-9a-f]{64}$/, 'it has a network of its own');
    await gone(t, ns, name);
    t.log(`removed about ${Date.now() - exited} ms after the container's exit (at most; polled every 100 ms)`);
    t.deepEqual(await leftovers([network]), [], 'no iptables rule, netns or CNI state is left');
    t.deepEqual(await removers(name), [], 'no podctl process is left');
  },
);

test.serial('run -d --rm --pod: a member goes the same way; the pod stays', async (t) => {
  const { client, busybox } = await fixture;
  const ns = client.namespace;
  const [pod, name] = [unique('pod'), unique('m')];
  t.teardown(async () => void (await cli(ns, ['pod', 'rm', '-f', pod])));
  t.is((await cli(ns, ['pod', 'create', '--name', pod, '--network', 'none'])).exitCode, 0);
  const r = await cli(ns, ['run', '-d', '--rm', '--pod', pod, '--name', name, busybox, 'sleep', '1']);
  t.is(r.exitCode, 0, r.stderr);
  await gone(t, ns, name);
  t.is((await client.tasks.get(pod)).status, 'running', 'the pod runs on');
});

test.serial('run -d --rm, then podctl stop: gone too', async (t) => {
  const { client, busybox } = await fixture;
  const ns = client.namespace;
  const name = unique('stopped');
  t.teardown(rmQuietly(ns, name));
  t.is((await cli(ns, ['run', '-d', '--rm', '--net', 'none', '--name', name, busybox, 'sleep', '300'])).exitCode, 0);
  const stop = await cli(ns, ['stop', '-t', '1', name]);
  t.is(stop.exitCode, 0, stop.stderr);
  await gone(t, ns, name);
});

test.serial('rm --auto leaves alone a container that is not auto-remove', async (t) => {
  const { client, busybox } = await fixture;
  const ns = client.namespace;
  const name = unique('kept');
  t.teardown(rmQuietly(ns, name));
  t.is((await cli(ns, ['run', '--name', name, '--net', 'none', busybox, 'true'])).exitCode, 0);
  const r = await cli(ns, ['rm', '--auto', name]);
  t.deepEqual(r, { exitCode: 0, stdout: '', stderr: '' });
  t.is((await client.containers.get(name)).id, name, 'still there');
  t.false((await cli(ns, ['rm', '--help'])).stdout.includes('--auto'), 'an internal option, not in the help');
});
