// Archives arrive plain or gzipped whatever their file is called: the first bytes decide, as
// docker's DetectCompression does. Other compressions are named, not guessed at.
import { Readable, pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { invalidArgument } from '../../errors.js';

export type Compression = 'none' | 'gzip' | 'zstd' | 'xz' | 'bzip2';

const MAGIC: ReadonlyArray<[Compression, readonly number[]]> = [
  ['gzip', [0x1f, 0x8b, 0x08]],
  ['zstd', [0x28, 0xb5, 0x2f, 0xfd]],
  ['xz', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]],
  // "BZh", a block size digit, then the first block's magic: a tar entry may well start "BZh".
  ['bzip2', [0x42, 0x5a, 0x68, -1, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59]],
];

/** Bytes that detectCompression needs to see. */
export const MAGIC_BYTES = 10;

/** The compression of a stream that starts with `head` (at least MAGIC_BYTES, unless shorter). */
export function detectCompression(head: Uint8Array): Compression {
  for (const [kind, magic] of MAGIC) {
    if (head.byteLength >= magic.length && magic.every((b, i) => b === -1 || head[i] === b)) return kind;
  }
  return 'none';
}

const DECOMPRESS_HINT: Readonly<Record<Compression, string>> = {
  none: '',
  gzip: '',
  zstd: 'decompress it first: zstd -d FILE',
  xz: 'decompress it first: xz -d FILE',
  bzip2: 'decompress it first: bzip2 -d FILE',
};

/** The first `n` bytes of a stream, and the whole stream again. */
async function peek(
  source: AsyncIterable<Uint8Array>,
  n: number,
): Promise<{ head: Buffer; stream: AsyncGenerator<Uint8Array> }> {
  const it = source[Symbol.asyncIterator]();
  const chunks: Buffer[] = [];
  let length = 0;
  let ended = false;
  while (length < n) {
    const next = await it.next();
    if (next.done) {
      ended = true;
      break;
    }
    chunks.push(Buffer.from(next.value.buffer, next.value.byteOffset, next.value.byteLength));
    length += next.value.byteLength;
  }
  const head = Buffer.concat(chunks);
  async function* stream(): AsyncGenerator<Uint8Array> {
    try {
      if (head.byteLength > 0) yield head;
      if (ended) return;
      for (let next = await it.next(); !next.done; next = await it.next()) yield next.value;
    } finally {
      await it.return?.();
    }
  }
  return { head, stream: stream() };
}

function gunzipError(err: unknown): Error {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'Z_BUF_ERROR')
    return invalidArgument('archive is truncated: the gzip stream ends early', { cause: err });
  if (typeof code === 'string' && code.startsWith('Z_')) {
    return invalidArgument(`archive is corrupt: gzip: ${(err as Error).message}`, { cause: err });
  }
  return err instanceof Error ? err : new Error(String(err));
}

/** The archive's tar bytes: the source itself, or gunzipped when it starts as gzip does. */
export async function* decompressed(source: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const { head, stream } = await peek(source, MAGIC_BYTES);
  const kind = detectCompression(head);
  if (kind === 'none') {
    yield* stream;
    return;
  }
  if (kind !== 'gzip') {
    await stream.return(undefined);
    throw invalidArgument(`${kind}-compressed archives are not supported`, { hint: DECOMPRESS_HINT[kind] });
  }
  const gunzip = pipeline(Readable.from(stream), createGunzip(), () => {});
  try {
    for await (const chunk of gunzip) yield chunk as Buffer;
  } catch (err) {
    throw gunzipError(err);
  } finally {
    gunzip.destroy();
  }
}
