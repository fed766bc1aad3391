// An archive is read once, from a file or a pipe, and spooled entry by entry into a private
// directory: its entries come in any order, and each blob is hashed as it goes by, so that the
// whole archive can be checked before anything is written to containerd.
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, open } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import * as tar from 'tar-stream';
import { PodctlError, invalidArgument } from '../../errors.js';
import { DIGEST_ALGORITHMS } from '../digest.js';
import { MAX_MANIFEST_BYTES } from '../schemas.js';
import { decompressed } from './compression.js';
import { blobPathDigest, classifyEntry, formatBytes, isArchiveDocument } from './entry.js';
import { DEFAULT_ARCHIVE_LIMITS, PODCTL_TMP_DIR, Spool, type ArchiveLimits, type SpooledFile } from './spool.js';

export interface SpoolOptions {
  /** Where the spool directory goes: PODCTL_TMP_DIR by default. */
  tmpDir?: string;
  limits?: Partial<ArchiveLimits>;
  signal?: AbortSignal;
}

/** tar-stream's words for a stream that ends too early or holds no tar. */
function tarError(err: unknown, entries: number): unknown {
  if (err instanceof PodctlError || !(err instanceof Error)) return err;
  if (err.message === 'Unexpected end of data') {
    return entries === 0
      ? invalidArgument('not an image archive: not a tar file', { cause: err })
      : invalidArgument('archive is truncated: it ends inside an entry', { cause: err });
  }
  if (/invalid tar header|header exceeds max size|invalid header/i.test(err.message)) {
    return entries === 0
      ? invalidArgument('not an image archive: not a tar file', { cause: err })
      : invalidArgument(`archive is corrupt: invalid tar header after ${entries} entries`, { cause: err });
  }
  return err;
}

/** Where the last entry's data ends, padding included; tar-stream records where it starts. */
function entryEnd(header: tar.Header): number | undefined {
  const start: unknown = (header as { byteOffset?: unknown }).byteOffset;
  return typeof start === 'number' ? start + Math.ceil(header.size / 512) * 512 : undefined;
}

/**
 * Spools the archive (plain or gzipped tar bytes) into a new directory under `tmpDir`. On any
 * failure the directory is gone before this throws; on success the caller removes it.
 */
export async function spoolArchive(source: AsyncIterable<Uint8Array>, options: SpoolOptions = {}): Promise<Spool> {
  const limits = { ...DEFAULT_ARCHIVE_LIMITS, ...options.limits };
  const root = options.tmpDir ?? PODCTL_TMP_DIR;
  let dir: string;
  try {
    await mkdir(root, { recursive: true });
    dir = await mkdtemp(path.join(root, 'load-')); // mode 0700
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EACCES') throw err;
    throw new PodctlError('permission-denied', `cannot create a spool directory in ${root}: permission denied`, {
      cause: err,
      hint: 'run podctl as root',
    });
  }
  const spool = new Spool(dir);
  try {
    await extractInto(spool, source, limits, options.signal);
    return spool;
  } catch (err) {
    await spool.remove();
    throw err;
  }
}

async function extractInto(
  spool: Spool,
  source: AsyncIterable<Uint8Array>,
  limits: ArchiveLimits,
  signal?: AbortSignal,
): Promise<void> {
  let inputBytes = 0;
  async function* counted(): AsyncGenerator<Uint8Array> {
    for await (const chunk of decompressed(source)) {
      inputBytes += chunk.byteLength;
      yield chunk;
    }
  }
  const input = Readable.from(counted(), { objectMode: false });
  const extract = tar.extract();
  input.on('error', (err) => extract.destroy(err));
  const onAbort = () => input.destroy(new PodctlError('canceled', 'archive read canceled', { cause: signal?.reason }));
  signal?.addEventListener('abort', onAbort, { once: true });
  // An entry's stream fails with "Stream was destroyed"; the reader's own error says why.
  let extractError: unknown;
  extract.on('error', (err: unknown) => (extractError ??= err));
  input.pipe(extract);

  let entries = 0;
  let totalBytes = 0;
  let lastEnd: number | undefined = 0;
  try {
    signal?.throwIfAborted();
    for await (const entry of extract) {
      entries++;
      if (entries > limits.maxEntries) throw invalidArgument(`archive has more than ${limits.maxEntries} entries`);
      lastEnd = entryEnd(entry.header);
      const kind = classifyEntry(entry.header);
      if (kind.type !== 'file') {
        if (kind.type === 'symlink') {
          spool.files.delete(kind.name);
          spool.links.set(kind.name, kind.target);
        }
        entry.resume();
        continue;
      }
      const { name } = kind;
      const size = entry.header.size;
      const quoted = JSON.stringify(name);
      if (size > limits.maxEntryBytes) {
        throw invalidArgument(
          `archive entry ${quoted} is ${formatBytes(size)}, over the ${formatBytes(limits.maxEntryBytes)} limit per entry`,
        );
      }
      totalBytes += size;
      if (totalBytes > limits.maxTotalBytes) {
        throw invalidArgument(
          `archive holds more than the ${formatBytes(limits.maxTotalBytes)} limit at entry ${quoted}`,
        );
      }
      if (isArchiveDocument(name) && size > MAX_MANIFEST_BYTES) {
        throw invalidArgument(
          `archive entry ${quoted} is ${formatBytes(size)}, over the ${formatBytes(MAX_MANIFEST_BYTES)} limit for documents`,
        );
      }
      spool.files.set(name, await writeEntry(entry, path.join(spool.dir, String(entries)), name));
      spool.links.delete(name);
    }
  } catch (err) {
    if (signal?.aborted) throw new PodctlError('canceled', 'archive read canceled', { cause: err });
    throw tarError(err instanceof PodctlError ? err : (extractError ?? err), entries);
  } finally {
    signal?.removeEventListener('abort', onAbort);
    input.destroy();
  }
  if (inputBytes === 0) throw invalidArgument('not an image archive: the input is empty');
  if (lastEnd !== undefined && inputBytes - lastEnd < 512) {
    throw invalidArgument('archive is truncated: it has no end-of-archive marker');
  }
}

/** An entry's chunks: tar-stream's streams yield Buffers, typed as unknown. */
async function* bytesOf(stream: AsyncIterable<unknown>): AsyncGenerator<Uint8Array> {
  for await (const chunk of stream) {
    if (!(chunk instanceof Uint8Array)) throw new PodctlError('internal', 'tar reader yielded a non-binary chunk');
    yield chunk;
  }
}

async function writeEntry(entry: AsyncIterable<unknown>, file: string, name: string): Promise<SpooledFile> {
  const claimed = blobPathDigest(name);
  const named = claimed?.slice(0, claimed.indexOf(':'));
  const algorithm = named !== undefined && Object.hasOwn(DIGEST_ALGORITHMS, named) ? named : 'sha256';
  const hash = createHash(algorithm);
  const handle = await open(file, 'wx', 0o600);
  let size = 0;
  try {
    for await (const chunk of bytesOf(entry)) {
      hash.update(chunk);
      size += chunk.byteLength;
      await handle.write(chunk);
    }
  } finally {
    await handle.close();
  }
  return { path: file, size, digest: `${algorithm}:${hash.digest('hex')}` };
}
