import test from 'ava';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  compareTimes,
  logFiles,
  mergeByTime,
  parseCriLog,
  readContainerLog,
  tailLines,
} from '../../../src/logs/logs.js';

test('parseCriLog reads full records and keeps the streams apart', (t) => {
  const text =
    [
      '2026-01-02T03:04:05.000000001Z stdout F hello',
      '2026-01-02T03:04:05.000000002Z stderr F oops',
      '2026-01-02T03:04:05.3Z stdout F ',
    ].join('\n') + '\n';
  t.deepEqual(parseCriLog(text), [
    { time: '2026-01-02T03:04:05.000000001Z', stream: 'stdout', text: 'hello' },
    { time: '2026-01-02T03:04:05.000000002Z', stream: 'stderr', text: 'oops' },
    { time: '2026-01-02T03:04:05.3Z', stream: 'stdout', text: '' },
  ]);
});

test('parseCriLog joins P records to the line they start, per stream, with the first timestamp', (t) => {
  const text = [
    'T1Z stdout P abc',
    'T2Z stderr F err',
    'T3Z stdout P def',
    'T4Z stdout F ghi',
    'T5Z stdout P tail',
  ].join('\n');
  t.deepEqual(parseCriLog(text), [
    { time: 'T2Z', stream: 'stderr', text: 'err' },
    { time: 'T1Z', stream: 'stdout', text: 'abcdefghi' },
    { time: 'T5Z', stream: 'stdout', text: 'tail' },
  ]);
});

test('parseCriLog keeps spaces in the text and skips records that do not parse', (t) => {
  t.deepEqual(parseCriLog('garbage\nT1Z stdout F  two  spaces \nT2Z stdin F no\n'), [
    { time: 'T1Z', stream: 'stdout', text: ' two  spaces ' },
  ]);
});

test('tailLines', (t) => {
  t.deepEqual(tailLines([1, 2, 3], undefined), [1, 2, 3]);
  t.deepEqual(tailLines([1, 2, 3], 2), [2, 3]);
  t.deepEqual(tailLines([1, 2, 3], 0), []);
  t.deepEqual(tailLines([1, 2, 3], 9), [1, 2, 3]);
});

test('compareTimes orders by the instant, nanoseconds and offsets included', (t) => {
  t.true(compareTimes('2026-01-02T03:04:05.000000001Z', '2026-01-02T03:04:05.000000002Z') < 0);
  t.true(compareTimes('2026-01-02T03:04:05.9Z', '2026-01-02T03:04:05.10Z') > 0);
  t.is(compareTimes('2026-01-02T04:04:05.5+01:00', '2026-01-02T03:04:05.500000000Z'), 0);
});

test('mergeByTime interleaves sources by time, stable within a source', (t) => {
  const a = [
    { time: '2026-01-01T00:00:01Z', v: 'a1' },
    { time: '2026-01-01T00:00:03Z', v: 'a2' },
    { time: '2026-01-01T00:00:03Z', v: 'a3' },
  ];
  const b = [
    { time: '2026-01-01T00:00:02Z', v: 'b1' },
    { time: '2026-01-01T00:00:03Z', v: 'b2' },
  ];
  t.deepEqual(
    mergeByTime([a, b]).map((x) => x.v),
    ['a1', 'b1', 'a2', 'a3', 'b2'],
  );
});

test('readContainerLog reads rotated files oldest first, then the live one', async (t) => {
  const dir = await mkdtemp(path.join(tmpdir(), 'podctl-logs-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  const live = path.join(dir, 'container.log');
  await writeFile(`${live}.2`, 'T1Z stdout F one\nT2Z stdout P tw');
  await writeFile(`${live}.1`, 'T3Z stdout F o\n');
  await writeFile(live, 'T4Z stdout F three\n');
  await writeFile(`${live}.tmp`, 'T0Z stdout F ignored\n');
  t.deepEqual(await logFiles(live), [`${live}.2`, `${live}.1`, live]);
  t.deepEqual(
    (await readContainerLog(live)).map((l) => l.text),
    ['one', 'two', 'three'],
  );
  t.deepEqual(
    (await readContainerLog(live, { tail: 1 })).map((l) => l.text),
    ['three'],
  );
  t.deepEqual(await readContainerLog(path.join(dir, 'none', 'container.log')), []);
});

test('readContainerLog keeps the lines in the --since/--until window, then the tail of those', async (t) => {
  const dir = await mkdtemp(path.join(tmpdir(), 'podctl-logs-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  const live = path.join(dir, 'container.log');
  const at = (s: number) => `2026-01-02T03:04:0${s}.000000000Z`;
  await writeFile(`${live}.1`, `${at(1)} stdout F one\n${at(2)} stdout F two\n`);
  await writeFile(live, `${at(3)} stderr F three\n${at(4)} stdout F four\n${at(5)} stdout F five\n`);
  const ns = (s: number) => BigInt(Date.UTC(2026, 0, 2, 3, 4, s)) * 1_000_000n;
  const texts = async (options: Parameters<typeof readContainerLog>[1]) =>
    (await readContainerLog(live, options)).map((l) => l.text);
  t.deepEqual(await texts({ since: ns(2) }), ['two', 'three', 'four', 'five']);
  t.deepEqual(await texts({ until: ns(3) }), ['one', 'two', 'three']);
  t.deepEqual(await texts({ since: ns(2), until: ns(4), tail: 2 }), ['three', 'four']);
  t.deepEqual(await texts({ since: ns(6) }), []);
});

test('parseCriLog keeps a carriage return in the text: a terminal (run -t) ends its lines with \\r\\n', (t) => {
  t.deepEqual(parseCriLog('T1Z stdout F /dev/pts/0\r\nT2Z stdout P / # \r\n'), [
    { time: 'T1Z', stream: 'stdout', text: '/dev/pts/0\r' },
    { time: 'T2Z', stream: 'stdout', text: '/ # \r' },
  ]);
});
