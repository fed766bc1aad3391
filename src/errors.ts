/**
 * podctl's closed set of error kinds. Every layer throws these; callers test the kind
 * (`isNotFound(err)`), never the message text. The CLI prints `podctl: <message>` and the
 * hint, and maps every kind to exit code 125.
 *
 * Messages and hints are the library's: they never name a CLI flag. An option is named by its
 * library option name in backticks, as "the `platform` option"; the CLI shows its own flag there
 * instead (src/cli/option-flags.ts).
 */
export type ErrorKind =
  | 'not-found'
  | 'already-exists'
  | 'invalid-argument'
  | 'failed-precondition'
  | 'unavailable'
  | 'permission-denied'
  | 'deadline-exceeded'
  | 'canceled'
  | 'unimplemented'
  | 'internal';

export interface PodctlErrorOptions {
  cause?: unknown;
  /** What the user can do about it, printed on its own line by the CLI. */
  hint?: string;
}

export class PodctlError extends Error {
  override name = 'PodctlError';
  readonly kind: ErrorKind;
  readonly hint: string | undefined;

  constructor(kind: ErrorKind, message: string, options: PodctlErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    this.hint = options.hint;
  }
}

export function isPodctlError(err: unknown): err is PodctlError {
  return err instanceof PodctlError;
}

function hasKind(kind: ErrorKind) {
  return (err: unknown): err is PodctlError => isPodctlError(err) && err.kind === kind;
}

export const isNotFound = hasKind('not-found');
export const isAlreadyExists = hasKind('already-exists');
export const isInvalidArgument = hasKind('invalid-argument');
export const isFailedPrecondition = hasKind('failed-precondition');
export const isUnavailable = hasKind('unavailable');
export const isPermissionDenied = hasKind('permission-denied');
export const isDeadlineExceeded = hasKind('deadline-exceeded');
export const isCanceled = hasKind('canceled');
export const isUnimplemented = hasKind('unimplemented');

export const notFound = (message: string, options?: PodctlErrorOptions) =>
  new PodctlError('not-found', message, options);
export const alreadyExists = (message: string, options?: PodctlErrorOptions) =>
  new PodctlError('already-exists', message, options);
export const invalidArgument = (message: string, options?: PodctlErrorOptions) =>
  new PodctlError('invalid-argument', message, options);
export const failedPrecondition = (message: string, options?: PodctlErrorOptions) =>
  new PodctlError('failed-precondition', message, options);
export const unavailable = (message: string, options?: PodctlErrorOptions) =>
  new PodctlError('unavailable', message, options);
