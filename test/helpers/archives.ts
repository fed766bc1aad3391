// Image archives for tests, good and bad: a tar read into memory, changed entry by entry, and
// written back (optionally gzipped, truncated or without its end-of-archive marker).
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { execa } from 'execa';
import { gzipSync } from 'node:zlib';
import * as tar from 'tar-stream';

export interface TarEntry {
  header: tar.Header | (Partial<tar.Header> & { name: string });
  data: Buffer;
}

export async function readTar(file: string): Promise<TarEntry[]> {
  const extract = tar.extract();
  const entries: TarEntry[] = [];
  const done = (async () => {
    for await (const entry of extract) {
      const chunks: Buffer[] = [];
      for await (const chunk of entry) chunks.push(chunk as Buffer);
      entries.push({ header: { ...entry.header }, data: Buffer.concat(chunks) });
    }
  })();
  extract.end(await readFile(file));
  await done;
  return entries;
}

/** The tar's bytes; `end: false` leaves out the end-of-archive blocks. */
export async function tarBytes(entries: TarEntry[], options: { end?: boolean } = {}): Promise<Buffer> {
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  const collected = (async () => {
    for await (const chunk of pack) chunks.push(chunk as Buffer);
  })();
  for (const { header, data } of entries) {
    await new Promise<void>((resolve, reject) => {
      pack.entry({ ...header, size: data.byteLength }, data, (err) => (err ? reject(err) : resolve()));
    });
  }
  pack.finalize();
  await collected;
  const all = Buffer.concat(chunks);
  if (options.end !== false) return all;
  // Without the trailing zero blocks that finalize() wrote.
  let end = all.byteLength;
  while (end >= 512 && all.subarray(end - 512, end).every((b) => b === 0)) end -= 512;
  return all.subarray(0, end);
}

export async function writeTar(
  file: string,
  entries: TarEntry[],
  options: { gzip?: boolean; end?: boolean } = {},
): Promise<string> {
  const bytes = await tarBytes(entries, options);
  await writeFile(file, options.gzip ? gzipSync(bytes) : bytes);
  return file;
}

export const sha256 = (data: Buffer | string) => `sha256:${createHash('sha256').update(data).digest('hex')}`;
const blobName = (digest: string) => `blobs/${digest.replace(':', '/')}`;

function find(entries: TarEntry[], name: string): TarEntry {
  const entry = entries.find((e) => e.header.name.replace(/^\.\//, '') === name);
  if (entry === undefined) throw new Error(`no ${name} in the archive`);
  return entry;
}

/** The largest blob of an OCI archive: the layer, in the test images. */
export function largestBlob(entries: TarEntry[]): TarEntry {
  return entries
    .filter((e) => e.header.name.includes('blobs/'))
    .sort((a, b) => b.data.byteLength - a.data.byteLength)[0]!;
}

/** A copy of the entries with one byte of the largest blob changed: its name no longer matches. */
export function withCorruptBlob(entries: TarEntry[]): TarEntry[] {
  const victim = largestBlob(entries);
  return entries.map((e) => {
    if (e !== victim) return e;
    const data = Buffer.from(e.data);
    const at = Math.floor(data.byteLength / 2);
    data[at] = data[at]! ^ 0xff;
    return { header: e.header, data };
  });
}

export function withExtraEntry(entries: TarEntry[], header: TarEntry['header'], data = Buffer.alloc(0)): TarEntry[] {
  return [...entries, { header, data }];
}

/**
 * An OCI archive whose first image's manifest is padded past `bytes` with an annotation; the
 * manifest is renamed to its new digest and index.json points at it.
 */
export function withLargeManifest(entries: TarEntry[], bytes: number): TarEntry[] {
  const indexEntry = find(entries, 'index.json');
  const index = JSON.parse(indexEntry.data.toString()) as { manifests: Array<{ digest: string; size: number }> };
  const first = index.manifests[0]!;
  const manifestEntry = find(entries, blobName(first.digest));
  const manifest = JSON.parse(manifestEntry.data.toString()) as { annotations?: Record<string, string> };
  manifest.annotations = { ...manifest.annotations, 'test.podctl.io/padding': 'x'.repeat(bytes) };
  const data = Buffer.from(JSON.stringify(manifest));
  first.digest = sha256(data);
  first.size = data.byteLength;
  return [
    ...entries.filter((e) => e !== indexEntry && e !== manifestEntry),
    { header: { ...manifestEntry.header, name: blobName(first.digest) }, data },
    { header: indexEntry.header, data: Buffer.from(JSON.stringify(index)) },
  ];
}

/**
 * An OCI archive whose first image's (only) layer is replaced by `data`, with the manifest and
 * index.json pointing at it by its new digest: valid to every check before containerd, so
 * that the failure comes from unpacking it.
 */
export function withLayerReplaced(entries: TarEntry[], data: Buffer): TarEntry[] {
  const indexEntry = find(entries, 'index.json');
  const index = JSON.parse(indexEntry.data.toString()) as { manifests: Array<{ digest: string; size: number }> };
  const first = index.manifests[0]!;
  const manifestEntry = find(entries, blobName(first.digest));
  const manifest = JSON.parse(manifestEntry.data.toString()) as { layers: Array<{ digest: string; size: number }> };
  const layer = manifest.layers[0]!;
  const layerEntry = find(entries, blobName(layer.digest));
  layer.digest = sha256(data);
  layer.size = data.byteLength;
  const manifestData = Buffer.from(JSON.stringify(manifest));
  first.digest = sha256(manifestData);
  first.size = manifestData.byteLength;
  return [
    ...entries.filter((e) => e !== indexEntry && e !== manifestEntry && e !== layerEntry),
    { header: { ...layerEntry.header, name: blobName(layer.digest) }, data },
    { header: { ...manifestEntry.header, name: blobName(first.digest) }, data: manifestData },
    { header: indexEntry.header, data: Buffer.from(JSON.stringify(index)) },
  ];
}

/** What a namespace holds, as ctr lists it: content digests and snapshot lines, sorted. */
export async function containerdState(ns: string): Promise<{ content: string[]; snapshots: string[] }> {
  const lines = async (args: string[]) =>
    (await execa('ctr', ['-n', ns, ...args])).stdout
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
  return {
    content: (await lines(['content', 'ls', '-q'])).sort(),
    snapshots: (await lines(['snapshots', 'ls'])).slice(1).sort(),
  };
}

export const PODCTL_TMP = '/var/lib/podctl/tmp';

export async function spoolDirs(): Promise<string[]> {
  return (await readdir(PODCTL_TMP).catch(() => [])).filter((name) => name.startsWith('load-'));
}

/**
 * Spool directories that were not there `before` and are still there after a grace period:
 * another test's load that is running at the same time removes its own when it ends.
 */
export async function leftoverSpoolDirs(before: string[]): Promise<string[]> {
  let extra: string[] = [];
  for (let i = 0; i < 20; i++) {
    extra = (await spoolDirs()).filter((name) => !before.includes(name));
    if (extra.length === 0) break;
    await sleep(100);
  }
  return extra;
}

/**
 * An OCI archive whose one image is an index of two manifests, for linux/amd64 and (a copy
 * that differs by an annotation) linux/arm64, both over the first image's config and layers.
 * Returns the entries and the two manifest digests.
 */
export function withTwoPlatformIndex(entries: TarEntry[]): {
  entries: TarEntry[];
  amd64: string;
  arm64: string;
  index: string;
} {
  const indexEntry = find(entries, 'index.json');
  const layoutIndex = JSON.parse(indexEntry.data.toString()) as {
    manifests: Array<Record<string, unknown> & { digest: string; size: number }>;
  };
  const first = layoutIndex.manifests[0]!;
  const manifestEntry = find(entries, blobName(first.digest));
  const other = JSON.parse(manifestEntry.data.toString()) as { annotations?: Record<string, string> };
  other.annotations = { ...other.annotations, 'test.podctl.io/platform': 'arm64' };
  const otherData = Buffer.from(JSON.stringify(other));
  const mediaType = 'application/vnd.oci.image.manifest.v1+json';
  const imageIndex = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: [
        { mediaType, digest: first.digest, size: first.size, platform: { os: 'linux', architecture: 'amd64' } },
        {
          mediaType,
          digest: sha256(otherData),
          size: otherData.byteLength,
          platform: { os: 'linux', architecture: 'arm64' },
        },
      ],
    }),
  );
  const { platform: _platform, ...named } = first;
  const entry = {
    ...named,
    mediaType: 'application/vnd.oci.image.index.v1+json',
    digest: sha256(imageIndex),
    size: imageIndex.byteLength,
  };
  return {
    entries: [
      ...entries.filter((e) => e !== indexEntry),
      { header: { ...manifestEntry.header, name: blobName(sha256(otherData)) }, data: otherData },
      { header: { ...manifestEntry.header, name: blobName(entry.digest) }, data: imageIndex },
      { header: indexEntry.header, data: Buffer.from(JSON.stringify({ ...layoutIndex, manifests: [entry] })) },
    ],
    amd64: first.digest,
    arm64: sha256(otherData),
    index: entry.digest,
  };
}
