// `podctl stats` and `podctl pod stats` through the built CLI, on real tasks: a busy loop under
// --memory in a pod, an idle standalone container, streaming until SIGINT, and unknown names.
import test from 'ava';
import { totalmem } from 'node:os';
import { execa } from 'execa';
import * as z from 'zod/mini';
import { podctl, podctlBin } from '../../helpers/cli.js';
import { cleanNamespace, podFixture, unique, type PodFixture } from '../pod/_helpers.js';

const fixture: Promise<PodFixture> = podFixture('pod-cli-stats');
fixture.catch(() => undefined);
const [POD, BUSY, IDLE] = [unique('pod'), unique('busy'), unique('idle')];
const MiB = 1024 * 1024;

const ready = fixture.then(async ({ client, busybox }) => {
  const ns = client.namespace;
  for (const args of [
    ['pod', 'create', '--name', POD, '--network', 'none'],
    ['run', '-d', '--pod', POD, '--name', BUSY, '--memory', '64m', busybox, 'sh', '-c', 'while :; do :; done'],
    ['run', '-d', '--name', IDLE, '--net', 'none', busybox, 'sleep', '600'],
  ]) {
    const r = await podctl(['-n', ns, ...args]);
    if (r.exitCode !== 0) throw new Error(r.stderr);
  }
  return ns;
});
ready.catch(() => undefined);
test.after.always(async () => {
  const f = await fixture.catch(() => undefined);
  if (f) await cleanNamespace(f.client);
});

const nullable = (schema: z.ZodMiniNumber) => z.nullable(schema);
const rowSchema = z.object({
  id: z.string(),
  name: z.string(),
  pod: z.string(),
  running: z.boolean(),
  cpuPercent: nullable(z.number()),
  memoryUsage: nullable(z.number()),
  memoryLimit: nullable(z.number()),
  memoryPercent: nullable(z.number()),
  netRx: nullable(z.number()),
  netTx: nullable(z.number()),
  blockRead: nullable(z.number()),
  blockWrite: nullable(z.number()),
  pids: nullable(z.number()),
});
const podRowSchema = z.extend(rowSchema, { role: z.string() });
const podSchema = z.object({
  name: z.string(),
  cpuPercent: z.number(),
  memoryUsage: z.number(),
  netRx: nullable(z.number()),
  netTx: nullable(z.number()),
  blockRead: z.number(),
  blockWrite: z.number(),
  pids: z.number(),
  containers: z.array(podRowSchema),
});

test.serial(
  'stats --no-stream --format json: the busy loop uses CPU and memory under its --memory; one line of JSON',
  async (t) => {
    const ns = await ready;
    const r = await podctl(['-n', ns, 'stats', '--no-stream', '--format', 'json', BUSY, IDLE]);
    t.is(r.exitCode, 0, r.stderr);
    t.is(r.stdout.split('\n').length, 1, 'one line');
    const rows = z.array(rowSchema).parse(JSON.parse(r.stdout));
    t.deepEqual(
      rows.map((x) => [x.name, x.pod, x.running]),
      [
        [BUSY, POD, true],
        [IDLE, '', true],
      ],
    );
    const [busy, idle] = rows;
    t.true((busy!.cpuPercent ?? 0) > 10, `busy CPU ${busy!.cpuPercent}%`);
    t.true((busy!.memoryUsage ?? 0) > 0);
    t.is(busy!.memoryLimit, 64 * MiB);
    t.true((busy!.memoryUsage ?? Infinity) < 64 * MiB);
    t.is(busy!.memoryPercent, ((busy!.memoryUsage ?? 0) / (64 * MiB)) * 100);
    t.true((busy!.pids ?? 0) >= 1);
    t.true((idle!.cpuPercent ?? Infinity) < 5, `idle CPU ${idle!.cpuPercent}%`);
    t.is(idle!.memoryLimit, totalmem(), 'no --memory: the host memory');
    // network none: a namespace of its own with only loopback.
    t.deepEqual([busy!.netRx, busy!.netTx, idle!.netRx, idle!.netTx], [0, 0, 0, 0]);
  },
);

test.serial(
  'stats table: docker columns; without names, running containers only, and -a adds the stopped ones',
  async (t) => {
    const ns = await ready;
    const { busybox } = await fixture;
    const done = unique('done');
    t.teardown(async () => void (await podctl(['-n', ns, 'rm', '-f', done])));
    t.is((await podctl(['-n', ns, 'run', '--name', done, '--net', 'none', busybox, 'true'])).exitCode, 0);
    const r = await podctl(['-n', ns, 'stats', '--no-stream']);
    t.is(r.exitCode, 0, r.stderr);
    const [header, ...rows] = r.stdout.split('\n');
    t.regex(header!, /^CONTAINER ID\s+NAME\s+CPU %\s+MEM USAGE \/ LIMIT\s+MEM %\s+NET I\/O\s+BLOCK I\/O\s+PIDS$/);
    t.is(rows.length, 2);
    t.regex(
      r.stdout,
      new RegExp(
        `^${BUSY}\\s+${BUSY}\\s+\\d+\\.\\d\\d%\\s+[\\d.]+[KM]?i?B / 64MiB\\s+\\d+\\.\\d\\d%\\s+0B / 0B\\s+\\S+ / \\S+\\s+[1-9]\\d*$`,
        'm',
      ),
    );
    t.regex(r.stdout, new RegExp(`^${IDLE}\\s+${IDLE}\\s`, 'm'));
    t.notRegex(r.stdout, new RegExp(`^${done}\\s`, 'm'));
    const all = await podctl(['-n', ns, 'stats', '--no-stream', '-a']);
    t.regex(all.stdout, new RegExp(`^${done}\\s+${done}\\s+--\\s+--\\s+--\\s+--\\s+--\\s+--$`, 'm'));
  },
);

test.serial('stats streams a table every second until SIGINT, then exits 0', async (t) => {
  const ns = await ready;
  const child = execa(process.execPath, [podctlBin, '-n', ns, 'stats', BUSY], { reject: false, timeout: 30_000 });
  let out = '';
  const tables = () => out.split('\n').filter((l) => l.startsWith('CONTAINER ID')).length;
  const started = Date.now();
  await new Promise<void>((resolve) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (tables() >= 3) resolve();
    });
    void child.then(() => resolve());
  });
  const elapsed = Date.now() - started;
  child.kill('SIGINT');
  const r = await child;
  t.is(r.exitCode, 0, r.stderr);
  t.is(r.stderr, '');
  t.true(tables() >= 3, out);
  t.true(elapsed >= 2500 && elapsed < 8000, `three refreshes in ${elapsed} ms`);
  t.is(out.split('\n').filter((l) => l.startsWith(`${BUSY} `)).length, tables(), 'a row in each table');
});

test.serial('pod stats: the sandbox and each member, with pod totals in JSON', async (t) => {
  const ns = await ready;
  const r = await podctl(['-n', ns, 'pod', 'stats', '--no-stream', '--format', 'json', POD]);
  t.is(r.exitCode, 0, r.stderr);
  const [pod] = z.array(podSchema).parse(JSON.parse(r.stdout));
  t.is(pod!.name, POD);
  t.deepEqual(
    pod!.containers.map((c) => [c.name, c.role, c.running]),
    [
      [POD, 'sandbox', true],
      [BUSY, 'app', true],
    ],
  );
  const [sandbox, busy] = pod!.containers;
  t.is(pod!.pids, (sandbox!.pids ?? 0) + (busy!.pids ?? 0));
  t.is(pod!.memoryUsage, (sandbox!.memoryUsage ?? 0) + (busy!.memoryUsage ?? 0));
  t.is(pod!.cpuPercent, (sandbox!.cpuPercent ?? 0) + (busy!.cpuPercent ?? 0));
  t.true((busy!.cpuPercent ?? 0) > 10);
  t.is(busy!.memoryLimit, 64 * MiB);
  t.deepEqual([pod!.netRx, pod!.netTx], [0, 0]);

  const table = await podctl(['-n', ns, 'pod', 'stats', '--no-stream']);
  t.is(table.exitCode, 0, table.stderr);
  t.regex(table.stdout, /^POD\s+NAME\s+ROLE\s+CPU %\s+MEM USAGE \/ LIMIT\s+MEM %\s+NET I\/O\s+BLOCK I\/O\s+PIDS$/m);
  t.regex(table.stdout, new RegExp(`^${POD}\\s+${POD}\\s+sandbox\\s+\\d+\\.\\d\\d%`, 'm'));
  t.regex(table.stdout, new RegExp(`^${POD}\\s+${BUSY}\\s+app\\s+\\d+\\.\\d\\d%\\s+\\S+ / 64MiB`, 'm'));
});

for (const [what, args, message] of [
  [
    'stats of an unknown container',
    ['stats', '--no-stream'],
    /^podctl: no such container: nope-[0-9a-f]+; list containers with: podctl ps -a$/,
  ],
  [
    'pod stats of an unknown pod',
    ['pod', 'stats', '--no-stream'],
    /^podctl: no such pod: nope-[0-9a-f]+; list pods with: podctl pod ls$/,
  ],
  [
    'stats with a bad --format',
    ['stats', '--format', 'yaml'],
    /^podctl: invalid value for --format: must be one of table, json; see 'podctl stats --help'$/,
  ],
] as const) {
  test.serial(`${what}: one line, exit 125`, async (t) => {
    const ns = await ready;
    const r = await podctl(['-n', ns, ...args, ...(what.includes('format') ? [] : [unique('nope')])]);
    t.is(r.exitCode, 125);
    t.is(r.stdout, '');
    t.regex(r.stderr, message);
  });
}
