import test from 'ava';
import { whileUnavailable } from '../../../src/containerd/availability.js';
import { isNotFound, isUnavailable, notFound, unavailable } from '../../../src/errors.js';

/** A call that fails with each of `failures` in turn, then answers 'done'; counts its calls. */
function scripted(failures: readonly Error[]) {
  const calls = { count: 0 };
  const call = () => {
    const failure = failures[calls.count++];
    return failure === undefined ? Promise.resolve('done') : Promise.reject(failure);
  };
  return { call, calls };
}

const down = () => unavailable('cannot connect to containerd at /run/containerd/containerd.sock: connection refused');

test('whileUnavailable: asks again while containerd is down, then gives the answer', async (t) => {
  const { call, calls } = scripted([down(), unavailable('Tasks/Wait: Connection dropped'), down()]);
  t.is(await whileUnavailable(call, { retryMs: 1 }), 'done');
  t.is(calls.count, 4);
});

test('whileUnavailable: any other failure is the call’s, at once', async (t) => {
  const { call, calls } = scripted([notFound('no such container'), down()]);
  const err = await t.throwsAsync(whileUnavailable(call, { retryMs: 1 }));
  t.true(isNotFound(err));
  t.is(calls.count, 1);
});

test('whileUnavailable: gives up with the last error once containerd has been away giveUpMs', async (t) => {
  const { call, calls } = scripted(Array.from({ length: 1000 }, down));
  const started = Date.now();
  const err = await t.throwsAsync(whileUnavailable(call, { retryMs: 10, giveUpMs: 100 }));
  t.true(isUnavailable(err));
  t.true(Date.now() - started < 1_000, 'soon after giveUpMs');
  t.true(calls.count >= 5 && calls.count <= 11, `asked ${calls.count} times`);
});

test('whileUnavailable: an abort ends the waiting with the last error', async (t) => {
  const controller = new AbortController();
  const { call } = scripted(Array.from({ length: 1000 }, down));
  setTimeout(() => controller.abort(), 30);
  const err = await t.throwsAsync(whileUnavailable(call, { retryMs: 60_000, signal: controller.signal }));
  t.true(isUnavailable(err));
});
