import test from 'ava';
import { spawnSync } from 'node:child_process';
import {
  creatorLabels,
  isCreatorRunning,
  ownIdentity,
  processIdentity,
  statStartTime,
} from '../../../src/state/creator.js';
import { LABELS } from '../../../src/state/labels.js';

const stat = (comm: string) =>
  `4242 (${comm}) S 1 4242 4242 0 -1 4194560 1234 0 0 0 5 3 0 0 20 0 1 0 987654 12345678 900 18446744073709551615`;

test('the start time is field 22 of /proc/<pid>/stat, whatever the command name holds', (t) => {
  t.is(statStartTime(stat('node')), '987654');
  t.is(statStartTime(stat('a) b (c')), '987654', 'a name with parentheses and spaces');
  t.is(statStartTime(''), undefined);
  t.is(statStartTime('4242 (node) S 1'), undefined, 'cut short');
});

test('this process is running under its own identity, and a lease names it', (t) => {
  const own = ownIdentity();
  t.regex(own, new RegExp(`^[0-9a-f-]{36}/${process.pid}/\\d+$`));
  t.is(processIdentity(process.pid), own);
  t.true(isCreatorRunning(own));
  t.deepEqual(creatorLabels(), { [LABELS.createdBy]: 'podctl', [LABELS.creator]: own });
});

test('a process that is gone, a reused PID, another boot or no label: not running', (t) => {
  const child = spawnSync('true');
  t.false(isCreatorRunning(`${ownIdentity().split('/')[0]}/${child.pid}/1`), 'an exited process');
  const [boot, pid, start] = ownIdentity().split('/');
  t.false(isCreatorRunning(`${boot}/${pid}/${Number(start) + 1}`), 'the same PID, started at another time');
  t.false(isCreatorRunning(`00000000-0000-0000-0000-000000000000/${pid}/${start}`), 'another boot');
  t.false(isCreatorRunning(undefined));
  t.false(isCreatorRunning('garbage'));
});
