// kill, inspect, wait, top, pod top and events on a real pod member, through the CLI.
import test from 'ava';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { Command } from 'commander';
import { execa } from 'execa';
import { registerContainerOps } from '../../../src/cli/commands/container-ops.js';
import * as z from 'zod/mini';
import { repoRoot } from '../../helpers/cli.js';
import { podCli } from '../../helpers/pod-cli.js';
import { cleanNamespace, podFixture, removePodQuietly, unique, type PodFixture } from '../pod/_helpers.js';

const fixture: Promise<PodFixture> = podFixture('container-ops');
fixture.catch(() => undefined);
test.after.always(async () => {
  const f = await fixture.catch(() => undefined);
  if (f) await cleanNamespace(f.client);
});

const TRAP = 'trap "exit 7" TERM; while :; do sleep 1; done';
const PROC_NS = { network: 'net', ipc: 'ipc', uts: 'uts', pid: 'pid' } as const;

const inspectSchema = z.array(
  z.object({
    id: z.string(),
    name: z.string(),
    pod: z.string(),
    state: z.object({ status: z.string(), pid: z.number() }),
    spec: z.object({
      args: z.array(z.string()),
      namespaces: z.array(z.object({ type: z.string(), path: z.optional(z.string()), inode: z.optional(z.number()) })),
    }),
  }),
);
const podInspectSchema = z.array(
  z.object({ sandbox: z.object({ pid: z.number(), namespaces: z.record(z.string(), z.number()) }) }),
);

/** A pod with one busybox member that exits 7 on SIGTERM. */
async function trapPod(t: {
  teardown(fn: () => Promise<void>): void;
}): Promise<{ ns: string; pod: string; member: string }> {
  const { client, busybox } = await fixture;
  const [pod, member] = [unique('pod'), unique('trap')];
  t.teardown(() => removePodQuietly(client, pod));
  const created = await podCli(client.namespace, ['pod', 'create', '--name', pod]);
  if (created.exitCode !== 0) throw new Error(created.stderr);
  const run = await podCli(client.namespace, ['run', '-d', '--pod', pod, '--name', member, busybox, 'sh', '-c', TRAP]);
  if (run.exitCode !== 0) throw new Error(run.stderr);
  return { ns: client.namespace, pod, member };
}

/** Retries a CLI call until its output matches, for processes that come and go (`sleep 1`). */
async function until(run: () => Promise<{ stdout: string }>, pattern: RegExp): Promise<string> {
  let out = (await run()).stdout;
  for (let i = 0; i < 30 && !pattern.test(out); i++) {
    await sleep(100);
    out = (await run()).stdout;
  }
  return out;
}

test.serial('inspect shows the pause namespaces; top and pod top list the processes', async (t) => {
  const { ns, pod, member } = await trapPod(t);
  const [info] = inspectSchema.parse(JSON.parse((await podCli(ns, ['inspect', member])).stdout));
  const [podInfo] = podInspectSchema.parse(JSON.parse((await podCli(ns, ['pod', 'inspect', pod])).stdout));
  t.like(info, { id: member, name: member, pod, state: { status: 'running' } });
  t.deepEqual(info!.spec.args, ['sh', '-c', TRAP]);
  t.true(info!.state.pid > 0);
  const pause = podInfo!.sandbox;
  for (const [type, proc] of Object.entries(PROC_NS)) {
    const ns = info!.spec.namespaces.find((n) => n.type === type);
    t.is(ns?.path, `/proc/${pause.pid}/ns/${proc}`, type);
    t.is(ns?.inode, pause.namespaces[proc], `${type} inode`);
  }
  const mnt = info!.spec.namespaces.find((n) => n.type === 'mount');
  t.is(mnt?.path, undefined);
  t.not(mnt?.inode, pause.namespaces.mnt, 'its own mount namespace');

  const top = await until(() => podCli(ns, ['top', member]), /\ssleep 1$/m);
  t.regex(top, /^UID\s+PID\s+PPID\s+C\s+STIME\s+TTY\s+TIME\s+CMD$/m);
  t.regex(
    top,
    new RegExp(
      `^root\\s+${info!.state.pid}\\s+\\d+\\s+\\d+\\s+\\S+\\s+\\?\\s+\\d\\d:\\d\\d:\\d\\d\\s+sh -c ${TRAP.replace(/[$()*+.?[\\\]^{|}]/g, '\\$&')}$`,
      'm',
    ),
  );
  t.regex(top, new RegExp(`^root\\s+\\d+\\s+${info!.state.pid}\\s.*\\ssleep 1$`, 'm'), 'sleep is a child of sh');
  t.notRegex(top, /\/pause/);

  const podTop = await until(() => podCli(ns, ['pod', 'top', pod]), /\ssleep 1$/m);
  t.regex(podTop, /^CONTAINER\s+UID\s+PID\s+PPID\s+C\s+STIME\s+TTY\s+TIME\s+CMD$/m);
  t.regex(podTop, new RegExp(`^${pod}\\s+\\S+\\s+${pause.pid}\\s.*\\s/pause$`, 'm'));
  t.regex(podTop, new RegExp(`^${member}\\s.*\\ssh -c `, 'm'));
  t.regex(podTop, new RegExp(`^${member}\\s.*\\ssleep 1$`, 'm'));
});

/** `podctl events …` in a child process, as a user runs it, its output collected as it comes. */
function eventsChild(ns: string, args: string[]) {
  const entry = pathToFileURL(join(repoRoot, 'src/cli/commands/container-ops.ts')).href;
  const script = [
    "import { Command } from 'commander';",
    `import { registerContainerOps } from ${JSON.stringify(entry)};`,
    "const program = new Command('podctl').option('-n, --namespace <name>');",
    'registerContainerOps(program, { stdout: process.stdout, stderr: process.stderr, env: process.env }, (c) => { process.exitCode = c; });',
    "await program.parseAsync(process.argv.slice(1), { from: 'user' });",
  ].join('\n');
  const child = execa(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', script, '--', '-n', ns, 'events', ...args],
    { cwd: repoRoot, reject: false },
  );
  let out = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  return { child, output: () => out };
}

test.serial('kill -s TERM, then wait prints 7 and exits 7; events shows the exit', async (t) => {
  const { ns, member } = await trapPod(t);
  const events = eventsChild(ns, ['--filter', 'type=task', '--filter', `container=${member}`]);
  t.teardown(() => {
    if (events.child.exitCode === null && events.child.signalCode === null && events.child.pid !== undefined)
      process.kill(events.child.pid, 'SIGKILL');
  });
  // Execs into the member until the child shows one: then it is subscribed.
  const live = new RegExp(`^\\S+ /tasks/exec-started container=${member} `, 'm');
  for (let i = 0; i < 100 && !live.test(events.output()); i++) {
    await podCli(ns, ['exec', member, 'true']);
    await sleep(100);
  }
  t.regex(events.output(), live, 'the events child is subscribed');

  const killed = await podCli(ns, ['kill', '-s', 'TERM', member]);
  t.is(killed.exitCode, 0, killed.stderr);
  t.is(killed.stdout, `${member}\n`);
  const waited = await podCli(ns, ['wait', member]);
  t.is(waited.stdout, '7\n');
  t.is(waited.exitCode, 7);
  t.like(await podCli(ns, ['wait', member]), { stdout: '7\n', exitCode: 7 }, 'an exited container at once');
  t.like(inspectSchema.parse(JSON.parse((await podCli(ns, ['inspect', member])).stdout))[0], {
    state: { status: 'stopped', pid: 0 },
  });

  const exit = new RegExp(`^\\d{4}-\\d\\d-\\d\\dT\\S+Z /tasks/exit container=${member} pid=\\d+ exit_status=7$`, 'm');
  for (let i = 0; i < 50 && !exit.test(events.output()); i++) await sleep(100);
  process.kill(events.child.pid!, 'SIGTERM');
  await events.child;
  t.regex(events.output(), exit);
  t.notRegex(events.output(), /\/containers\//, 'type=task leaves out container events');

  const again = await podCli(ns, ['kill', member]);
  t.is(again.exitCode, 125);
  t.is(again.stderr.split('\n').length, 2, again.stderr);
  t.regex(again.stderr, new RegExp(`^podctl: container ${member} is not running`));
});

test.serial('events --format json: one object per line; ends with code 0 when the signal aborts', async (t) => {
  const { ns, member } = await trapPod(t);
  const abort = new AbortController();
  let out = '';
  let code: number | undefined;
  const program = new Command('podctl').option('-n, --namespace <name>');
  const io = {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (out += s) },
    // The containerd of the run (CONTAINERD_ADDRESS), as for a CLI started from this process.
    env: process.env.CONTAINERD_ADDRESS ? { CONTAINERD_ADDRESS: process.env.CONTAINERD_ADDRESS } : {},
    signal: abort.signal,
  };
  registerContainerOps(program, io, (c) => (code = c));
  const running = program.parseAsync(['-n', ns, 'events', '--format', 'json', '--filter', `container=${member}`], {
    from: 'user',
  });
  for (let i = 0; i < 100 && !out.includes('/tasks/exec-started'); i++) {
    await podCli(ns, ['exec', member, 'true']);
    await sleep(100);
  }
  abort.abort();
  await running;
  t.is(code, 0);
  const lines = out
    .trim()
    .split('\n')
    .map((l) => z.object({ topic: z.string(), id: z.string(), namespace: z.string() }).parse(JSON.parse(l)));
  t.true(lines.some((e) => e.topic === '/tasks/exec-started'));
  t.true(lines.every((e) => e.id === member && e.namespace === ns));
});

const badInput = test.macro({
  async exec(t, args: string[], message: RegExp) {
    const { client } = await fixture;
    const r = await podCli(client.namespace, args);
    t.is(r.exitCode, 125);
    t.regex(r.stderr, message);
    t.is(r.stderr.split('\n').length, 2, `one line: ${r.stderr}`);
    t.is(r.stdout, '');
  },
  title: (_t, args: string[]) => `podctl ${args.join(' ')} fails in one line`,
});

test.serial(badInput, ['kill', '-s', 'BOGUS', 'whatever'], /^podctl: invalid signal "BOGUS"/);
test.serial(badInput, ['kill', '-s', 'SIGNOPE', 'whatever'], /^podctl: invalid signal "SIGNOPE"/);
test.serial(badInput, ['kill', 'no-such-ctr'], /^podctl: no such container: no-such-ctr/);
test.serial(badInput, ['wait', 'no-such-ctr'], /^podctl: no such container: no-such-ctr/);
test.serial(badInput, ['inspect', 'no-such-ctr'], /^podctl: no such container: no-such-ctr/);
test.serial(badInput, ['top', 'no-such-ctr'], /^podctl: no such container: no-such-ctr/);
test.serial(badInput, ['pod', 'top', 'no-such-pod'], /^podctl: no such pod: no-such-pod/);
test.serial(badInput, ['events', '--filter', 'type=image'], /^podctl: invalid value for --filter/);
