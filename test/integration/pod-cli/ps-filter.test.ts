// `podctl ps --filter` through the built CLI against real containers: pod members and standalone
// ones, running and exited, from two images, with labels; and filters that are refused.
import test from 'ava';
import { DEFAULT_INFRA_IMAGE } from '../../../src/image/defaults.js';
import { podctl } from '../../helpers/cli.js';
import { cleanNamespace, podFixture, unique, type PodFixture } from '../pod/_helpers.js';

const fixture: Promise<PodFixture> = podFixture('pod-cli-ps-filter');
fixture.catch(() => undefined);
const [POD, WEB, DB, JOB, SOLO, PAUSE] = [
  unique('pod'),
  unique('web'),
  unique('db'),
  unique('job'),
  unique('solo'),
  unique('px'),
];

async function cli(ns: string, args: readonly string[], expectedCode = 0) {
  const r = await podctl(['-n', ns, ...args]);
  if (r.exitCode !== expectedCode) throw new Error(`podctl ${args.join(' ')}: exit ${r.exitCode}: ${r.stderr}`);
  return r;
}

const ready = fixture.then(async ({ client, busybox }) => {
  const ns = client.namespace;
  await cli(ns, ['pod', 'create', '--name', POD]);
  await cli(ns, [
    'run',
    '-d',
    '--pod',
    POD,
    '--name',
    WEB,
    '--label',
    'tier=front',
    '--label',
    'env=prod',
    busybox,
    'sleep',
    '600',
  ]);
  await cli(ns, [
    'run',
    '-d',
    '--pod',
    POD,
    '--name',
    DB,
    '--label',
    'tier=back',
    '--label',
    'env=prod',
    busybox,
    'sleep',
    '600',
  ]);
  await cli(ns, ['run', '--pod', POD, '--name', JOB, busybox, 'sh', '-c', 'exit 3'], 3);
  await cli(ns, ['run', '-d', '--name', SOLO, '--label', 'tier=front', busybox, 'sleep', '600']);
  await cli(ns, ['run', '-d', '--name', PAUSE, DEFAULT_INFRA_IMAGE]);
  return { ns, busybox };
});
ready.catch(() => undefined);
test.after.always(async () => {
  const f = await fixture.catch(() => undefined);
  if (!f) return;
  await podctl(['-n', f.client.namespace, 'pod', 'rm', '-f', POD]);
  await cleanNamespace(f.client);
});

/** The names `ps -q` lists with these flags. */
async function ps(...flags: string[]): Promise<string[]> {
  const { ns } = await ready;
  return (await cli(ns, ['ps', '-q', ...flags])).stdout.split('\n').filter(Boolean);
}

const cases: [string, string[], string[]][] = [
  ['no filter: the running containers', [], [WEB, DB, SOLO, PAUSE]],
  ['-a: every container', ['-a'], [WEB, DB, JOB, SOLO, PAUSE]],
  ['name= matches a part of the name', ['-a', '-f', `name=${WEB.slice(0, 5)}`], [WEB]],
  ['two name= values OR together', ['-f', `name=^${WEB}$`, '-f', `name=^${DB}$`], [WEB, DB]],
  ['id= is a prefix of the ID', ['-f', `id=${SOLO.slice(0, 6)}`], [SOLO]],
  ['label=KEY=VALUE', ['-f', 'label=tier=front'], [WEB, SOLO]],
  ['label filters all have to match', ['-f', 'label=tier', '-f', 'label=env=prod'], [WEB, DB]],
  ['status=exited lists stopped containers without -a', ['-f', 'status=exited'], [JOB]],
  ['two status= values OR together', ['-f', 'status=exited', '-f', 'status=running'], [WEB, DB, JOB, SOLO, PAUSE]],
  ['exited=CODE', ['-a', '-f', 'exited=3'], [JOB]],
  ['pod=NAME', ['-a', '-f', `pod=${POD}`], [WEB, DB, JOB]],
  ['different keys AND together', ['-a', '-f', `pod=${POD}`, '-f', 'label=tier=back'], [DB]],
  ['ancestor= by the pause image name', ['-a', '-f', `ancestor=${DEFAULT_INFRA_IMAGE}`], [PAUSE]],
  ['since=CONTAINER', ['-a', '-f', `since=${JOB}`], [SOLO, PAUSE]],
  ['before=CONTAINER', ['-a', '-f', `before=${DB}`], [WEB]],
];
for (const [title, flags, expected] of cases) {
  test.serial(`ps ${title}`, async (t) => t.deepEqual(await ps(...flags), expected));
}

test.serial('ps ancestor= by the busybox image name and by a prefix of its ID', async (t) => {
  const { ns, busybox } = await ready;
  t.deepEqual(await ps('-a', '-f', `ancestor=${busybox}`), [WEB, DB, JOB, SOLO]);
  const images = (await cli(ns, ['images'])).stdout;
  const id = new RegExp(
    `^${busybox.replace(/:.*$/, '').replace(/[./]/g, '\\$&')}\\s+\\S+\\s+([0-9a-f]{12})\\s`,
    'm',
  ).exec(images)?.[1];
  if (id === undefined) return t.fail(`no ID for ${busybox} in:\n${images}`);
  t.deepEqual(await ps('-a', '-f', `ancestor=${id}`), [WEB, DB, JOB, SOLO]);
  t.deepEqual(await ps('-a', '-f', `ancestor=${id}`, '-f', `ancestor=${DEFAULT_INFRA_IMAGE}`), [
    WEB,
    DB,
    JOB,
    SOLO,
    PAUSE,
  ]);
});

test.serial('ps --filter with --format json keeps the labels of the matching containers', async (t) => {
  const { ns } = await ready;
  const r = await cli(ns, ['ps', '--format', 'json', '-f', 'label=tier=back']);
  const rows = JSON.parse(r.stdout) as { name: string; podName: string; labels: Record<string, string> }[];
  t.deepEqual(
    rows.map((c) => [c.name, c.podName, c.labels['tier'], c.labels['env']]),
    [[DB, POD, 'back', 'prod']],
  );
});

for (const [entry, message] of [
  [
    'colour=red',
    /^podctl: invalid value for --filter: "colour=red" has an unknown key "colour"; filters are KEY=VALUE with a KEY of id, name, label, status, exited, pod, ancestor, before, since$/,
  ],
  [
    'status=up',
    /^podctl: invalid value for --filter: "status=up" is no container status; status is one of created, restarting, running, removing, paused, exited, dead$/,
  ],
  [
    'before=nosuch',
    /^podctl: invalid value for --filter: "before=nosuch" names no container; list containers with: podctl ps -a$/,
  ],
  [
    'ancestor=Not/An:Image!',
    /^podctl: invalid value for --filter: "ancestor=Not\/An:Image!" is no image name or ID; [^\n]+$/,
  ],
  ['name', /^podctl: invalid value for --filter: "name" is not KEY=VALUE; [^\n]+$/],
] as const) {
  test.serial(`ps --filter ${entry}: one line, exit 125`, async (t) => {
    const { ns } = await ready;
    const r = await podctl(['-n', ns, 'ps', '-f', entry]);
    t.is(r.exitCode, 125);
    t.is(r.stdout, '');
    t.regex(r.stderr, message);
  });
}
