import test from 'ava';
import { isProcessAlive, ownIdentity, processIdentity } from '../../../src/state/process-identity.js';
import { parseStat } from '../../../src/host/processes.js';
import { readFile } from 'node:fs/promises';

test('a process identity is its PID and start time: this process is alive under it, a changed start time is not', async (t) => {
  const me = await processIdentity();
  t.regex(me ?? '', new RegExp(`^${process.pid}:\\d+$`));
  t.true(await isProcessAlive(me!));
  const [pid, start] = me!.split(':');
  t.false(await isProcessAlive(`${pid}:${Number(start) + 1}`));
  t.false(await isProcessAlive('not-an-identity'));
  t.false(await isProcessAlive(''));
  t.is(await processIdentity(2 ** 22 + 1), undefined);
});

test('the start time is the one parseStat reads, whatever the command name holds', async (t) => {
  const stat = parseStat(await readFile('/proc/self/stat', 'utf8'));
  t.is(await processIdentity(), `${process.pid}:${stat!.starttime}`);
});

test('ownIdentity is processIdentity of this process, read once', async (t) => {
  t.is(ownIdentity(), (await processIdentity()) ?? 'no identity');
  t.is(ownIdentity(), ownIdentity());
});
