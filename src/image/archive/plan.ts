// What importing an archive's images will do, worked out and checked before containerd is
// touched: for each image, the manifests to import (one for the wanted platform, or every one
// the archive holds), and every document and blob they reach, present with the right size
// and digest. A bad archive fails here, with nothing to roll back.
import type { Descriptor } from '../../containerd/services/types.js';
import { invalidArgument, notFound } from '../../errors.js';
import { isIndex, isManifest } from '../media-types.js';
import { formatPlatform, platformMatcher, selectManifest, type Platform } from '../platform.js';
import { parseConfig, parseIndex, parseManifest, type ContentDescriptor } from '../schemas.js';
import type { ArchiveBlobs } from './blobs.js';
import type { ArchiveImage } from './oci-archive.js';

/** One importImage call. */
export interface ImportStep {
  name: string;
  target: Descriptor;
  platform: Platform;
  unpack: boolean;
}

export interface PlanOptions {
  platform: Platform;
  /** Import every platform the archive holds; only the wanted one is unpacked. */
  allPlatforms?: boolean;
}

async function checkManifest(blobs: ArchiveBlobs, name: string, desc: ContentDescriptor): Promise<void> {
  const manifest = parseManifest(await blobs.readDocument(desc));
  const config = parseConfig(await blobs.readDocument(manifest.config));
  if (config.rootfs.diff_ids.length !== manifest.layers.length) {
    throw invalidArgument(
      `${name}: manifest ${desc.digest} has ${manifest.layers.length} layers but its config has ${config.rootfs.diff_ids.length} diff IDs`,
    );
  }
  for (const layer of manifest.layers) blobs.check(layer);
}

const platformsOf = (manifests: readonly ContentDescriptor[]) =>
  manifests.map((m) => (m.platform ? formatPlatform(m.platform) : 'unknown')).join(', ');

/** The steps for one image (all entries of one name, of which the platform picks one). */
async function planImage(blobs: ArchiveBlobs, candidates: ArchiveImage[], options: PlanOptions): Promise<ImportStep[]> {
  const { platform } = options;
  const byPlatform = candidates.length > 1 ? selectManifest(candidates, platform) : undefined;
  const image = byPlatform ?? candidates.at(-1)!;
  const { name, target } = image;
  if (isManifest(target.mediaType)) {
    // index.json may say which platform a manifest is for (docker archives never do).
    const matches = image.platform === undefined || platformMatcher(platform)(image.platform);
    if (!matches && !options.allPlatforms) {
      throw notFound(`${name}: the image is for ${formatPlatform(image.platform!)}, not ${formatPlatform(platform)}`, {
        hint: 'choose its platform with the `platform` option, or load it as it is with the `allPlatforms` option',
      });
    }
    await checkManifest(blobs, name, target);
    return [{ name, target, platform: image.platform ?? platform, unpack: matches }];
  }
  if (!isIndex(target.mediaType)) throw invalidArgument(`${name}: unsupported media type ${target.mediaType}`);
  const index = parseIndex(await blobs.readDocument(target));
  const present = index.manifests.filter(
    (m) => isManifest(m.mediaType) && m.platform !== undefined && blobs.has(m.digest),
  );
  const chosen = selectManifest(index.manifests, platform);
  if (options.allPlatforms) {
    if (present.length === 0) throw invalidArgument(`${name}: none of the image's manifests is in the archive`);
    for (const m of present) await checkManifest(blobs, name, m);
    return present.map((m) => ({ name, target, platform: m.platform!, unpack: m === chosen }));
  }
  if (chosen === undefined) {
    throw notFound(`${name}: no manifest for platform ${formatPlatform(platform)}`, {
      hint: `the image has ${platformsOf(index.manifests)}; choose one with the \`platform\` option`,
    });
  }
  if (!blobs.has(chosen.digest)) {
    throw notFound(`${name}: the manifest for ${formatPlatform(platform)} (${chosen.digest}) is not in the archive`, {
      hint:
        present.length > 0
          ? `the archive has ${platformsOf(present)}; choose one with the \`platform\` option`
          : undefined,
    });
  }
  await checkManifest(blobs, name, chosen);
  return [{ name, target, platform, unpack: true }];
}

/** Every import the archive's images need, in archive order, each name once. */
export async function planImports(
  blobs: ArchiveBlobs,
  images: ArchiveImage[],
  options: PlanOptions,
): Promise<ImportStep[]> {
  const byName = new Map<string, ArchiveImage[]>();
  for (const image of images) byName.set(image.name, [...(byName.get(image.name) ?? []), image]);
  const steps: ImportStep[] = [];
  for (const candidates of byName.values()) steps.push(...(await planImage(blobs, candidates, options)));
  return steps;
}
