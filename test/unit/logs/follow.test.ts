import test from 'ava';
import { appendFile, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  criChunks,
  followLog,
  followRecords,
  openLog,
  readAvailable,
  RecordSplitter,
  type LogChunk,
} from '../../../src/logs/follow.js';
import type { LogRecord } from '../../../src/logs/logs.js';

test('criChunks: F records end with a newline, P records are given as they are, bad records are skipped', (t) => {
  t.deepEqual(criChunks('T1Z stdout P abc\nT2Z stderr F err\nT3Z stdout F def\ngarbage\nT4Z stdout F \nT5Z stdout P'), [
    { stream: 'stdout', text: 'abc' },
    { stream: 'stderr', text: 'err\n' },
    { stream: 'stdout', text: 'def\n' },
    { stream: 'stdout', text: '\n' },
    { stream: 'stdout', text: '' },
  ]);
});

test('criChunks keeps a carriage return: a terminal (run -t) ends its lines with \\r\\n', (t) => {
  t.deepEqual(criChunks('T1Z stdout F 24 80\r\nT2Z stdout P \r'), [
    { stream: 'stdout', text: '24 80\r\n' },
    { stream: 'stdout', text: '\r' },
  ]);
});

test('RecordSplitter keeps an unfinished record, multi-byte characters included, until its newline', (t) => {
  const s = new RecordSplitter();
  const bytes = Buffer.from('T1Z stdout F héllo\nT2Z stderr F b');
  t.deepEqual(s.push(bytes.subarray(0, 15)), []);
  t.deepEqual(s.push(bytes.subarray(15)), [{ stream: 'stdout', text: 'héllo\n' }]);
  t.deepEqual(s.push(Buffer.from('ye\n')), [{ stream: 'stderr', text: 'bye\n' }]);
  t.deepEqual(s.push(Buffer.from('T3Z stdout P cut')), []);
  t.deepEqual(s.flush(), [{ stream: 'stdout', text: 'cut' }]);
});

async function tempLog(t: { teardown(fn: () => Promise<void>): void }): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'podctl-follow-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  return path.join(dir, 'container.log');
}

const text = (chunks: readonly LogChunk[], stream: LogChunk['stream']) =>
  chunks
    .filter((c) => c.stream === stream)
    .map((c) => c.text)
    .join('');

test('followLog waits for the file, streams appended records, follows a rotation and drains after the end', async (t) => {
  const log = await tempLog(t);
  const chunks: LogChunk[] = [];
  let end!: () => void;
  const until = new Promise<void>((resolve) => (end = resolve));
  const following = followLog(log, { until, onChunk: (c) => chunks.push(c), pollMs: 10, settleMs: 100 });
  await sleep(30);
  await writeFile(log, 'T1Z stdout F one\nT2Z stderr F e1\nT3Z stdout P tw');
  await sleep(50);
  t.is(text(chunks, 'stdout'), 'one\n', 'streamed before the end');
  await appendFile(log, 'o\n');
  await appendFile(log, 'T4Z stdout F !\n');
  await rename(log, `${log}.1`);
  await writeFile(log, 'T5Z stdout F three\n');
  await sleep(50);
  end();
  // Written just after the task's end: the logger's last flush.
  await appendFile(log, 'T6Z stderr P last');
  await following;
  t.is(text(chunks, 'stdout'), 'one\ntwo!\nthree\n');
  t.is(text(chunks, 'stderr'), 'e1\nlast');
});

test('followLog starts again from 0 when the file is truncated in place', async (t) => {
  const log = await tempLog(t);
  await writeFile(log, 'T1Z stdout F a fairly long first line\n');
  const chunks: LogChunk[] = [];
  let end!: () => void;
  const until = new Promise<void>((resolve) => (end = resolve));
  const following = followLog(log, { until, onChunk: (c) => chunks.push(c), pollMs: 10, settleMs: 50 });
  await sleep(40);
  await writeFile(log, 'T2Z stdout F b\n');
  await sleep(40);
  end();
  await following;
  t.is(text(chunks, 'stdout'), 'a fairly long first line\nb\n');
});

test('followLog ends when the writer ends without ever creating the file', async (t) => {
  const log = await tempLog(t);
  const chunks: LogChunk[] = [];
  await followLog(log, { until: Promise.resolve(), onChunk: (c) => chunks.push(c), pollMs: 10, settleMs: 30 });
  t.deepEqual(chunks, []);
});

test('followRecords goes on from a file read before, and an abort ends it at once', async (t) => {
  const log = await tempLog(t);
  await writeFile(log, 'T1Z stdout F old\nT2Z stdout P hal');
  const from = await openLog(log);
  if (from === undefined) return t.fail('the log did not open');
  const before: LogRecord[] = [];
  await readAvailable(from, (r) => before.push(r));
  t.deepEqual(
    before.map((r) => r.text),
    ['old'],
  );
  const records: LogRecord[] = [];
  const ac = new AbortController();
  const following = followRecords(log, {
    from,
    until: new Promise(() => undefined),
    signal: ac.signal,
    onRecord: (r) => records.push(r),
    pollMs: 10,
  });
  await appendFile(log, 'f\nT3Z stderr F new\n');
  await sleep(60);
  t.deepEqual(records, [
    { time: 'T2Z', stream: 'stdout', partial: true, text: 'half' },
    { time: 'T3Z', stream: 'stderr', partial: false, text: 'new' },
  ]);
  const started = Date.now();
  ac.abort();
  await following;
  t.true(Date.now() - started < 100, 'no draining after an abort');
});

test('followLog from openLogAtEnd: only what is written after, across a rotation', async (t) => {
  const log = await tempLog(t);
  await writeFile(log, 'T1Z stdout F old\n');
  const { openLogAtEnd } = await import('../../../src/logs/follow.js');
  const from = await openLogAtEnd(log);
  t.truthy(from);
  await appendFile(log, 'T2Z stdout F new\n');
  await rename(log, `${log}.1`);
  await writeFile(log, 'T3Z stdout F rotated\n');
  const chunks: LogChunk[] = [];
  await followLog(log, {
    until: Promise.resolve(),
    from: from!,
    onChunk: (c) => chunks.push(c),
    pollMs: 10,
    settleMs: 30,
  });
  t.is(text(chunks, 'stdout'), 'new\nrotated\n');
  t.is(await openLogAtEnd(`${log}.missing`), undefined);
});
