import test from 'ava';
import { encodeSpec, SPEC_TYPE_URL } from '../../../src/containerd/any.js';
import * as eventPayloads from '../../../src/containerd/gen/codecs/event-payloads.js';
import { messageCodec } from '../../../src/containerd/proto.js';

test('an Any keeps its type URL through the codec, as field 1 on the wire', async (t) => {
  const codec = messageCodec(eventPayloads, 'google.protobuf.Any');
  const any = encodeSpec({ ociVersion: '1.0.2' });
  const bytes = codec.encode(any);
  // field 1, wire type 2 (length-delimited), then the URL's length and the URL itself.
  t.is(bytes[0], 0x0a);
  t.is(bytes.subarray(2, 2 + SPEC_TYPE_URL.length).toString(), SPEC_TYPE_URL);
  const decoded = codec.decode(bytes) as { typeUrl: string; value: Uint8Array };
  t.is(decoded.typeUrl, SPEC_TYPE_URL);
  t.deepEqual(JSON.parse(Buffer.from(decoded.value).toString()), { ociVersion: '1.0.2' });
});
