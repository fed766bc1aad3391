import test from 'ava';
import { dfRows, type DfRow } from '../../../src/system/df.js';
import { footprintBytes, footprintOf, snapshotChain } from '../../../src/system/footprint.js';
import { detachFallback, remainsParts } from '../../../src/system/network-remains.js';
import { planPrune } from '../../../src/system/plan.js';
import type { NetworkRecord } from '../../../src/network/conflist.js';
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

const ref = 'containerd.io/gc.ref.content';
const snap = 'containerd.io/gc.ref.snapshot.overlayfs';
// Two images sharing a base layer (and its snapshot): index → manifest → config (→ snapshot) and layers.
const content = new Map<string, { size: number; labels: Record<string, string> }>([
  ['sha256:idx', { size: 300, labels: { [`${ref}.m.0`]: 'sha256:man' } }],
  [
    'sha256:man',
    {
      size: 500,
      labels: { [`${ref}.config`]: 'sha256:cfg', [`${ref}.l.0`]: 'sha256:base', [`${ref}.l.1`]: 'sha256:top' },
    },
  ],
  ['sha256:cfg', { size: 100, labels: { [snap]: 'chain-top' } }],
  ['sha256:base', { size: 10_000, labels: {} }],
  ['sha256:top', { size: 2_000, labels: {} }],
  ['sha256:man2', { size: 400, labels: { [`${ref}.config`]: 'sha256:cfg2', [`${ref}.l.0`]: 'sha256:base' } }],
  ['sha256:cfg2', { size: 50, labels: { [snap]: 'chain-base' } }],
]);
const snapshots = [
  snapshot('chain-base', { kind: 'committed', parent: '', labels: {} }),
  snapshot('chain-top', { kind: 'committed', parent: 'chain-base', labels: {} }),
];
const parents = new Map(snapshots.map((s) => [`overlayfs/${s.name}`, s.parent]));
const usage = new Map([
  ['overlayfs/chain-base', 40_000],
  ['overlayfs/chain-top', 8_000],
  ['overlayfs/web', 123],
  ['overlayfs/old', 77],
  ['overlayfs/p-live', 5],
  ['overlayfs/p-dead', 6],
  ['overlayfs/ghost', 900],
]);

test("an image's footprint: its blobs through the GC labels, its snapshot and the snapshot's parents", (t) => {
  const f = footprintOf(['sha256:idx'], { content, parents });
  t.deepEqual([...f.blobs].sort(), ['sha256:base', 'sha256:cfg', 'sha256:idx', 'sha256:man', 'sha256:top']);
  t.deepEqual([...f.snapshots], ['overlayfs/chain-top', 'overlayfs/chain-base']);
  t.is(footprintBytes(f, content, usage), 300 + 500 + 100 + 10_000 + 2_000 + 48_000);
  const other = footprintOf(['sha256:man2'], { content, parents });
  t.is(footprintBytes(f, content, usage, other), 300 + 500 + 100 + 2_000 + 8_000, 'less what the other holds too');
});

test('a snapshot chain stops at a parent that is not there, and at a loop', (t) => {
  t.deepEqual(snapshotChain('overlayfs', 'chain-top', parents), ['overlayfs/chain-top', 'overlayfs/chain-base']);
  t.deepEqual(snapshotChain('overlayfs', 'missing', parents), []);
  const loop = new Map([
    ['overlayfs/a', 'b'],
    ['overlayfs/b', 'a'],
  ]);
  t.deepEqual(snapshotChain('overlayfs', 'a', loop), ['overlayfs/a', 'overlayfs/b']);
});

test("df: docker's rows, then podctl's pods and host remains", (t) => {
  const podLive = id('1');
  const podDead = id('2');
  const scan = namespaceScan({
    content,
    snapshots: [...snapshots, snapshot('ghost')],
    leases: [lease('old-lease', false)],
    images: [
      image('docker.io/library/busybox:latest', 'sha256:idx'),
      image('docker.io/library/other:1', 'sha256:man2'),
    ],
    containers: [
      standalone('web', 'running'),
      standalone('old', 'stopped', {}),
      sandbox('p-live', podLive, 'running'),
      sandbox('p-dead', podDead, 'exited'),
      member('m-dead', 'p-dead', podDead, 'exited'),
    ].map((c) => (c.record.id === 'old' ? { ...c, record: { ...c.record, image: 'docker.io/library/other:1' } } : c)),
  });
  const host = hostScan({
    netns: [pin(id('9'))],
    cniStates: [{ id: id('9'), file: 'x', size: 1_000, modifiedAt: OLD }],
    dirs: [hostDir('pod-dir', NS, podLive, { size: 200 }), hostDir('log-dir', NS, 'gone', { size: 3_000 })],
  });
  const o = owners({
    networkIds: new Set([podLive, podDead]),
    containers: new Set(scan.containers.map((c) => `${NS}/${c.record.id}`)),
    snapshots: new Set(scan.containers.map((c) => `${NS}/overlayfs/${c.record.id}`)),
  });
  const input = { host, namespace: scan, owners: o, session: undefined, now: NOW };
  const rows = dfRows({
    host,
    scan,
    remains: planPrune({ ...input, all: false }),
    all: planPrune({ ...input, all: true }),
    usage,
  });
  const row = (type: DfRow['type']) => rows.find((r) => r.type === type)!;
  t.deepEqual(
    rows.map((r) => r.type),
    ['Images', 'Containers', 'Local Volumes', 'Build Cache', 'Pods', 'Host remains'],
  );
  t.deepEqual(row('Images'), {
    type: 'Images',
    total: 2,
    active: 2,
    size: 300 + 500 + 100 + 10_000 + 2_000 + 400 + 50 + 48_000,
    reclaimable: 0,
  });
  t.deepEqual(row('Containers'), { type: 'Containers', total: 3, active: 1, size: 123 + 77, reclaimable: 77 });
  t.deepEqual(row('Local Volumes'), { type: 'Local Volumes', total: 0, active: 0, size: 0, reclaimable: 0 });
  t.deepEqual(row('Pods'), { type: 'Pods', total: 2, active: 1, size: 5 + 200 + 6, reclaimable: 6 });
  t.deepEqual(row('Host remains'), {
    type: 'Host remains',
    total: 2 + 1 + 1 + 1,
    active: 0,
    size: 1_000 + 3_000 + 900,
    reclaimable: 1_000 + 3_000 + 900,
  });
});

test('df: an image no container uses is reclaimable, but for what a used one shares', (t) => {
  const scan = namespaceScan({
    content,
    snapshots,
    images: [
      image('docker.io/library/busybox:latest', 'sha256:idx'),
      image('docker.io/library/other:1', 'sha256:man2'),
    ],
    containers: [standalone('web', 'running', {})].map((c) => ({
      ...c,
      record: { ...c.record, image: 'docker.io/library/other:1' },
    })),
  });
  const input = { host: hostScan(), namespace: scan, owners: owners(), session: undefined, now: NOW };
  const plan = planPrune({ ...input, all: false });
  const [images] = dfRows({ host: hostScan(), scan, remains: plan, all: plan, usage });
  t.is(images!.active, 1);
  t.is(images!.reclaimable, 300 + 500 + 100 + 2_000 + 8_000);
});

const net: NetworkRecord = {
  name: 'web',
  bridge: 'podctl3',
  subnet: '10.89.3.0/24',
  gateway: '10.89.3.1',
  createdAt: '',
  file: '/etc/cni/net.d/87-podctl-web.conflist',
  conflist: { cniVersion: '1.0.0', name: 'web', plugins: [{ type: 'bridge' }] },
};
const remains = {
  id: id('5'),
  pinned: true,
  state: { file: 's', size: 900 },
  temp: { file: 't', size: 3 },
  reservations: [{ network: 'web', ip: '10.89.3.7', containerId: id('5'), size: 70, modifiedAt: OLD }],
  rules: ['web'],
  changedAt: OLD,
};

test('what a prune reports of one network remains, a line each', (t) => {
  t.deepEqual(remainsParts(remains), [
    { kind: 'netns', id: id('5'), size: 0 },
    { kind: 'cni-state', id: id('5'), size: 900 },
    { kind: 'cni-state', id: `${id('5')}.json.tmp`, size: 3 },
    { kind: 'ip', id: 'web/10.89.3.7', size: 70 },
    { kind: 'iptables', id: id('5'), size: 0 },
  ]);
});

test("without its state, DEL goes on the network's conflist and the address host-local holds", (t) => {
  const dirs = { pluginDirs: ['/usr/lib/cni'], configDir: '/etc/cni/net.d' };
  t.deepEqual(detachFallback(remains, new Map([['web', net]]), dirs), {
    network: net,
    pluginDirs: ['/usr/lib/cni'],
    attachment: { ip: '10.89.3.7', prefixLength: 24, gateway: '10.89.3.1', mac: '' },
  });
  t.deepEqual(detachFallback(remains, new Map(), dirs), { pluginDirs: ['/usr/lib/cni'] }, 'a network that is gone');
});
