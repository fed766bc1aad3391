// The pause image against the real tools: skopeo reads the archive, containerd imports and runs
// it, and the binary does what the pod's PID 1 must: exit 0 on SIGINT and SIGTERM, and reap
// the orphans that are re-parented to it (with a control case where a non-reaping PID 1 keeps
// them as zombies, so that the check can fail). Needs root, containerd, ctr, skopeo and gcc.
import test from 'ava';
import type { ExecutionContext } from 'ava';
import { execa } from 'execa';
import type { Options } from 'execa';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, readlink, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { repoRoot } from '../helpers/cli.js';

const script = join(repoRoot, 'scripts/build-pause-image.sh');
const archivePath = join(repoRoot, 'images/pause.oci.tar');
const probeSource = join(repoRoot, 'native/testing/orphan-probe.c');
const WARNING = /pause: warning: not running as PID 1/;

interface Fixture {
  dir: string;
  ref: string;
  version: string;
  /** /pause as shipped: taken out of the archive's layer. */
  pause: string;
  /** native/testing/orphan-probe.c, compiled static. */
  probe: string;
}

const fixture: Promise<Fixture> = (async () => {
  await execa('bash', [script], { timeout: 120_000 });
  const ref = (await execa('bash', [script, '--print-ref'])).stdout.trim();
  const dir = await mkdtemp(join(tmpdir(), 'podctl-pause-it-'));
  const blob = async (digest: string) =>
    (
      await execa('tar', ['-xOf', archivePath, `blobs/sha256/${digest.replace(/^sha256:/, '')}`], {
        encoding: 'buffer',
        stripFinalNewline: false,
      })
    ).stdout;
  const index = JSON.parse((await execa('tar', ['-xOf', archivePath, 'index.json'])).stdout) as {
    manifests: { digest: string }[];
  };
  const manifest = JSON.parse(Buffer.from(await blob(index.manifests[0]!.digest)).toString()) as {
    layers: { digest: string }[];
  };
  await execa('tar', ['-xz', '-C', dir, 'pause'], { input: await blob(manifest.layers[0]!.digest) });
  const probe = join(dir, 'orphan-probe');
  await execa('gcc', ['-O2', '-static', '-Wall', '-Wextra', '-Werror', '-o', probe, probeSource]);
  return { dir, ref, version: ref.slice(ref.lastIndexOf(':') + 1), pause: join(dir, 'pause'), probe };
})();
fixture.catch(() => undefined); // the tests that await it report a failure

test.after.always(async () => {
  const f = await fixture.catch(() => undefined);
  if (f) await rm(f.dir, { recursive: true, force: true });
});

// --- containerd, through ctr, in a namespace of each test's own ------------------------------

function newNamespace(): string {
  return `${process.env.PODCTL_TEST_NAMESPACE ?? 'podctl-test'}-pause-${randomBytes(4).toString('hex')}`;
}

function ctr(ns: string, args: string[], options: Options = {}) {
  return execa('ctr', ['-n', ns, ...args], { timeout: 60_000, ...options });
}

async function lines(ns: string, args: string[]): Promise<string[]> {
  const r = await ctr(ns, args, { reject: false });
  return r.exitCode === 0
    ? String(r.stdout)
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
    : [];
}

async function tasks(ns: string): Promise<{ id: string; pid: number; status: string }[]> {
  return (await lines(ns, ['tasks', 'ls']))
    .slice(1)
    .map((l) => l.split(/\s+/))
    .map(([id = '', pid = '0', status = '']) => ({ id, pid: Number(pid), status }));
}

/** Removes everything in ns, then ns itself; throws if the namespace is still there after. */
async function removeNamespace(ns: string): Promise<void> {
  for (const task of await tasks(ns)) {
    await ctr(ns, ['tasks', 'kill', '-s', 'SIGKILL', task.id], { reject: false });
    await ctr(ns, ['tasks', 'delete', '-f', task.id], { reject: false });
  }
  for (const id of await lines(ns, ['containers', 'ls', '-q']))
    await ctr(ns, ['containers', 'rm', id], { reject: false });
  const images = await lines(ns, ['images', 'ls', '-q']);
  if (images.length > 0) await ctr(ns, ['images', 'rm', '--sync', ...images], { reject: false });
  for (const lease of await lines(ns, ['leases', 'ls', '-q']))
    await ctr(ns, ['leases', 'rm', '--sync', lease], { reject: false });
  await execa('ctr', ['namespaces', 'rm', ns], { reject: false, timeout: 60_000 });
  const left = (await execa('ctr', ['namespaces', 'ls', '-q'])).stdout.split('\n');
  if (left.includes(ns)) throw new Error(`containerd namespace ${ns} is left over`);
}

/** A fresh namespace with the pause image imported, removed with all it holds at teardown. */
async function namespaceWithImage(t: ExecutionContext, f: Fixture): Promise<string> {
  const ns = newNamespace();
  t.teardown(() => removeNamespace(ns));
  const imported = await ctr(ns, ['images', 'import', '--all-platforms', archivePath]);
  t.regex(String(imported.stdout), new RegExp(f.ref.replace(/[.]/g, '\\.')));
  return ns;
}

async function eventually<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

interface Running {
  /** The task's PID, as the host sees it. */
  pid: number;
  /** `ctr run` in the foreground: it ends when the task does, with the task's exit status. */
  ctrRun: ReturnType<typeof ctr>;
}

/** Starts a container from the pause image with the probe at /orphan-probe, and waits for its task. */
async function runContainer(
  t: ExecutionContext,
  ns: string,
  id: string,
  f: Fixture,
  { command = [], logFile }: { command?: string[]; logFile?: string } = {},
): Promise<Running> {
  const mount = `type=bind,src=${f.probe},dst=/orphan-probe,options=rbind:ro`;
  const io = logFile ? ['--log-uri', `file://${logFile}`] : ['--null-io'];
  const ctrRun = ctr(ns, ['run', ...io, '--mount', mount, f.ref, id, ...command], { reject: false, timeout: 110_000 });
  t.teardown(async () => {
    if (ctrRun.exitCode === null) await ctr(ns, ['tasks', 'kill', '-s', 'SIGKILL', id], { reject: false });
    await ctrRun;
  });
  const pid = await eventually(`task ${id} to run`, async () => {
    if (ctrRun.exitCode !== null) throw new Error(`ctr run ended early: ${String((await ctrRun).stderr)}`);
    const task = (await tasks(ns)).find((x) => x.id === id);
    return task?.status === 'RUNNING' ? task.pid : undefined;
  });
  return { pid, ctrRun };
}

// --- processes, as the host sees them ---------------------------------------------------------

interface Proc {
  pid: number;
  name: string;
  state: string;
  ppid: number;
  /** PIDs from the host's namespace down to the process's own. */
  nspid: number[];
}

async function proc(pid: number): Promise<Proc | undefined> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => undefined);
  if (status === undefined) return undefined;
  const field = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(status)?.[1] ?? '';
  return {
    pid,
    name: field('Name'),
    state: field('State').charAt(0),
    ppid: Number(field('PPid')),
    nspid: field('NSpid').split(/\s+/).map(Number),
  };
}

async function allProcs(): Promise<Proc[]> {
  const pids = (await readdir('/proc')).filter((d) => /^\d+$/.test(d)).map(Number);
  return (await Promise.all(pids.map(proc))).filter((p): p is Proc => p !== undefined);
}

/** The process whose PID is nsPid in the PID namespace of hostPid. */
async function inPidNamespaceOf(hostPid: number, nsPid: number): Promise<Proc | undefined> {
  const ns = await readlink(`/proc/${hostPid}/ns/pid`);
  for (const p of await allProcs()) {
    if (p.nspid.at(-1) !== nsPid) continue;
    if ((await readlink(`/proc/${p.pid}/ns/pid`).catch(() => undefined)) === ns) return p;
  }
  return undefined;
}

async function zombieChildren(ppid: number): Promise<Proc[]> {
  return (await allProcs()).filter((p) => p.ppid === ppid && p.state === 'Z');
}

/** Runs the probe in the container: makes an orphan that exits once re-parented to PID 1. */
async function makeOrphan(t: ExecutionContext, ns: string, id: string): Promise<number> {
  const r = await ctr(
    ns,
    ['tasks', 'exec', '--exec-id', `orphan-${randomBytes(3).toString('hex')}`, id, '/orphan-probe', 'orphan'],
    { reject: false },
  );
  t.is(r.exitCode, 0, `orphan-probe: ${String(r.stdout)} ${String(r.stderr)}`);
  const m = /orphan pid=(\d+) ppid=1\b/.exec(String(r.stdout));
  if (!m) throw new Error(`orphan-probe did not report an orphan re-parented to PID 1: ${String(r.stdout)}`);
  return Number(m[1]);
}

// --- the archive, to skopeo -------------------------------------------------------------------

test('skopeo reads the archive: one layer, host platform, Entrypoint ["/pause"]', async (t) => {
  const f = await fixture;
  const inspect = JSON.parse((await execa('skopeo', ['inspect', `oci-archive:${archivePath}`])).stdout) as {
    Os: string;
    Layers: string[];
  };
  t.is(inspect.Os, 'linux');
  t.is(inspect.Layers.length, 1);
  // By tag too: org.opencontainers.image.ref.name is what oci-archive:<file>:<tag> looks up.
  const config = JSON.parse(
    (await execa('skopeo', ['inspect', '--config', `oci-archive:${archivePath}:${f.version}`])).stdout,
  ) as {
    architecture: string;
    config: { Entrypoint: string[] };
  };
  t.deepEqual(config.config.Entrypoint, ['/pause']);
  t.is(config.architecture, { x64: 'amd64', arm64: 'arm64' }[process.arch as string] ?? process.arch);
});

// --- the binary, on the host --------------------------------------------------------------------

test('pause -v prints its version and exits 0; other arguments are refused', async (t) => {
  const f = await fixture;
  const r = await execa(f.pause, ['-v'], { reject: false, timeout: 10_000 });
  t.is(r.exitCode, 0);
  t.is(r.stdout, `pause podctl-${f.version}`);
  t.is(r.stderr, '');
  const bad = await execa(f.pause, ['--bogus'], { reject: false, timeout: 10_000 });
  t.is(bad.exitCode, 2);
  t.regex(bad.stderr, /usage: pause \[-v\]/);
});

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  test(`on the host (not PID 1) pause warns on stderr, and ${signal} makes it exit 0`, async (t) => {
    const f = await fixture;
    const sub = execa(f.pause, [], { reject: false, timeout: 30_000 });
    t.teardown(() => {
      sub.kill('SIGKILL');
    });
    // The warning comes after the handlers are installed: once it is out, the signal is handled.
    let stderr = '';
    sub.stderr.setEncoding('utf8');
    sub.stderr.on('data', (chunk: string) => (stderr += chunk));
    await eventually('the warning', async () => (WARNING.test(stderr) ? true : undefined));
    await sleep(100);
    t.is(sub.exitCode, null, 'still running before the signal');
    process.kill(sub.pid!, signal);
    const r = await sub;
    t.is(r.exitCode, 0);
    t.is(r.signal, undefined);
    t.regex(stderr, WARNING);
  });
}

// --- the image, in containerd -----------------------------------------------------------------

test('ctr imports the archive and runs it: pause is PID 1, silent, and exits 0 on SIGTERM', async (t) => {
  const f = await fixture;
  const ns = await namespaceWithImage(t, f);
  t.true((await lines(ns, ['images', 'ls', '-q'])).includes(f.ref));
  const logFile = join(f.dir, `pause-sigterm-${ns}.log`);
  const { pid, ctrRun } = await runContainer(t, ns, 'pause-sigterm', f, { logFile });
  const p = await proc(pid);
  t.is(p?.nspid.at(-1), 1, 'PID 1 of its PID namespace');
  t.is(p?.name, 'pause');
  t.is((await readFile(`/proc/${pid}/cmdline`, 'utf8')).replace(/\0$/, ''), '/pause');
  t.is(p?.state, 'S');

  await ctr(ns, ['tasks', 'kill', '-s', 'SIGTERM', 'pause-sigterm']);
  // ctr run exits with the task's exit status (the control case below sees 137 after SIGKILL).
  const exited = await ctrRun;
  t.is(exited.exitCode, 0, String(exited.stderr));
  t.is(await readFile(logFile, 'utf8'), '', 'as PID 1, pause prints no warning');
});

test('pause as PID 1 reaps an orphan re-parented to it', async (t) => {
  const f = await fixture;
  const ns = await namespaceWithImage(t, f);
  const { pid } = await runContainer(t, ns, 'pause-reaps', f);
  const orphan = await makeOrphan(t, ns, 'pause-reaps');
  // Gone, not a zombie: the orphan's PID is free in the pod's namespace.
  await eventually(
    `orphan ${orphan} to be reaped`,
    async () => ((await inPidNamespaceOf(pid, orphan)) === undefined ? true : undefined),
    5_000,
  );
  await sleep(500);
  t.deepEqual(await zombieChildren(pid), []);
  t.is((await proc(pid))?.state, 'S', 'pause is still there, asleep');

  // Again: the handler stays in place after the first SIGCHLD.
  const second = await makeOrphan(t, ns, 'pause-reaps');
  await eventually(
    `orphan ${second} to be reaped`,
    async () => ((await inPidNamespaceOf(pid, second)) === undefined ? true : undefined),
    5_000,
  );
  t.deepEqual(await zombieChildren(pid), []);
});

test('control: under a PID 1 that does not reap, the same orphan stays a zombie', async (t) => {
  const f = await fixture;
  const ns = await namespaceWithImage(t, f);
  const { pid, ctrRun } = await runContainer(t, ns, 'idle-control', f, { command: ['/orphan-probe', 'idle'] });
  t.is((await proc(pid))?.nspid.at(-1), 1);
  const orphan = await makeOrphan(t, ns, 'idle-control');
  const zombie = await eventually(`orphan ${orphan} to be a zombie`, async () => {
    const p = await inPidNamespaceOf(pid, orphan);
    return p?.state === 'Z' ? p : undefined;
  });
  t.is(zombie.ppid, pid, "a child of the container's PID 1");
  await sleep(1_000);
  t.is((await inPidNamespaceOf(pid, orphan))?.state, 'Z', 'still a zombie a second later');
  t.deepEqual(
    (await zombieChildren(pid)).map((p) => p.pid),
    [zombie.pid],
  );

  // The way the SIGTERM test reads pause's exit status does see a non-zero one.
  await ctr(ns, ['tasks', 'kill', '-s', 'SIGKILL', 'idle-control']);
  t.is((await ctrRun).exitCode, 137);
});
