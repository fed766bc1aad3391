// run -i/-t/-it and exec -i/-t/-it/-d with the built CLI, as a user runs it: under a real
// pseudo-terminal (native/testing/pty-relay.c, compiled here) for -it, with piped stdin for -i.
// Each test removes what it makes; none leaves a file under /run/podctl or a logger behind.
// Containers have network none: the bridge is not what is tested here.
import test from 'ava';
import type { ExecutionContext } from 'ava';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, readFile, readlink, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { execa } from 'execa';
import { LABELS } from '../../../src/state/labels.js';
import { podctl, podctlBin, repoRoot } from '../../helpers/cli.js';
import { cleanNamespace, listing, podFixture, unique, type PodFixture } from '../pod/_helpers.js';

const fixture: Promise<PodFixture> = podFixture('interactive');
fixture.catch(() => undefined);
const workDir = mkdtemp(join(tmpdir(), 'podctl-interactive-'));
const relay: Promise<string> = (async () => {
  const out = join(await workDir, 'pty-relay');
  await execa('gcc', [
    '-O2',
    '-Wall',
    '-Wextra',
    '-Werror',
    '-o',
    out,
    join(repoRoot, 'native/testing/pty-relay.c'),
    '-lutil',
  ]);
  return out;
})();
relay.catch(() => undefined);
test.after.always(async () => {
  const f = await fixture.catch(() => undefined);
  if (f) await cleanNamespace(f.client);
  await rm(await workDir, { recursive: true, force: true });
});

/** podctl's FIFOs and run files of the namespace: there should never be any once a command has started. */
const runFiles = (ns: string) => listing([`/run/podctl/io/${ns}`, `/run/podctl/exec/${ns}`]);

/** The podctl-logger processes writing logs of the namespace. */
async function loggers(ns: string): Promise<number[]> {
  const found: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (!(await readlink(`/proc/${entry}/exe`)).endsWith('/podctl-logger')) continue;
      if ((await readFile(`/proc/${entry}/environ`, 'latin1')).split('\0').includes(`CONTAINER_NAMESPACE=${ns}`))
        found.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

const cli = (ns: string, args: string[], input?: string) =>
  execa(process.execPath, [podctlBin, '-n', ns, ...args], {
    reject: false,
    timeout: 60_000,
    stripFinalNewline: false,
    ...(input === undefined ? {} : { input }),
  });

/** podctl under a pseudo-terminal of rows x cols: what it shows, what is typed, and pty-relay's commands. */
class PtySession {
  output = '';
  stderr = '';
  readonly exited: Promise<number>;
  readonly #child: ChildProcess;

  constructor(bin: string, rows: number, cols: number, args: string[]) {
    this.#child = spawn(bin, [String(rows), String(cols), process.execPath, podctlBin, ...args], {
      stdio: ['pipe', 'pipe', 'pipe', 'pipe'],
    });
    this.#child.stdout?.on('data', (d: Buffer) => (this.output += d.toString('latin1')));
    this.#child.stderr?.on('data', (d: Buffer) => (this.stderr += d.toString('latin1')));
    this.exited = new Promise((resolve) => this.#child.once('exit', (code) => resolve(code ?? -1)));
  }

  type(text: string): void {
    this.#child.stdin?.write(text);
  }

  control(command: string): void {
    (this.#child.stdio[3] as NodeJS.WritableStream).write(`${command}\n`);
  }

  /** Waits until the output after `from` matches; returns where the match ends. */
  async waitFor(re: RegExp, from = 0, timeoutMs = 15_000): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const m = re.exec(this.output.slice(from));
      if (m) return from + m.index + m[0].length;
      if (Date.now() > deadline)
        throw new Error(`timed out waiting for ${String(re)} in ${JSON.stringify(this.output.slice(from))}`);
      await sleep(20);
    }
  }

  async waitForStderr(re: RegExp, timeoutMs = 5_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const m = re.exec(this.stderr);
      if (m) return m[0];
      if (Date.now() > deadline)
        throw new Error(`timed out waiting for ${String(re)} in pty-relay's ${JSON.stringify(this.stderr)}`);
      await sleep(20);
    }
  }

  /**
   * Resizes the host terminal (the kernel sends podctl SIGWINCH) and asks the shell in the
   * container for its size until it shows the new one, or 20 tries; returns whether it did and
   * where the output read so far ends.
   */
  async resize(rows: number, cols: number, from: number): Promise<{ resized: boolean; at: number }> {
    this.control(`size ${rows} ${cols}`);
    let at = from;
    for (let i = 0; i < 20; i++) {
      await sleep(100);
      this.type('stty size\n');
      const next = await this.waitFor(/(\d+ \d+)\r\n/, at);
      const resized = this.output.slice(at, next).includes(`${rows} ${cols}`);
      at = next;
      if (resized) return { resized, at };
    }
    return { resized: false, at };
  }

  /** The podctl process: pty-relay's child. */
  async podctlPid(): Promise<number> {
    const pid = this.#child.pid ?? 0;
    return Number((await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8')).trim().split(/\s+/)[0]);
  }

  kill(): void {
    this.#child.kill('SIGKILL');
  }
}

async function session(t: ExecutionContext, rows: number, cols: number, args: string[]): Promise<PtySession> {
  const s = new PtySession(await relay, rows, cols, args);
  t.teardown(() => s.kill());
  return s;
}

/** busybox ash's prompt (it asks the terminal for the cursor position right after). */
const PROMPT = /\/ # /;

const removeAfter = (t: ExecutionContext, ns: string, ...names: string[]) =>
  t.teardown(async () => void (await podctl(['-n', ns, 'rm', '-f', ...names])));

test.serial(
  'run -it: a terminal of the host terminal size that follows resizes; typed input, Ctrl-C as a key, the exit code; the host terminal restored',
  async (t) => {
    const { client, busybox } = await fixture;
    const ns = client.namespace;
    const name = unique('it');
    removeAfter(t, ns, name);
    const s = await session(t, 30, 100, [
      '-n',
      ns,
      'run',
      '--net',
      'none',
      '--rm',
      '--name',
      name,
      '-it',
      busybox,
      'sh',
    ]);
    let at = await s.waitFor(PROMPT);
    t.deepEqual(await runFiles(ns), [], 'the FIFOs are unlinked once the task is created');
    s.control('termios');
    t.is(
      await s.waitForStderr(/termios icanon=\d echo=\d isig=\d opost=\d/),
      'termios icanon=0 echo=0 isig=0 opost=0',
      'the host terminal is raw while attached',
    );

    s.type('tty; stty size\n');
    at = await s.waitFor(/\/dev\/pts\/\d+\r\n30 100\r\n/, at);
    t.pass('a terminal in the container, of the host terminal size');

    const r = await s.resize(40, 120, at);
    const resized = r.resized;
    at = r.at;
    t.true(resized, 'stty size shows the new size');

    s.type('sleep 30; echo "$((6 * 7)) slept"\n'); // the echo of this line does not hold "42 slept"
    await sleep(500);
    s.type('\x03'); // Ctrl-C: a key for the container's terminal, whose SIGINT ends sleep
    at = await s.waitFor(PROMPT, at, 5_000);
    s.type('echo "alive $?"\n');
    at = await s.waitFor(/alive 130\r\n/, at);
    t.false(s.output.includes('42 slept'), 'sleep was interrupted in the container; podctl stayed attached');

    s.type('exit 3\n');
    t.is(await s.exited, 3, "podctl exits with the container's code");
    t.regex(s.stderr, /pty-relay: termios restored/);
    t.false(
      (await execa('ctr', ['-n', ns, 'containers', 'ls', '-q'])).stdout.split('\n').includes(name),
      '--rm removed it',
    );
    t.deepEqual(await runFiles(ns), []);
  },
);

test.serial('run -it: the host terminal is restored when podctl is stopped (SIGTERM) while attached', async (t) => {
  const { client, busybox } = await fixture;
  const ns = client.namespace;
  const name = unique('term');
  removeAfter(t, ns, name);
  const s = await session(t, 24, 80, [
    '-n',
    ns,
    'run',
    '--net',
    'none',
    '--name',
    name,
    '--stop-timeout',
    '1',
    '-it',
    busybox,
    'sh',
  ]);
  await s.waitFor(PROMPT);
  process.kill(await s.podctlPid(), 'SIGTERM'); // an interactive ash ignores SIGTERM: SIGKILL after 1 s
  t.is(await s.exited, 137);
  t.regex(s.stderr, /pty-relay: termios restored/);
});

test.serial('run -it: podctl killed outright leaves no file under /run/podctl; rm -f cleans up the rest', async (t) => {
  const { client, busybox } = await fixture;
  const ns = client.namespace;
  const name = unique('killed');
  removeAfter(t, ns, name);
  const s = await session(t, 24, 80, ['-n', ns, 'run', '--net', 'none', '--name', name, '-it', busybox, 'sh']);
  await s.waitFor(PROMPT);
  process.kill(await s.podctlPid(), 'SIGKILL');
  await s.exited;
  t.deepEqual(await runFiles(ns), []);
  t.is((await client.tasks.get(name)).status, 'running', 'the container goes on without podctl');
  t.is((await podctl(['-n', ns, 'rm', '-f', name])).exitCode, 0);
  await sleep(200);
  t.deepEqual(await loggers(ns), [], 'its logger is gone with the task');
});

test.serial(
  'run -t without a terminal: one stream with the terminal line endings, streamed and kept for podctl logs',
  async (t) => {
    const { client, busybox } = await fixture;
    const ns = client.namespace;
    const name = unique('t');
    removeAfter(t, ns, name);
    const r = await cli(ns, [
      'run',
      '--net',
      'none',
      '--name',
      name,
      '-t',
      busybox,
      'sh',
      '-c',
      'tty; echo out; echo err >&2; exit 4',
    ]);
    t.is(r.exitCode, 4, String(r.stderr));
    t.regex(String(r.stdout), /^\/dev\/pts\/\d+\r\nout\r\nerr\r\n$/, 'stderr goes to the terminal too');
    t.is(r.stderr, '');
    const silent = await cli(ns, ['run', '--net', 'none', '--rm', '-t', busybox, 'sh', '-c', 'exit 9']);
    t.deepEqual([silent.exitCode, silent.stdout], [9, ''], 'no output at all: the code still comes through');
    const logs = await cli(ns, ['logs', name]);
    t.regex(String(logs.stdout), /^\/dev\/pts\/\d+\r\nout\r\nerr\r\n$/, 'podctl logs shows what the terminal showed');
    t.deepEqual(await runFiles(ns), []);
  },
);

test.serial(
  'run -i with piped stdin: the container reads it to its end; output, stderr and the exit code as without -i',
  async (t) => {
    const { client, busybox } = await fixture;
    const ns = client.namespace;
    const name = unique('i');
    removeAfter(t, ns, name);
    const rm = await cli(ns, ['run', '--net', 'none', '--rm', '-i', busybox, 'cat'], 'hi\n');
    t.is(rm.exitCode, 0, String(rm.stderr));
    t.is(rm.stdout, 'hi\n');
    const r = await cli(
      ns,
      [
        'run',
        '--net',
        'none',
        '--name',
        name,
        '-i',
        busybox,
        'sh',
        '-c',
        'cat; wc -c </dev/null; echo err >&2; exit 2',
      ],
      'line 1\nline 2\n',
    );
    t.is(r.exitCode, 2, String(r.stderr));
    t.is(r.stdout, 'line 1\nline 2\n0\n');
    t.is(r.stderr, 'err\n');
    t.is((await cli(ns, ['logs', name])).stdout, 'line 1\nline 2\n0\n', 'kept for podctl logs');
    t.deepEqual(await runFiles(ns), []);
    t.deepEqual(await loggers(ns), [], 'the logger podctl started on the FIFOs has ended with the output');
  },
);

test.serial(
  'run -d with -i and -t: stdin stays open, a shell keeps running with nothing attached; nothing is left after rm',
  async (t) => {
    const { client, busybox } = await fixture;
    const ns = client.namespace;
    const [di, dt, dit] = [unique('di'), unique('dt'), unique('dit')];
    removeAfter(t, ns, di, dt, dit);
    for (const [name, flags, cmd] of [
      [di, ['-d', '-i'], ['cat']],
      [dt, ['-d', '-t'], ['sh']],
      [dit, ['-dit'], ['sh']],
    ] as const) {
      const r = await cli(ns, ['run', '--net', 'none', ...flags, '--name', name, busybox, ...cmd]);
      t.is(r.exitCode, 0, String(r.stderr));
      t.is(r.stdout, `${name}\n`);
    }
    await sleep(1_000);
    for (const name of [di, dt, dit]) t.is((await client.tasks.get(name)).status, 'running', `${name} waits for input`);
    t.deepEqual(await runFiles(ns), []);
    t.is((await cli(ns, ['rm', '-f', di, dt, dit])).exitCode, 0);
    await sleep(200);
    t.deepEqual(await loggers(ns), []);
    t.deepEqual(await runFiles(ns), []);
  },
);

test.serial(
  'exec -it: a terminal of the host terminal size, typed input, the exit code; exec -i with piped stdin',
  async (t) => {
    const { client, busybox } = await fixture;
    const ns = client.namespace;
    const name = unique('bg');
    removeAfter(t, ns, name);
    t.is((await cli(ns, ['run', '--net', 'none', '-d', '--name', name, busybox, 'sleep', '300'])).exitCode, 0);

    const s = await session(t, 25, 90, ['-n', ns, 'exec', '-it', name, 'sh']);
    let at = await s.waitFor(PROMPT);
    t.deepEqual(await runFiles(ns), [], 'the FIFOs are unlinked once the exec has started');
    s.type('tty; stty size; echo "TERM=$TERM"\n');
    at = await s.waitFor(/\/dev\/pts\/\d+\r\n25 90\r\nTERM=xterm\r\n/, at);
    t.true((await s.resize(50, 132, at)).resized, 'the exec terminal follows the resize');
    s.type('exit 7\n');
    t.is(await s.exited, 7);
    t.regex(s.stderr, /pty-relay: termios restored/);

    // No output at all: the streams end before podctl looks at them, and the code still comes through.
    const silent = await cli(ns, ['exec', name, 'sh', '-c', 'exit 4']);
    t.deepEqual([silent.exitCode, silent.stdout, silent.stderr], [4, '', '']);
    const silentTty = await cli(ns, ['exec', '-t', name, 'sh', '-c', 'exit 6']);
    t.deepEqual([silentTty.exitCode, silentTty.stdout], [6, '']);

    const r = await cli(ns, ['exec', '-i', name, 'sh', '-c', 'cat; echo err >&2; exit 5'], 'hello\n');
    t.is(r.exitCode, 5, String(r.stderr));
    t.is(r.stdout, 'hello\n');
    t.is(r.stderr, 'err\n');
    t.deepEqual(await runFiles(ns), []);
  },
);

test.serial(
  'exec -d returns at once and prints nothing; the command runs on; its record goes with the next exec after it has exited',
  async (t) => {
    const { client, busybox } = await fixture;
    const ns = client.namespace;
    const name = unique('bg');
    removeAfter(t, ns, name);
    t.is((await cli(ns, ['run', '--net', 'none', '-d', '--name', name, busybox, 'sleep', '300'])).exitCode, 0);

    const started = Date.now();
    const r = await cli(ns, ['exec', '-d', name, 'sh', '-c', 'sleep 1; echo done > /tmp/flag; echo nobody sees this']);
    t.true(Date.now() - started < 1_000, 'back before the command is done');
    t.deepEqual([r.exitCode, r.stdout, r.stderr], [0, '', '']);
    const keys = Object.keys((await client.containers.get(name)).labels).filter((k) =>
      k.startsWith(LABELS.detachedExecPrefix),
    );
    t.is(keys.length, 1, 'the detached exec is remembered on the container');
    const execId = keys[0]!.slice(LABELS.detachedExecPrefix.length);
    t.is((await client.tasks.get(name, execId)).status, 'running');

    let flag = '';
    for (let i = 0; i < 50 && flag === ''; i++) {
      await sleep(100);
      flag = String((await cli(ns, ['exec', name, 'cat', '/tmp/flag'])).stdout);
    }
    t.is(flag, 'done\n', 'the detached command ran to its end after podctl returned');
    // The exec that read the flag found the detached one exited only if it had; one more settles it.
    await cli(ns, ['exec', name, 'true']);
    t.deepEqual(
      Object.keys((await client.containers.get(name)).labels).filter((k) => k.startsWith(LABELS.detachedExecPrefix)),
      [],
    );
    await t.throwsAsync(client.tasks.get(name, execId), undefined, "containerd's record of it is deleted");
    t.deepEqual(await runFiles(ns), []);
  },
);

test.serial(
  'in a pod: -i reads piped stdin; a -t member gets its terminal again after pod stop and pod start',
  async (t) => {
    const { client, busybox } = await fixture;
    const ns = client.namespace;
    const [pod, member] = [unique('pod'), unique('m')];
    t.teardown(async () => void (await podctl(['-n', ns, 'pod', 'rm', '-f', pod])));
    t.is((await cli(ns, ['pod', 'create', '--name', pod, '--network', 'none'])).exitCode, 0);
    const piped = await cli(ns, ['run', '--rm', '-i', '--pod', pod, busybox, 'cat'], 'hi from the pod\n');
    t.deepEqual([piped.exitCode, piped.stdout], [0, 'hi from the pod\n'], String(piped.stderr));

    t.is(
      (await cli(ns, ['run', '-d', '-t', '--pod', pod, '--name', member, busybox, 'sh', '-c', 'tty; exec sleep 300']))
        .exitCode,
      0,
    );
    const ttys = async () =>
      String((await cli(ns, ['logs', member])).stdout).match(/\/dev\/pts\/\d+\r\n/g)?.length ?? 0;
    for (let i = 0; i < 50 && (await ttys()) < 1; i++) await sleep(100);
    t.is(await ttys(), 1);
    t.is((await cli(ns, ['pod', 'stop', '-t', '0', pod])).exitCode, 0);
    const started = await cli(ns, ['pod', 'start', pod]);
    t.is(started.exitCode, 0, String(started.stderr));
    for (let i = 0; i < 50 && (await ttys()) < 2; i++) await sleep(100);
    t.is(await ttys(), 2, 'the restarted member has a terminal again');
    t.is((await client.tasks.get(member)).status, 'running');
    t.deepEqual(await runFiles(ns), []);
  },
);

test.serial(
  'create -i and -t are kept for start: an open stdin and a terminal with nothing attached; start -a refuses a -t container in one line',
  async (t) => {
    const { client, busybox } = await fixture;
    const ns = client.namespace;
    const [ci, cn, ct] = [unique('ci'), unique('cn'), unique('ct')];
    removeAfter(t, ns, ci, cn, ct);
    for (const [name, flags, cmd] of [
      [ci, ['-i'], ['cat']],
      [cn, [], ['cat']],
      [ct, ['-t'], ['sh', '-c', 'tty; exec sleep 300']],
    ] as const) {
      const r = await cli(ns, ['create', '--net', 'none', ...flags, '--name', name, busybox, ...cmd]);
      t.deepEqual([r.exitCode, r.stdout], [0, `${name}\n`], String(r.stderr));
    }
    const refused = await cli(ns, ['start', '-a', ct]);
    t.is(refused.exitCode, 125);
    t.regex(
      String(refused.stderr),
      new RegExp(`^podctl: start -a does not attach to a container with a terminal \\(-t\\) yet: ${ct}[^\\n]*\\n$`),
    );
    await t.throwsAsync(client.tasks.get(ct), undefined, 'the refused start made no task');
    const started = await cli(ns, ['start', ci, cn, ct]);
    t.is(started.exitCode, 0, String(started.stderr));
    const ttys = async () => String((await cli(ns, ['logs', ct])).stdout).match(/\/dev\/pts\/\d+\r\n/g)?.length ?? 0;
    for (let i = 0; i < 50 && (await ttys()) < 1; i++) await sleep(100);
    t.is(await ttys(), 1, 'the -t container has a terminal');
    await sleep(500);
    t.is((await client.tasks.get(ci)).status, 'running', 'cat waits on the open stdin of the -i container');
    t.is((await client.tasks.get(cn)).status, 'stopped', 'without -i, cat reads end-of-file at once');
    t.deepEqual(await runFiles(ns), []);
  },
);

test.serial(
  'run -d --rm -t is removed once it exits; --rm -i without -t detached, and --restart with -t, are refused in one line with nothing made',
  async (t) => {
    const { client, busybox } = await fixture;
    const ns = client.namespace;
    const name = unique('rmt');
    removeAfter(t, ns, name);
    const r = await cli(ns, [
      'run',
      '-d',
      '--rm',
      '-t',
      '--net',
      'none',
      '--name',
      name,
      busybox,
      'sh',
      '-c',
      'tty; sleep 0.3',
    ]);
    t.is(r.exitCode, 0, String(r.stderr));
    const exists = () =>
      client.containers.get(name).then(
        () => true,
        () => false,
      );
    t.true(await exists());
    for (let i = 0; i < 100 && (await exists()); i++) await sleep(100);
    t.false(await exists(), 'its logger removed it after it exited');
    for (const [args, message] of [
      [['run', '-d', '--rm', '-i'], /^podctl: --rm with -i but not -t needs podctl attached[^\n]*\n$/],
      [['create', '--rm', '-i'], /^podctl: --rm with -i but not -t needs podctl attached[^\n]*\n$/],
      [['run', '-d', '--restart', 'always', '-t'], /^podctl: --restart always does not go with -i or -t[^\n]*\n$/],
      [['create', '--restart', 'always', '-i'], /^podctl: --restart always does not go with -i or -t[^\n]*\n$/],
    ] as const) {
      const refused = await cli(ns, [...args, '--net', 'none', '--name', name, busybox, 'cat']);
      t.is(refused.exitCode, 125, args.join(' '));
      t.regex(String(refused.stderr), message);
      t.false(await exists(), `${args.join(' ')} made nothing`);
    }
    t.deepEqual(await runFiles(ns), []);
  },
);
