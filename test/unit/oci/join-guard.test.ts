// The join guard: which PIDs a spec joins, the hook that checks them, and the hook's script run
// by the host's /bin/sh against this test's own /proc (no containerd).
import test from 'ava';
import { execa } from 'execa';
import { readFile } from 'node:fs/promises';
import { JOIN_GUARD_NAME, joinedPids, withJoinGuard } from '../../../src/oci/join-guard.js';
import { withNamespacePath, withPodNamespaces } from '../../../src/oci/namespaces.js';
import { generateSpec } from '../../../src/oci/spec.js';
import type { Hook } from '../../../src/oci/types.js';
import { parseStat } from '../../../src/host/processes.js';
import { runtimeSpecErrors } from './_runtime-schema.js';

const guardOf = (hooks: Hook[] | undefined) => hooks?.find((h) => h.args?.[3] === JOIN_GUARD_NAME);

test('joinedPids: each PID once, from /proc/<pid>/ns paths only', (t) => {
  const spec = generateSpec(
    'c',
    withPodNamespaces({ pausePid: 41, share: { net: true, ipc: true, uts: true, pid: true } }),
    withNamespacePath('mount', '/run/x/mnt'),
  );
  t.deepEqual(joinedPids(spec), [41]);
  t.deepEqual(joinedPids(generateSpec('c', withNamespacePath('network', '/run/podctl/netns/p'))), []);
  t.deepEqual(
    joinedPids(
      generateSpec(
        'c',
        withNamespacePath('network', '/proc/7/ns/net'),
        withNamespacePath('pid', '/proc/9/ns/pid'),
        withNamespacePath('ipc', '/proc/7/ns/ipc'),
      ),
    ),
    [9, 7],
    'in spec order: pid, ipc, uts, mount, network',
  );
});

test('withJoinGuard: one createRuntime hook naming each process, replacing an earlier guard, keeping other hooks; valid per the schema', (t) => {
  const other: Hook = { path: '/usr/bin/true', args: ['true'] };
  const spec = generateSpec(
    'c',
    withNamespacePath('pid', '/proc/9/ns/pid'),
    (s) => void (s.hooks = { createRuntime: [other], poststop: [other] }),
  );
  withJoinGuard([{ pid: 9, startTime: 100 }])(spec);
  withJoinGuard([
    { pid: 9, startTime: 200 },
    { pid: 12, startTime: 300 },
  ])(spec);
  t.is(spec.hooks?.createRuntime?.length, 2);
  t.deepEqual(spec.hooks?.createRuntime?.[0], other);
  const guard = guardOf(spec.hooks?.createRuntime);
  t.is(guard?.path, '/bin/sh');
  t.deepEqual(guard?.args?.slice(3), [JOIN_GUARD_NAME, '9:200', '12:300']);
  t.is(guard?.env, undefined, 'builtins only: no PATH needed');
  t.deepEqual(spec.hooks?.poststop, [other]);
  t.deepEqual(runtimeSpecErrors(spec), []);
  withJoinGuard([])(spec);
  t.deepEqual(spec.hooks, { createRuntime: [other], poststop: [other] });
  const bare = generateSpec('c');
  withJoinGuard([])(bare);
  t.false('hooks' in bare);
});

/** The guard's script, run as runc would run the hook (no environment). */
async function runGuard(...wanted: string[]) {
  const spec = generateSpec('c');
  withJoinGuard(wanted.map((w) => ({ pid: Number(w.split(':')[0]), startTime: Number(w.split(':')[1]) })))(spec);
  const [path, ...args] = [spec.hooks!.createRuntime![0]!.path, ...spec.hooks!.createRuntime![0]!.args!.slice(1)];
  return execa(path, args, { reject: false, env: {}, extendEnv: false, input: '{}' });
}

test('the guard passes while each process is the one recorded, and refuses a PID now held by another process or by none', async (t) => {
  const self = parseStat(await readFile(`/proc/${process.pid}/stat`, 'utf8'))!;
  const ok = await runGuard(
    `${process.pid}:${self.starttime}`,
    `1:${parseStat(await readFile('/proc/1/stat', 'utf8'))!.starttime}`,
  );
  t.is(ok.exitCode, 0, ok.stderr);
  const reused = await runGuard(`${process.pid}:${self.starttime}`, `${process.pid}:${self.starttime + 1}`);
  t.is(reused.exitCode, 1);
  t.is(
    reused.stderr,
    `podctl: PID ${process.pid} is no longer the process this container joins (another process has it now): not starting`,
  );
  const gone = await runGuard('4194303:5');
  t.is(gone.exitCode, 1);
  t.is(gone.stderr, 'podctl: process 4194303 has exited: this container does not join its namespaces');
});
