import test from 'ava';
import { fromGrpcError } from '../../../src/containerd/grpc-errors.js';
import type { ErrorKind } from '../../../src/errors.js';

function grpcError(code: number, details: string): Error {
  return Object.assign(new Error(`${code} ${details}`), { code, details });
}

const kind = test.macro({
  exec(t, code: number, expected: ErrorKind) {
    const err = fromGrpcError(grpcError(code, 'container "x": not found'), '/run/c.sock', 'Containers/Get');
    t.is(err.kind, expected);
    t.is(err.message, 'Containers/Get: container "x": not found');
    t.is((err.cause as { code: number }).code, code);
  },
  title: (_, code: number, expected: ErrorKind) => `gRPC code ${code} maps to ${expected}`,
});

test(kind, 5, 'not-found');
test(kind, 6, 'already-exists');
test(kind, 9, 'failed-precondition');
test(kind, 3, 'invalid-argument');
test(kind, 14, 'unavailable');
test(kind, 4, 'deadline-exceeded');
test(kind, 1, 'canceled');
test(kind, 12, 'unimplemented');
test(kind, 7, 'permission-denied');
test(kind, 2, 'internal');

const connect = test.macro({
  exec(t, errno: string, expectedKind: ErrorKind, reason: string) {
    const details = `No connection established. Last error: Error: connect ${errno} /run/c.sock. Resolution note: `;
    const err = fromGrpcError(grpcError(14, details), '/run/c.sock', 'Version/Version');
    t.is(err.kind, expectedKind);
    t.is(err.message, `cannot connect to containerd at /run/c.sock: ${reason}`);
    t.truthy(err.hint);
  },
  title: (_, errno: string) => `a failed connect (${errno}) names the address and the reason`,
});

test(connect, 'ENOENT', 'unavailable', 'no such socket');
test(connect, 'ECONNREFUSED', 'unavailable', 'connection refused');
test(connect, 'EACCES', 'permission-denied', 'permission denied');

test('the permission hint says root or socket access is needed', (t) => {
  const err = fromGrpcError(grpcError(14, 'Last error: Error: connect EACCES /s'), '/s', 'x');
  t.regex(err.hint ?? '', /root|access to the containerd socket/);
});

test('an error that is not a gRPC status becomes internal and keeps its cause', (t) => {
  const cause = new TypeError('boom');
  const err = fromGrpcError(cause, '/s', 'Tasks/Create');
  t.is(err.kind, 'internal');
  t.is(err.cause, cause);
});
