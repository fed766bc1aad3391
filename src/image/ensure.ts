// The image a pod needs, made ready before the pod is created: present and unpacked for the
// snapshotter in use. podctl's own infra image ships with podctl as an OCI archive and is
// loaded from it on first use; any other image must have been pulled.
import path from 'node:path';
import type { ContainerdClient } from '../containerd/client.js';
import type { ImageRecord } from '../containerd/services/images.js';
import type { Descriptor } from '../containerd/services/types.js';
import { failedPrecondition, isNotFound, notFound } from '../errors.js';
import { findPackageFile, packageFileCandidates } from '../package-files.js';
import { DEFAULT_INFRA_IMAGE } from './defaults.js';
import { chainIds } from './digest.js';
import { importImage, type BlobSource } from './import.js';
import { loadImages } from './load.js';
import { isIndex } from './media-types.js';
import { hostPlatform, selectManifest } from './platform.js';
import { parseReference } from './reference.js';
import { MAX_MANIFEST_BYTES, parseConfig, parseIndex, parseManifest } from './schemas.js';
import { DEFAULT_SNAPSHOTTER } from './unpack.js';

const PAUSE_ARCHIVE = path.join('images', 'pause.oci.tar');

/** Where the embedded infra image's archive may be: `images/` at the package root. */
export function pauseArchiveCandidates(): string[] {
  return packageFileCandidates(PAUSE_ARCHIVE);
}

/** The embedded infra image's archive (images/pause.oci.tar of the podctl package). */
export function pauseArchivePath(): string {
  const found = findPackageFile(PAUSE_ARCHIVE);
  if (found === undefined) {
    throw failedPrecondition(`podctl's infra image archive ${PAUSE_ARCHIVE} is missing from its package`, {
      hint: 'reinstall podctl, or build it from a checkout: scripts/build-pause-image.sh',
    });
  }
  return found;
}

export interface EnsureOptions {
  snapshotter?: string;
  signal?: AbortSignal;
  /** The infra image's archive; pauseArchivePath() by default. */
  pauseArchive?: string;
}

export interface EnsureResult {
  image: ImageRecord;
  /** present: nothing to do; unpacked: its layers were unpacked again; loaded: from the embedded archive. */
  action: 'present' | 'unpacked' | 'loaded';
}

interface Call {
  signal?: AbortSignal;
}

async function readDocument(
  client: ContainerdClient,
  desc: Pick<Descriptor, 'digest' | 'size'>,
  call: Call,
): Promise<Buffer> {
  if (desc.size > MAX_MANIFEST_BYTES)
    throw failedPrecondition(`image document ${desc.digest} is over the ${MAX_MANIFEST_BYTES >> 20} MiB limit`);
  const chunks: Buffer[] = [];
  for await (const chunk of client.content.read(desc.digest, {}, call)) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** Whether the image is unpacked for the snapshotter, or has its content to be, or lacks some. */
async function imageState(
  client: ContainerdClient,
  record: ImageRecord,
  snapshotter: string,
  call: Call,
): Promise<'unpacked' | 'content' | 'missing'> {
  try {
    let manifestDesc: Pick<Descriptor, 'digest' | 'size'> | undefined = record.target;
    if (isIndex(record.target.mediaType)) {
      manifestDesc = selectManifest(
        parseIndex(await readDocument(client, record.target, call)).manifests,
        hostPlatform(),
      );
      if (manifestDesc === undefined) return 'missing';
    }
    const manifest = parseManifest(await readDocument(client, manifestDesc, call));
    const config = parseConfig(await readDocument(client, manifest.config, call));
    const top = chainIds(config.rootfs.diff_ids).at(-1);
    if (top !== undefined) {
      try {
        await client.snapshots.stat(snapshotter, top, call);
        return 'unpacked';
      } catch (err) {
        if (!isNotFound(err)) throw err;
      }
    }
    for (const layer of manifest.layers) await client.content.info(layer.digest, call);
    return 'content';
  } catch (err) {
    if (isNotFound(err)) return 'missing';
    throw err;
  }
}

/** The content store as a blob source: for unpacking again what containerd holds already. */
function contentStore(client: ContainerdClient): BlobSource {
  return { open: async (desc, signal) => client.content.read(desc.digest, {}, signal === undefined ? {} : { signal }) };
}

/**
 * Makes `ref` ready to run: a no-op when it is there and unpacked for the snapshotter; unpacked
 * again from the content store when it is there for another snapshotter only; loaded from the
 * embedded archive when it is podctl's infra image and missing. Any other missing image is a
 * not-found error that tells the user to pull it.
 */
export async function ensureImage(
  client: ContainerdClient,
  ref: string,
  options: EnsureOptions = {},
): Promise<EnsureResult> {
  const { signal } = options;
  const call = signal === undefined ? {} : { signal };
  const name = parseReference(ref).string;
  const snapshotter = options.snapshotter ?? DEFAULT_SNAPSHOTTER;
  let record: ImageRecord | undefined;
  try {
    record = await client.images.get(name, call);
  } catch (err) {
    if (!isNotFound(err)) throw err;
  }
  if (record !== undefined) {
    const state = await imageState(client, record, snapshotter, call);
    if (state === 'unpacked') return { image: record, action: 'present' };
    if (state === 'content') {
      const { image } = await importImage(client, {
        name,
        target: record.target,
        labels: record.labels,
        source: contentStore(client),
        snapshotter,
        ...call,
      });
      return { image, action: 'unpacked' };
    }
  }
  if (name !== parseReference(DEFAULT_INFRA_IMAGE).string) {
    if (record !== undefined) {
      throw failedPrecondition(`image ${ref} is incomplete: some of its content is missing`, {
        hint: `pull it again: podctl pull ${ref}`,
      });
    }
    throw notFound(`image ${ref} not found`, { hint: `pull it first: podctl pull ${ref}` });
  }
  await loadImages(client, options.pauseArchive ?? pauseArchivePath(), { snapshotter, ...call });
  return { image: await client.images.get(name, call), action: 'loaded' };
}
