// `logs -f`, `pod logs -f`, `--since` and `--until` through the built CLI, on real containers
// and podctl-logger's real files: following lines written after it started, to the container's
// exit, across a rotation; Ctrl-C; time windows; bad times.
import test from 'ava';
import { readdir } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { execa, type ResultPromise } from 'execa';
import { podctl, podctlBin } from '../../helpers/cli.js';
import { cleanNamespace, podFixture, unique, type PodFixture } from '../pod/_helpers.js';

const fixture: Promise<PodFixture> = podFixture('pod-cli-logs-follow');
fixture.catch(() => undefined);
const POD = unique('pod');
const ready = fixture.then(async ({ client }) => {
  const r = await podctl(['-n', client.namespace, 'pod', 'create', '--name', POD]);
  if (r.exitCode !== 0) throw new Error(r.stderr);
  return client.namespace;
});
ready.catch(() => undefined);
test.after.always(async () => {
  const f = await fixture.catch(() => undefined);
  if (!f) return;
  await podctl(['-n', f.client.namespace, 'pod', 'rm', '-f', POD]);
  await cleanNamespace(f.client);
});

/** Waits in the container until `podctl exec NAME touch /tmp/go`. */
const GATE = 'while [ ! -e /tmp/go ]; do sleep 0.1; done';

async function cli(ns: string, ...args: string[]) {
  const r = await podctl(['-n', ns, ...args]);
  if (r.exitCode !== 0) throw new Error(`podctl ${args.join(' ')}: ${r.stderr}`);
  return r;
}

/** The CLI as a child process, its output gathered as it comes. */
function spawn(
  ns: string,
  args: string[],
): {
  child: ResultPromise<{ reject: false; timeout: number }>;
  out: () => string;
  err: () => string;
  waitFor(text: string, ms?: number): Promise<void>;
} {
  const child = execa(process.execPath, [podctlBin, '-n', ns, ...args], { reject: false, timeout: 60_000 });
  let out = '';
  let err = '';
  child.stdout?.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (err += c.toString()));
  return {
    child,
    out: () => out,
    err: () => err,
    async waitFor(text, ms = 15_000) {
      const deadline = Date.now() + ms;
      while (!out.includes(text) && child.exitCode === null && Date.now() < deadline) await sleep(20);
      if (!out.includes(text))
        throw new Error(`no ${JSON.stringify(text)} in ${JSON.stringify(out.slice(-300))}; stderr ${err}`);
    },
  };
}

test.serial('logs -f prints lines written after it started and ends when the container exits', async (t) => {
  const ns = await ready;
  const { busybox } = await fixture;
  const name = unique('f');
  t.teardown(async () => void (await podctl(['-n', ns, 'rm', '-f', name])));
  await cli(
    ns,
    'run',
    '-d',
    '--name',
    name,
    busybox,
    'sh',
    '-c',
    `echo before; ${GATE}; echo after; echo oops >&2; printf 'no newline'`,
  );
  const follow = spawn(ns, ['logs', '-f', name]);
  await follow.waitFor('before\n');
  await sleep(300);
  t.is(follow.child.exitCode, null, 'still following while the container runs');
  await cli(ns, 'exec', name, 'touch', '/tmp/go');
  const r = await follow.child;
  t.is(r.exitCode, 0, r.stderr);
  t.is(r.stdout, 'before\nafter\nno newline');
  t.is(r.stderr, 'oops');
});

test.serial('logs -f follows the logger across a rotation without losing or repeating a line', async (t) => {
  const ns = await ready;
  const { busybox } = await fixture;
  const name = unique('rot');
  t.teardown(async () => void (await podctl(['-n', ns, 'rm', '-f', name])));
  // About 12 MB of records: the logger rotates once, at 10 MB.
  const count = 260_000;
  await cli(
    ns,
    'run',
    '-d',
    '--name',
    name,
    busybox,
    'sh',
    '-c',
    `echo start; ${GATE}; seq 1 ${count}; sleep 1; echo end`,
  );
  const follow = spawn(ns, ['logs', '-f', name]);
  await follow.waitFor('start\n');
  await cli(ns, 'exec', name, 'touch', '/tmp/go');
  const r = await follow.child;
  t.is(r.exitCode, 0, r.stderr);
  const files = await readdir(`/var/lib/podctl/logs/${ns}/${name}`);
  t.true(files.includes('container.log.1'), `rotated: ${files.join(' ')}`);
  const lines = r.stdout.split('\n');
  t.is(lines.length, count + 2);
  t.is(lines[0], 'start');
  t.is(lines.at(-1), 'end');
  const numbers = lines.slice(1, -1);
  t.true(
    numbers.every((l, i) => l === String(i + 1)),
    'every number once, in order',
  );
});

test.serial('logs -f of a running container stops at SIGINT, exit 0; of an exited one, prints and ends', async (t) => {
  const ns = await ready;
  const { busybox } = await fixture;
  const name = unique('int');
  t.teardown(async () => void (await podctl(['-n', ns, 'rm', '-f', name])));
  await cli(ns, 'run', '-d', '--pod', POD, '--name', name, busybox, 'sh', '-c', `echo up; ${GATE}; echo down`);
  const follow = spawn(ns, ['logs', '-f', name]);
  await follow.waitFor('up\n');
  follow.child.kill('SIGINT');
  const r = await follow.child;
  t.is(r.exitCode, 0, r.stderr);
  t.is(r.stdout, 'up');
  await cli(ns, 'exec', name, 'touch', '/tmp/go');
  await cli(ns, 'wait', name);
  const after = await podctl(['-n', ns, 'logs', '-f', name]);
  t.deepEqual([after.exitCode, after.stdout], [0, 'up\ndown']);
});

test.serial('pod logs -f: every member, each line prefixed, until every member has exited', async (t) => {
  const ns = await ready;
  const { busybox } = await fixture;
  const [a, b] = [unique('a'), unique('b')];
  t.teardown(async () => void (await podctl(['-n', ns, 'rm', '-f', a, b])));
  for (const m of [a, b])
    await cli(
      ns,
      'run',
      '-d',
      '--pod',
      POD,
      '--name',
      m,
      busybox,
      'sh',
      '-c',
      `echo ${m}-before; ${GATE}; echo ${m}-after`,
    );
  const follow = spawn(ns, ['pod', 'logs', '-f', POD]);
  await follow.waitFor(`${a} ${a}-before\n`);
  await follow.waitFor(`${b} ${b}-before\n`);
  await cli(ns, 'exec', a, 'touch', '/tmp/go');
  await follow.waitFor(`${a} ${a}-after\n`);
  await sleep(500);
  t.is(follow.child.exitCode, null, 'still following while one member runs');
  await cli(ns, 'exec', b, 'touch', '/tmp/go');
  const r = await follow.child;
  t.is(r.exitCode, 0, r.stderr);
  const lines = r.stdout.split('\n');
  for (const m of [a, b])
    t.deepEqual(
      lines.filter((l) => l.startsWith(`${m} `)),
      [`${m} ${m}-before`, `${m} ${m}-after`],
    );
});

/** A container that logs a1 and a2, then b1 and b2 two seconds later; the time half-way, as epoch ms. */
async function twoBursts(
  ns: string,
  pod: string[],
  t: { teardown(fn: () => Promise<void>): void },
): Promise<{ name: string; between: number }> {
  const { busybox } = await fixture;
  const name = unique('w');
  t.teardown(async () => void (await podctl(['-n', ns, 'rm', '-f', name])));
  await cli(ns, 'run', ...pod, '--name', name, busybox, 'sh', '-c', 'echo a1; echo a2; sleep 2; echo b1; echo b2');
  const stamped = (await cli(ns, 'logs', '-t', name)).stdout.split('\n');
  const a2 = Date.parse(stamped[1]!.split(' ')[0]!);
  const b1 = Date.parse(stamped[2]!.split(' ')[0]!);
  if (!(b1 - a2 >= 1500)) throw new Error(`the bursts are ${b1 - a2} ms apart`);
  return { name, between: (a2 + b1) / 2 };
}

test.serial('logs --since and --until, as an RFC 3339 time, a Unix time and a duration', async (t) => {
  const ns = await ready;
  const { name, between } = await twoBursts(ns, [], t);
  const rfc = new Date(between).toISOString();
  const unix = (between / 1000).toFixed(3);
  const logs = async (...args: string[]) => (await cli(ns, 'logs', ...args, name)).stdout;
  t.is(await logs('--since', rfc), 'b1\nb2');
  t.is(await logs('--until', rfc), 'a1\na2');
  t.is(await logs('--since', unix), 'b1\nb2');
  t.is(await logs('--since', unix, '--tail', '1'), 'b2');
  t.is(await logs('--since', '1h'), 'a1\na2\nb1\nb2');
  await sleep(1200);
  t.is(await logs('--since', '1s'), '', 'every line is older than a second');
  t.is(await logs('-f', '--since', rfc), 'b1\nb2', 'with -f, of an exited container');
});

test.serial('pod logs --since and --until, lines prefixed', async (t) => {
  const ns = await ready;
  const { name, between } = await twoBursts(ns, ['--pod', POD], t);
  const rfc = new Date(between).toISOString();
  t.is((await cli(ns, 'pod', 'logs', '-c', name, '--since', rfc, POD)).stdout, `${name} b1\n${name} b2`);
  t.is((await cli(ns, 'pod', 'logs', '-c', name, '--until', rfc, POD)).stdout, `${name} a1\n${name} a2`);
});

for (const [what, args, flag, value] of [
  ['logs --since', ['logs', '--since', 'yesterday', 'x'], '--since', 'yesterday'],
  ['logs --until', ['logs', '-f', '--until', '2024-13-01', 'x'], '--until', '2024-13-01'],
  ['pod logs --since', ['pod', 'logs', '--since', '10 m', 'x'], '--since', '10 m'],
] as const) {
  test.serial(`${what} with a bad time: one line, exit 125`, async (t) => {
    const ns = await ready;
    const r = await podctl(['-n', ns, ...args]);
    t.is(r.exitCode, 125);
    t.is(r.stdout, '');
    t.is(
      r.stderr,
      `podctl: invalid value for ${flag}: ${JSON.stringify(value)} is no time; use an RFC 3339 timestamp (2024-01-02T15:04:05Z), a Unix time (1704207845) or a duration before now (10m, 1h30m)`,
    );
  });
}
