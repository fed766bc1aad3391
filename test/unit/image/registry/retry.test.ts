// The retry policy: which outcomes get another try, and how long to wait before it.
import test from 'ava';
import { DEFAULT_RETRY, retryAfterMs, retryDelay, type Outcome } from '../../../../src/image/registry/retry.js';

const policy = { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 1_000 };
const top = () => 0.999_999;

const decides = test.macro({
  exec(t, outcome: Outcome, expected: number | undefined) {
    t.is(retryDelay(outcome, policy, top), expected);
  },
  title: (given = '', outcome: Outcome, expected: number | undefined) =>
    `${given}: ${JSON.stringify(outcome)} → ${expected === undefined ? 'no retry' : `${expected} ms at most`}`,
});

test('500', decides, { attempt: 1, status: 500 }, 99);
test('502', decides, { attempt: 1, status: 502 }, 99);
test('503, second try: the ceiling doubles', decides, { attempt: 2, status: 503 }, 199);
test('504, third try', decides, { attempt: 3, status: 504 }, 399);
test('429', decides, { attempt: 1, status: 429 }, 99);
test('bounded: no fifth try', decides, { attempt: 4, status: 503 }, undefined);
test('501 will not change', decides, { attempt: 1, status: 501 }, undefined);
test('505 will not change', decides, { attempt: 1, status: 505 }, undefined);
test('400', decides, { attempt: 1, status: 400 }, undefined);
test('401', decides, { attempt: 1, status: 401 }, undefined);
test('403', decides, { attempt: 1, status: 403 }, undefined);
test('404', decides, { attempt: 1, status: 404 }, undefined);
test('200', decides, { attempt: 1, status: 200 }, undefined);
test('connection reset', decides, { attempt: 1, errorCode: 'ECONNRESET' }, 99);
test('broken pipe', decides, { attempt: 2, errorCode: 'EPIPE' }, 199);
test('timeout', decides, { attempt: 1, errorCode: 'ETIMEDOUT' }, 99);
test('connection refused: nobody is there', decides, { attempt: 1, errorCode: 'ECONNREFUSED' }, undefined);
test('TLS failure', decides, { attempt: 1, errorCode: 'ERR_TLS_CERT_ALTNAME_INVALID' }, undefined);
test('no code', decides, { attempt: 1 }, undefined);
test('Retry-After: 0 keeps the backoff', decides, { attempt: 1, status: 429, retryAfter: '0' }, 99);
test('Retry-After in seconds', decides, { attempt: 1, status: 503, retryAfter: '1' }, 1_000);
test('Retry-After capped at the maximum delay', decides, { attempt: 1, status: 503, retryAfter: '120' }, 1_000);

test('full jitter: from 0 up to the ceiling', (t) => {
  t.is(
    retryDelay({ attempt: 3, status: 500 }, policy, () => 0),
    0,
  );
  t.is(
    retryDelay({ attempt: 3, status: 500 }, policy, () => 0.5),
    200,
  );
  t.is(
    retryDelay({ attempt: 10, status: 500 }, { ...policy, maxAttempts: 20 }, top),
    999,
    'the ceiling stops at maxDelayMs',
  );
});

test('the default policy makes four tries in all', (t) => {
  t.is(DEFAULT_RETRY.maxAttempts, 4);
  t.not(retryDelay({ attempt: 3, status: 500 }), undefined);
  t.is(retryDelay({ attempt: 4, status: 500 }), undefined);
});

test('Retry-After forms', (t) => {
  t.is(retryAfterMs('3'), 3_000);
  t.is(retryAfterMs(new Date(10_000).toUTCString(), 4_000), 6_000);
  t.is(retryAfterMs(new Date(1_000).toUTCString(), 4_000), 0);
  t.is(retryAfterMs('soon'), undefined);
  t.is(retryAfterMs(undefined), undefined);
});
