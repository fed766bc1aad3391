// `podctl run -d --pod` limit, security, mount, label and env-file flags on the real containerd:
// each is seen from inside the member or in its cgroup, and bad values create nothing.
import test, { type ExecutionContext } from 'ava';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import * as z from 'zod/mini';
import { podCli } from '../../helpers/pod-cli.js';
import { cleanNamespace, namespaceInventory, podFixture, type PodFixture, unique } from '../pod/_helpers.js';

const fixture: Promise<PodFixture> = podFixture('pod-cli-run-flags');
fixture.catch(() => undefined);
const POD = unique('pod');
const dir = mkdtemp(join(tmpdir(), 'podctl-run-flags-')).then(async (d) => {
  await writeFile(join(d, 'bad.json'), '{"defaultAction": "SCMP_ACT_NOPE"}');
  return d;
});
const ready = fixture.then(async ({ client }) => {
  const r = await podCli(client.namespace, ['pod', 'create', '--name', POD]);
  if (r.exitCode !== 0) throw new Error(r.stderr);
});
ready.catch(() => undefined);
test.after.always(async () => {
  await rm(await dir, { recursive: true, force: true });
  const f = await fixture.catch(() => undefined);
  if (!f) return;
  await podCli(f.client.namespace, ['pod', 'rm', '-f', POD]);
  await cleanNamespace(f.client);
});

/** Runs `sleep 300` in the pod with these flags; returns the member's name. */
async function member(t: ExecutionContext, flags: readonly string[]): Promise<string> {
  await ready;
  const { client, busybox } = await fixture;
  const name = unique('m');
  const r = await podCli(client.namespace, [
    'run',
    '-d',
    '--pod',
    POD,
    '--name',
    name,
    ...flags,
    busybox,
    'sleep',
    '300',
  ]);
  t.is(r.exitCode, 0, r.stderr);
  return name;
}

async function exec(name: string, script: string): Promise<{ exitCode: number; stdout: string }> {
  const { client } = await fixture;
  return podCli(client.namespace, ['exec', name, 'sh', '-c', script]);
}

const infoSchema = z.object({
  Labels: z.record(z.string(), z.string()),
  Spec: z.object({ linux: z.object({ cgroupsPath: z.string() }) }),
});
async function info(name: string) {
  const { client } = await fixture;
  // The container ID is the name.
  return infoSchema.parse(
    JSON.parse((await execa('ctr', ['-n', client.namespace, 'containers', 'info', name])).stdout),
  );
}
const cgroupFile = async (name: string, controller: string, file: string) =>
  (await readFile(`/sys/fs/cgroup/${controller}${(await info(name)).Spec.linux.cgroupsPath}/${file}`, 'utf8')).trim();
const capEff = async (name: string) =>
  BigInt(`0x${/^CapEff:\s+([0-9a-f]+)$/m.exec((await exec(name, 'cat /proc/self/status')).stdout)?.[1] ?? 'x'}`);
const CAP_SYS_ADMIN = 1n << 21n;

test.serial('--memory 64m --cpus 0.5 --pids-limit 32 set the cgroup', async (t) => {
  const name = await member(t, ['--memory', '64m', '--cpus', '0.5', '--pids-limit', '32']);
  t.is(await cgroupFile(name, 'memory', 'memory.limit_in_bytes'), '67108864');
  t.is(await cgroupFile(name, 'cpu', 'cpu.cfs_quota_us'), '50000');
  t.is(await cgroupFile(name, 'cpu', 'cpu.cfs_period_us'), '100000');
  t.is(await cgroupFile(name, 'pids', 'pids.max'), '32');
});

test.serial('--read-only with --tmpfs /tmp: the root is read-only, the tmpfs writable', async (t) => {
  const name = await member(t, ['--read-only', '--tmpfs', '/tmp:size=1m']);
  t.not((await exec(name, 'touch /x')).exitCode, 0);
  t.is((await exec(name, 'touch /tmp/x')).exitCode, 0);
  t.regex((await exec(name, 'grep " /tmp " /proc/mounts')).stdout, /tmpfs \/tmp tmpfs .*size=1024k/);
});

test.serial('-v dir:/data:ro shows the file and refuses writes; -v dir:/rw writes through', async (t) => {
  const host = join(await dir, 'vol');
  await execa('mkdir', ['-p', host]);
  await writeFile(join(host, 'hello.txt'), 'hi from host\n');
  const name = await member(t, ['-v', `${host}:/data:ro`, '-v', `${host}:/rw`]);
  t.is((await exec(name, 'cat /data/hello.txt')).stdout, 'hi from host\n');
  t.not((await exec(name, 'touch /data/new')).exitCode, 0);
  t.is((await exec(name, 'echo x > /rw/new')).exitCode, 0);
  t.is(await readFile(join(host, 'new'), 'utf8'), 'x\n');
});

test.serial('--cap-drop ALL: no effective capabilities', async (t) => {
  t.is(await capEff(await member(t, ['--cap-drop', 'ALL'])), 0n);
});

test.serial('--cap-add SYS_ADMIN and --privileged give CAP_SYS_ADMIN; the default does not', async (t) => {
  t.is((await capEff(await member(t, []))) & CAP_SYS_ADMIN, 0n);
  t.is((await capEff(await member(t, ['--cap-add', 'SYS_ADMIN']))) & CAP_SYS_ADMIN, CAP_SYS_ADMIN);
  const privileged = await capEff(await member(t, ['--privileged']));
  t.is(privileged & CAP_SYS_ADMIN, CAP_SYS_ADMIN);
  t.true(privileged > (await capEff(await member(t, []))));
});

test.serial('--security-opt no-new-privileges sets NoNewPrivs', async (t) => {
  t.regex(
    (await exec(await member(t, ['--security-opt', 'no-new-privileges']), 'cat /proc/self/status')).stdout,
    /^NoNewPrivs:\s+1$/m,
  );
  t.regex(
    (await exec(await member(t, ['--security-opt', 'no-new-privileges:true']), 'cat /proc/self/status')).stdout,
    /^NoNewPrivs:\s+1$/m,
  );
  t.regex((await exec(await member(t, []), 'cat /proc/self/status')).stdout, /^NoNewPrivs:\s+0$/m);
});

test.serial('--security-opt seccomp: a profile file applies, unconfined turns it off', async (t) => {
  const file = join(await dir, 'no-mkdir.json');
  await writeFile(
    file,
    JSON.stringify({
      defaultAction: 'SCMP_ACT_ALLOW',
      syscalls: [{ names: ['mkdir', 'mkdirat'], action: 'SCMP_ACT_ERRNO', errnoRet: 1 }],
    }),
  );
  const confined = await member(t, ['--security-opt', `seccomp=${file}`]);
  t.not((await exec(confined, 'mkdir /tmp/d')).exitCode, 0);
  t.regex((await exec(confined, 'cat /proc/self/status')).stdout, /^Seccomp:\s+2$/m);
  t.regex(
    (await exec(await member(t, ['--security-opt', 'seccomp=unconfined']), 'cat /proc/self/status')).stdout,
    /^Seccomp:\s+0$/m,
  );
});

test.serial('--label, --env-file and -e, --stop-signal and --stop-timeout', async (t) => {
  const file = join(await dir, 'app.env');
  await writeFile(file, '# settings\nA=from file\n  B=b=c\nFROM_HOST\nUNSET_ONE\nC=overridden\n');
  const { client, busybox } = await fixture;
  const name = unique('m');
  const r = await podCli(
    client.namespace,
    [
      'run',
      '-d',
      '--pod',
      POD,
      '--name',
      name,
      '--label',
      'team=blue',
      '--env-file',
      file,
      '-e',
      'C=flag',
      '--stop-signal',
      'int',
      '--stop-timeout',
      '3',
      busybox,
      'sleep',
      '300',
    ],
    { FROM_HOST: 'host' },
  );
  t.is(r.exitCode, 0, r.stderr);
  t.is((await exec(name, 'echo "$A|$B|$FROM_HOST|${UNSET_ONE-unset}|$C"')).stdout, 'from file|b=c|host|unset|flag\n');
  t.like((await info(name)).Labels, { team: 'blue', 'podctl.io/stop-signal': 'SIGINT', 'podctl.io/stop-timeout': '3' });
});

/** `podctl stop` of a member that ignores SIGTERM and exits on SIGINT; how long it took, in ms. */
async function timedStop(
  t: ExecutionContext,
  flags: readonly string[],
  stopArgs: readonly string[] = [],
): Promise<number> {
  const { client, busybox } = await fixture;
  const name = unique('s');
  const script = 'trap "" TERM; trap "exit 7" INT; touch /tmp/traps-set; while :; do sleep 0.2; done';
  const r = await podCli(client.namespace, [
    'run',
    '-d',
    '--pod',
    POD,
    '--name',
    name,
    ...flags,
    busybox,
    'sh',
    '-c',
    script,
  ]);
  t.is(r.exitCode, 0, r.stderr);
  t.is(
    (await exec(name, 'for i in $(seq 50); do test -f /tmp/traps-set && exit 0; sleep 0.1; done; exit 1')).exitCode,
    0,
    'traps set',
  );
  const started = Date.now();
  const stopped = await podCli(client.namespace, ['stop', ...stopArgs, name]);
  t.is(stopped.exitCode, 0, stopped.stderr);
  t.is((await podCli(client.namespace, ['ps', '-q'])).stdout.split('\n').includes(name), false, 'not running');
  return Date.now() - started;
}

test.serial('podctl stop sends --stop-signal, and waits --stop-timeout unless -t says otherwise', async (t) => {
  t.true((await timedStop(t, ['--stop-signal', 'SIGINT', '--stop-timeout', '30'])) < 5000, 'SIGINT ends it at once');
  const byLabel = await timedStop(t, ['--stop-timeout', '2']);
  t.true(byLabel >= 1900 && byLabel < 8000, `SIGTERM ignored, SIGKILL after the label's 2 s (took ${byLabel} ms)`);
  t.true((await timedStop(t, ['--stop-timeout', '30'], ['-t', '1'])) < 6000, '-t 1 beats the label');
});

const rejects = test.macro({
  async exec(t: ExecutionContext, flags: (dir: string) => string[], message: RegExp) {
    await ready;
    const { client, busybox } = await fixture;
    const before = await namespaceInventory(client.namespace);
    const r = await podCli(client.namespace, [
      'run',
      '-d',
      '--pod',
      POD,
      '--name',
      unique('bad'),
      ...flags(await dir),
      busybox,
      'true',
    ]);
    t.is(r.exitCode, 125);
    t.is(r.stdout, '');
    t.regex(r.stderr, /^podctl: [^\n]+\n$/, 'one line');
    t.regex(r.stderr, message);
    t.deepEqual(await namespaceInventory(client.namespace), before, 'nothing created');
  },
  title: (given = '', flags: (dir: string) => string[]) => `rejects ${given || flags('DIR').join(' ')}`,
});

test.serial(rejects, () => ['--memory', '12x'], /--memory: must be a size/);
test.serial(rejects, () => ['--memory', '1k'], /--memory: must be at least 6m/);
test.serial(rejects, () => ['--cpus', '-1'], /--cpus: must be a number of CPUs above 0/);
test.serial(rejects, () => ['--cpus', 'lots'], /--cpus/);
test.serial(rejects, () => ['--pids-limit', '2.5'], /--pids-limit: must be a whole number/);
test.serial(rejects, () => ['-v', 'relative:/x'], /--volume: .*named volumes are not supported yet/);
test.serial(rejects, () => ['-v', 'rel/dir:/x'], /--volume: .*must be absolute/);
test.serial(rejects, () => ['-v', '/nonexistent-podctl:/x'], /host path \/nonexistent-podctl does not exist/);
test.serial(rejects, () => ['-v', '/tmp:/x:rx'], /--volume/);
test.serial(rejects, () => ['--tmpfs', 'tmp'], /--tmpfs: .*must be absolute/);
test.serial(
  rejects,
  () => ['--security-opt', 'seccomp=/nonexistent.json'],
  /--security-opt seccomp: cannot read \/nonexistent.json \(ENOENT\)/,
);
test.serial(
  'rejects an invalid seccomp profile',
  rejects,
  (d) => ['--security-opt', `seccomp=${join(d, 'bad.json')}`],
  /--security-opt seccomp: .*invalid seccomp profile/,
);
test.serial(
  rejects,
  () => ['--security-opt', 'apparmor=unconfined'],
  /--security-opt: "apparmor=unconfined" is not supported/,
);
test.serial(rejects, () => ['--cap-add', 'BOGUS'], /unknown capability "BOGUS"/);
test.serial(rejects, () => ['--label', 'podctl.io/role=x'], /reserved prefix/);
test.serial(rejects, () => ['--env-file', '/nonexistent.env'], /--env-file: cannot read/);
test.serial(rejects, () => ['--stop-signal', 'SIGNOPE'], /--stop-signal: unknown signal/);
test.serial(rejects, () => ['--stop-timeout', 'soon'], /--stop-timeout: must be a whole number/);

test.serial("podctl pod stop honours each member's --stop-signal", async (t) => {
  const { client, busybox } = await fixture;
  const pod = unique('ps');
  t.teardown(() => podCli(client.namespace, ['pod', 'rm', '-f', pod]));
  t.is((await podCli(client.namespace, ['pod', 'create', '--name', pod])).exitCode, 0);
  const name = unique('m');
  const script = 'trap "" TERM; trap "exit 0" INT; touch /tmp/traps-set; while :; do sleep 0.2; done';
  const r = await podCli(client.namespace, [
    'run',
    '-d',
    '--pod',
    pod,
    '--name',
    name,
    '--stop-signal',
    'SIGINT',
    '--stop-timeout',
    '30',
    busybox,
    'sh',
    '-c',
    script,
  ]);
  t.is(r.exitCode, 0, r.stderr);
  t.is(
    (await exec(name, 'for i in $(seq 50); do test -f /tmp/traps-set && exit 0; sleep 0.1; done; exit 1')).exitCode,
    0,
    'traps set',
  );
  const started = Date.now();
  const stopped = await podCli(client.namespace, ['pod', 'stop', pod]);
  t.is(stopped.exitCode, 0, stopped.stderr);
  t.true(Date.now() - started < 5000, `SIGINT ended the member at once (took ${Date.now() - started} ms)`);
});
