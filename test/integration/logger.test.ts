// podctl-logger (native/logger/podctl-logger.c), the per-container log driver, behind the real
// containerd: tasks started by ctr with `--log-uri binary://...`. Needs root, containerd, ctr,
// gcc with a static libc, and busybox-static for the test image.
import test from 'ava';
import type { ExecutionContext } from 'ava';
import { execa, execaSync } from 'execa';
import type { Options } from 'execa';
import { constants as fsConstants, mkdtempSync, openSync } from 'node:fs';
import { mkdir, readFile, readdir, readlink, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { Socket } from 'node:net';
import { basename, join } from 'node:path';
import { repoRoot, testNamespace } from '../helpers/cli.js';

const ns = testNamespace('logger');
const imagesScript = join(repoRoot, 'scripts/build-test-images.sh');
const archivePath = join(repoRoot, 'images/busybox.oci.tar');
const buildScript = join(repoRoot, 'scripts/build-logger.sh');
const logRoot = mkdtempSync(join(tmpdir(), 'podctl-logger-test-'));

/** The CRI log format as the logger writes it: UTC, nine fraction digits. */
const RECORD = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{9}Z) (stdout|stderr) ([FP]) (.*)$/;
const MiB = 1024 * 1024;

interface LogRecord {
  ts: string;
  stream: 'stdout' | 'stderr';
  tag: 'F' | 'P';
  content: string;
}

function ctr(args: string[], options: Options = {}) {
  return execa('ctr', ['-n', ns, ...args], { timeout: 60_000, ...options });
}

async function lines(args: string[]): Promise<string[]> {
  const r = await ctr(args, { reject: false });
  return r.exitCode === 0
    ? String(r.stdout)
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
    : [];
}

// Built once per run: the logger, and the busybox image imported into this file's namespace.
const logger: Promise<string> = (async () => {
  await execa('bash', [buildScript], { timeout: 120_000 });
  return (await execa('bash', [buildScript, '--print-path'])).stdout.trim();
})();
const image: Promise<string> = (async () => {
  await execa('bash', [imagesScript], { timeout: 120_000 });
  const ref = (await execa('bash', [imagesScript, '--print-ref'])).stdout.trim();
  await ctr(['images', 'import', '--all-platforms', archivePath]);
  return ref;
})();
logger.catch(() => undefined); // the tests that await them report the failure
image.catch(() => undefined);

test.after.always('remove the namespace, its image and the log root', async () => {
  for (const row of (await lines(['tasks', 'ls'])).slice(1)) {
    const id = row.split(/\s+/)[0]!;
    await ctr(['tasks', 'kill', '-s', 'SIGKILL', id], { reject: false });
    await ctr(['tasks', 'delete', '-f', id], { reject: false });
  }
  for (const id of await lines(['containers', 'ls', '-q'])) await ctr(['containers', 'rm', id], { reject: false });
  const images = await lines(['images', 'ls', '-q']);
  if (images.length > 0) await ctr(['images', 'rm', '--sync', ...images], { reject: false });
  for (const lease of await lines(['leases', 'ls', '-q']))
    await ctr(['leases', 'rm', '--sync', lease], { reject: false });
  await execa('ctr', ['namespaces', 'rm', ns], { reject: false, timeout: 60_000 });
  await rm(logRoot, { recursive: true, force: true });
});

/** A fresh container id and log path; the task, the container and the log dir go at teardown. */
function container(t: ExecutionContext, name: string): { id: string; dir: string; path: string } {
  const id = `${name}-${Math.random().toString(16).slice(2, 8)}`;
  // Two levels that do not exist yet: the logger creates them (0700).
  const dir = join(logRoot, ns, id);
  t.teardown(async () => {
    await ctr(['tasks', 'kill', '-s', 'SIGKILL', id], { reject: false });
    await ctr(['tasks', 'delete', '-f', id], { reject: false });
    await ctr(['containers', 'rm', id], { reject: false });
    await rm(dir, { recursive: true, force: true });
  });
  return { id, dir, path: join(dir, 'container.log') };
}

function loggerUri(bin: string, args: Record<string, string | number>): string {
  const query = Object.entries(args)
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
    .join('&');
  return `binary://${bin}?${query}`;
}

async function runDetached(id: string, logUri: string, script: string): Promise<void> {
  await ctr(['run', '-d', '--log-uri', logUri, await image, id, 'sh', '-c', script]);
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function taskStatus(id: string): Promise<string | undefined> {
  for (const row of (await lines(['tasks', 'ls'])).slice(1)) {
    const [task, , status] = row.split(/\s+/);
    if (task === id) return status;
  }
  return undefined;
}

function waitStopped(id: string, timeoutMs = 30_000): Promise<string> {
  return waitFor(
    `task ${id} to stop`,
    async () => ((await taskStatus(id)) === 'STOPPED' ? 'STOPPED' : undefined),
    timeoutMs,
  );
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return '';
  }
}

/** Parses a log file; every line must be a well-formed record. */
function parse(t: ExecutionContext, text: string, file: string): LogRecord[] {
  const rows = text.split('\n');
  t.is(rows.pop(), '', `${file} ends with a newline`);
  const records: LogRecord[] = [];
  let malformed = 0;
  for (const row of rows) {
    const m = RECORD.exec(row);
    if (!m) {
      if (malformed++ < 3) t.fail(`${file}: malformed record ${JSON.stringify(row.slice(0, 120))}`);
      continue;
    }
    records.push({ ts: m[1]!, stream: m[2] as LogRecord['stream'], tag: m[3] as LogRecord['tag'], content: m[4]! });
  }
  t.is(malformed, 0, `${file}: every line is a record`);
  return records;
}

/** Timestamps are valid dates, strictly increasing (fixed width, so as text too). */
function assertTimestamps(t: ExecutionContext, records: LogRecord[], notBefore: number): void {
  let previous = '';
  let bad = 0;
  for (const r of records) {
    const ms = Date.parse(r.ts);
    if (!(ms >= notBefore - 1000 && ms <= Date.now() + 1000) || r.ts <= previous) bad++;
    previous = r.ts;
  }
  t.is(bad, 0, 'timestamps parse, lie within the test, and increase strictly');
}

interface LoggerProcess {
  pid: number;
  ppid: number;
  parentExe: string;
  env: string[];
  fds: Record<string, string>;
}

/** The logger of container id: a process whose exe is the logger, with the container's env. */
async function findLogger(bin: string, id: string): Promise<LoggerProcess | undefined> {
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if ((await readlink(`/proc/${entry}/exe`)) !== bin) continue;
      const env = (await readFile(`/proc/${entry}/environ`, 'latin1')).split('\0').filter(Boolean);
      if (!env.includes(`CONTAINER_ID=${id}`) || !env.includes(`CONTAINER_NAMESPACE=${ns}`)) continue;
      const status = await readFile(`/proc/${entry}/status`, 'utf8');
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
      const fds: Record<string, string> = {};
      for (const fd of await readdir(`/proc/${entry}/fd`))
        fds[fd] = await readlink(`/proc/${entry}/fd/${fd}`).catch(() => '?');
      return { pid: Number(entry), ppid, parentExe: await readlink(`/proc/${ppid}/exe`), env, fds };
    } catch {
      // gone meanwhile, or not ours
    }
  }
  return undefined;
}

async function memoryKiB(pid: number): Promise<{ rss: number; hwm: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return {
    rss: Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1]),
    hwm: Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1]),
  };
}

test.serial(
  'stdout and stderr become CRI records, with timestamps; a trailing partial line is written at delete',
  async (t) => {
    const bin = await logger;
    const c = container(t, 'format');
    const started = Date.now();
    await runDetached(
      c.id,
      loggerUri(bin, { path: c.path }),
      'echo out1; echo err1 >&2; printf partial; sleep 1; echo out2; printf tail',
    );
    await waitStopped(c.id);
    // The task has exited but is not deleted: the shim still holds the pipes' write ends, so the
    // logger has not seen EOF, and "tail" (no newline yet) is still pending in it.
    await waitFor('out2 in the log', async () =>
      (await readText(c.path)).includes(' stdout F partialout2\n') ? true : undefined,
    );
    t.false((await readText(c.path)).includes('tail'), 'the unterminated last line waits for the end of the stream');

    await ctr(['tasks', 'delete', c.id]); // closes the pipes and SIGTERMs the logger, waits for it

    const records = parse(t, await readFile(c.path, 'utf8'), 'container.log');
    assertTimestamps(t, records, started);
    const of = (stream: string) => records.filter((r) => r.stream === stream).map((r) => `${r.tag} ${r.content}`);
    t.deepEqual(of('stdout'), ['F out1', 'F partialout2', 'P tail']);
    t.deepEqual(of('stderr'), ['F err1']);
    // A line's timestamp is when its newline arrived: out2 came after the sleep.
    const out1 = records.find((r) => r.content === 'out1')!;
    const out2 = records.find((r) => r.content === 'partialout2')!;
    t.true(Date.parse(out2.ts) - Date.parse(out1.ts) >= 900, `${out1.ts} .. ${out2.ts}`);

    t.is((await stat(c.path)).mode & 0o777, 0o640, 'the log file is 0640');
    t.is((await stat(c.dir)).mode & 0o777, 0o700, 'the container log dir is 0700');
    t.is((await stat(join(logRoot, ns))).mode & 0o777, 0o700, 'the namespace log dir is 0700');
  },
);

test.serial('partial-flush writes a waiting unterminated line as a P record before its newline comes', async (t) => {
  const bin = await logger;
  const c = container(t, 'partial');
  const started = Date.now();
  await runDetached(
    c.id,
    loggerUri(bin, { path: c.path, 'partial-flush': 200 }),
    'echo out1; echo err1 >&2; printf partial; sleep 1; echo out2; printf tail',
  );
  await waitStopped(c.id);
  // Exited, not deleted: with partial-flush the last line still shows up.
  await waitFor(
    'the tail in the log',
    async () => ((await readText(c.path)).includes(' stdout P tail\n') ? true : undefined),
    5_000,
  );
  await ctr(['tasks', 'delete', c.id]);

  const records = parse(t, await readFile(c.path, 'utf8'), 'container.log');
  assertTimestamps(t, records, started);
  t.deepEqual(
    records.filter((r) => r.stream === 'stdout').map((r) => `${r.tag} ${r.content}`),
    ['F out1', 'P partial', 'F out2', 'P tail'],
    'a reader joins P records with the next record of the stream: partial + out2',
  );
  t.deepEqual(
    records.filter((r) => r.stream === 'stderr').map((r) => `${r.tag} ${r.content}`),
    ['F err1'],
  );
});

test.serial('the logs outlive the task and the container in containerd: the file is ours', async (t) => {
  const bin = await logger;
  const c = container(t, 'survive');
  await runDetached(c.id, loggerUri(bin, { path: c.path }), 'echo kept; echo also-kept >&2');
  await waitStopped(c.id);
  t.truthy(await findLogger(bin, c.id), 'the logger runs while the task exists');
  await ctr(['tasks', 'delete', c.id]);
  await ctr(['containers', 'rm', c.id]);

  t.false((await lines(['containers', 'ls', '-q'])).includes(c.id), 'containerd forgot the container');
  t.is(await findLogger(bin, c.id), undefined, 'the logger has exited');
  const records = parse(t, await readFile(c.path, 'utf8'), 'container.log');
  t.deepEqual(records.map((r) => `${r.stream} ${r.tag} ${r.content}`).sort(), ['stderr F also-kept', 'stdout F kept']);
  // The file is the caller's to remove (podctl does it with the container's other host files).
  await rm(c.dir, { recursive: true });
  await t.throwsAsync(stat(c.dir));
});

test.serial(
  'on-exit runs once the init process has exited, while the task is still there, detached, once',
  async (t) => {
    const bin = await logger;
    const c = container(t, 'onexit');
    const marker = join(logRoot, `${c.id}.marker`);
    t.teardown(() => rm(marker, { force: true }));
    // The command's environment is the logger's: the container's ID and namespace. $$ and the
    // session are written too, from /proc, without PATH (the logger passes none).
    const script = `read -r stat < /proc/$$/stat; set -- \${stat##*) }; echo "$CONTAINER_ID $CONTAINER_NAMESPACE sid=$4 pid=$$" >> ${marker}`;
    await runDetached(
      c.id,
      loggerUri(bin, { path: c.path, 'on-exit': ['/bin/sh', '-c', script].join('\n') }),
      'echo running; sleep 1; exit 3',
    );
    const logger1 = await waitFor('the logger', () => findLogger(bin, c.id));
    t.is(await readText(marker), '', 'not while the container runs');
    await waitStopped(c.id);
    const line = await waitFor('the on-exit command', async () => (await readText(marker)) || undefined, 10_000);
    t.regex(line, new RegExp(`^${c.id} ${ns} sid=(\\d+) pid=(\\d+)\n$`));
    const [, sid, pid] = /sid=(\d+) pid=(\d+)/.exec(line)!;
    const loggerSession = (await readFile(`/proc/${logger1.pid}/stat`, 'utf8')).replace(/^.*\) /s, '').split(' ')[3];
    t.not(sid, loggerSession, 'a session of its own (its parent, gone, leads it)');
    t.is(await taskStatus(c.id), 'STOPPED', 'the task was not deleted: the exit alone set it off');
    t.truthy(await findLogger(bin, c.id), 'the logger goes on until the task is deleted');
    await ctr(['tasks', 'delete', c.id]);
    await waitFor('the logger to exit', async () => ((await findLogger(bin, c.id)) === undefined ? true : undefined));
    t.is(await readText(marker), line, 'once, not again at delete');
    t.not(logger1.pid, Number(pid));
    const records = parse(t, await readFile(c.path, 'utf8'), 'container.log');
    t.deepEqual(
      records.map((r) => r.content),
      ['running'],
      'logging as usual',
    );
  },
);

test.serial('on-exit must be an absolute path: a usage error, before readiness', async (t) => {
  const bin = await logger;
  const r = await execa(bin, ['path', join(logRoot, 'x', 'container.log'), 'on-exit', 'sh\n-c\ntrue'], {
    reject: false,
  });
  t.is(r.exitCode, 2);
  t.regex(r.stderr, /^podctl-logger: on-exit must be an absolute program path/m);
});

test.serial('rotation at max-size keeps max-files files and loses only what rotated away', async (t) => {
  const bin = await logger;
  const c = container(t, 'rotate');
  const maxSize = 1 * MiB;
  const maxFiles = 3;
  const count = 31_200; // 60-byte lines, 101-byte records: about 3 MiB of log
  const pad = 'x'.repeat(51);
  const started = Date.now();
  await runDetached(
    c.id,
    loggerUri(bin, { path: c.path, 'max-size': maxSize, 'max-files': maxFiles }),
    `awk 'BEGIN { for (i = 1; i <= ${count}; i++) printf "%08d ${pad}\\n", i }'`,
  );
  await waitStopped(c.id);
  await ctr(['tasks', 'delete', c.id]);

  const files = (await readdir(c.dir)).sort();
  t.deepEqual(files, ['container.log', 'container.log.1', 'container.log.2'], 'no container.log.3');

  // Oldest first: .2, .1, then the live file.
  const records: LogRecord[] = [];
  for (const file of ['container.log.2', 'container.log.1', 'container.log']) {
    const path = join(c.dir, file);
    const size = (await stat(path)).size;
    t.true(size <= maxSize, `${file}: ${size} bytes <= max-size`);
    if (file !== 'container.log') t.true(size > maxSize - 200, `${file} was filled before rotating (${size} bytes)`);
    t.is((await stat(path)).mode & 0o777, 0o640, `${file} is 0640`);
    records.push(...parse(t, await readFile(path, 'utf8'), file));
  }
  assertTimestamps(t, records, started);
  t.true(
    records.every((r) => r.stream === 'stdout' && r.tag === 'F' && r.content.length === 60),
    'whole lines only',
  );

  // The sequence numbers run without a gap up to the last line: what is missing is exactly a
  // prefix, the records of the files rotated away beyond max-files.
  const seq = records.map((r) => Number(r.content.slice(0, 8)));
  const first = seq[0]!;
  t.is(seq.at(-1), count, 'the last line is there');
  t.true(
    seq.every((n, i) => n === first + i),
    'consecutive',
  );
  const recordBytes = 30 + 1 + 6 + 1 + 1 + 1 + 60 + 1;
  const perFile = Math.floor(maxSize / recordBytes);
  const rotations = Math.ceil(count / perFile) - 1;
  const lost = perFile * Math.max(0, rotations - (maxFiles - 1));
  t.is(first - 1, lost, `lines lost to rotation: ${lost} of ${count}`);
  t.log(`${count} lines, ${records.length} kept in ${files.length} files, ${lost} rotated away`);
});

test.serial('RSS of the logger stays within 2 MiB; it runs under the shim with the protocol fds', async (t) => {
  const bin = await logger;
  const c = container(t, 'rss');
  // A 2 MB burst (the buffers fill), then output every 0.1 s for 5 s.
  await runDetached(
    c.id,
    loggerUri(bin, { path: c.path }),
    `awk 'BEGIN { for (i = 0; i < 20000; i++) printf "%099d\\n", i }'; ` +
      'i=0; while [ $i -lt 50 ]; do echo tick $i; echo tock $i >&2; i=$((i+1)); sleep 0.1; done',
  );
  const proc = await waitFor('the logger process', () => findLogger(bin, c.id), 10_000);
  await waitFor('ticks in the log', async () =>
    (await readText(c.path)).includes(' stdout F tick 20\n') ? true : undefined,
  );
  const samples: number[] = [];
  for (let i = 0; i < 10; i++) {
    samples.push((await memoryKiB(proc.pid)).rss);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const { rss, hwm } = await memoryKiB(proc.pid);
  t.log(
    `logger pid ${proc.pid}: VmRSS ${Math.max(...samples, rss)} kB (max of ${samples.length + 1} samples), VmHWM ${hwm} kB`,
  );
  t.log(`parent ${proc.ppid} ${proc.parentExe}; env ${proc.env.join(' ')}; fds ${JSON.stringify(proc.fds)}`);
  t.true(Math.max(...samples, rss) <= 2048, 'VmRSS <= 2 MiB');
  t.true(hwm <= 2048, 'VmHWM (peak, the burst included) <= 2 MiB');

  t.true(basename(proc.parentExe).startsWith('containerd-shim'), 'the logger is a child of the shim');
  t.deepEqual(proc.env.sort(), [`CONTAINER_ID=${c.id}`, `CONTAINER_NAMESPACE=${ns}`], 'the env is the two variables');
  t.regex(proc.fds['3'] ?? '', /^pipe:/, 'fd 3: the stdout pipe');
  t.regex(proc.fds['4'] ?? '', /^pipe:/, 'fd 4: the stderr pipe');
  t.false(
    Object.values(proc.fds).some((f) => f.startsWith('pipe:') && f !== proc.fds['3'] && f !== proc.fds['4']),
    'fd 5 (ready) is closed once readiness is signalled',
  );
  t.deepEqual(
    Object.entries(proc.fds)
      .filter(([fd]) => Number(fd) > 4)
      .map(([, f]) => f),
    [c.path],
    'beyond the protocol fds, only the log file is open (inherited strays are closed)',
  );
  t.deepEqual(
    [proc.fds['0'], proc.fds['1'], proc.fds['2']],
    ['/dev/null', '/dev/null', '/dev/null'],
    'stdio is /dev/null',
  );

  await waitStopped(c.id);
  await ctr(['tasks', 'delete', c.id]);
  const records = parse(t, await readFile(c.path, 'utf8'), 'container.log');
  t.is(records.filter((r) => r.content.startsWith('tick ')).length, 50);
  t.is(records.filter((r) => r.stream === 'stderr' && r.content.startsWith('tock ')).length, 50);
  t.is(records.filter((r) => r.content.length === 99).length, 20000);
});

test.serial('a full disk drops records but never blocks the container; the file stays well formed', async (t) => {
  const bin = await logger;
  const c = container(t, 'full');
  await mkdir(c.dir, { recursive: true, mode: 0o700 });
  const mounted = await execa('mount', ['-t', 'tmpfs', '-o', 'size=256k,mode=0700', 'tmpfs', c.dir], { reject: false });
  t.is(mounted.exitCode, 0, `a small tmpfs for the full-disk case: ${mounted.stderr}`);
  t.teardown(async () => {
    await execa('umount', ['-l', c.dir], { reject: false });
  });
  // 2 MB into 256 KiB; the last line goes to stderr.
  await runDetached(
    c.id,
    loggerUri(bin, { path: c.path, 'max-size': 0 }),
    `awk 'BEGIN { for (i = 0; i < 20000; i++) printf "%099d\\n", i }'; echo done >&2`,
  );
  await waitStopped(c.id, 30_000); // the container wrote everything: it was not blocked
  await ctr(['tasks', 'delete', c.id]); // nor is the shim: the logger exits on SIGTERM/EOF
  const text = await readFile(c.path, 'utf8');
  t.true(text.length <= 256 * 1024);
  const records = parse(t, text, 'container.log');
  t.true(records.length > 100 && records.length < 20000, `${records.length} records kept of 20001`);
  t.log(`disk full: ${records.length} of 20001 records kept in ${text.length} bytes`);
});

test.serial('throughput, measured against the shim writing a plain file (file://)', async (t) => {
  const bin = await logger;
  const count = 2_000_000;
  const line = 'the quick brown fox jumps over the lazy dog 0123456789 abcdefghijklmnopqrstuv'; // 78 bytes
  const script = `yes '${line}' | head -n ${count}`;
  const dir = join(logRoot, 'throughput');
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  const runs: Record<string, { uri: string; file?: string }> = {
    'file:///dev/null (no log, the floor)': { uri: 'file:///dev/null' },
    'file:// (the shim copies to a file)': { uri: `file://${join(dir, 'plain.log')}`, file: join(dir, 'plain.log') },
    'binary:// podctl-logger': {
      uri: loggerUri(bin, { path: join(dir, 'cri', 'container.log'), 'max-size': 0 }),
      file: join(dir, 'cri', 'container.log'),
    },
  };
  for (const [name, run] of Object.entries(runs)) {
    const id = `tput-${Math.random().toString(16).slice(2, 8)}`;
    t.teardown(async () => {
      await ctr(['tasks', 'delete', '-f', id], { reject: false });
      await ctr(['containers', 'rm', id], { reject: false });
    });
    const start = process.hrtime.bigint();
    // In the foreground with --rm: returns after the exit and the delete, and the delete waits
    // for the logger (or the shim's copy) to finish.
    await ctr(['run', '--rm', '--log-uri', run.uri, await image, id, 'sh', '-c', script], { timeout: 120_000 });
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (run.file) {
      const r = await execa('wc', ['-l', run.file]);
      t.is(Number(r.stdout.trim().split(/\s+/)[0]), count, `${name}: every line arrived`);
      const size = (await stat(run.file)).size;
      await rm(run.file);
      t.log(
        `${name}: ${seconds.toFixed(2)} s, ${Math.round(count / seconds).toLocaleString('en')} lines/s, ${(size / MiB).toFixed(0)} MiB written`,
      );
    } else {
      t.log(`${name}: ${seconds.toFixed(2)} s, ${Math.round(count / seconds).toLocaleString('en')} lines/s`);
    }
  }
});

// --- tee=: the raw stdout bytes for a reader attached now (podctl run -t) ----------------------

/** A FIFO with its reader open (non-blocking, so the open does not wait for the logger). */
function teeFifo(t: ExecutionContext, dir: string): { path: string; reader: Socket } {
  const path = join(dir, 'tee');
  execaSync('mkfifo', ['-m', '600', path]);
  const reader = new Socket({
    fd: openSync(path, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK),
    readable: true,
    writable: false,
  });
  t.teardown(() => void reader.destroy());
  return { path, reader };
}

/** Everything the reader gets until its end-of-file. */
function readToEnd(reader: Socket): Promise<Buffer> {
  const chunks: Buffer[] = [];
  reader.on('data', (c: Buffer) => chunks.push(c));
  return new Promise((resolve, reject) => {
    reader.once('end', () => resolve(Buffer.concat(chunks)));
    reader.once('error', reject);
  });
}

test.serial('tee copies stdout raw to a FIFO reader, and gives it end-of-file when stdout ends', async (t) => {
  const bin = await logger;
  const c = container(t, 'tee');
  await mkdir(c.dir, { recursive: true, mode: 0o700 });
  const { path, reader } = teeFifo(t, c.dir);
  const got = readToEnd(reader);
  await runDetached(
    c.id,
    loggerUri(bin, { path: c.path, tee: path }),
    "printf 'a\\t\\001\\nb'; echo err >&2; sleep 0.3; printf 'c\\n'",
  );
  await waitStopped(c.id);
  await ctr(['tasks', 'delete', c.id]); // without a TTY, stdout ends when the task is deleted
  t.is((await got).toString('latin1'), 'a\t\x01\nbc\n', 'stdout only, byte for byte');
  const records = parse(t, await readFile(c.path, 'utf8'), 'container.log');
  t.deepEqual(
    records.map((r) => `${r.stream} ${r.tag} ${r.content}`),
    ['stdout F a\t\x01', 'stderr F err', 'stdout F bc'],
    'the log has everything, as without a tee',
  );
});

test.serial('tee is flow-controlled: stdout waits for the reader, and nothing is lost', async (t) => {
  const bin = await logger;
  const c = container(t, 'tee-slow');
  await mkdir(c.dir, { recursive: true, mode: 0o700 });
  const { path, reader } = teeFifo(t, c.dir);
  reader.pause();
  const count = 20_000; // 100-byte lines: 2 MB, far more than the pipes and the logger hold
  await runDetached(
    c.id,
    loggerUri(bin, { path: c.path, tee: path }),
    `awk 'BEGIN { for (i = 0; i < ${count}; i++) printf "%099d\\n", i }'; echo done`,
  );
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  t.is(await taskStatus(c.id), 'RUNNING', 'the container waits while the reader does not read');
  const logged = (await readText(c.path)).split('\n').length - 1;
  t.true(logged < count, `only what the reader could have taken is logged so far (${logged} lines)`);
  const got = readToEnd(reader);
  reader.resume();
  await waitStopped(c.id);
  await ctr(['tasks', 'delete', c.id]);
  const text = (await got).toString('latin1');
  t.is(text, `${Array.from({ length: count }, (_, i) => `${String(i).padStart(99, '0')}\n`).join('')}done\n`);
  t.is(parse(t, await readFile(c.path, 'utf8'), 'container.log').length, count + 1);
});

test.serial('a tee whose reader goes away is dropped; logging goes on', async (t) => {
  const bin = await logger;
  const c = container(t, 'tee-gone');
  await mkdir(c.dir, { recursive: true, mode: 0o700 });
  const { path, reader } = teeFifo(t, c.dir);
  const first = new Promise<string>((resolve) => reader.once('data', (d: Buffer) => resolve(d.toString())));
  await runDetached(
    c.id,
    loggerUri(bin, { path: c.path, tee: path }),
    `echo first; sleep 0.5; awk 'BEGIN { for (i = 0; i < 20000; i++) printf "%099d\\n", i }'; echo last`,
  );
  t.is(await first, 'first\n');
  reader.destroy();
  await waitStopped(c.id, 30_000); // not blocked by the reader that left
  await ctr(['tasks', 'delete', c.id]);
  const records = parse(t, await readFile(c.path, 'utf8'), 'container.log');
  t.is(records.length, 20_002);
  t.is(records.at(-1)?.content, 'last');
});

test.serial('a tee without a reader is no tee: the logger logs as usual', async (t) => {
  const bin = await logger;
  const c = container(t, 'tee-none');
  await mkdir(c.dir, { recursive: true, mode: 0o700 });
  const path = join(c.dir, 'tee');
  await execa('mkfifo', [path]);
  await runDetached(c.id, loggerUri(bin, { path: c.path, tee: path }), 'echo alone');
  await waitStopped(c.id);
  await ctr(['tasks', 'delete', c.id]);
  t.deepEqual(
    parse(t, await readFile(c.path, 'utf8'), 'container.log').map((r) => r.content),
    ['alone'],
  );
});
