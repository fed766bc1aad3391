import test from 'ava';
import { gzipSync } from 'node:zlib';
import { isInvalidArgument } from '../../../../src/errors.js';
import { decompressed, detectCompression, type Compression } from '../../../../src/image/archive/compression.js';

const detects = test.macro({
  exec(t, head: Buffer, expected: Compression) {
    t.is(detectCompression(head), expected);
  },
  title: (title, _head: Buffer, expected: Compression) => `${title} is ${expected}`,
});

test('gzip output', detects, gzipSync(Buffer.from('hello')), 'gzip');
test('a tar header', detects, Buffer.concat([Buffer.from('index.json'), Buffer.alloc(502)]), 'none');
test('zstd magic', detects, Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0, 0, 0, 0, 0, 0]), 'zstd');
test('xz magic', detects, Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00, 0, 0, 0, 0]), 'xz');
test('bzip2 magic', detects, Buffer.from('BZh91AY&SY'), 'bzip2');
test('a tar entry named BZh', detects, Buffer.from('BZh9-notes.txt'), 'none');
test('an empty stream', detects, Buffer.alloc(0), 'none');
test('a lone 0x1f byte', detects, Buffer.from([0x1f]), 'none');
test('gzip magic with another method', detects, Buffer.from([0x1f, 0x8b, 0x07]), 'none');

async function collect(source: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of source) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

async function* chunksOf(data: Buffer, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < data.byteLength; i += size) yield data.subarray(i, i + size);
}

const payload = Buffer.from('x'.repeat(100_000) + 'end');

test('plain input passes through unchanged, however it is chunked', async (t) => {
  t.deepEqual(await collect(decompressed(chunksOf(payload, 3))), payload);
  t.deepEqual(await collect(decompressed(chunksOf(Buffer.alloc(0), 1))), Buffer.alloc(0));
});

test('gzipped input is gunzipped, the magic split across chunks', async (t) => {
  t.deepEqual(await collect(decompressed(chunksOf(gzipSync(payload), 1))), payload);
});

test('a truncated gzip stream is reported as a truncated archive', async (t) => {
  const gz = gzipSync(payload);
  const err = await t.throwsAsync(collect(decompressed(chunksOf(gz.subarray(0, gz.byteLength - 20), 64))));
  t.true(isInvalidArgument(err));
  t.regex(err?.message ?? '', /^archive is truncated/);
});

test('other compressions are named, with a hint', async (t) => {
  const err = await t.throwsAsync(
    collect(decompressed(chunksOf(Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00, 1, 2, 3, 4, 5]), 4))),
  );
  t.true(isInvalidArgument(err));
  t.is(err?.message, 'xz-compressed archives are not supported');
  t.regex((err as { hint?: string } | undefined)?.hint ?? '', /xz -d/);
});
