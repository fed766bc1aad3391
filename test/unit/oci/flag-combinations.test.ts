// Specs as `run` flags would build them: each combination is valid against the OCI
// runtime-spec schema and changes exactly the fields it is about.
import test, { type ExecutionContext } from 'ava';
import { ALL_CAPABILITIES } from '../../../src/oci/capabilities.js';
import { DEFAULT_CAPABILITIES, DEFAULT_MOUNTS } from '../../../src/oci/defaults.js';
import { withImageConfig } from '../../../src/oci/image-config.js';
import { withMounts } from '../../../src/oci/mounts.js';
import { withHostNamespace, withNewNamespace, withPodNamespaces } from '../../../src/oci/namespaces.js';
import {
  withCwd,
  withEnv,
  withNoNewPrivileges,
  withOomScoreAdj,
  withProcessArgs,
  withRlimits,
  withTerminal,
  withUser,
} from '../../../src/oci/process.js';
import { withCpus, withMemoryLimit, withPidsLimit } from '../../../src/oci/resources.js';
import { parseSeccompProfile, withDefaultSeccomp, withSeccompProfile } from '../../../src/oci/seccomp.js';
import { withCapabilities, withPrivileged } from '../../../src/oci/security.js';
import {
  generateSpec,
  withAnnotations,
  withCgroupsPath,
  withHostname,
  withPodGroup,
  withReadonlyRootfs,
  withSeccomp,
  type SpecOpt,
} from '../../../src/oci/spec.js';
import type { Spec } from '../../../src/oci/types.js';
import { runtimeSpecErrors } from './_runtime-schema.js';

const seccomp = withDefaultSeccomp('amd64', '6.8.0');
const allowed = (spec: Spec, name: string) =>
  spec.linux?.seccomp?.syscalls?.some((s) => s.action === 'SCMP_ACT_ALLOW' && !s.args && s.names.includes(name)) ??
  false;
const nsOf = (spec: Spec) => Object.fromEntries((spec.linux?.namespaces ?? []).map((n) => [n.type, n.path ?? 'new']));
const mountAt = (spec: Spec, destination: string) => spec.mounts?.find((m) => m.destination === destination);

const flags = test.macro({
  exec(t, opts: readonly SpecOpt[], check: (t: ExecutionContext, spec: Spec) => void) {
    const spec = generateSpec('c1', ...opts);
    t.deepEqual(runtimeSpecErrors(spec), []);
    check(t, spec);
  },
  title: (provided = '') => `run ${provided}: valid, and sets what it says`,
});

test('(defaults, default seccomp)', flags, [withProcessArgs('sh'), seccomp], (t, s) => {
  t.deepEqual(s.process?.args, ['sh']);
  t.deepEqual(s.process?.capabilities?.bounding, DEFAULT_CAPABILITIES);
  t.is(s.linux?.seccomp?.defaultAction, 'SCMP_ACT_ERRNO');
  t.false(allowed(s, 'mount'));
});
test('--user 1000:1000', flags, [withUser(1000, 1000)], (t, s) =>
  t.deepEqual(s.process?.user, { uid: 1000, gid: 1000 }),
);
test('--user 1000:1000 --group-add 10', flags, [withUser(1000, 1000, [10, 10])], (t, s) =>
  t.deepEqual(s.process?.user, { uid: 1000, gid: 1000, additionalGids: [10] }),
);
test('--read-only', flags, [withReadonlyRootfs()], (t, s) => t.deepEqual(s.root, { path: 'rootfs', readonly: true }));
test('--cap-add NET_ADMIN', flags, [withCapabilities(['NET_ADMIN']), seccomp], (t, s) => {
  const expected = [...DEFAULT_CAPABILITIES, 'CAP_NET_ADMIN'];
  t.deepEqual(s.process?.capabilities, { bounding: expected, effective: expected, permitted: expected });
});
test('--cap-drop ALL --cap-add CHOWN', flags, [withCapabilities(['chown'], ['all']), seccomp], (t, s) => {
  t.deepEqual(s.process?.capabilities, { bounding: ['CAP_CHOWN'], effective: ['CAP_CHOWN'], permitted: ['CAP_CHOWN'] });
  t.false(allowed(s, 'chroot'));
});
test('--cap-add SYS_ADMIN (seccomp follows)', flags, [withCapabilities(['CAP_SYS_ADMIN']), seccomp], (t, s) => {
  t.true(allowed(s, 'mount'));
  t.true(allowed(s, 'unshare'));
});
test('--privileged', flags, [seccomp, withPrivileged()], (t, s) => {
  t.deepEqual(s.process?.capabilities?.bounding, ALL_CAPABILITIES);
  t.is(s.linux?.seccomp, undefined);
  t.is(s.linux?.maskedPaths, undefined);
  t.is(s.linux?.readonlyPaths, undefined);
  t.deepEqual(s.linux?.resources?.devices, [{ allow: true, access: 'rwm' }]);
  t.deepEqual(mountAt(s, '/sys')?.options, ['nosuid', 'noexec', 'nodev', 'rw']);
});
test('--security-opt no-new-privileges', flags, [withNoNewPrivileges()], (t, s) => t.true(s.process?.noNewPrivileges));
test('--security-opt seccomp=unconfined', flags, [seccomp, withSeccomp('unconfined')], (t, s) =>
  t.is(s.linux?.seccomp, undefined),
);
test(
  '--security-opt seccomp=profile.json',
  flags,
  [
    withSeccompProfile(
      parseSeccompProfile(
        '{"defaultAction":"SCMP_ACT_LOG","syscalls":[{"names":["reboot"],"action":"SCMP_ACT_ERRNO","errnoRet":1}]}',
      ),
      { arch: 'amd64' },
    ),
  ],
  (t, s) =>
    t.deepEqual(s.linux?.seccomp, {
      defaultAction: 'SCMP_ACT_LOG',
      syscalls: [{ names: ['reboot'], action: 'SCMP_ACT_ERRNO', errnoRet: 1 }],
    }),
);
test(
  '--memory 64m --cpus 1.5 --pids-limit 100',
  flags,
  [withMemoryLimit(64 << 20), withCpus(1.5), withPidsLimit(100)],
  (t, s) => {
    t.deepEqual(s.linux?.resources, {
      devices: [{ allow: false, access: 'rwm' }],
      memory: { limit: 67108864 },
      cpu: { quota: 150000, period: 100000 },
      pids: { limit: 100 },
    });
  },
);
test('--net host', flags, [withHostNamespace('network')], (t, s) =>
  t.deepEqual(nsOf(s), { pid: 'new', ipc: 'new', uts: 'new', mount: 'new' }),
);
test('--ipc host --pid host', flags, [withHostNamespace('ipc'), withHostNamespace('pid')], (t, s) =>
  t.deepEqual(nsOf(s), { uts: 'new', mount: 'new', network: 'new' }),
);
test(
  '--pod (sharing pid)',
  flags,
  [withPodNamespaces({ pausePid: 4242, share: { net: true, ipc: true, uts: true, pid: true } }), withPodGroup('p1')],
  (t, s) => {
    t.deepEqual(nsOf(s), {
      pid: '/proc/4242/ns/pid',
      ipc: '/proc/4242/ns/ipc',
      uts: '/proc/4242/ns/uts',
      mount: 'new',
      network: '/proc/4242/ns/net',
    });
    t.deepEqual(s.annotations, { 'io.containerd.runc.v2.group': 'p1' });
  },
);
test(
  '--pod (own pid namespace)',
  flags,
  [withPodNamespaces({ pausePid: 7, share: { net: true, ipc: true, uts: true, pid: false } })],
  (t, s) => {
    t.deepEqual(nsOf(s), {
      pid: 'new',
      ipc: '/proc/7/ns/ipc',
      uts: '/proc/7/ns/uts',
      mount: 'new',
      network: '/proc/7/ns/net',
    });
  },
);
test(
  '-v /srv/data:/data:ro',
  flags,
  [withMounts([{ source: '/srv/data', destination: '/data', readonly: true }])],
  (t, s) => {
    t.deepEqual(mountAt(s, '/data'), {
      destination: '/data',
      type: 'bind',
      source: '/srv/data',
      options: ['rbind', 'rprivate', 'ro'],
    });
    t.is(s.mounts?.length, DEFAULT_MOUNTS.length + 1);
  },
);
test(
  '-v /srv/cache:/cache (rw)',
  flags,
  [withMounts([{ type: 'bind', source: '/srv/cache', destination: '/cache' }])],
  (t, s) => {
    t.deepEqual(mountAt(s, '/cache')?.options, ['rbind', 'rprivate', 'rw']);
  },
);
test(
  '--tmpfs /tmp:size=64m,exec',
  flags,
  [withMounts([{ type: 'tmpfs', destination: '/tmp', size: 64 << 20, options: ['exec'] }])],
  (t, s) => {
    t.deepEqual(mountAt(s, '/tmp'), {
      destination: '/tmp',
      type: 'tmpfs',
      source: 'tmpfs',
      options: ['nosuid', 'nodev', 'exec', 'size=67108864'],
    });
  },
);
test(
  '--shm from the pod (replaces /dev/shm)',
  flags,
  [withMounts([{ source: '/run/podctl/pods/p1/shm', destination: '/dev/shm' }])],
  (t, s) => {
    t.is(s.mounts?.filter((m) => m.destination === '/dev/shm').length, 1);
    t.is(mountAt(s, '/dev/shm')?.type, 'bind');
  },
);
test(
  '-e (merged over the image env)',
  flags,
  [withImageConfig({ Env: ['PATH=/bin', 'A=1', 'B=2'], Cmd: ['sh'] }), withEnv(['A=9', 'C=3', 'B'])],
  (t, s) => {
    t.deepEqual(s.process?.env, ['PATH=/bin', 'A=9', 'C=3']);
  },
);
test(
  '--entrypoint /bin/echo hi',
  flags,
  [
    withImageConfig(
      { Entrypoint: ['/docker-entrypoint.sh'], Cmd: ['nginx'] },
      { entrypoint: ['/bin/echo'], cmd: ['hi'] },
    ),
  ],
  (t, s) => {
    t.deepEqual(s.process?.args, ['/bin/echo', 'hi']);
  },
);
test('--workdir /app', flags, [withProcessArgs('ls'), withCwd('/app/')], (t, s) => t.is(s.process?.cwd, '/app'));
test('--hostname web', flags, [withHostname('web')], (t, s) => t.is(s.hostname, 'web'));
test('-t', flags, [withTerminal()], (t, s) => {
  t.true(s.process?.terminal);
  t.true(s.process?.env?.includes('TERM=xterm'));
});
test('--oom-score-adj -500', flags, [withOomScoreAdj(-500)], (t, s) => t.is(s.process?.oomScoreAdj, -500));
test('--ulimit nofile=4096:8192', flags, [withRlimits([{ type: 'nofile', soft: 4096, hard: 8192 }])], (t, s) => {
  t.deepEqual(s.process?.rlimits, [{ type: 'RLIMIT_NOFILE', hard: 8192, soft: 4096 }]);
});
test(
  '--label-like annotations and a systemd cgroup',
  flags,
  [withAnnotations({ a: 'b' }), withCgroupsPath('system.slice:podctl:c1')],
  (t, s) => {
    t.deepEqual(s.annotations, { a: 'b' });
    t.is(s.linux?.cgroupsPath, 'system.slice:podctl:c1');
  },
);
test(
  '(a pod sandbox)',
  flags,
  [
    withProcessArgs('/pause'),
    withReadonlyRootfs(),
    withHostname('mypod'),
    withNewNamespace('network'),
    withPodGroup('p1'),
    seccomp,
  ],
  (t, s) => {
    t.true(s.root?.readonly);
    t.is(s.hostname, 'mypod');
    t.deepEqual(nsOf(s), { pid: 'new', ipc: 'new', uts: 'new', mount: 'new', network: 'new' });
    t.is(s.process?.oomScoreAdj, undefined);
  },
);
