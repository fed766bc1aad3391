// An OCI image layout in a tar (skopeo's oci-archive, ctr export, docker save since 25): the
// `oci-layout` version file, `index.json` with one entry per image, and `blobs/<alg>/<hex>`.
import type { Descriptor } from '../../containerd/services/types.js';
import { invalidArgument } from '../../errors.js';
import type { Platform } from '../platform.js';
import { parseImageLayout, parseIndex, type ContentDescriptor } from '../schemas.js';
import { ArchiveBlobs } from './blobs.js';
import { blobPathDigest } from './entry.js';
import { ANNOTATION_IMAGE_NAME, ANNOTATION_REF_NAME, ociImageName } from './names.js';
import type { Spool } from './spool.js';

/** An image an archive offers, under the name it will have in containerd. */
export interface ArchiveImage {
  name: string;
  target: Descriptor;
  /** The platform index.json gives for a manifest target, if any. */
  platform?: Platform;
}

export interface ArchiveContent {
  images: ArchiveImage[];
  blobs: ArchiveBlobs;
  /** Images that were skipped, and why. */
  warnings: string[];
}

export interface ArchiveReadOptions {
  /** A repository for images that carry only a tag, or no name. */
  baseName?: string;
}

/** The descriptor as containerd's image record keeps it, without the archive's naming annotations. */
export function recordDescriptor(desc: ContentDescriptor): Descriptor {
  const annotations = { ...desc.annotations };
  delete annotations[ANNOTATION_IMAGE_NAME];
  delete annotations[ANNOTATION_REF_NAME];
  return { mediaType: desc.mediaType, digest: desc.digest, size: desc.size, annotations };
}

export async function readOciArchive(spool: Spool, options: ArchiveReadOptions = {}): Promise<ArchiveContent> {
  const layout = await spool.readDocument('oci-layout');
  if (layout === undefined) throw invalidArgument('not an OCI image layout: no oci-layout file');
  parseImageLayout(layout);
  const indexBytes = await spool.readDocument('index.json');
  if (indexBytes === undefined) throw invalidArgument('invalid OCI image layout: no index.json');
  const index = parseIndex(indexBytes);

  const blobs = new ArchiveBlobs();
  for (const [name, file] of spool.entries()) {
    const digest = blobPathDigest(name);
    if (digest !== undefined) blobs.addFile(digest, file);
  }
  const images: ArchiveImage[] = [];
  const warnings: string[] = [];
  for (const [i, entry] of index.manifests.entries()) {
    const naming = ociImageName(entry.annotations, options.baseName);
    if ('skip' in naming) {
      warnings.push(`skipping image ${i} of index.json (${entry.digest}): ${naming.skip}`);
      continue;
    }
    const image: ArchiveImage = { name: naming.name, target: recordDescriptor(entry) };
    if (entry.platform !== undefined) image.platform = entry.platform;
    images.push(image);
  }
  return { images, blobs, warnings };
}
