// The default seccomp profile, and users' profile files.
import test from 'ava';
import { isUnimplemented } from '../../../src/errors.js';
import { DEFAULT_CAPABILITIES } from '../../../src/oci/defaults.js';
import {
  defaultSeccompProfile,
  hostSeccompArch,
  kernelAtLeast,
  parseSeccompProfile,
  resolveSeccompProfile,
  withDefaultSeccomp,
} from '../../../src/oci/seccomp.js';
import { withCapabilities, withPrivileged } from '../../../src/oci/security.js';
import { generateSpec } from '../../../src/oci/spec.js';
import type { Seccomp } from '../../../src/oci/types.js';
import { throwsInvalid } from './_helpers.js';
import { runtimeSpecErrors } from './_runtime-schema.js';

/** What the profile does with a syscall whose arguments match no filter. */
const verdict = (p: Seccomp, name: string) => {
  const rules = (p.syscalls ?? []).filter((s) => s.names.includes(name));
  if (rules.some((r) => r.action === 'SCMP_ACT_ALLOW' && !r.args)) return 'allow';
  if (rules.some((r) => r.action === 'SCMP_ACT_ALLOW')) return 'filtered';
  const errno = rules.find((r) => r.action === 'SCMP_ACT_ERRNO');
  return errno ? `errno ${errno.errnoRet}` : `default ${p.defaultAction} ${p.defaultErrnoRet}`;
};
const profile = (caps: readonly string[] = DEFAULT_CAPABILITIES, kernel = '6.8.0-45-generic') =>
  defaultSeccompProfile(caps, 'amd64', kernel);

test('the default profile denies mount with EPERM; CAP_SYS_ADMIN allows it', (t) => {
  t.is(verdict(profile(), 'mount'), 'default SCMP_ACT_ERRNO 1');
  t.is(verdict(profile([...DEFAULT_CAPABILITIES, 'CAP_SYS_ADMIN']), 'mount'), 'allow');
  t.is(verdict(profile(['SYS_ADMIN']), 'umount2'), 'allow');
  t.is(verdict(profile(['sys_admin']), 'unshare'), 'allow');
});

test('without CAP_SYS_ADMIN, clone may not make namespaces and clone3 is ENOSYS', (t) => {
  const p = profile();
  t.is(verdict(p, 'clone'), 'filtered');
  t.deepEqual(p.syscalls!.find((s) => s.names[0] === 'clone')!.args, [
    { index: 0, value: 0x7e020000, valueTwo: 0, op: 'SCMP_CMP_MASKED_EQ' },
  ]);
  t.is(verdict(p, 'clone3'), 'errno 38');
  const admin = profile(['CAP_SYS_ADMIN']);
  t.is(verdict(admin, 'clone'), 'allow');
  t.is(verdict(admin, 'clone3'), 'allow');
});

test('capability rules: boot, ptrace helpers, module, time, nice, bpf, perfmon, syslog', (t) => {
  t.is(verdict(profile(), 'reboot'), 'default SCMP_ACT_ERRNO 1');
  t.is(verdict(profile(['SYS_BOOT']), 'reboot'), 'allow');
  t.is(verdict(profile(), 'kcmp'), 'default SCMP_ACT_ERRNO 1');
  t.is(verdict(profile(['SYS_PTRACE']), 'kcmp'), 'allow');
  t.is(verdict(profile(['SYS_MODULE']), 'finit_module'), 'allow');
  t.is(verdict(profile(['SYS_TIME']), 'clock_settime'), 'allow');
  t.is(verdict(profile(['SYS_NICE']), 'mbind'), 'allow');
  t.is(verdict(profile(['BPF']), 'bpf'), 'allow');
  t.is(verdict(profile(['PERFMON']), 'perf_event_open'), 'allow');
  t.is(verdict(profile(['SYSLOG']), 'syslog'), 'allow');
  t.is(verdict(profile(), 'chroot'), 'allow'); // CAP_SYS_CHROOT is a default capability
  t.is(verdict(profile([]), 'chroot'), 'default SCMP_ACT_ERRNO 1');
});

test('ptrace is allowed from kernel 4.8 on, else only with CAP_SYS_PTRACE', (t) => {
  t.is(verdict(profile(DEFAULT_CAPABILITIES, '4.8.0'), 'ptrace'), 'allow');
  t.is(verdict(profile(DEFAULT_CAPABILITIES, '4.4.0-210-generic'), 'ptrace'), 'default SCMP_ACT_ERRNO 1');
  t.is(verdict(profile(['SYS_PTRACE'], '4.4.0'), 'ptrace'), 'allow');
  t.is(verdict(profile(DEFAULT_CAPABILITIES, 'unknown'), 'ptrace'), 'default SCMP_ACT_ERRNO 1');
});

test('socket is allowed except for AF_VSOCK; personality only for the usual personas', (t) => {
  const p = profile();
  t.deepEqual(
    p.syscalls!.filter((s) => s.names.includes('socket')).map((s) => s.args),
    [[{ index: 0, value: 40, op: 'SCMP_CMP_NE' }]],
  );
  t.deepEqual(
    p.syscalls!.filter((s) => s.names.includes('personality')).map((s) => s.args![0]!.value),
    [0, 8, 0x20000, 0x20008, 0xffffffff],
  );
  t.is(verdict(p, 'read'), 'allow');
  t.is(verdict(p, 'io_uring_setup'), 'allow');
});

test('architectures and arch-only syscalls', (t) => {
  const amd = defaultSeccompProfile([], 'amd64', '6.8');
  const arm = defaultSeccompProfile([], 'arm64', '6.8');
  t.deepEqual(amd.architectures, ['SCMP_ARCH_X86_64', 'SCMP_ARCH_X86', 'SCMP_ARCH_X32']);
  t.deepEqual(arm.architectures, ['SCMP_ARCH_ARM', 'SCMP_ARCH_AARCH64']);
  t.is(verdict(amd, 'arch_prctl'), 'allow');
  t.is(verdict(arm, 'arch_prctl'), 'default SCMP_ACT_ERRNO 1');
  t.is(verdict(arm, 'set_tls'), 'allow');
});

test('the host arch: x64 and arm64 are known, others unimplemented', (t) => {
  t.is(hostSeccompArch('x64'), 'amd64');
  t.is(hostSeccompArch('arm64'), 'arm64');
  t.true(isUnimplemented(t.throws(() => hostSeccompArch('riscv64'))));
  t.notThrows(() => defaultSeccompProfile([]));
});

test('kernelAtLeast compares major.minor', (t) => {
  t.true(kernelAtLeast('4.8.0', '4.8'));
  t.true(kernelAtLeast('5.0', '4.8'));
  t.true(kernelAtLeast('4.10.3-foo', '4.8'));
  t.false(kernelAtLeast('4.7.9', '4.8'));
  t.false(kernelAtLeast('3.99', '4.8'));
  t.false(kernelAtLeast('', '4.8'));
});

test('an unknown capability is invalid-argument', (t) => {
  throwsInvalid(t, () => defaultSeccompProfile(['CAP_WIZARD'], 'amd64', '6.8'), /unknown capability "CAP_WIZARD"/);
});

test('withDefaultSeccomp follows the capabilities set before it, and is schema-valid', (t) => {
  const spec = generateSpec('c', withCapabilities(['SYS_ADMIN']), withDefaultSeccomp('amd64', '6.8'));
  t.is(verdict(spec.linux!.seccomp!, 'mount'), 'allow');
  t.deepEqual(runtimeSpecErrors(spec), []);
  const privileged = generateSpec('c', withPrivileged(), withDefaultSeccomp('arm64', '6.8'));
  t.is(verdict(privileged.linux!.seccomp!, 'reboot'), 'allow');
  t.deepEqual(runtimeSpecErrors(privileged), []);
});

const rejects = test.macro({
  exec(t, input: unknown, message: string) {
    throwsInvalid(
      t,
      () => parseSeccompProfile(input),
      new RegExp(`^invalid seccomp profile: ${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
    );
  },
  title: (provided = '') => `a profile file with ${provided} is refused in one line`,
});
const ok = { defaultAction: 'SCMP_ACT_ERRNO' };
test('bad JSON', rejects, '{"defaultAction":', 'not JSON: Unexpected end of JSON input');
test('no defaultAction', rejects, {}, 'defaultAction: required');
test(
  'an unknown action',
  rejects,
  { defaultAction: 'SCMP_ACT_NOPE' },
  'defaultAction: expected one of SCMP_ACT_KILL, SCMP_ACT_KILL_PROCESS, SCMP_ACT_KILL_THREAD, SCMP_ACT_TRAP, SCMP_ACT_ERRNO, SCMP_ACT_TRACE, SCMP_ACT_ALLOW, SCMP_ACT_LOG, SCMP_ACT_NOTIFY, got "SCMP_ACT_NOPE"',
);
test('a misspelt field', rejects, { ...ok, syscals: [] }, 'unknown field syscals');
test(
  'a syscall with no names',
  rejects,
  { ...ok, syscalls: [{ action: 'SCMP_ACT_ALLOW' }] },
  "syscalls[0]: give either 'names' or 'name'",
);
test(
  'empty names',
  rejects,
  { ...ok, syscalls: [{ names: [], action: 'SCMP_ACT_ALLOW' }] },
  'syscalls[0].names: names must not be empty',
);
test(
  'a bad operator',
  rejects,
  { ...ok, syscalls: [{ names: ['x'], action: 'SCMP_ACT_ALLOW', args: [{ index: 0, value: 1, op: 'EQ' }] }] },
  'syscalls[0].args[0].op: expected one of SCMP_CMP_NE, SCMP_CMP_LT, SCMP_CMP_LE, SCMP_CMP_EQ, SCMP_CMP_GE, SCMP_CMP_GT, SCMP_CMP_MASKED_EQ, got "EQ"',
);
test(
  'an argument index past 5',
  rejects,
  { ...ok, syscalls: [{ names: ['x'], action: 'SCMP_ACT_ALLOW', args: [{ index: 6, value: 1, op: 'SCMP_CMP_EQ' }] }] },
  'syscalls[0].args[0].index: must be at most 5, got 6',
);
test('a negative errnoRet', rejects, { ...ok, defaultErrnoRet: -1 }, 'defaultErrnoRet: must not be negative, got -1');
test(
  'an unknown architecture',
  rejects,
  { ...ok, architectures: ['SCMP_ARCH_Z80'] },
  'architectures[0]: expected one of SCMP_ARCH_X86, SCMP_ARCH_X86_64, SCMP_ARCH_X32, SCMP_ARCH_ARM, SCMP_ARCH_AARCH64, SCMP_ARCH_LOONGARCH64, SCMP_ARCH_M68K, SCMP_ARCH_MIPS, SCMP_ARCH_MIPS64, SCMP_ARCH_MIPS64N32, SCMP_ARCH_MIPSEL, SCMP_ARCH_MIPSEL64, SCMP_ARCH_MIPSEL64N32, SCMP_ARCH_PPC, SCMP_ARCH_PPC64, SCMP_ARCH_PPC64LE, SCMP_ARCH_S390, SCMP_ARCH_S390X, SCMP_ARCH_SH, SCMP_ARCH_SHEB, SCMP_ARCH_PARISC, SCMP_ARCH_PARISC64, SCMP_ARCH_RISCV64, got "SCMP_ARCH_Z80"',
);
test(
  'both architectures and archMap',
  rejects,
  { ...ok, architectures: ['SCMP_ARCH_X86_64'], archMap: [{ architecture: 'SCMP_ARCH_X86_64' }] },
  "give either 'architectures' or 'archMap'",
);
test(
  'a bad minKernel',
  rejects,
  { ...ok, syscalls: [{ names: ['x'], action: 'SCMP_ACT_ALLOW', includes: { minKernel: 'five' } }] },
  'syscalls[0].includes.minKernel: expected a kernel version such as "4.8"',
);
test('a document that is not an object', rejects, '[]', 'expected object, got []');

test('an OCI-format profile resolves to itself', (t) => {
  const text = JSON.stringify({
    defaultAction: 'SCMP_ACT_ERRNO',
    defaultErrnoRet: 1,
    architectures: ['SCMP_ARCH_X86_64'],
    flags: ['SECCOMP_FILTER_FLAG_LOG'],
    syscalls: [
      { names: ['read', 'write'], action: 'SCMP_ACT_ALLOW' },
      {
        names: ['clone'],
        action: 'SCMP_ACT_ALLOW',
        args: [{ index: 0, value: 1, valueTwo: 0, op: 'SCMP_CMP_MASKED_EQ' }],
      },
    ],
  });
  const file = parseSeccompProfile(new TextEncoder().encode(text));
  t.deepEqual(resolveSeccompProfile(file, { capabilities: [], arch: 'amd64', kernel: '6.8' }), JSON.parse(text));
});

test('a docker-format profile resolves against capabilities, arch and kernel', (t) => {
  const file = parseSeccompProfile({
    defaultAction: 'SCMP_ACT_ERRNO',
    archMap: [
      { architecture: 'SCMP_ARCH_X86_64', subArchitectures: ['SCMP_ARCH_X86', 'SCMP_ARCH_X32'] },
      { architecture: 'SCMP_ARCH_AARCH64', subArchitectures: ['SCMP_ARCH_ARM'] },
    ],
    syscalls: [
      { names: ['read'], action: 'SCMP_ACT_ALLOW', args: [], comment: '', includes: {}, excludes: {} },
      { name: 'mount', action: 'SCMP_ACT_ALLOW', includes: { caps: ['CAP_SYS_ADMIN'] } },
      { names: ['arch_prctl'], action: 'SCMP_ACT_ALLOW', includes: { arches: ['amd64', 'x32'] } },
      { names: ['ptrace'], action: 'SCMP_ACT_ALLOW', includes: { minKernel: '4.8' } },
      { names: ['clone3'], action: 'SCMP_ACT_ERRNO', errnoRet: 38, excludes: { caps: ['CAP_SYS_ADMIN'] } },
      { names: ['vm86'], action: 'SCMP_ACT_ALLOW', excludes: { arches: ['amd64'] } },
      { names: ['old'], action: 'SCMP_ACT_ALLOW', excludes: { minKernel: '5.0' } },
    ],
  });
  const names = (p: Seccomp) => p.syscalls!.map((s) => s.names.join());
  const plain = resolveSeccompProfile(file, { capabilities: DEFAULT_CAPABILITIES, arch: 'amd64', kernel: '6.8.0' });
  t.deepEqual(plain.architectures, ['SCMP_ARCH_X86_64', 'SCMP_ARCH_X86', 'SCMP_ARCH_X32']);
  t.deepEqual(names(plain), ['read', 'arch_prctl', 'ptrace', 'clone3']);
  t.deepEqual(plain.syscalls![3], { names: ['clone3'], action: 'SCMP_ACT_ERRNO', errnoRet: 38 });
  const admin = resolveSeccompProfile(file, { capabilities: ['SYS_ADMIN'], arch: 'arm64', kernel: '4.4' });
  t.deepEqual(admin.architectures, ['SCMP_ARCH_AARCH64', 'SCMP_ARCH_ARM']);
  t.deepEqual(names(admin), ['read', 'mount', 'vm86', 'old']);
});
