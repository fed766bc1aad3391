// `podctl load`: images from an archive (an OCI image layout or a `docker save` tarball, plain
// or gzipped, from a file or a stream) into containerd. The archive is spooled and checked in
// full first; then each image goes through importImage, whose lease takes everything back if
// containerd fails it.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { ContainerdClient } from '../containerd/client.js';
import { PodctlError, invalidArgument, notFound } from '../errors.js';
import { planImports } from './archive/plan.js';
import { readDockerArchive } from './archive/docker-archive.js';
import { readOciArchive, type ArchiveContent } from './archive/oci-archive.js';
import { spoolArchive } from './archive/read-archive.js';
import type { ArchiveLimits, Spool } from './archive/spool.js';
import { importImage, type ImportEvent } from './import.js';
import { hostPlatform, type Platform } from './platform.js';

export type LoadEvent =
  ImportEvent | { kind: 'warning'; message: string } | { kind: 'image'; name: string; state: 'importing' | 'loaded' };

export interface LoadOptions {
  /** The platform to import and unpack; the host's by default. */
  platform?: Platform;
  /** Import every platform the archive holds (only `platform` is unpacked). */
  allPlatforms?: boolean;
  snapshotter?: string;
  /** A repository for images the archive names by a tag only, or not at all. */
  baseName?: string;
  limits?: Partial<ArchiveLimits>;
  /** Where the archive is spooled: /var/lib/podctl/tmp by default. */
  tmpDir?: string;
  signal?: AbortSignal;
  onEvent?: (event: LoadEvent) => void;
}

/** The archive at `file`, as a stream; a missing or unreadable file is reported by name. */
async function openArchiveFile(file: string): Promise<AsyncIterable<Uint8Array>> {
  try {
    const info = await stat(file);
    if (!info.isFile() && !info.isFIFO()) throw invalidArgument(`${file}: not a file`);
  } catch (err) {
    if (err instanceof PodctlError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw notFound(`${file}: no such file`, { cause: err });
    if (code === 'EACCES') throw new PodctlError('permission-denied', `${file}: permission denied`, { cause: err });
    throw err;
  }
  return createReadStream(file);
}

async function readArchive(spool: Spool, baseName: string | undefined): Promise<ArchiveContent> {
  const options = baseName === undefined ? {} : { baseName };
  if (spool.get('oci-layout') !== undefined) return readOciArchive(spool, options);
  if (spool.get('manifest.json') !== undefined) return readDockerArchive(spool, options);
  throw invalidArgument('not an image archive: it has neither an oci-layout file nor a manifest.json', {
    hint: 'load takes an OCI image layout (skopeo oci-archive:, podctl save) or a docker save archive',
  });
}

/**
 * Loads the images of an archive; returns their names, in archive order. Nothing reaches
 * containerd before the whole archive has been read and checked.
 */
export async function loadImages(
  client: ContainerdClient,
  input: Readable | AsyncIterable<Uint8Array> | string,
  options: LoadOptions = {},
): Promise<string[]> {
  const { signal, onEvent } = options;
  const source = typeof input === 'string' ? await openArchiveFile(input) : input;
  const spool = await spoolArchive(source, {
    ...(options.tmpDir === undefined ? {} : { tmpDir: options.tmpDir }),
    ...(options.limits === undefined ? {} : { limits: options.limits }),
    ...(signal === undefined ? {} : { signal }),
  });
  try {
    const archive = await readArchive(spool, options.baseName);
    for (const message of archive.warnings) onEvent?.({ kind: 'warning', message });
    if (archive.images.length === 0) {
      throw invalidArgument('the archive has no image podctl can name', {
        hint: 'give the images a repository with the `baseName` option',
      });
    }
    const platform = options.platform ?? hostPlatform();
    const steps = await planImports(archive.blobs, archive.images, {
      platform,
      allPlatforms: options.allPlatforms === true,
    });
    const loaded: string[] = [];
    for (const step of steps) {
      if (signal?.aborted) throw new PodctlError('canceled', 'load canceled', { cause: signal.reason });
      if (!loaded.includes(step.name)) onEvent?.({ kind: 'image', name: step.name, state: 'importing' });
      await importImage(client, {
        name: step.name,
        target: step.target,
        source: archive.blobs,
        platform: {
          os: step.platform.os,
          architecture: step.platform.architecture,
          variant: step.platform.variant ?? '',
        },
        unpack: step.unpack,
        // The plan matched platforms against index.json already.
        checkPlatform: false,
        ...(options.snapshotter === undefined ? {} : { snapshotter: options.snapshotter }),
        ...(signal === undefined ? {} : { signal }),
        ...(onEvent === undefined ? {} : { onEvent }),
      });
      if (!loaded.includes(step.name)) loaded.push(step.name);
    }
    for (const name of loaded) onEvent?.({ kind: 'image', name, state: 'loaded' });
    return loaded;
  } finally {
    await spool.remove();
  }
}
