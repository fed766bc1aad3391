// podctl's defaults against containerd's, transcribed separately in _containerd-fixture.ts: a
// drift from containerd shows up here as a failing test, not as a surprise on a host.
import test from 'ava';
import { defaultSeccompProfile } from '../../../src/oci/seccomp.js';
import { defaultSpec, generateSpec } from '../../../src/oci/spec.js';
import type { SeccompSyscall } from '../../../src/oci/types.js';
import { containerd, containerdSeccomp } from './_containerd-fixture.js';
import { runtimeSpecErrors } from './_runtime-schema.js';

const spec = defaultSpec('web', 'ns1');

test("the default spec is containerd 1.6's: version, root, cwd, user", (t) => {
  t.is(spec.ociVersion, containerd.ociVersion);
  t.deepEqual(spec.root, { path: containerd.rootPath });
  t.is(spec.process?.cwd, containerd.cwd);
  t.deepEqual(spec.process?.user, containerd.user);
});

test("capabilities: containerd's set, bounding = effective = permitted, no inheritable or ambient", (t) => {
  const caps = spec.process?.capabilities;
  t.deepEqual(caps, {
    bounding: containerd.defaultUnixCaps,
    effective: containerd.defaultUnixCaps,
    permitted: containerd.defaultUnixCaps,
  });
});

test('rlimits: RLIMIT_NOFILE 1024/1024', (t) => {
  t.deepEqual(spec.process?.rlimits, containerd.rlimits);
});

test("mounts: containerd's list, in order, with the same options", (t) => {
  t.deepEqual(spec.mounts, containerd.defaultMounts);
});

test("masked and read-only paths: containerd's lists, in order", (t) => {
  t.deepEqual(spec.linux?.maskedPaths, containerd.maskedPaths);
  t.deepEqual(spec.linux?.readonlyPaths, containerd.readonlyPaths);
});

test('namespaces, device cgroup and cgroups path', (t) => {
  t.deepEqual(
    spec.linux?.namespaces,
    containerd.namespaces.map((type) => ({ type })),
  );
  t.deepEqual(spec.linux?.resources, { devices: containerd.devices });
  t.is(spec.linux?.cgroupsPath, containerd.cgroupsPath('ns1', 'web'));
  t.is(generateSpec('web').linux?.cgroupsPath, containerd.cgroupsPath('default', 'web'));
});

test("the deliberate differences: noNewPrivileges starts false (docker's default), PATH is set", (t) => {
  t.true(containerd.noNewPrivileges);
  t.false(spec.process?.noNewPrivileges);
  // containerd's default spec has no env; ctr and the CRI add this PATH (WithDefaultPathEnv).
  t.deepEqual(spec.process?.env, ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin']);
});

test('the default spec validates against the runtime-spec schema', (t) => {
  t.deepEqual(runtimeSpecErrors(spec), []);
});

test('each spec is a fresh object: changing one leaves the next alone', (t) => {
  const first = defaultSpec('a');
  first.mounts![0]!.options!.push('ro');
  first.process!.capabilities!.bounding!.pop();
  t.deepEqual(defaultSpec('a').mounts, containerd.defaultMounts);
  t.deepEqual(defaultSpec('a').process?.capabilities?.bounding, containerd.defaultUnixCaps);
});

const rule = (syscalls: SeccompSyscall[], name: string) => syscalls.filter((s) => s.names.includes(name));

for (const arch of ['amd64', 'arm64'] as const) {
  test(`seccomp (${arch}): containerd's rules for the default capabilities, in containerd's order`, (t) => {
    const profile = defaultSeccompProfile(containerd.defaultUnixCaps, arch, '6.8.0');
    t.is<string, string>(profile.defaultAction, containerdSeccomp.defaultAction);
    t.deepEqual(profile.architectures, containerdSeccomp.arches[arch]);
    const allow = (names: string[]) => ({ names, action: 'SCMP_ACT_ALLOW' });
    t.deepEqual<unknown, unknown>(profile.syscalls, [
      allow(containerdSeccomp.allowed),
      { ...allow(['socket']), args: [containerdSeccomp.socket] },
      ...containerdSeccomp.personality.map((value) => ({
        ...allow(['personality']),
        args: [{ index: 0, value, op: 'SCMP_CMP_EQ' }],
      })),
      allow(containerdSeccomp.ptraceFromKernel48),
      allow(containerdSeccomp.byArch[arch]),
      allow(containerdSeccomp.byCap['CAP_SYS_CHROOT']!),
      { ...allow(['clone']), args: [containerdSeccomp.cloneMask] },
      { names: ['clone3'], action: 'SCMP_ACT_ERRNO', errnoRet: containerdSeccomp.clone3Errno },
    ]);
  });
}

test("seccomp: each capability adds containerd's syscalls for it", (t) => {
  for (const [cap, names] of Object.entries(containerdSeccomp.byCap)) {
    const profile = defaultSeccompProfile([cap], 'amd64', '6.8.0');
    t.true(
      profile.syscalls!.some(
        (s) => s.action === 'SCMP_ACT_ALLOW' && !s.args && JSON.stringify(s.names) === JSON.stringify(names),
      ),
      cap,
    );
  }
});

test('seccomp: the allow list has no duplicates and leaves out what needs a capability', (t) => {
  const allowed = new Set(containerdSeccomp.allowed);
  t.is(allowed.size, containerdSeccomp.allowed.length);
  for (const name of [
    'mount',
    'umount2',
    'unshare',
    'setns',
    'reboot',
    'bpf',
    'ptrace',
    'clone',
    'clone3',
    'socket',
    'personality',
  ]) {
    t.false(allowed.has(name), name);
  }
  const profile = defaultSeccompProfile([], 'amd64', '6.8.0');
  t.is(rule(profile.syscalls!, 'mount').length, 0);
});
