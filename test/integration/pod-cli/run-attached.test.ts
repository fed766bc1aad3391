// Attached `podctl run` (no -d, no TTY) through the in-process CLI: output streamed to stdout and
// stderr, the container's exit code, --rm, an abort of io.signal stopping the container, and the
// flags that are refused.
import test from 'ava';
import { execa } from 'execa';
import { podCli, type PodCliResult } from '../../helpers/pod-cli.js';
import { cleanNamespace, podFixture, unique, type PodFixture } from '../pod/_helpers.js';

const fixture: Promise<PodFixture> = podFixture('pod-cli-run-attached');
fixture.catch(() => undefined);
const POD = unique('pod');
const ready = fixture.then(async ({ client }) => {
  const r = await podCli(client.namespace, ['pod', 'create', '--name', POD]);
  if (r.exitCode !== 0) throw new Error(r.stderr);
});
ready.catch(() => undefined);
test.after.always(async () => {
  const f = await fixture.catch(() => undefined);
  if (!f) return;
  await podCli(f.client.namespace, ['pod', 'rm', '-f', POD]);
  await cleanNamespace(f.client);
});

const podCliWithSignal = (namespace: string, args: readonly string[], signal: AbortSignal): Promise<PodCliResult> =>
  podCli(namespace, args, {}, signal);

const containers = async (ns: string) =>
  (await execa('ctr', ['-n', ns, 'containers', 'ls', '-q'])).stdout.split('\n').filter(Boolean);
const rmQuietly = (ns: string, name: string) => async () => void (await podCli(ns, ['rm', '-f', name]));
const SCRIPT = 'echo out; echo err >&2; exit 3';

test.serial('a pod member: stdout and stderr apart, the exit code, and podctl logs afterwards', async (t) => {
  await ready;
  const { client, busybox } = await fixture;
  const ns = client.namespace;
  const name = unique('m');
  t.teardown(rmQuietly(ns, name));
  const r = await podCli(ns, ['run', '--pod', POD, '--name', name, busybox, 'sh', '-c', SCRIPT]);
  t.deepEqual(r, { exitCode: 3, stdout: 'out\n', stderr: 'err\n' });
  const logs = await podCli(ns, ['logs', name]);
  t.is(logs.stdout, 'out\n', 'the log file is kept');
  t.true((await containers(ns)).includes(name), 'without --rm the container stays');
});

test.serial('a standalone container, with a longer stream', async (t) => {
  const { client, busybox } = await fixture;
  const ns = client.namespace;
  const name = unique('s');
  t.teardown(rmQuietly(ns, name));
  const r = await podCli(ns, [
    'run',
    '--name',
    name,
    busybox,
    'sh',
    '-c',
    `${SCRIPT.replace('exit 3', '')} seq 1 2000; echo tail; exit 3`,
  ]);
  t.is(r.exitCode, 3, r.stderr);
  t.is(r.stderr, 'err\n');
  t.is(r.stdout, `out\n${Array.from({ length: 2000 }, (_, i) => `${i + 1}\n`).join('')}tail\n`);
});

test.serial('--rm removes the container after it exits, in a pod and standalone', async (t) => {
  const { client, busybox } = await fixture;
  const ns = client.namespace;
  for (const pod of [['--pod', POD], []]) {
    const name = unique('rm');
    t.teardown(rmQuietly(ns, name));
    const r = await podCli(ns, ['run', '--rm', ...pod, '--name', name, busybox, 'sh', '-c', SCRIPT]);
    t.deepEqual(r, { exitCode: 3, stdout: 'out\n', stderr: 'err\n' });
    t.false((await containers(ns)).includes(name), `${name} is gone`);
    t.is((await podCli(ns, ['logs', name])).exitCode, 125, 'and its logs');
  }
});

test.serial(
  'an abort of io.signal stops the container (its stop signal) and the run ends with its exit code',
  async (t) => {
    const { client, busybox } = await fixture;
    const ns = client.namespace;
    const name = unique('long');
    t.teardown(rmQuietly(ns, name));
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 500);
    const started = Date.now();
    const r = await podCliWithSignal(
      ns,
      ['run', '--pod', POD, '--name', name, busybox, 'sh', '-c', 'echo up; exec sleep 300'],
      ac.signal,
    );
    t.deepEqual(r, { exitCode: 143, stdout: 'up\n', stderr: '' });
    t.true(Date.now() - started < 5_000, 'ends within a few seconds');
    t.is((await client.tasks.get(name)).status, 'stopped');
  },
);

test.serial('a PID 1 that ignores SIGTERM gets SIGKILL after its --stop-timeout', async (t) => {
  const { client, busybox } = await fixture;
  const ns = client.namespace;
  const name = unique('pid1');
  const ac = new AbortController();
  setTimeout(() => ac.abort(), 500);
  const started = Date.now();
  const r = await podCliWithSignal(
    ns,
    ['run', '--rm', '--stop-timeout', '1', '--name', name, busybox, 'sleep', '300'],
    ac.signal,
  );
  t.is(r.exitCode, 137, r.stderr);
  t.true(Date.now() - started < 6_000, 'ends within a few seconds');
  t.false((await containers(ns)).includes(name), '--rm removed it');
});

for (const [what, flags, message] of [
  [
    '-it without a terminal on stdin',
    ['-it'],
    /^podctl: the input device is not a TTY; drop -t to pipe input in[^\n]*\n$/,
  ],
] as const) {
  test.serial(`refused: ${what}`, async (t) => {
    const { client, busybox } = await fixture;
    const ns = client.namespace;
    const before = await containers(ns);
    const r = await podCli(ns, ['run', ...flags, '--name', unique('x'), busybox, 'true']);
    t.is(r.exitCode, 125);
    t.is(r.stdout, '');
    t.regex(r.stderr, message);
    t.deepEqual(await containers(ns), before, 'nothing created');
  });
}

test.serial('a last line without a newline reaches the attached output', async (t) => {
  const { client, busybox } = await fixture;
  const ns = client.namespace;
  const name = unique('n');
  t.teardown(rmQuietly(ns, name));
  const r = await podCli(ns, [
    'run',
    '--rm',
    '--name',
    name,
    busybox,
    'sh',
    '-c',
    'echo first; printf "no newline"; exit 0',
  ]);
  t.is(r.exitCode, 0, r.stderr);
  t.is(r.stdout, 'first\nno newline');
});
