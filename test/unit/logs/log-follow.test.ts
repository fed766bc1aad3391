import test from 'ava';
import { notFound, unavailable } from '../../../src/errors.js';
import { taskEnd } from '../../../src/logs/log-follow.js';

/** A wait that fails with each of `failures` in turn, then resolves; counts its calls. */
function scriptedWait(failures: readonly Error[]) {
  const calls = { count: 0 };
  const wait = () => {
    const failure = failures[calls.count++];
    return failure === undefined ? Promise.resolve({ exitStatus: 0 }) : Promise.reject(failure);
  };
  return { wait, calls };
}

test('taskEnd: the task has exited when wait answers', async (t) => {
  const { wait, calls } = scriptedWait([]);
  await taskEnd(wait, undefined, 1);
  t.is(calls.count, 1);
});

test('taskEnd: containerd down (a restart) is not the end: wait is asked again until it answers', async (t) => {
  const down = unavailable('cannot connect to containerd at /run/containerd/containerd.sock: connection refused');
  const dropped = unavailable('Tasks/Wait: Connection dropped');
  const { wait, calls } = scriptedWait([dropped, down, down]);
  await taskEnd(wait, undefined, 1);
  t.is(calls.count, 4);
});

test('taskEnd: any other failure (the task has gone) ends it at once', async (t) => {
  const { wait, calls } = scriptedWait([notFound('Tasks/Wait: no running task found'), new Error('never asked')]);
  await taskEnd(wait, undefined, 1);
  t.is(calls.count, 1);
});

test('taskEnd: an abort ends it while containerd is down', async (t) => {
  const controller = new AbortController();
  let calls = 0;
  const wait = () => {
    calls++;
    return Promise.reject(unavailable('cannot connect to containerd'));
  };
  setTimeout(() => controller.abort(), 50);
  await taskEnd(wait, controller.signal, 10);
  t.true(controller.signal.aborted);
  t.true(calls >= 2, `asked ${calls} times`);
});
