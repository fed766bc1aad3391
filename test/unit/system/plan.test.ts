import test from 'ava';
import { LABELS } from '../../../src/state/labels.js';
import { ownIdentity } from '../../../src/state/creator.js';
import { GRACE_MS } from '../../../src/system/grace.js';
import { leaseInUse } from '../../../src/system/namespace-scan.js';
import { planPrune, type PlanInput, type PrunePlan } from '../../../src/system/plan.js';
import {
  NOW,
  NS,
  OLD,
  pin,
  hostDir,
  hostScan,
  id,
  image,
  lease,
  member,
  namespaceScan,
  owners,
  sandbox,
  snapshot,
  standalone,
} from './_fixtures.js';

const plan = (over: Partial<PlanInput>): PrunePlan =>
  planPrune({
    host: hostScan(),
    namespace: namespaceScan(),
    owners: owners(),
    all: false,
    session: undefined,
    now: NOW,
    ...over,
  });

const live = id('a');
const dead = id('d');

test('network remains of an ID no container of any namespace names are grouped; an owned one is left', (t) => {
  const host = hostScan({
    netns: [pin(live), pin(dead)],
    cniStates: [
      { id: live, file: `/run/podctl/cni/${live}.json`, size: 5, modifiedAt: OLD },
      { id: dead, file: `/run/podctl/cni/${dead}.json`, size: 7, modifiedAt: OLD },
    ],
    cniTemps: [{ id: dead, file: `/run/podctl/cni/${dead}.json.tmp`, size: 3, modifiedAt: OLD }],
    reservations: [
      { network: 'podctl', ip: '10.88.0.2', containerId: live, size: 70, modifiedAt: OLD },
      { network: 'podctl', ip: '10.88.0.3', containerId: dead, size: 70, modifiedAt: OLD },
    ],
    rules: [
      { containerId: dead, network: 'podctl' },
      { containerId: dead, network: 'podctl' },
      { containerId: live, network: 'podctl' },
    ],
  });
  const p = plan({ host, owners: owners({ networkIds: new Set([live]) }) });
  t.deepEqual(p.networks, [
    {
      id: dead,
      pinned: true,
      state: { file: `/run/podctl/cni/${dead}.json`, size: 7 },
      temp: { file: `/run/podctl/cni/${dead}.json.tmp`, size: 3 },
      reservations: [{ network: 'podctl', ip: '10.88.0.3', containerId: dead, size: 70, modifiedAt: OLD }],
      rules: ['podctl'],
      changedAt: OLD,
    },
  ]);
});

test('a reservation alone, or a rule alone, is a remain of its own', (t) => {
  const host = hostScan({
    reservations: [{ network: 'web', ip: '10.89.0.9', containerId: id('1'), size: 70, modifiedAt: OLD }],
    rules: [{ containerId: id('2'), network: 'web' }],
  });
  t.deepEqual(
    plan({ host }).networks.map((n) => [n.id, n.pinned, n.reservations.length, n.rules]),
    [
      [id('1'), false, 1, []],
      [id('2'), false, 0, ['web']],
    ],
  );
});

const dirCase = test.macro((t, dir: ReturnType<typeof hostDir>, o: ReturnType<typeof owners>, taken: boolean) => {
  t.is(plan({ host: hostScan({ dirs: [dir] }), owners: o }).dirs.length, taken ? 1 : 0);
});
test('pod dir of no pod', dirCase, hostDir('pod-dir', NS, dead), owners(), true);
test(
  'pod dir of a pod in another namespace',
  dirCase,
  hostDir('pod-dir', 'other', live),
  owners({ networkIds: new Set([live]) }),
  false,
);
test('container dir of no container', dirCase, hostDir('container-dir', NS, 'web'), owners(), true);
test(
  'container dir of a container',
  dirCase,
  hostDir('container-dir', NS, 'web'),
  owners({ containers: new Set([`${NS}/web`]) }),
  false,
);
test(
  'container dir of a namesake in another namespace',
  dirCase,
  hostDir('container-dir', NS, 'web'),
  owners({ containers: new Set(['other/web']) }),
  true,
);
test('FIFO dir of no container', dirCase, hostDir('io-dir', NS, 'web'), owners(), true);
test(
  'FIFO dir of a container',
  dirCase,
  hostDir('io-dir', NS, 'web'),
  owners({ containers: new Set([`${NS}/web`]) }),
  false,
);
test('log dir of no container', dirCase, hostDir('log-dir', NS, 'web'), owners(), true);
test(
  'log dir a container labels as its own',
  dirCase,
  hostDir('log-dir', NS, 'web'),
  owners({ logDirs: new Set([`/var/lib/podctl/logs/${NS}/web`]) }),
  false,
);
test('exec FIFO dir past the grace', dirCase, hostDir('exec-dir', NS, 'e1'), owners(), true);
const young = new Date(NOW.getTime() - GRACE_MS + 1_000);
for (const kind of ['pod-dir', 'container-dir', 'io-dir', 'exec-dir', 'log-dir'] as const)
  test(
    `${kind} of no owner, within the grace`,
    dirCase,
    hostDir(kind, NS, dead, { modifiedAt: young }),
    owners(),
    false,
  );

test('network remains any part of which is within the grace stay: a create of an older podctl may be making them', (t) => {
  const host = (over: Partial<ReturnType<typeof hostScan>>) => hostScan({ netns: [pin(dead)], ...over });
  t.is(plan({ host: host({}) }).networks.length, 1);
  t.is(plan({ host: host({ netns: [pin(dead, young)] }) }).networks.length, 0, 'a namespace just pinned');
  const state = { id: dead, file: 's', size: 1 };
  t.is(plan({ host: host({ cniStates: [{ ...state, modifiedAt: young }] }) }).networks.length, 0, 'state just written');
  t.is(plan({ host: host({ cniTemps: [{ ...state, modifiedAt: young }] }) }).networks.length, 0, 'state being written');
  const held = { network: 'podctl', ip: '10.88.0.3', containerId: dead, size: 70, modifiedAt: young };
  t.is(plan({ host: host({ reservations: [held] }) }).networks.length, 0, 'an address just reserved');
});

test("podctl's leases whose creator is gone; a lease in use stays", (t) => {
  const namespace = namespaceScan({ leases: [lease('gone', false), lease('busy', true)] });
  t.deepEqual(
    plan({ namespace }).leases.map((l) => l.id),
    ['gone'],
  );
});

test("podctl's container snapshots no container or create in progress holds; committed ones and others' stay", (t) => {
  const namespace = namespaceScan({
    snapshots: [
      snapshot('ghost'),
      snapshot('web'),
      snapshot('creating'),
      snapshot('view-ghost', { kind: 'view' }),
      snapshot('sha256:layer', { kind: 'committed' }),
      snapshot('nerdctl-one', { labels: {} }),
    ],
  });
  const o = owners({ snapshots: new Set([`${NS}/overlayfs/web`, `${NS}/overlayfs/creating`]) });
  t.deepEqual(
    plan({ namespace, owners: o }).snapshots.map((s) => s.name),
    ['ghost', 'view-ghost'],
  );
});

const pod1 = id('1');
const pod2 = id('2');
const pod3 = id('3');
const namespaceWithAll = namespaceScan({
  containers: [
    sandbox('stopped-pod', pod1, 'exited'),
    member('stopped-pod-m', 'stopped-pod', pod1, 'stopped'),
    sandbox('live-pod', pod2, 'running'),
    member('live-pod-done', 'live-pod', pod2, 'stopped'),
    sandbox('half-pod', pod3, 'stopped'),
    member('half-pod-m', 'half-pod', pod3, 'running'),
    member('loose', 'gone-pod', id('9'), 'stopped'),
    standalone('s-stopped', 'stopped'),
    standalone('s-created', 'exited'),
    standalone('s-running', 'running'),
    standalone('s-paused', 'paused'),
  ],
  images: [
    image('docker.io/library/busybox:latest', 'sha256:b'),
    image('localhost/podctl/pause:0.1.0', 'sha256:p'),
    image('docker.io/library/nginx:latest', 'sha256:n'),
  ],
});

test('without all, no container, pod or image goes', (t) => {
  const p = plan({ namespace: namespaceWithAll });
  t.deepEqual([p.pods, p.containers, p.images], [[], [], []]);
});

test('with all: stopped pods whole, stopped standalone containers and loose members, then unused images', (t) => {
  const p = plan({ namespace: namespaceWithAll, all: true });
  t.deepEqual(
    p.pods.map((c) => c.record.id),
    ['stopped-pod'],
  );
  t.deepEqual(
    p.containers.map((c) => c.record.id),
    ['s-stopped', 's-created', 'loose'],
  );
  t.deepEqual(p.images, ['docker.io/library/nginx:latest'], 'busybox and pause are still used by what stays');
});

test('with all, an image whose only users go goes too', (t) => {
  const namespace = namespaceScan({
    containers: [standalone('s', 'stopped')],
    images: [image('docker.io/library/busybox:latest', 'sha256:b')],
  });
  t.deepEqual(plan({ namespace, all: true }).images, ['docker.io/library/busybox:latest']);
});

test('with a session, only what carries its label, and the host remains its pruned leases name', (t) => {
  const tag = { [LABELS.session]: 's1' };
  const namespace = namespaceScan({
    leases: [
      lease('mine', false, { ...tag, [LABELS.podId]: pod1 }, ['c-mine']),
      lease('theirs', false, { [LABELS.session]: 's2', [LABELS.podId]: pod2 }),
      lease('untagged', false),
    ],
    snapshots: [snapshot('tagged', { labels: { [LABELS.createdBy]: 'podctl', ...tag } }), snapshot('untagged')],
    containers: [standalone('s-tagged', 'stopped', tag), standalone('s-untagged', 'stopped')],
    images: [image('docker.io/library/nginx:latest', 'sha256:n', tag), image('docker.io/library/redis:7', 'sha256:r')],
  });
  const host = hostScan({
    netns: [pin(pod1), pin(pod2)],
    dirs: [
      hostDir('pod-dir', NS, pod1),
      hostDir('pod-dir', NS, pod2),
      hostDir('container-dir', NS, 'c-mine'),
      hostDir('log-dir', NS, 'c-other'),
      hostDir('exec-dir', NS, 'e'),
    ],
  });
  const p = plan({ namespace, host, all: true, session: 's1' });
  t.deepEqual(
    p.leases.map((l) => l.id),
    ['mine'],
  );
  t.deepEqual(
    p.snapshots.map((s) => s.name),
    ['tagged'],
  );
  t.deepEqual(
    p.containers.map((c) => c.record.id),
    ['s-tagged'],
  );
  t.deepEqual(p.images, ['docker.io/library/nginx:latest']);
  t.deepEqual(
    p.networks.map((n) => n.id),
    [pod1],
  );
  t.deepEqual(
    p.dirs.map((d) => d.id),
    [pod1, 'c-mine'],
  );
});

test('a lease is in use while the podctl that made it runs; one naming no creator, for the grace', (t) => {
  const justNow = new Date(NOW.getTime() - 1_000);
  const creator = (identity: string) => ({ [LABELS.creator]: identity });
  t.true(leaseInUse({ labels: creator(ownIdentity()), createdAt: OLD }, NOW), 'this process, however old the lease');
  t.false(leaseInUse({ labels: creator('boot/999999999/1'), createdAt: justNow }, NOW), 'a creator that is gone');
  t.true(leaseInUse({ labels: {}, createdAt: justNow }, NOW), 'no creator, within the grace');
  t.false(leaseInUse({ labels: {}, createdAt: OLD }, NOW), 'no creator, past the grace');
});
