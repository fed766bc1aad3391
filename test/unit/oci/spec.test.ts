// generateSpec and the options that live beside it: ordering, sub-object creation, annotations,
// hostname, cgroups path, seccomp and root.
import test from 'ava';
import {
  composeOpts,
  defaultCgroupsPath,
  defaultSpec,
  generateSpec,
  POD_GROUP_ANNOTATION,
  withAnnotations,
  withCgroupsPath,
  withHostname,
  withPodGroup,
  withReadonlyRootfs,
  withSeccomp,
  type SpecOpt,
} from '../../../src/oci/spec.js';
import { withCwd, withProcessArgs, withUser } from '../../../src/oci/process.js';
import { withMemoryLimit } from '../../../src/oci/resources.js';
import { withNewNamespace } from '../../../src/oci/namespaces.js';
import type { Seccomp, Spec } from '../../../src/oci/types.js';
import { throwsInvalid } from './_helpers.js';

const invalid = throwsInvalid;

test('generateSpec applies the options in order: a later one wins', (t) => {
  const spec = generateSpec('c', withProcessArgs('a'), withCwd('/x'), withProcessArgs('b'));
  t.deepEqual(spec.process?.args, ['b']);
  t.is(spec.process?.cwd, '/x');
});

test('generateSpec takes a namespace for the cgroups path', (t) => {
  t.is(generateSpec({ id: 'c', namespace: 'ci' }).linux?.cgroupsPath, '/ci/c');
  t.is(generateSpec('c').linux?.cgroupsPath, '/default/c');
  t.deepEqual(generateSpec('c'), defaultSpec('c'));
});

test("container IDs and namespaces follow containerd's identifier rules", (t) => {
  t.is(defaultCgroupsPath('k8s.io', 'a-b_c.1'), '/k8s.io/a-b_c.1');
  invalid(t, () => defaultSpec('../etc'), /invalid container ID "\.\.\/etc"/);
  invalid(t, () => defaultSpec('c', 'a/b'), /invalid namespace "a\/b"/);
  invalid(t, () => defaultSpec(''), /invalid container ID ""/);
  invalid(t, () => defaultSpec('x'.repeat(77)), /1 to 76/);
});

test('composeOpts is its options in order', (t) => {
  const spec = generateSpec('c', composeOpts(withProcessArgs('a'), withProcessArgs('b')));
  t.deepEqual(spec.process?.args, ['b']);
});

test('options create the sub-objects they need on a bare spec', (t) => {
  const spec: Spec = { ociVersion: '1.0.2-dev' };
  const opts: SpecOpt[] = [
    withUser(1, 2),
    withMemoryLimit(8 << 20),
    withNewNamespace('pid'),
    withReadonlyRootfs(),
    withHostname('h'),
  ];
  for (const opt of opts) opt(spec);
  t.deepEqual(spec, {
    ociVersion: '1.0.2-dev',
    process: { user: { uid: 1, gid: 2 }, cwd: '/' },
    linux: { resources: { memory: { limit: 8 << 20 } }, namespaces: [{ type: 'pid' }] },
    root: { path: 'rootfs', readonly: true },
    hostname: 'h',
  });
});

test('withHostname: 1 to 64 letters, digits, dots, hyphens and underscores, alphanumeric at both ends', (t) => {
  t.is(generateSpec('c', withHostname('a'.repeat(64))).hostname, 'a'.repeat(64));
  t.is(generateSpec('c', withHostname('web-1.my_pod')).hostname, 'web-1.my_pod');
  invalid(t, () => withHostname(''), /invalid hostname/);
  invalid(t, () => withHostname('a'.repeat(65)), /1 to 64 letters/);
  for (const bad of ['bad_host!', '-web', 'web.', 'a b', 'a\0b'])
    invalid(t, () => withHostname(bad), /invalid hostname/);
});

test('withAnnotations merges; a key given again takes the new value', (t) => {
  const spec = generateSpec('c', withAnnotations({ a: '1', b: '2' }), withAnnotations({ b: '3' }));
  t.deepEqual(spec.annotations, { a: '1', b: '3' });
  invalid(t, () => withAnnotations({ '': 'x' }), /must not be empty/);
});

test('withPodGroup sets the runc v2 shim group annotation to the pod ID', (t) => {
  t.is(POD_GROUP_ANNOTATION, 'io.containerd.runc.v2.group');
  t.deepEqual(generateSpec('c', withAnnotations({ x: 'y' }), withPodGroup('pod-1')).annotations, {
    x: 'y',
    'io.containerd.runc.v2.group': 'pod-1',
  });
  invalid(t, () => withPodGroup('a b'), /invalid pod ID/);
});

test('withCgroupsPath replaces the default path', (t) => {
  t.is(generateSpec('c', withCgroupsPath('/podctl/c')).linux?.cgroupsPath, '/podctl/c');
  invalid(t, () => withCgroupsPath(''), /must not be empty/);
});

test('withSeccomp sets a copy of the profile; unconfined removes it', (t) => {
  const profile: Seccomp = {
    defaultAction: 'SCMP_ACT_ALLOW',
    syscalls: [{ names: ['reboot'], action: 'SCMP_ACT_ERRNO' }],
  };
  const spec = generateSpec('c', withSeccomp(profile));
  t.deepEqual(spec.linux?.seccomp, profile);
  t.not(spec.linux?.seccomp, profile);
  t.is(generateSpec('c', withSeccomp(profile), withSeccomp('unconfined')).linux?.seccomp, undefined);
  t.false('seccomp' in generateSpec('c', withSeccomp('unconfined')).linux!);
});

test('withReadonlyRootfs(false) makes the root writable again', (t) => {
  t.deepEqual(generateSpec('c', withReadonlyRootfs(), withReadonlyRootfs(false)).root, { path: 'rootfs' });
});

test('a bad argument throws when the option is made, before any spec', (t) => {
  invalid(t, () => withCwd('relative'), /must be an absolute path/);
});
