// The one place where gRPC status codes become podctl error kinds.
import { PodctlError, type ErrorKind } from '../errors.js';

// gRPC status codes (grpc/grpc doc/statuscodes.md). Kept as numbers so this module does not
// need grpc-js loaded.
const kindByCode: Record<number, ErrorKind> = {
  1: 'canceled',
  3: 'invalid-argument',
  4: 'deadline-exceeded',
  5: 'not-found',
  6: 'already-exists',
  7: 'permission-denied',
  9: 'failed-precondition',
  11: 'invalid-argument',
  12: 'unimplemented',
  14: 'unavailable',
};

export interface GrpcStatusLike {
  code: number;
  details?: string;
}

function isGrpcStatus(err: unknown): err is Error & GrpcStatusLike {
  return err instanceof Error && typeof (err as Partial<GrpcStatusLike>).code === 'number';
}

// grpc-js reports a failed connect as UNAVAILABLE with the socket error in its details:
// "No connection established. Last error: Error: connect ENOENT /run/containerd/containerd.sock".
const connectError = /connect (E[A-Z]+)/;

const connectReasons: Record<string, string> = {
  ENOENT: 'no such socket',
  ECONNREFUSED: 'connection refused',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTSOCK: 'not a socket',
};

/** The socket-level reason of a failed connect, when the error is one. */
export function connectFailure(err: GrpcStatusLike): string | undefined {
  if (err.code !== 14) return undefined;
  const errno = connectError.exec(err.details ?? '')?.[1];
  if (errno === undefined) return undefined;
  return connectReasons[errno] ?? errno;
}

/**
 * Maps an error from a containerd call to a PodctlError. `address` names the daemon in
 * connection errors; `what` says which call failed.
 */
export function fromGrpcError(err: unknown, address: string, what: string): PodctlError {
  if (err instanceof PodctlError) return err;
  if (!isGrpcStatus(err)) {
    return new PodctlError('internal', `${what}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  const reason = connectFailure(err);
  if (reason === 'permission denied') {
    return new PodctlError('permission-denied', `cannot connect to containerd at ${address}: ${reason}`, {
      cause: err,
      hint: 'podctl needs root, or read-write access to the containerd socket: run it with sudo',
    });
  }
  if (reason !== undefined) {
    return new PodctlError('unavailable', `cannot connect to containerd at ${address}: ${reason}`, {
      cause: err,
      hint: 'is containerd running? start it with `sudo systemctl start containerd` (or `sudo containerd &`), or point the `address` option / CONTAINERD_ADDRESS at its socket',
    });
  }
  const kind = kindByCode[err.code] ?? 'internal';
  const details = err.details !== undefined && err.details !== '' ? err.details : err.message;
  return new PodctlError(kind, `${what}: ${details}`, { cause: err });
}
