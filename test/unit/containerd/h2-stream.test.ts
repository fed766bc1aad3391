import test from 'ava';
import { MessageReader, StreamStatusError, messageHead } from '../../../src/containerd/h2-stream.js';
import { serviceRef, methodOf } from '../../../src/containerd/proto.js';

const content = serviceRef('containerd.services.content.v1.Content', () => import('../../../src/containerd/gen/codecs/content.js'));

test('a head and its payload make the message protobufjs makes with the data inside', async (t) => {
  const method = await methodOf(content, 'Write');
  const data = Buffer.from(Array.from({ length: 300 }, (_, i) => i % 256));
  const pieces = [data.subarray(0, 100), data.subarray(100)];
  const fields = method.request.encode({ action: 'WRITE', ref: 'r', offset: 5 });
  const head = messageHead(fields, { field: 6, length: data.length });
  const wire = Buffer.concat([head, ...pieces]);
  t.is(wire[0], 0, 'not compressed');
  t.is(wire.readUInt32BE(1), wire.length - 5);
  t.deepEqual(method.request.decode(wire.subarray(5)), method.request.decode(method.request.encode({ action: 'WRITE', ref: 'r', offset: 5, data })));
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
