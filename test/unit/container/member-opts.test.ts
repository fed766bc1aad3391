// A member's spec under `podctl run` limit, security and mount flags: each combination is valid
// against the OCI runtime-spec schema and sets what the flags say, docker's way.
import test, { type ExecutionContext } from 'ava';
import { ALL_CAPABILITIES } from '../../../src/oci/capabilities.js';
import { DEFAULT_CAPABILITIES } from '../../../src/oci/defaults.js';
import type { MountRequest } from '../../../src/oci/mounts.js';
import { parseSeccompProfile } from '../../../src/oci/seccomp.js';
import type { Spec } from '../../../src/oci/types.js';
import { SHARE_ALL } from '../../../src/state/labels.js';
import { memberSpec } from '../../../src/container/member.js';
import {
  capabilitiesFromMask,
  memberSecurityOpts,
  readStopPolicy,
  STOP_LABELS,
  stopLabels,
  wantsAllCapabilities,
  type MemberSecurityOptions,
} from '../../../src/container/member-opts.js';
import { throwsInvalid } from '../oci/_helpers.js';
import { runtimeSpecErrors } from '../oci/_runtime-schema.js';

interface Flags {
  security?: MemberSecurityOptions;
  mounts?: MountRequest[];
  readOnly?: boolean;
}

const build = (f: Flags): Spec =>
  memberSpec({
    id: 'c1',
    namespace: 'ns',
    pod: { id: 'a'.repeat(64), pid: 4242, share: SHARE_ALL },
    imageConfig: { Cmd: ['sh'] },
    overrides: {},
    userFiles: {},
    mounts: f.mounts ?? [],
    readOnly: f.readOnly ?? false,
    ...(f.security ? { security: f.security } : {}),
  });

const profile = parseSeccompProfile({
  defaultAction: 'SCMP_ACT_ALLOW',
  syscalls: [{ names: ['mkdir'], action: 'SCMP_ACT_ERRNO', errnoRet: 1 }],
});
const caps = (s: Spec) => s.process?.capabilities;
const sameSets = (t: ExecutionContext, s: Spec, expected: readonly string[]) =>
  t.deepEqual(caps(s), { bounding: [...expected], effective: [...expected], permitted: [...expected] });
const allowed = (s: Spec, name: string) =>
  s.linux?.seccomp?.syscalls?.some((x) => x.action === 'SCMP_ACT_ALLOW' && !x.args && x.names.includes(name)) ?? false;
const mountAt = (s: Spec, destination: string) => s.mounts?.find((m) => m.destination === destination);

const flags = test.macro({
  exec(t, f: Flags, check: (t: ExecutionContext, spec: Spec) => void) {
    const spec = build(f);
    t.deepEqual(runtimeSpecErrors(spec), []);
    t.is(spec.annotations?.['io.containerd.runc.v2.group'], 'a'.repeat(64), 'still in the pod');
    check(t, spec);
  },
  title: (given = '') => `run ${given}: valid, and sets what it says`,
});

test('(no flags)', flags, {}, (t, s) => {
  sameSets(t, s, DEFAULT_CAPABILITIES);
  t.is(s.linux?.seccomp?.defaultAction, 'SCMP_ACT_ERRNO');
  t.is(s.linux?.resources?.memory, undefined);
  t.falsy(s.process?.noNewPrivileges);
  t.falsy(s.root?.readonly);
});
test('--memory 64m', flags, { security: { memoryBytes: 64 * 2 ** 20 } }, (t, s) =>
  t.is(s.linux?.resources?.memory?.limit, 67108864),
);
test('--cpus 1.5', flags, { security: { cpus: 1.5 } }, (t, s) =>
  t.like(s.linux?.resources?.cpu, { quota: 150000, period: 100000 }),
);
test('--pids-limit 100', flags, { security: { pidsLimit: 100 } }, (t, s) =>
  t.deepEqual(s.linux?.resources?.pids, { limit: 100 }),
);
test('--pids-limit -1', flags, { security: { pidsLimit: -1 } }, (t, s) => t.is(s.linux?.resources?.pids, undefined));
test('--pids-limit 0', flags, { security: { pidsLimit: 0 } }, (t, s) => t.is(s.linux?.resources?.pids, undefined));
test(
  '--memory 1g --cpus 0.5 --pids-limit 64',
  flags,
  { security: { memoryBytes: 2 ** 30, cpus: 0.5, pidsLimit: 64 } },
  (t, s) => {
    t.is(s.linux?.resources?.memory?.limit, 2 ** 30);
    t.like(s.linux?.resources?.cpu, { quota: 50000, period: 100000 });
    t.is(s.linux?.resources?.pids?.limit, 64);
  },
);
test('--cap-add NET_ADMIN', flags, { security: { capAdd: ['NET_ADMIN'] } }, (t, s) => {
  sameSets(t, s, [...DEFAULT_CAPABILITIES, 'CAP_NET_ADMIN']);
  t.truthy(s.linux?.seccomp);
});
test('--cap-add SYS_ADMIN (seccomp follows)', flags, { security: { capAdd: ['sys_admin'] } }, (t, s) =>
  t.true(allowed(s, 'mount')),
);
test('--cap-drop ALL', flags, { security: { capDrop: ['ALL'] } }, (t, s) => {
  sameSets(t, s, []);
  t.false(allowed(s, 'chroot'));
});
test('--cap-drop ALL --cap-add CHOWN', flags, { security: { capAdd: ['CHOWN'], capDrop: ['ALL'] } }, (t, s) =>
  sameSets(t, s, ['CAP_CHOWN']),
);
test('--cap-drop NET_RAW --cap-drop chown', flags, { security: { capDrop: ['NET_RAW', 'chown'] } }, (t, s) =>
  sameSets(
    t,
    s,
    DEFAULT_CAPABILITIES.filter((c) => c !== 'CAP_NET_RAW' && c !== 'CAP_CHOWN'),
  ),
);
test('--cap-add ALL', flags, { security: { capAdd: ['ALL'] } }, (t, s) => sameSets(t, s, ALL_CAPABILITIES));
test('--privileged', flags, { security: { privileged: true } }, (t, s) => {
  sameSets(t, s, ALL_CAPABILITIES);
  t.is(s.linux?.seccomp, undefined);
  t.is(s.linux?.maskedPaths, undefined);
  t.is(s.linux?.readonlyPaths, undefined);
});
const withoutResource = ALL_CAPABILITIES.filter((c) => c !== 'CAP_SYS_RESOURCE');
test(
  '--privileged on a host without CAP_SYS_RESOURCE',
  flags,
  { security: { privileged: true, hostCapabilities: withoutResource } },
  (t, s) => {
    sameSets(t, s, withoutResource);
    t.is(s.linux?.seccomp, undefined);
  },
);
test(
  '--cap-add ALL on a host without CAP_SYS_RESOURCE',
  flags,
  { security: { capAdd: ['all'], hostCapabilities: withoutResource } },
  (t, s) => {
    sameSets(t, s, withoutResource);
    t.true(allowed(s, 'mount'));
  },
);
test(
  '--privileged --security-opt seccomp=profile.json',
  flags,
  { security: { privileged: true, seccomp: profile } },
  (t, s) => t.is(s.linux?.seccomp, undefined),
);
test('--security-opt seccomp=unconfined', flags, { security: { seccomp: 'unconfined' } }, (t, s) => {
  t.is(s.linux?.seccomp, undefined);
  sameSets(t, s, DEFAULT_CAPABILITIES);
});
test('--security-opt seccomp=profile.json', flags, { security: { seccomp: profile } }, (t, s) => {
  t.is(s.linux?.seccomp?.defaultAction, 'SCMP_ACT_ALLOW');
  t.deepEqual(s.linux?.seccomp?.syscalls?.[0]?.names, ['mkdir']);
});
test('--security-opt no-new-privileges', flags, { security: { noNewPrivileges: true } }, (t, s) =>
  t.true(s.process?.noNewPrivileges),
);
test(
  '-v /srv/data:/data:ro',
  flags,
  { mounts: [{ type: 'bind', source: '/srv/data', destination: '/data', readonly: true }] },
  (t, s) => t.like(mountAt(s, '/data'), { type: 'bind', source: '/srv/data', options: ['rbind', 'rprivate', 'ro'] }),
);
test('-v /srv/data:/data', flags, { mounts: [{ type: 'bind', source: '/srv/data', destination: '/data' }] }, (t, s) =>
  t.deepEqual(mountAt(s, '/data')?.options, ['rbind', 'rprivate', 'rw']),
);
test(
  '--tmpfs /run:size=64m,mode=1777',
  flags,
  { mounts: [{ type: 'tmpfs', destination: '/run', size: 64 * 2 ** 20, mode: 0o1777 }] },
  (t, s) =>
    t.like(mountAt(s, '/run'), {
      type: 'tmpfs',
      source: 'tmpfs',
      options: ['nosuid', 'nodev', 'noexec', 'size=67108864', 'mode=1777'],
    }),
);
test(
  '--tmpfs /scratch:exec',
  flags,
  { mounts: [{ type: 'tmpfs', destination: '/scratch', options: ['exec'] }] },
  (t, s) => t.deepEqual(mountAt(s, '/scratch')?.options, ['nosuid', 'nodev', 'exec']),
);
test('--read-only', flags, { readOnly: true }, (t, s) => t.deepEqual(s.root, { path: 'rootfs', readonly: true }));
test(
  '--read-only --tmpfs /tmp --cap-drop ALL --security-opt no-new-privileges --memory 64m',
  flags,
  {
    readOnly: true,
    mounts: [{ type: 'tmpfs', destination: '/tmp' }],
    security: { capDrop: ['ALL'], noNewPrivileges: true, memoryBytes: 64 * 2 ** 20 },
  },
  (t, s) => {
    t.true(s.root?.readonly);
    t.truthy(mountAt(s, '/tmp'));
    sameSets(t, s, []);
    t.true(s.process?.noNewPrivileges);
    t.is(s.linux?.resources?.memory?.limit, 67108864);
    t.truthy(s.linux?.seccomp);
  },
);

const invalid = test.macro({
  exec(t, o: MemberSecurityOptions, message: RegExp) {
    throwsInvalid(t, () => memberSecurityOpts(o), message);
  },
  title: (given = '') => `rejects ${given} before building a spec`,
});
test('--cap-add BOGUS', invalid, { capAdd: ['BOGUS'] }, /unknown capability "BOGUS"/);
test('--cap-drop NOPE', invalid, { capDrop: ['NOPE'] }, /unknown capability/);
test('--memory 1k', invalid, { memoryBytes: 1024 }, /memory limit/);
test('--cpus 0', invalid, { cpus: 0 }, /CPU count/);
test('--pids-limit -2', invalid, { pidsLimit: -2 }, /PIDs limit/);

test('stop labels: the signal normalized, the timeout in seconds; none by default', (t) => {
  t.deepEqual(stopLabels({}), {});
  t.deepEqual(stopLabels({ stopSignal: 10, stopTimeout: 3 }), {
    [STOP_LABELS.signal]: 'SIGUSR1',
    [STOP_LABELS.timeout]: '3',
  });
  t.deepEqual(stopLabels({ stopSignal: 2 }), { [STOP_LABELS.signal]: 'SIGINT' });
  // A real-time signal has no name of its own in the table: its number is kept.
  t.deepEqual(stopLabels({ stopSignal: 35 }), { [STOP_LABELS.signal]: '35' });
  throwsInvalid(t, () => stopLabels({ stopSignal: 99 }), /`stopSignal` option: 99 is not a signal number/);
  throwsInvalid(t, () => stopLabels({ stopSignal: 1.5 }), /`stopSignal` option/);
  throwsInvalid(t, () => stopLabels({ stopTimeout: -1 }), /`stopTimeout` option/);
});

test('stop policy: -t beats the label, the label beats the default', (t) => {
  t.deepEqual(readStopPolicy({}), { signal: 15, timeoutMs: 10_000 });
  const labels = stopLabels({ stopSignal: 2, stopTimeout: 2 });
  t.deepEqual(readStopPolicy(labels), { signal: 2, timeoutMs: 2000 });
  t.deepEqual(readStopPolicy(labels, 0), { signal: 2, timeoutMs: 0 });
  t.deepEqual(readStopPolicy({ [STOP_LABELS.signal]: 'junk', [STOP_LABELS.timeout]: 'x' }), {
    signal: 15,
    timeoutMs: 10_000,
  });
  t.deepEqual(readStopPolicy(stopLabels({ stopSignal: 35 })).signal, 35);
});

test('host capabilities: from a /proc CapBnd mask, asked for only when all are wanted', (t) => {
  t.deepEqual(capabilitiesFromMask('000001fffeffffff'), withoutResource);
  t.deepEqual(capabilitiesFromMask('0000000000000001'), ['CAP_CHOWN']);
  t.deepEqual(capabilitiesFromMask(''), []);
  t.true(wantsAllCapabilities({ privileged: true }));
  t.true(wantsAllCapabilities({ capAdd: ['all'] }));
  t.false(wantsAllCapabilities({ capAdd: ['NET_ADMIN'], capDrop: ['ALL'] }));
});
