// Crash safety, measured: SIGKILL at a random moment of `pod create` (bridge, one published port),
// `run -d --pod`, `pod rm -f`, `pull` and `load`, in each of PODCTL_FAULT_RUNS runs (50 by
// default). After each run, what the run made on purpose is removed as a user would, by name
// (`pod rm -f`, `rmi`); whatever is still there then, beside the inventory taken before the run,
// is a leftover of a kill. Then `system prune -f`, after which the containerd inventory (the
// namespace's containers, tasks, snapshots, leases and images) and the host's (pinned netns and
// their mounts, CNI state, veths, iptables rules, host-local reservations, /run/podctl and
// /var/lib/podctl) must equal those before the run. The figures are logged: runs, kills, and
// leftovers before the prune, which the prune must bring to 0.
import test, { type ExecutionContext } from 'ava';
import { execa } from 'execa';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { podctlBin, type CliResult } from '../../helpers/cli.js';
import { testImageArchive } from '../../helpers/oci-dir.js';
import { buildTinyOciArchive, pushWithSkopeo, startRegistry, type Registry } from '../../helpers/registry.js';
import { cleanNamespace, listing, namespaceInventory, podFixture, type PodFixture } from '../pod/_helpers.js';

// It compares host-wide inventories, so it needs the host to itself: it runs when asked for
// (PODCTL_FAULT_RUNS=50 bash scripts/test.sh, or npm run test:faults), not beside other test runs.
const RUNS = Number(process.env.PODCTL_FAULT_RUNS ?? 0);
const BATCH = 10;

let registry: Registry | undefined;
let scratch: string | undefined;
const fixture: Promise<PodFixture & { tiny: string }> = (async () => {
  const f = await podFixture('faults');
  scratch = await mkdtemp(path.join(tmpdir(), 'podctl-faults-'));
  registry = await startRegistry({ auth: 'none' });
  await pushWithSkopeo(await testImageArchive('busybox'), 'faults/busybox:v1', registry);
  return { ...f, tiny: await buildTinyOciArchive(scratch) };
})();
fixture.catch(() => undefined);
test.after.always(async () => {
  const f = await fixture.catch(() => undefined);
  if (f) await cleanNamespace(f.client);
  await registry?.stop();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

async function cli(ns: string, args: string[]): Promise<CliResult> {
  const r = await execa(process.execPath, [podctlBin, '-n', ns, ...args], { reject: false, timeout: 120_000 });
  return { exitCode: r.exitCode ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Starts the command and SIGKILLs it after delayMs, unless it has ended; whether the kill came first. */
async function killedAt(ns: string, args: string[], delayMs: number): Promise<boolean> {
  const child = execa(process.execPath, [podctlBin, '-n', ns, ...args], { reject: false, stdio: 'ignore' });
  const ended = child.then(() => 'ended' as const);
  const first = await Promise.race([ended, sleep(delayMs).then(() => 'timer' as const)]);
  if (first === 'ended') return false;
  child.kill('SIGKILL');
  await child;
  return true;
}

/** The host's side of podctl and CNI: what a kill could leave outside containerd. */
async function hostInventory(): Promise<string[]> {
  const mounts = (await readFile('/proc/self/mountinfo', 'utf8')).split('\n').filter((l) => l.includes('/run/podctl'));
  const iptables = (await execa('iptables-save')).stdout
    .split('\n')
    .filter((l) => /CNI|podctl/.test(l) && !l.startsWith('#'))
    .map((l) => l.replace(/\[\d+:\d+\]/, ''));
  const veths = (await execa('ip', ['-o', 'link', 'show', 'type', 'veth'])).stdout
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => l.split(':')[1]?.trim().split('@')[0] ?? l);
  const reservations = await readdir('/var/lib/cni/networks/podctl').catch(() => [] as string[]);
  return [
    ...mounts.map((l) => `mount ${l.split(' ')[4] ?? l}`),
    ...iptables.map((l) => `iptables ${l}`),
    ...veths.map((v) => `veth ${v}`),
    ...reservations.filter((f) => /^\d/.test(f)).map((f) => `host-local ${f}`),
    ...(await listing(['/run/podctl', '/var/lib/podctl'])).filter((p) => !p.endsWith('.lock')).map((p) => `file ${p}`),
  ].sort();
}

async function inventory(ns: string): Promise<string[]> {
  const images = (await execa('ctr', ['-n', ns, 'images', 'ls', '-q'])).stdout.split('\n').filter((l) => l !== '');
  const snapshots = (await execa('ctr', ['-n', ns, 'snapshots', 'ls'])).stdout.split('\n').slice(1);
  return [
    ...(await namespaceInventory(ns)),
    ...images.map((i) => `image ${i}`),
    ...snapshots.filter((l) => l.trim() !== '').map((l) => `snapshot* ${l}`),
    ...(await hostInventory()),
  ].sort();
}

const diff = (before: readonly string[], after: readonly string[]) => {
  const was = new Set(before);
  return after.filter((x) => !was.has(x));
};

interface Step {
  name: string;
  args: (run: number) => string[];
}

const figures = {
  runs: 0,
  kills: 0,
  leftoversBeforePrune: 0,
  leftoversAfterPrune: 0,
  byStep: {} as Record<string, number>,
};

async function oneRun(t: ExecutionContext, run: number, durations: Map<string, number>, steps: readonly Step[]) {
  const { client } = await fixture;
  const ns = client.namespace;
  const pod = `fp${run}`;
  const before = await inventory(ns);
  for (const step of steps) {
    const delay = Math.random() * (durations.get(step.name) ?? 500) * 1.2;
    if (await killedAt(ns, step.args(run), delay)) {
      figures.kills++;
      figures.byStep[step.name] = (figures.byStep[step.name] ?? 0) + 1;
    }
    // The pod the next steps work in: made again where the kill left none.
    if (step.name === 'pod create') await cli(ns, ['pod', 'create', '--name', pod, '-p', '80']);
  }
  // What the run made on purpose goes, as a user removes it: by name.
  await cli(ns, ['pod', 'rm', '-f', pod]);
  await cli(ns, ['rmi', `${registry!.host}/faults/busybox:v1`]);
  await cli(ns, ['rmi', `localhost/faults/tiny${run}:latest`]);
  const left = diff(before, await inventory(ns));
  figures.leftoversBeforePrune += left.length;
  if (left.length > 0) t.log(`run ${run}: ${left.length} left before the prune: ${left.slice(0, 6).join(' | ')}`);
  const pruned = await cli(ns, ['system', 'prune', '-f']);
  t.is(pruned.exitCode, 0, pruned.stderr);
  const after = diff(before, await inventory(ns));
  figures.leftoversAfterPrune += after.length;
  t.deepEqual(after, [], `run ${run}: left after system prune -f`);
  const gone = diff(await inventory(ns), before);
  t.deepEqual(gone, [], `run ${run}: nothing that was there before is gone`);
  figures.runs++;
}

function stepsOf(busybox: string, tiny: string): Step[] {
  return [
    { name: 'pod create', args: (r) => ['pod', 'create', '--name', `fp${r}`, '-p', '80'] },
    {
      name: 'run -d --pod',
      args: (r) => ['run', '-d', '--pod', `fp${r}`, '--name', `fm${r}`, busybox, 'sleep', '300'],
    },
    { name: 'pod rm -f', args: (r) => ['pod', 'rm', '-f', `fp${r}`] },
    { name: 'pull', args: () => ['pull', `${registry!.host}/faults/busybox:v1`] },
    { name: 'load', args: (r) => ['load', '-i', tiny, '--name', `localhost/faults/tiny${r}`] },
  ];
}

/** How long each step takes when nothing kills it, so that kills fall anywhere in it. */
async function calibrate(steps: readonly Step[], ns: string): Promise<Map<string, number>> {
  const durations = new Map<string, number>();
  for (const step of steps) {
    const started = Date.now();
    await cli(ns, step.args(0));
    durations.set(step.name, Date.now() - started);
  }
  await cli(ns, ['pod', 'rm', '-f', 'fp0']);
  await cli(ns, ['rmi', `${registry!.host}/faults/busybox:v1`, 'localhost/faults/tiny0:latest']);
  return durations;
}

let calibrated: Promise<{ durations: Map<string, number>; steps: Step[] }> | undefined;
const setup = () =>
  (calibrated ??= fixture.then(async (f) => {
    const steps = stepsOf(f.busybox, f.tiny);
    return { steps, durations: await calibrate(steps, f.client.namespace) };
  }));

if (RUNS === 0) test('fault injection runs when PODCTL_FAULT_RUNS is set', (t) => t.pass());
for (let first = 1; first <= RUNS; first += BATCH) {
  const last = Math.min(RUNS, first + BATCH - 1);
  test.serial(
    `runs ${first} to ${last}: SIGKILL at random in each command, then system prune -f leaves the inventory as it was`,
    async (t) => {
      t.timeout(10 * 60_000);
      const { steps, durations } = await setup();
      for (let run = first; run <= last; run++) await oneRun(t, run, durations, steps);
      if (last === RUNS) {
        t.log(
          `figures: ${JSON.stringify(figures)}; step durations (ms): ${JSON.stringify(Object.fromEntries(durations))}`,
        );
        t.is(figures.leftoversAfterPrune, 0);
      }
    },
  );
}
