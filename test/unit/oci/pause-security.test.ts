// The built-in pause's security: no capabilities, no_new_privileges, and a short allowlist on
// the native architecture; and sandboxSpec's choice between it and the default profile.
import test from 'ava';
import { DEFAULT_CAPABILITIES } from '../../../src/oci/defaults.js';
import { PAUSE_SYSCALLS, pauseSeccompProfile, withPauseSecurity } from '../../../src/oci/pause-security.js';
import { ALLOWED_SYSCALLS } from '../../../src/oci/seccomp-rules.js';
import { generateSpec, withHostname } from '../../../src/oci/spec.js';
import { sandboxSpec } from '../../../src/pod/sandbox.js';
import { runtimeSpecErrors } from './_runtime-schema.js';

test('the pause profile: native architecture only, EPERM for anything not listed, clone without namespaces, no clone3', (t) => {
  const profile = pauseSeccompProfile('amd64');
  t.is(profile.defaultAction, 'SCMP_ACT_ERRNO');
  t.is(profile.defaultErrnoRet, 1);
  t.deepEqual(profile.architectures, ['SCMP_ARCH_X86_64']);
  t.deepEqual(profile.syscalls?.[0], { names: [...PAUSE_SYSCALLS], action: 'SCMP_ACT_ALLOW' });
  const clone = profile.syscalls?.find((r) => r.names.includes('clone'));
  t.is(clone?.args?.[0]?.op, 'SCMP_CMP_MASKED_EQ');
  t.is(clone?.args?.[0]?.valueTwo, 0);
  t.deepEqual(
    profile.syscalls?.find((r) => r.names.includes('clone3')),
    { names: ['clone3'], action: 'SCMP_ACT_ERRNO', errnoRet: 38 },
  );
  t.deepEqual(pauseSeccompProfile('arm64').architectures, ['SCMP_ARCH_AARCH64']);
});

test('the pause profile holds what pause and the end of runc init need, and nothing that changes the system', (t) => {
  // strace of native/pause/pause.c (static glibc), then what runc does after loading the filter.
  for (const name of [
    'execve',
    'arch_prctl',
    'brk',
    'set_tid_address',
    'set_robust_list',
    'rseq',
    'prlimit64',
    'readlink',
    'getrandom',
    'mprotect',
    'rt_sigaction',
    'rt_sigreturn',
    'wait4',
    'getpid',
    'write',
    'pause',
    'exit_group',
    'futex',
    'fstatfs',
    'close',
  ]) {
    t.true(PAUSE_SYSCALLS.includes(name), name);
  }
  for (const name of [
    'mount',
    'umount2',
    'ptrace',
    'socket',
    'connect',
    'bpf',
    'unshare',
    'setns',
    'kill',
    'open_by_handle_at',
    'keyctl',
    'init_module',
    'reboot',
    'chroot',
    'pivot_root',
    'clone',
    'clone3',
    'setuid',
    'capset',
  ]) {
    t.false(PAUSE_SYSCALLS.includes(name), name);
  }
  t.is(new Set(PAUSE_SYSCALLS).size, PAUSE_SYSCALLS.length, 'each once');
  const unknown = PAUSE_SYSCALLS.filter((n) => !ALLOWED_SYSCALLS.includes(n) && n !== 'arch_prctl');
  t.deepEqual(
    unknown,
    [],
    'all of them are in the default profile too (arch_prctl among its amd64 ones): the pause profile only narrows it',
  );
});

test('withPauseSecurity: empty capability sets and no_new_privileges; valid per the schema', (t) => {
  const spec = generateSpec('p', withPauseSecurity('amd64'));
  t.deepEqual(spec.process?.capabilities, { bounding: [], effective: [], permitted: [] });
  t.true(spec.process?.noNewPrivileges);
  t.deepEqual(runtimeSpecErrors(spec), []);
});

const input = {
  id: 'p',
  namespace: 'default',
  podId: 'a'.repeat(64),
  hostnameOpt: withHostname('p'),
  network: 'none' as const,
  imageConfig: { Entrypoint: ['/pause'] },
};

test("sandboxSpec: podctl's pause runs with the pause profile; any other infra image with the default profile", (t) => {
  const own = sandboxSpec({ ...input, builtinPause: true });
  t.deepEqual(own.linux?.seccomp?.architectures?.length, 1);
  t.deepEqual(own.process?.capabilities?.bounding, []);
  t.true(own.process?.noNewPrivileges);
  t.deepEqual(runtimeSpecErrors(own), []);
  const other = sandboxSpec(input);
  t.deepEqual(other.process?.capabilities?.bounding, DEFAULT_CAPABILITIES);
  t.not(other.process?.noNewPrivileges, true);
  t.true((other.linux?.seccomp?.syscalls?.[0]?.names.length ?? 0) > 200, 'the default profile');
  t.deepEqual(runtimeSpecErrors(other), []);
});
