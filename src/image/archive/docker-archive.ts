// A `docker save` archive: manifest.json, config files and layer tars, but no manifests. podctl
// writes each image's Docker schema 2 manifest itself, after checking that the layers are what
// the config's diff IDs say they are, so the image it imports is the one docker saved.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { Descriptor } from '../../containerd/services/types.js';
import { invalidArgument } from '../../errors.js';
import { DOCKER_CONFIG, DOCKER_LAYER, DOCKER_LAYER_GZIP, DOCKER_MANIFEST } from '../media-types.js';
import { parseConfig } from '../schemas.js';
import { ArchiveBlobs } from './blobs.js';
import { MAGIC_BYTES, detectCompression } from './compression.js';
import { parseDockerArchiveManifest } from './docker-manifest.js';
import { classifyEntry } from './entry.js';
import { dockerImageNames } from './names.js';
import type { ArchiveContent, ArchiveImage, ArchiveReadOptions } from './oci-archive.js';
import type { Spool, SpooledFile } from './spool.js';

async function sha256Of(stream: AsyncIterable<Uint8Array>): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of stream) hash.update(chunk);
  return `sha256:${hash.digest('hex')}`;
}

async function headOf(file: string): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(MAGIC_BYTES), 0, MAGIC_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** A layer tar's media type, by its compression, and its diff ID (the uncompressed digest). */
async function inspectLayer(name: string, file: SpooledFile): Promise<{ mediaType: string; diffId: string }> {
  const compression = detectCompression(await headOf(file.path));
  if (compression === 'none') {
    const diffId = file.digest.startsWith('sha256:') ? file.digest : await sha256Of(createReadStream(file.path));
    return { mediaType: DOCKER_LAYER, diffId };
  }
  if (compression !== 'gzip')
    throw invalidArgument(
      `docker archive: layer ${JSON.stringify(name)} is ${compression}-compressed, which is not supported`,
    );
  try {
    const diffId = await sha256Of(pipeline(createReadStream(file.path), createGunzip(), () => {}));
    return { mediaType: DOCKER_LAYER_GZIP, diffId };
  } catch (err) {
    throw invalidArgument(`docker archive: layer ${JSON.stringify(name)}: gzip: ${(err as Error).message}`, {
      cause: err,
    });
  }
}

function spooled(spool: Spool, name: string, where: string): { name: string; file: SpooledFile } {
  const entry = classifyEntry({ name, type: 'file' });
  const normalized = entry.type === 'file' ? entry.name : undefined;
  const file = normalized === undefined ? undefined : spool.get(normalized);
  if (normalized === undefined || file === undefined) {
    throw invalidArgument(`invalid docker manifest.json: ${where}: ${JSON.stringify(name)} is not in the archive`);
  }
  return { name: normalized, file };
}

export async function readDockerArchive(spool: Spool, options: ArchiveReadOptions = {}): Promise<ArchiveContent> {
  const manifestJson = await spool.readDocument('manifest.json');
  if (manifestJson === undefined) throw invalidArgument('not a docker archive: no manifest.json');
  const entries = parseDockerArchiveManifest(manifestJson);
  const blobs = new ArchiveBlobs();
  const images: ArchiveImage[] = [];
  const warnings: string[] = [];
  for (const [i, entry] of entries.entries()) {
    const config = spooled(spool, entry.Config, `[${i}].Config`);
    const configBytes = (await spool.readDocument(config.name))!;
    const diffIds = parseConfig(configBytes).rootfs.diff_ids;
    if (diffIds.length !== entry.Layers.length) {
      throw invalidArgument(
        `docker archive: image ${i} has ${entry.Layers.length} layers but ${diffIds.length} diff IDs in its config`,
      );
    }
    const layers: Descriptor[] = [];
    for (const [j, layerName] of entry.Layers.entries()) {
      const layer = spooled(spool, layerName, `[${i}].Layers[${j}]`);
      const { mediaType, diffId } = await inspectLayer(layer.name, layer.file);
      if (diffId !== diffIds[j]) {
        throw invalidArgument(
          `docker archive: layer ${JSON.stringify(layer.name)} has diff ID ${diffId}, but its config says ${diffIds[j]}`,
        );
      }
      blobs.addFile(layer.file.digest, layer.file);
      layers.push({ mediaType, digest: layer.file.digest, size: layer.file.size, annotations: {} });
    }
    blobs.addFile(config.file.digest, config.file);
    const manifest = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: DOCKER_MANIFEST,
        config: { mediaType: DOCKER_CONFIG, digest: config.file.digest, size: config.file.size },
        layers: layers.map(({ mediaType, digest, size }) => ({ mediaType, digest, size })),
      }),
    );
    const target: Descriptor = {
      mediaType: DOCKER_MANIFEST,
      digest: blobs.addBytes(manifest),
      size: manifest.byteLength,
      annotations: {},
    };
    for (const naming of dockerImageNames(entry.RepoTags, options.baseName)) {
      if ('skip' in naming) warnings.push(`skipping image ${i} of manifest.json (${entry.Config}): ${naming.skip}`);
      else images.push({ name: naming.name, target });
    }
  }
  return { images, blobs, warnings };
}
