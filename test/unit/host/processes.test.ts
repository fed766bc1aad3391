import test from 'ava';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  cpuPercent,
  formatCpuTime,
  formatStartTime,
  formatTty,
  parseBootTime,
  parseCmdline,
  parsePasswd,
  parseStat,
  parseStatusUid,
  psRow,
  readProcess,
} from '../../../src/host/processes.js';

const stat = (comm: string, rest = 'S 7 7 7 0 -1 4194560 100 0 0 0 250 50 0 0 20 0 1 0 1000 1 1') =>
  `42 (${comm}) ${rest}\n`;

const stats = test.macro({
  exec(t, text: string, expected: Partial<NonNullable<ReturnType<typeof parseStat>>> | undefined) {
    const parsed = parseStat(text);
    if (expected === undefined) t.is(parsed, undefined);
    else t.like(parsed, expected);
  },
  title: (title = '') => `parseStat ${title}`,
});

test('plain name', stats, stat('sleep'), {
  pid: 42,
  comm: 'sleep',
  state: 'S',
  ppid: 7,
  ttyNr: 0,
  utime: 250,
  stime: 50,
  starttime: 1000,
});
test('a name with spaces and parentheses', stats, stat('a) (b c'), { comm: 'a) (b c', ppid: 7, starttime: 1000 });
test('a zombie on a tty', stats, stat('sh', 'Z 1 1 1 34816 -1 0 0 0 0 0 3 4 0 0 20 0 1 0 5 0 0'), {
  state: 'Z',
  ppid: 1,
  ttyNr: 34816,
  utime: 3,
  stime: 4,
  starttime: 5,
});
test('no parentheses', stats, '42 sleep S 1', undefined);
test('truncated', stats, '42 (sleep) S 1 2', undefined);

test('parseStatusUid', (t) => {
  t.is(parseStatusUid('Name:\tsh\nUid:\t1000\t1000\t1000\t1000\nGid:\t0\n'), 1000);
  t.is(parseStatusUid('Name:\tsh\n'), undefined);
});

const cmdlines = test.macro({
  exec: (t, text: string, expected: string[]) => t.deepEqual(parseCmdline(text), expected),
  title: (_t, text: string) => `parseCmdline ${JSON.stringify(text)}`,
});
test(cmdlines, 'sh\0-c\0trap "exit 7" TERM\0', ['sh', '-c', 'trap "exit 7" TERM']);
test(cmdlines, '/pause\0', ['/pause']);
test(cmdlines, 'a\0\0b\0', ['a', '', 'b']);
test(cmdlines, '', []);

test('parseBootTime and parsePasswd', (t) => {
  t.is(parseBootTime('cpu 1 2 3\nbtime 1700000000\nprocesses 5\n'), 1700000000);
  t.is(parseBootTime('cpu 1\n'), undefined);
  const users = parsePasswd('root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534::/:/bin/false\n# junk\nbad:x:y\n');
  t.deepEqual(
    [...users],
    [
      [0, 'root'],
      [65534, 'nobody'],
    ],
  );
});

const ttys = test.macro({
  exec: (t, nr: number, expected: string) => t.is(formatTty(nr), expected),
  title: (_t, nr: number, expected: string) => `formatTty ${nr} → ${expected}`,
});
test(ttys, 0, '?');
test(ttys, (136 << 8) | 0, 'pts/0');
test(ttys, (136 << 8) | 5, 'pts/5');
test(ttys, (137 << 8) | 1, 'pts/257');
test(ttys, (4 << 8) | 1, 'tty1');
test(ttys, (4 << 8) | 64, 'ttyS0');
test(ttys, (5 << 8) | 1, '?');

const times = test.macro({
  exec: (t, ticks: number, expected: string) => t.is(formatCpuTime(ticks), expected),
  title: (_t, ticks: number, expected: string) => `formatCpuTime ${ticks} → ${expected}`,
});
test(times, 0, '00:00:00');
test(times, 99, '00:00:00');
test(times, 6100, '00:01:01');
test(times, 366_100, '01:01:01');
test(times, 8_640_000 + 100, '1-00:00:01');

test('formatStartTime: today, this year, another year', (t) => {
  const now = new Date(2026, 10, 27, 15, 30);
  t.is(formatStartTime(new Date(2026, 10, 27, 9, 5), now), '09:05');
  t.is(formatStartTime(new Date(2026, 2, 4, 9, 5), now), 'Mar04');
  t.is(formatStartTime(new Date(2025, 2, 4), now), '2025');
});

test('cpuPercent and psRow', (t) => {
  const clock = { bootTime: 1_000_000, now: new Date((1_000_000 + 10 + 20) * 1000) };
  // Started 10 s after boot (1000 ticks), lived 20 s, used 3 s of CPU.
  const parsed = parseStat(stat('sleep'))!;
  t.is(cpuPercent(parsed, clock), 15);
  t.is(cpuPercent({ ...parsed, starttime: 3000 }, clock), 0, 'not yet lived');
  const row = psRow({ stat: parsed, uid: 0, args: ['sleep', '1'] }, clock, new Map([[0, 'root']]));
  t.deepEqual(
    [row[0], row[1], row[2], row[3], row[5], row[6], row[7]],
    ['root', '42', '7', '15', '?', '00:00:03', 'sleep 1'],
  );
  t.is(psRow({ stat: parsed, uid: 7, args: [] }, clock, new Map()).at(-1), '[sleep]');
  t.is(psRow({ stat: parsed, uid: 7, args: [] }, clock, new Map())[0], '7');
});

test('readProcess reads a fake /proc, and this process from the real one', async (t) => {
  const root = await mkdtemp(path.join(tmpdir(), 'podctl-proc-'));
  t.teardown(() => rm(root, { recursive: true, force: true }));
  await mkdir(path.join(root, '42'));
  await writeFile(path.join(root, '42', 'stat'), stat('sh'));
  await writeFile(path.join(root, '42', 'status'), 'Name:\tsh\nUid:\t5\t5\t5\t5\n');
  await writeFile(path.join(root, '42', 'cmdline'), 'sh\0-c\0true\0');
  t.like(await readProcess(42, root), { uid: 5, args: ['sh', '-c', 'true'], stat: { comm: 'sh' } });
  t.is(await readProcess(43, root), undefined, 'a process that is gone');
  const me = await readProcess(process.pid);
  t.is(me?.stat.pid, process.pid);
  t.is(me?.stat.ppid, process.ppid);
});
