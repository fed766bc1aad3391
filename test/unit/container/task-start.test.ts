// What create stores and start rewrites: the joined namespaces are placeholders until start
// points them at the PID of that moment (a pod's pause, or the container joined).
import test from 'ava';
import { generateSpec } from '../../../src/oci/spec.js';
import type { Spec } from '../../../src/oci/types.js';
import { SHARE_ALL } from '../../../src/state/labels.js';
import { loggerUri } from '../../../src/task/logger-path.js';
import { memberSpec } from '../../../src/container/member.js';
import {
  formatNamespaceModes,
  parseNamespaceModes,
  parseNamespaceModesLabel,
  withStandaloneNamespaces,
} from '../../../src/container/namespace-modes.js';
import { anchoredSpec } from '../../../src/container/task-start.js';
import { runtimeSpecErrors } from '../oci/_runtime-schema.js';

const POD_ID = 'a'.repeat(64);
const nsOf = (s: Spec) => Object.fromEntries((s.linux?.namespaces ?? []).map((n) => [n.type, n.path ?? 'fresh']));
const group = (s: Spec) => s.annotations?.['io.containerd.runc.v2.group'];

const member = (pid?: number) =>
  memberSpec({
    id: 'm1',
    namespace: 'ns',
    pod: { id: POD_ID, share: SHARE_ALL, ...(pid === undefined ? {} : { pid }) },
    imageConfig: { Cmd: ['sh'] },
    overrides: {},
    userFiles: {},
    mounts: [],
    readOnly: false,
  });

test('a member created without a pause PID has fresh namespaces, its pod group, and a valid spec', (t) => {
  const spec = member();
  t.deepEqual(runtimeSpecErrors(spec), []);
  t.deepEqual(nsOf(spec), { pid: 'fresh', ipc: 'fresh', uts: 'fresh', mount: 'fresh', network: 'fresh' });
  t.is(group(spec), POD_ID);
});

test("start points a member at the pod's pause PID of that moment", (t) => {
  const stored = member();
  const spec = anchoredSpec({ id: 'm1', spec: stored }, { pod: { id: POD_ID, pid: 4242, share: SHARE_ALL } });
  t.deepEqual(nsOf(spec!), {
    pid: '/proc/4242/ns/pid',
    ipc: '/proc/4242/ns/ipc',
    uts: '/proc/4242/ns/uts',
    mount: 'fresh',
    network: '/proc/4242/ns/net',
  });
  t.deepEqual(runtimeSpecErrors(spec!), []);
  // A later start, after pod start: the new PID, never the old one.
  const later = anchoredSpec(
    { id: 'm1', spec: spec },
    { pod: { id: POD_ID, pid: 5000, share: { ...SHARE_ALL, pid: false } } },
  );
  t.deepEqual(nsOf(later!), {
    pid: 'fresh',
    ipc: '/proc/5000/ns/ipc',
    uts: '/proc/5000/ns/uts',
    mount: 'fresh',
    network: '/proc/5000/ns/net',
  });
});

test('a standalone container: joins are placeholders at create, resolved at start; nothing to rewrite without joins', (t) => {
  const modes = parseNamespaceModes({ net: 'container:pause', pid: 'container:pause', ipc: 'host' });
  const stored = generateSpec({ id: 'c1', namespace: 'ns' }, withStandaloneNamespaces(modes));
  t.deepEqual(nsOf(stored), { pid: 'fresh', uts: 'fresh', mount: 'fresh', network: 'fresh' });
  const spec = anchoredSpec(
    { id: 'c1', spec: stored },
    { modes, targets: new Map([['pause', { pid: 77, group: 'pause' }]]) },
  );
  t.deepEqual(nsOf(spec!), { pid: '/proc/77/ns/pid', uts: 'fresh', mount: 'fresh', network: '/proc/77/ns/net' });
  t.is(group(spec!), 'pause');
  const own = parseNamespaceModes({ net: 'host' });
  t.is(
    anchoredSpec(
      { id: 'c2', spec: generateSpec({ id: 'c2', namespace: 'ns' }, withStandaloneNamespaces(own)) },
      { modes: own, targets: new Map() },
    ),
    undefined,
  );
});

test('namespace modes round-trip through their label; a label that does not parse means namespaces of its own, network none', (t) => {
  for (const flags of [
    {},
    { net: 'none' },
    { net: 'bridge' },
    { net: 'mynet' },
    { net: 'host', uts: 'host' },
    { net: 'container:a', pid: 'container:b', ipc: 'shareable' },
  ]) {
    const modes = parseNamespaceModes(flags);
    t.deepEqual(parseNamespaceModesLabel(formatNamespaceModes(modes)), modes, JSON.stringify(flags));
  }
  t.deepEqual(parseNamespaceModesLabel('net=container:bad/name'), parseNamespaceModes({ net: 'none' }));
  t.deepEqual(parseNamespaceModesLabel(undefined), parseNamespaceModes({ net: 'none' }));
  t.deepEqual(parseNamespaceModes({}).net, { kind: 'cni', network: 'podctl' }, "bridge, podctl's network, by default");
});

test('the logger URI carries an on-exit command, one argument a line, percent-encoded', (t) => {
  const uri = loggerUri('/var/lib/podctl/logs/ns/c1/container.log', {
    binary: '/opt/podctl-logger',
    onExit: ['/usr/bin/node', '/opt/podctl/bin/podctl.cjs', 'rm', '--auto', 'c1'],
  });
  const url = new URL(uri);
  t.is(url.protocol, 'binary:');
  t.is(url.pathname, '/opt/podctl-logger');
  t.is(url.searchParams.get('path'), '/var/lib/podctl/logs/ns/c1/container.log');
  t.is(url.searchParams.get('on-exit'), '/usr/bin/node\n/opt/podctl/bin/podctl.cjs\nrm\n--auto\nc1');
  t.false(uri.includes('\n'));
  t.is(new URL(loggerUri('/l/container.log', { binary: '/b' })).searchParams.get('on-exit'), null);
});

test('a container on a CNI network keeps its pinned netns when start points its other joins at a PID', (t) => {
  const modes = parseNamespaceModes({ pid: 'container:x' });
  const networkId = 'b'.repeat(64);
  const stored = generateSpec({ id: 'c3', namespace: 'ns' }, withStandaloneNamespaces(modes, undefined, networkId));
  t.regex(nsOf(stored).network ?? '', new RegExp(`${networkId}$`), 'the pinned netns from create on');
  const spec = anchoredSpec(
    { id: 'c3', spec: stored },
    { modes, targets: new Map([['x', { pid: 88, group: 'x' }]]), networkId },
  );
  t.is(nsOf(spec!).network, nsOf(stored).network);
  t.is(nsOf(spec!).pid, '/proc/88/ns/pid');
});
