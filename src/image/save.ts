// `podctl save`: images out of containerd as one OCI image layout in an uncompressed tar, the
// format skopeo's oci-archive and `ctr images import` read. Every image's target and all that
// it reaches in the content store go in once each; an index's manifests that are absent (other
// platforms never pulled) are left out, as ctr export leaves out what its filter excludes.
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import * as tar from 'tar-stream';
import type { ContainerdClient } from '../containerd/client.js';
import type { Descriptor } from '../containerd/services/types.js';
import { PodctlError, failedPrecondition, invalidArgument, isNotFound } from '../errors.js';
import { ANNOTATION_IMAGE_NAME, ANNOTATION_REF_NAME } from './archive/names.js';
import { isIndex, isManifest } from './media-types.js';
import { parseReference } from './reference.js';
import { MAX_MANIFEST_BYTES, parseIndex, parseManifest } from './schemas.js';
import { findImage } from './store.js';

export interface SaveOptions {
  signal?: AbortSignal;
}

type Blob = Pick<Descriptor, 'digest' | 'size' | 'mediaType'>;

interface Call {
  signal?: AbortSignal;
}

async function readDocument(client: ContainerdClient, name: string, desc: Blob, call: Call): Promise<Buffer> {
  if (desc.size > MAX_MANIFEST_BYTES)
    throw invalidArgument(
      `${name}: ${desc.mediaType} ${desc.digest} is over the ${MAX_MANIFEST_BYTES >> 20} MiB limit`,
    );
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of client.content.read(desc.digest, {}, call)) chunks.push(chunk);
  } catch (err) {
    if (isNotFound(err))
      throw failedPrecondition(`${name}: ${desc.mediaType} ${desc.digest} is missing from the content store`, {
        cause: err,
      });
    throw err;
  }
  return Buffer.concat(chunks);
}

/** Adds the blobs `desc` reaches, itself first, to `blobs` (by digest, each once). */
async function collect(
  client: ContainerdClient,
  name: string,
  desc: Blob,
  blobs: Map<string, Blob>,
  call: Call,
): Promise<void> {
  if (blobs.has(desc.digest)) return;
  const blob = { digest: desc.digest, size: desc.size, mediaType: desc.mediaType };
  if (isIndex(desc.mediaType)) {
    const index = parseIndex(await readDocument(client, name, desc, call));
    blobs.set(desc.digest, blob);
    for (const child of index.manifests) {
      if (await client.content.exists(child.digest, call)) await collect(client, name, child, blobs, call);
    }
  } else if (isManifest(desc.mediaType)) {
    const manifest = parseManifest(await readDocument(client, name, desc, call));
    blobs.set(desc.digest, blob);
    for (const child of [manifest.config, ...manifest.layers]) {
      if (!(await client.content.exists(child.digest, call))) {
        throw failedPrecondition(`${name}: ${child.mediaType} ${child.digest} is missing from the content store`, {
          hint: `pull the image again: podctl pull ${name}`,
        });
      }
      blobs.set(child.digest, { digest: child.digest, size: child.size, mediaType: child.mediaType });
    }
  } else {
    blobs.set(desc.digest, blob);
  }
}

type EntryHeader = { name: string; size: number; type: 'file' | 'directory'; mode: number };

/**
 * Writes one tar entry from chunks, waiting for the archive's reader as it goes; `closed` is
 * aborted when the archive stream is gone, so that no write waits for a drain that never comes.
 */
async function addEntry(
  pack: tar.Pack,
  header: EntryHeader,
  data: AsyncIterable<Uint8Array>,
  closed: AbortSignal,
): Promise<void> {
  closed.throwIfAborted();
  let onAbort = () => {};
  await new Promise<void>((resolve, reject) => {
    onAbort = () => reject(closed.reason);
    closed.addEventListener('abort', onAbort, { once: true });
    const sink = pack.entry({ ...header, mtime: new Date(0), uid: 0, gid: 0 }, (err) =>
      err ? reject(err) : resolve(),
    );
    (async () => {
      for await (const chunk of data) {
        if (!sink.write(chunk)) await once(sink, 'drain', { signal: closed });
      }
      sink.end(null);
    })().catch((err: unknown) => {
      sink.destroy(err instanceof Error ? err : new Error(String(err)));
      reject(err);
    });
  }).finally(() => closed.removeEventListener('abort', onAbort));
}

async function* bytes(buffer: Uint8Array): AsyncGenerator<Uint8Array> {
  if (buffer.byteLength > 0) yield buffer;
}

/**
 * Writes an OCI image-layout tar of the named images to `output`, and ends it. Names are looked
 * up as `podctl images` shows them (short names and IDs too); nothing is written unless all
 * of them are found.
 */
export async function saveImages(
  client: ContainerdClient,
  refs: string[],
  output: Writable,
  options: SaveOptions = {},
): Promise<void> {
  const call = options.signal === undefined ? {} : { signal: options.signal };
  if (refs.length === 0) throw invalidArgument('no image to save');
  const entries: Descriptor[] = [];
  const blobs = new Map<string, Blob>();
  for (const ref of refs) {
    const record = await findImage(client, ref, call);
    if (entries.some((e) => e.annotations[ANNOTATION_IMAGE_NAME] === record.name)) continue;
    await collect(client, record.name, record.target, blobs, call);
    const tag = parseReference(record.name).tag;
    entries.push({
      ...record.target,
      annotations: {
        ...record.target.annotations,
        [ANNOTATION_IMAGE_NAME]: record.name,
        ...(tag === undefined ? {} : { [ANNOTATION_REF_NAME]: tag }),
      },
    });
  }
  const index = { schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests: entries };

  const pack = tar.pack();
  const closed = new AbortController();
  pack.on('close', () => closed.abort(new PodctlError('unavailable', 'the archive output closed early')));
  const written = pipeline(pack, output, call);
  const add = (header: EntryHeader, data: AsyncIterable<Uint8Array>) => addEntry(pack, header, data, closed.signal);
  try {
    await add(
      { name: 'oci-layout', size: 30, type: 'file', mode: 0o644 },
      bytes(Buffer.from('{"imageLayoutVersion":"1.0.0"}')),
    );
    const indexJson = Buffer.from(JSON.stringify(index));
    await add({ name: 'index.json', size: indexJson.byteLength, type: 'file', mode: 0o644 }, bytes(indexJson));
    const dirs = new Set<string>();
    for (const blob of blobs.values()) {
      const [algorithm = 'sha256', encoded = ''] = blob.digest.split(':');
      for (const dir of ['blobs/', `blobs/${algorithm}/`]) {
        if (!dirs.has(dir)) await add({ name: dir, size: 0, type: 'directory', mode: 0o755 }, bytes(Buffer.alloc(0)));
        dirs.add(dir);
      }
      await add(
        { name: `blobs/${algorithm}/${encoded}`, size: blob.size, type: 'file', mode: 0o644 },
        client.content.read(blob.digest, {}, call),
      );
    }
    pack.finalize();
  } catch (err) {
    pack.destroy(err instanceof Error ? err : new PodctlError('internal', String(err)));
    await written.catch(() => undefined);
    throw err;
  }
  await written;
}
