import test from 'ava';
import { expiryTime, randomLeaseId } from '../../../src/containerd/services/leases.js';

const now = new Date('2024-03-01T12:00:00.250Z');

const expiry = test.macro({
  exec(t, ms: number, expected: string) {
    t.is(expiryTime(ms, now), expected);
  },
  title: (_, ms: number, expected: string) => `expiry ${ms}ms after ${now.toISOString()} is ${expected}`,
});

test(expiry, 0, '2024-03-01T12:00:01Z');
test(expiry, 750, '2024-03-01T12:00:01Z');
test(expiry, 60_000, '2024-03-01T12:01:01Z');
test(expiry, 24 * 3600_000, '2024-03-02T12:00:01Z');

test('the expiry is RFC 3339 in UTC without fractions, never before the asked time', (t) => {
  const value = expiryTime(1234);
  t.regex(value, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  t.true(Date.parse(value) >= Date.now() + 1234 - 5);
});

test('random lease IDs differ and fit containerd identifiers', (t) => {
  const ids = new Set(Array.from({ length: 100 }, () => randomLeaseId(now)));
  t.is(ids.size, 100);
  for (const id of ids) t.regex(id, /^[A-Za-z0-9][A-Za-z0-9_.-]*$/);
});
