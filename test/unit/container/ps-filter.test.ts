import test from 'ava';
import { isInvalidArgument } from '../../../src/errors.js';
import {
  dockerStatus,
  filtersImplyAll,
  matchesPsFilters,
  noFilters,
  parsePsFilters,
  type FilterSubject,
  type ResolvedFilters,
} from '../../../src/container/ps-filter.js';

const POD_ID = 'a1b2c3d4e5f6'.padEnd(64, '0');

const web: FilterSubject = {
  id: 'web-1',
  name: 'web-1',
  image: 'docker.io/library/nginx:latest',
  state: 'running',
  exitStatus: 0,
  createdAt: new Date(2000),
  podName: 'blog',
  podId: POD_ID,
  labels: { tier: 'front', env: 'prod', 'podctl.io/role': 'app' },
};
const db: FilterSubject = {
  ...web,
  id: 'db',
  name: 'db',
  image: 'docker.io/library/postgres:16',
  createdAt: new Date(3000),
  labels: { tier: 'back', env: 'prod' },
};
const job: FilterSubject = {
  ...web,
  id: 'job',
  name: 'job',
  image: 'docker.io/library/busybox:latest',
  state: 'stopped',
  exitStatus: 3,
  createdAt: new Date(4000),
  podName: '',
  podId: '',
  labels: {},
};
const gone: FilterSubject = {
  ...job,
  id: 'gone',
  name: 'gone',
  state: 'exited',
  exitStatus: 0,
  createdAt: new Date(5000),
};
const all = [web, db, job, gone];

const resolve = (entries: string[], extra: Partial<ResolvedFilters> = {}): ResolvedFilters => ({
  ...parsePsFilters(entries),
  ancestorNames: [],
  beforeTimes: [],
  sinceTimes: [],
  ...extra,
});
const names = (f: ResolvedFilters) => all.filter((c) => matchesPsFilters(c, f)).map((c) => c.name);

const cases: [string, string[], Partial<ResolvedFilters>, string[]][] = [
  ['no filter', [], {}, ['web-1', 'db', 'job', 'gone']],
  ['id= is a prefix', ['id=we'], {}, ['web-1']],
  ['id= is not a substring', ['id=eb'], {}, []],
  ['name= matches a part', ['name=o'], {}, ['job', 'gone']],
  ['name= is a regular expression', ['name=^(db|job)$'], {}, ['db', 'job']],
  ['two names OR together', ['name=^db$', 'name=^job$'], {}, ['db', 'job']],
  ['label=KEY', ['label=tier'], {}, ['web-1', 'db']],
  ['label=KEY=VALUE', ['label=tier=back'], {}, ['db']],
  ['labels AND together, as docker and podman do', ['label=env=prod', 'label=tier=front'], {}, ['web-1']],
  ['a label value may hold =', ['label=tier=a=b'], {}, []],
  ['status=running', ['status=running'], {}, ['web-1', 'db']],
  ['status=exited: stopped tasks and containers without one', ['status=exited'], {}, ['job', 'gone']],
  ['two statuses OR together', ['status=exited', 'status=running'], {}, ['web-1', 'db', 'job', 'gone']],
  ['status=paused', ['status=paused'], {}, []],
  ['exited=CODE needs the exit code (a stopped task)', ['exited=3'], {}, ['job']],
  ['exited=0 does not match a running container, nor one whose code is gone', ['exited=0'], {}, []],
  ['pod=NAME', ['pod=blog'], {}, ['web-1', 'db']],
  ['pod=ID prefix of 12 hex digits', ['pod=a1b2c3d4e5f6'], {}, ['web-1', 'db']],
  ['pod= with a shorter ID prefix is a name', ['pod=a1b2'], {}, []],
  ['different keys AND together', ['pod=blog', 'name=db'], {}, ['db']],
  [
    'ancestor: the resolved image names',
    ['ancestor=nginx'],
    { ancestorNames: [new Set(['docker.io/library/nginx:latest'])] },
    ['web-1'],
  ],
  [
    'two ancestors OR together',
    ['ancestor=nginx', 'ancestor=busybox'],
    { ancestorNames: [new Set(['docker.io/library/nginx:latest']), new Set(['docker.io/library/busybox:latest'])] },
    ['web-1', 'job', 'gone'],
  ],
  ['before: created earlier than the reference', ['before=job'], { beforeTimes: [4000] }, ['web-1', 'db']],
  ['since: created later than the reference', ['since=db'], { sinceTimes: [3000] }, ['job', 'gone']],
];
for (const [title, entries, extra, expected] of cases) {
  test(`matching: ${title}`, (t) => t.deepEqual(names(resolve(entries, extra)), expected));
}

const errors: [string, RegExp][] = [
  ['name', /^invalid value for the `filter` option: "name" is not KEY=VALUE$/],
  ['=x', /^invalid value for the `filter` option: "=x" is not KEY=VALUE$/],
  ['colour=red', /^invalid value for the `filter` option: "colour=red" has an unknown key "colour"$/],
  ['name=', /^invalid value for the `filter` option: "name=" has no value$/],
  ['name=(', /^invalid value for the `filter` option: "name=\(" is not a regular expression$/],
  ['status=up', /^invalid value for the `filter` option: "status=up" is no container status$/],
  ['exited=x', /^invalid value for the `filter` option: "exited=x" is no exit code$/],
  ['label==v', /^invalid value for the `filter` option: "label==v" has no label key$/],
];
for (const [entry, message] of errors) {
  test(`parsing: ${JSON.stringify(entry)} is a one-line invalid-argument error`, (t) => {
    const err = t.throws(() => parsePsFilters(['name=ok', entry]));
    t.true(isInvalidArgument(err));
    t.regex(err?.message ?? '', message);
    t.truthy((err as { hint?: string }).hint);
  });
}

test('parsing: keys are case-insensitive, values kept as given', (t) => {
  const f = parsePsFilters([
    'NAME=Web',
    'Label=Tier=Front',
    'status=exited',
    'exited=-1',
    'pod=blog',
    'ancestor=nginx:1',
    'before=a',
    'since=b',
    'id=ab',
  ]);
  t.deepEqual(
    f.name.map((r) => r.source),
    ['Web'],
  );
  t.deepEqual(f.label, [{ key: 'Tier', value: 'Front' }]);
  t.deepEqual(
    [f.status, f.exited, f.pod, f.ancestor, f.before, f.since, f.id],
    [['exited'], [-1], ['blog'], ['nginx:1'], ['a'], ['b'], ['ab']],
  );
});

test('a status filter lists stopped containers without -a, as docker does', (t) => {
  t.true(filtersImplyAll(parsePsFilters(['status=running'])));
  t.false(filtersImplyAll(parsePsFilters(['name=x', 'exited=0'])));
  t.false(filtersImplyAll(noFilters()));
});

test('task states as docker names them', (t) => {
  t.deepEqual(['running', 'paused', 'pausing', 'created', 'stopped', 'exited', 'unknown'].map(dockerStatus), [
    'running',
    'paused',
    'paused',
    'created',
    'exited',
    'exited',
    'dead',
  ]);
});
