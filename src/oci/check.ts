// Argument checks shared by the spec options: each throws invalid-argument naming the value.
import { posix } from 'node:path';
import { invalidArgument } from '../errors.js';

/** runc refuses user and group IDs past 2^31 - 1. */
export const ID_MAX = 0x7fffffff;

/** value as an integer in [min, max], else invalid-argument "<what> must be …". */
export function checkInt(what: string, value: number, min: number, max: number): number {
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw invalidArgument(`${what} must be an integer from ${min} to ${max}, got ${String(value)}`);
  }
  return value;
}

export function checkId(what: string, value: number): number {
  return checkInt(what, value, 0, ID_MAX);
}

/** An absolute path, normalized ("/a/./b/" → "/a/b"). */
export function checkAbsolute(what: string, path: string): string {
  if (!posix.isAbsolute(path)) throw invalidArgument(`${what} must be an absolute path, got ${JSON.stringify(path)}`);
  const normalized = posix.normalize(path);
  return normalized.length > 1 && normalized.endsWith('/') ? normalized.slice(0, -1) : normalized;
}

/** containerd's identifier grammar (`identifiers.Validate`): what may name a container or namespace. */
const IDENTIFIER = /^[A-Za-z0-9]+(?:[._-][A-Za-z0-9]+)*$/;
const IDENTIFIER_MAX = 76;

export function checkIdentifier(what: string, value: string): string {
  if (value.length === 0 || value.length > IDENTIFIER_MAX || !IDENTIFIER.test(value)) {
    throw invalidArgument(
      `invalid ${what} ${JSON.stringify(value)}: must be 1 to ${IDENTIFIER_MAX} letters and digits, separated by single '.', '_' or '-'`,
    );
  }
  return value;
}
