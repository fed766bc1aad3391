// Assertions shared by the src/oci/ tests.
import type { ExecutionContext } from 'ava';
import { isInvalidArgument } from '../../../src/errors.js';

/** fn throws invalid-argument with a message matching message. */
export function throwsInvalid(t: ExecutionContext, fn: () => unknown, message: RegExp): void {
  const err = t.throws(fn);
  t.true(isInvalidArgument(err), `expected invalid-argument, got ${String(err)}`);
  if (err) t.regex(err.message, message);
}
