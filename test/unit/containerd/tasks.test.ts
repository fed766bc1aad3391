import test from 'ava';
import { shimStdio, toTaskStatus, type Stdio, type TaskStatus } from '../../../src/containerd/services/tasks.js';

const status = test.macro({
  exec(t, name: string, expected: TaskStatus) {
    t.is(toTaskStatus(name), expected);
  },
  title: (_, name: string, expected: TaskStatus) => `containerd status ${JSON.stringify(name)} is ${expected}`,
});

test(status, 'CREATED', 'created');
test(status, 'RUNNING', 'running');
test(status, 'STOPPED', 'stopped');
test(status, 'PAUSED', 'paused');
test(status, 'PAUSING', 'pausing');
test(status, 'UNKNOWN', 'unknown');
test(status, 'SOMETHING_NEW', 'unknown');

test('a file:// stdout is repeated in an empty stderr', (t) => {
  t.deepEqual(shimStdio({ stdout: 'file:///var/log/x.log' }), {
    stdout: 'file:///var/log/x.log',
    stderr: 'file:///var/log/x.log',
  });
  t.deepEqual(shimStdio<Stdio>({ stdout: 'binary:///bin/logger?a=b' }).stderr, 'binary:///bin/logger?a=b');
});

test('FIFO paths and explicit stderr are left alone', (t) => {
  t.deepEqual(shimStdio({ stdout: '/run/x/stdout' }), { stdout: '/run/x/stdout' });
  t.deepEqual(shimStdio({ stdout: 'file:///a', stderr: 'file:///b' }), { stdout: 'file:///a', stderr: 'file:///b' });
  t.deepEqual(shimStdio({}), {});
});
