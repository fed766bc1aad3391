import test from 'ava';
import { chunked } from '../../../src/containerd/services/content.js';

async function sizes(
  source: AsyncIterable<Uint8Array> | Uint8Array,
  max: number,
  skip?: number,
): Promise<{ sizes: number[]; data: Buffer }> {
  const out: Buffer[][] = [];
  for await (const chunk of chunked(source, max, skip)) out.push(chunk);
  return { sizes: out.map((c) => c.reduce((n, p) => n + p.length, 0)), data: Buffer.concat(out.flat()) };
}

async function* pieces(data: Buffer, lengths: number[]): AsyncGenerator<Uint8Array> {
  let at = 0;
  for (const n of lengths) {
    yield new Uint8Array(data.subarray(at, at + n));
    at += n;
  }
}

const bytes = (n: number) => Buffer.from(Array.from({ length: n }, (_, i) => i % 251));

const table = test.macro({
  async exec(t, lengths: number[], max: number, skip: number, expected: number[]) {
    const total = lengths.reduce((a, b) => a + b, 0);
    const data = bytes(total);
    const got = await sizes(pieces(data, lengths), max, skip);
    t.deepEqual(got.sizes, expected);
    t.deepEqual(got.data, data.subarray(skip));
  },
  title: (_, lengths: number[], max: number, skip: number) =>
    `pieces [${lengths}] in chunks of ${max}, skipping ${skip}`,
});

test(table, [10], 4, 0, [4, 4, 2]);
test(table, [1, 1, 1, 1, 1], 4, 0, [4, 1]);
test(table, [3, 5, 2], 4, 0, [4, 4, 2]);
test(table, [3, 5, 2], 4, 4, [4, 2]);
test(table, [3, 5, 2], 4, 10, []);
test(table, [], 4, 0, []);
test(table, [0, 8, 0], 4, 1, [4, 3]);

test('a buffer source is cut the same way', async (t) => {
  const data = bytes(9);
  const got = await sizes(data, 4);
  t.deepEqual(got.sizes, [4, 4, 1]);
  t.deepEqual(got.data, data);
});

test("a chunk is made of the source's own pieces, not copies of them", async (t) => {
  const source = [new Uint8Array([1, 2, 3]), new Uint8Array([4, 5, 6, 7, 8, 9, 10])];
  const chunks: Buffer[][] = [];
  for await (const chunk of chunked(source.values() as unknown as AsyncIterable<Uint8Array>, 4)) chunks.push(chunk);
  t.deepEqual(
    chunks.map((c) => c.map((p) => [...p])),
    [[[1, 2, 3], [4]], [[5, 6, 7, 8]], [[9, 10]]],
  );
  t.is(chunks[0]![0]!.buffer, source[0]!.buffer);
  t.is(chunks[0]![1]!.buffer, source[1]!.buffer);
  t.is(chunks[2]![0]!.buffer, source[1]!.buffer);
});
