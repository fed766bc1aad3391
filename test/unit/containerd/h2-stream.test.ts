import test, { type ExecutionContext } from 'ava';
import { mkdtemp, rm } from 'node:fs/promises';
import http2 from 'node:http2';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { H2Session, MessageReader, StreamStatusError, messageHead } from '../../../src/containerd/h2-stream.js';
import { serviceRef, methodOf } from '../../../src/containerd/proto.js';

const content = serviceRef(
  'containerd.services.content.v1.Content',
  () => import('../../../src/containerd/gen/codecs/content.js'),
);

test('a head and its payload make the message protobufjs makes with the data inside', async (t) => {
  const method = await methodOf(content, 'Write');
  const data = Buffer.from(Array.from({ length: 300 }, (_, i) => i % 256));
  const pieces = [data.subarray(0, 100), data.subarray(100)];
  const fields = method.request.encode({ action: 'WRITE', ref: 'r', offset: 5 });
  const head = messageHead(fields, { field: 6, length: data.length });
  const wire = Buffer.concat([head, ...pieces]);
  t.is(wire[0], 0, 'not compressed');
  t.is(wire.readUInt32BE(1), wire.length - 5);
  t.deepEqual(
    method.request.decode(wire.subarray(5)),
    method.request.decode(method.request.encode({ action: 'WRITE', ref: 'r', offset: 5, data })),
  );
});

test('a message without payload is its fields, framed', async (t) => {
  const method = await methodOf(content, 'Write');
  const fields = method.request.encode({ action: 'COMMIT', ref: 'r', total: 1 << 20, expected: 'sha256:x' });
  const head = messageHead(fields);
  t.is(head.length, 5 + fields.length);
  t.deepEqual(head.subarray(5), fields);
});

test('the reader finds messages however the bytes are split', (t) => {
  const messages = [Buffer.from('one'), Buffer.alloc(0), Buffer.alloc(70_000, 7), Buffer.from('last')];
  const wire = Buffer.concat(messages.map((m) => messageHead(m)));
  for (const step of [1, 2, 5, 7, 4096, wire.length]) {
    const reader = new MessageReader();
    const got: Buffer[] = [];
    for (let at = 0; at < wire.length; at += step) got.push(...reader.push(wire.subarray(at, at + step)));
    t.deepEqual(got, messages, `split every ${step} bytes`);
  }
});

test('a compressed message is refused', (t) => {
  const reader = new MessageReader();
  const err = t.throws(() => reader.push(Buffer.from([1, 0, 0, 0, 1, 9])));
  t.true(err instanceof StreamStatusError);
});

// The stream against a small HTTP/2 server on a unix socket, which answers as a gRPC server would.
type Handler = (stream: http2.ServerHttp2Stream, headers: http2.IncomingHttpHeaders) => void;

async function withServer(t: ExecutionContext, handler: Handler): Promise<H2Session> {
  const dir = await mkdtemp(path.join(tmpdir(), 'podctl-h2-'));
  const socket = path.join(dir, 'grpc.sock');
  const server = http2.createServer();
  server.on('stream', (stream, headers) => {
    // A stream closed with an error code errors on the server side too.
    stream.on('error', () => undefined);
    handler(stream, headers);
  });
  await new Promise<void>((resolve) => server.listen(socket, resolve));
  const client = new H2Session(socket);
  t.teardown(async () => {
    client.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await rm(dir, { recursive: true, force: true });
  });
  return client;
}

async function collect(stream: AsyncIterable<Buffer>): Promise<{ messages: string[]; error?: StreamStatusError }> {
  const messages: string[] = [];
  try {
    for await (const m of stream) messages.push(m.toString());
    return { messages };
  } catch (err) {
    return { messages, error: err as StreamStatusError };
  }
}

test('messages, then status 0: the call ends without error, whether or not our half was ended', async (t) => {
  const client = await withServer(t, (stream, headers) => {
    t.is(headers['x-test'], 'yes');
    stream.respond({ ':status': 200, 'content-type': 'application/grpc' }, { waitForTrailers: true });
    stream.on('wantTrailers', () => stream.sendTrailers({ 'grpc-status': '0' }));
    stream.end(Buffer.concat([messageHead(Buffer.from('a')), messageHead(Buffer.from('b'))]));
  });
  const call = client.open('/x.Y/Z', { 'x-test': 'yes' });
  call.send(Buffer.from('req'));
  t.deepEqual(await collect(call), { messages: ['a', 'b'] });
});

test('a status in the trailers is the error, its message percent-decoded', async (t) => {
  const client = await withServer(t, (stream) => {
    stream.respond({ ':status': 200, 'content-type': 'application/grpc' }, { waitForTrailers: true });
    stream.on('wantTrailers', () =>
      stream.sendTrailers({ 'grpc-status': '9', 'grpc-message': 'unexpected%20commit%20digest' }),
    );
    stream.end(messageHead(Buffer.from('first')));
  });
  const { messages, error } = await collect(client.open('/x.Y/Z', {}));
  t.deepEqual(messages, ['first']);
  t.is(error?.code, 9);
  t.is(error?.details, 'unexpected commit digest');
});

test('a trailers-only answer (the status in the headers) is the error', async (t) => {
  const client = await withServer(t, (stream) => {
    stream.respond(
      { ':status': 200, 'content-type': 'application/grpc', 'grpc-status': '6', 'grpc-message': 'exists' },
      { endStream: true },
    );
  });
  const { error } = await collect(client.open('/x.Y/Z', {}));
  t.is(error?.code, 6);
  t.is(error?.details, 'exists');
});

test('cancel and expire end a call that gets no answer, as cancelled and as deadline exceeded', async (t) => {
  const client = await withServer(t, () => {
    // Never answers.
  });
  const canceled = client.open('/x.Y/Z', {});
  setTimeout(() => canceled.cancel(), 20);
  t.is((await collect(canceled)).error?.code, 1);
  const expired = client.open('/x.Y/Z', {});
  setTimeout(() => expired.expire(), 20);
  t.is((await collect(expired)).error?.code, 4);
});

test('a stream the server refuses is unavailable; a missing socket reads as a failed connect', async (t) => {
  const client = await withServer(t, (stream) => stream.close(http2.constants.NGHTTP2_REFUSED_STREAM));
  t.is((await collect(client.open('/x.Y/Z', {}))).error?.code, 14);
  const nowhere = new H2Session('/nonexistent/podctl-h2.sock');
  const { error } = await collect(nowhere.open('/x.Y/Z', {}));
  nowhere.close();
  t.is(error?.code, 14);
  t.regex(error?.details ?? '', /connect ENOENT \/nonexistent\/podctl-h2\.sock/);
});
