import test from 'ava';
import { isInvalidArgument } from '../../../src/errors.js';
import { inWindow, logTimeNanos, parseDuration, parseLogTime } from '../../../src/logs/log-time.js';

const S = 1_000_000_000n;
const NOW = Date.UTC(2026, 0, 2, 3, 4, 5, 678);
const nowNanos = BigInt(NOW) * 1_000_000n;

const durations: [string, bigint | undefined][] = [
  ['10m', 600n * S],
  ['1h30m', 5400n * S],
  ['1.5h', 5400n * S],
  ['300ms', 300_000_000n],
  ['2h45m30.5s', 9930n * S + 500_000_000n],
  ['1us', 1000n],
  ['5µs', 5000n],
  ['.5s', 500_000_000n],
  ['7ns', 7n],
  ['10', undefined],
  ['m', undefined],
  ['1d', undefined],
  ['-5m', undefined],
  ['5m ', undefined],
  ['', undefined],
];
for (const [text, nanos] of durations) {
  test(`parseDuration(${JSON.stringify(text)})`, (t) => t.is(parseDuration(text), nanos));
}

const times: [string, bigint][] = [
  ['10m', nowNanos - 600n * S],
  ['1h30m', nowNanos - 5400n * S],
  ['1700000000', 1700000000n * S],
  ['1700000000.5', 1700000000n * S + 500_000_000n],
  ['1700000000.000000001', 1700000000n * S + 1n],
  ['0', 0n],
  ['2024-01-02T15:04:05Z', BigInt(Date.UTC(2024, 0, 2, 15, 4, 5)) * 1_000_000n],
  ['2024-01-02T15:04:05.123456789Z', BigInt(Date.UTC(2024, 0, 2, 15, 4, 5)) * 1_000_000n + 123_456_789n],
  ['2024-01-02T17:04:05.5+02:00', BigInt(Date.UTC(2024, 0, 2, 15, 4, 5)) * 1_000_000n + 500_000_000n],
  ['2024-01-02T10:04:05-05:00', BigInt(Date.UTC(2024, 0, 2, 15, 4, 5)) * 1_000_000n],
  ['2024-01-02T15:04Z', BigInt(Date.UTC(2024, 0, 2, 15, 4)) * 1_000_000n],
  ['2024-01-02T15:04:05', BigInt(new Date(2024, 0, 2, 15, 4, 5).getTime()) * 1_000_000n],
  ['2024-01-02T15', BigInt(new Date(2024, 0, 2, 15).getTime()) * 1_000_000n],
  ['2024-01-02', BigInt(new Date(2024, 0, 2).getTime()) * 1_000_000n],
];
for (const [text, nanos] of times) {
  test(`parseLogTime(${JSON.stringify(text)})`, (t) => t.is(parseLogTime(text, '--since', NOW), nanos));
}

for (const text of [
  'yesterday',
  '',
  '2024-13-01',
  '2024-02-30T00:00:00Z',
  '2024-01-02T25:00:00Z',
  '2024-01-02 15:04:05',
  '1.2.3',
  '10 m',
]) {
  test(`parseLogTime(${JSON.stringify(text)}) is a one-line invalid-argument error naming the flag`, (t) => {
    const err = t.throws(() => parseLogTime(text, '--until', NOW));
    t.true(isInvalidArgument(err));
    t.is(err?.message, `invalid value for --until: ${JSON.stringify(text)} is no time`);
    t.false(err?.message.includes('\n'));
  });
}

test('log line times keep their nanoseconds and offsets', (t) => {
  t.is(logTimeNanos('2026-01-02T03:04:05.000000001Z'), BigInt(Date.UTC(2026, 0, 2, 3, 4, 5)) * 1_000_000n + 1n);
  t.is(logTimeNanos('2026-01-02T04:04:05.5+01:00'), BigInt(Date.UTC(2026, 0, 2, 3, 4, 5)) * 1_000_000n + 500_000_000n);
  t.is(logTimeNanos('T1Z'), undefined);
  t.is(logTimeNanos('2026-01-02T03:04:05'), undefined, 'a log time without a zone is no instant');
});

test('the window includes both of its ends, to the nanosecond', (t) => {
  const at = (n: number) => `2026-01-02T03:04:05.00000000${n}Z`;
  const base = BigInt(Date.UTC(2026, 0, 2, 3, 4, 5)) * 1_000_000n;
  const window = { since: base + 2n, until: base + 4n };
  t.deepEqual(
    [1, 2, 3, 4, 5].map((n) => inWindow(at(n), window)),
    [false, true, true, true, false],
  );
  t.true(inWindow(at(1), {}), 'no window: everything');
  t.true(inWindow(at(9), { since: base + 2n }));
  t.false(inWindow(at(9), { until: base + 2n }));
  t.true(inWindow('garbage', window), 'a time that does not parse is shown');
});
