// Namespace options: fresh, joined, host, and a pod member's set.
import test from 'ava';
import {
  namespacePath,
  withHostNamespace,
  withNamespacePath,
  withNewNamespace,
  withPodNamespaces,
} from '../../../src/oci/namespaces.js';
import { generateSpec } from '../../../src/oci/spec.js';
import type { NamespaceType, Spec } from '../../../src/oci/types.js';
import { throwsInvalid } from './_helpers.js';

const namespaces = (spec: Spec) => spec.linux?.namespaces;

test('namespacePath names the /proc/<pid>/ns file of each type', (t) => {
  const files: Record<NamespaceType, string> = {
    pid: 'pid',
    network: 'net',
    mount: 'mnt',
    ipc: 'ipc',
    uts: 'uts',
    user: 'user',
    cgroup: 'cgroup',
    time: 'time',
  };
  for (const [type, file] of Object.entries(files))
    t.is(namespacePath(42, type as NamespaceType), `/proc/42/ns/${file}`);
  throwsInvalid(t, () => namespacePath(0, 'pid'), /pid must be an integer from 1/);
});

test('withNamespacePath sets the path of an existing entry in place', (t) => {
  t.deepEqual(namespaces(generateSpec('c', withNamespacePath('network', '/run/netns/p1'))), [
    { type: 'pid' },
    { type: 'ipc' },
    { type: 'uts' },
    { type: 'mount' },
    { type: 'network', path: '/run/netns/p1' },
  ]);
});

test('withNamespacePath appends a type the spec lacks', (t) => {
  const spec = generateSpec('c', withHostNamespace('pid'), withNamespacePath('pid', '/proc/9/ns/pid'));
  t.deepEqual(namespaces(spec)?.at(-1), { type: 'pid', path: '/proc/9/ns/pid' });
  t.is(namespaces(spec)?.length, 5);
});

test('withNamespacePath refuses a relative path and an unknown type', (t) => {
  throwsInvalid(t, () => withNamespacePath('network', 'netns'), /must be an absolute path/);
  throwsInvalid(t, () => withNamespacePath('bogus' as NamespaceType, '/x'), /unknown namespace type "bogus"/);
  throwsInvalid(t, () => withNewNamespace('bogus' as NamespaceType), /unknown namespace type/);
  throwsInvalid(t, () => withHostNamespace('net' as NamespaceType), /unknown namespace type "net"/);
});

test('withNewNamespace drops a path, or adds a namespace (user, cgroup)', (t) => {
  const spec = generateSpec(
    'c',
    withNamespacePath('ipc', '/proc/1/ns/ipc'),
    withNewNamespace('ipc'),
    withNewNamespace('cgroup'),
  );
  t.deepEqual(namespaces(spec), [
    { type: 'pid' },
    { type: 'ipc' },
    { type: 'uts' },
    { type: 'mount' },
    { type: 'network' },
    { type: 'cgroup' },
  ]);
});

test('withHostNamespace removes the entry; a later option can bring it back', (t) => {
  t.deepEqual(namespaces(generateSpec('c', withHostNamespace('uts'))), [
    { type: 'pid' },
    { type: 'ipc' },
    { type: 'mount' },
    { type: 'network' },
  ]);
  t.is(namespaces(generateSpec('c', withHostNamespace('uts'), withNewNamespace('uts')))?.length, 5);
  t.is(namespaces(generateSpec('c', withHostNamespace('user')))?.length, 5);
});

const pod = test.macro({
  exec(
    t,
    share: { net: boolean; ipc: boolean; uts: boolean; pid: boolean },
    expected: Record<string, string | undefined>,
  ) {
    const spec = generateSpec('c', withPodNamespaces({ pausePid: 100, share }));
    t.deepEqual(Object.fromEntries(namespaces(spec)!.map((n) => [n.type, n.path])), expected);
  },
  title: (provided = '') => `withPodNamespaces: ${provided}`,
});
const all = { net: true, ipc: true, uts: true, pid: true };
test('everything shared', pod, all, {
  pid: '/proc/100/ns/pid',
  ipc: '/proc/100/ns/ipc',
  uts: '/proc/100/ns/uts',
  mount: undefined,
  network: '/proc/100/ns/net',
});
test(
  "own PID namespace (Kubernetes' default)",
  pod,
  { ...all, pid: false },
  {
    pid: undefined,
    ipc: '/proc/100/ns/ipc',
    uts: '/proc/100/ns/uts',
    mount: undefined,
    network: '/proc/100/ns/net',
  },
);
test(
  'only the network shared',
  pod,
  { net: true, ipc: false, uts: false, pid: false },
  {
    pid: undefined,
    ipc: undefined,
    uts: undefined,
    mount: undefined,
    network: '/proc/100/ns/net',
  },
);

test('withPodNamespaces follows a new pause PID, and refuses a bad one', (t) => {
  const spec = generateSpec(
    'c',
    withPodNamespaces({ pausePid: 1, share: all }),
    withPodNamespaces({ pausePid: 2, share: all }),
  );
  t.true(
    namespaces(spec)!
      .filter((n) => n.path)
      .every((n) => n.path!.startsWith('/proc/2/')),
  );
  throwsInvalid(t, () => withPodNamespaces({ pausePid: -5, share: all }), /pid must be/);
});
