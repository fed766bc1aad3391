// Images as users see them: listed, inspected, tagged and removed, by any name docker accepts.
import type { ContainerdClient } from '../containerd/client.js';
import type { ImageRecord } from '../containerd/services/images.js';
import type { Descriptor } from '../containerd/services/types.js';
import { filterClause } from '../containerd/filters.js';
import { failedPrecondition, isAlreadyExists, isNotFound, notFound } from '../errors.js';
import { isIndex } from './media-types.js';
import { formatPlatform, hostPlatform, selectManifest, type Platform } from './platform.js';
import { parseReference } from './reference.js';
import { parseConfig, parseIndex, parseManifest, type ImageConfig, type ImageManifest } from './schemas.js';

export interface ImageSummary {
  name: string;
  repository: string;
  tag: string;
  digest: string;
  platforms: string[];
  /** Bytes of the host platform's manifest, config and layers as stored (compressed). */
  size: number;
  created: Date | undefined;
}

export interface ImageDetails extends ImageSummary {
  record: ImageRecord;
  manifest: ImageManifest | undefined;
  config: ImageConfig | undefined;
}

interface CallOpts {
  signal?: AbortSignal;
}

async function readJson(client: ContainerdClient, digest: string, opts: CallOpts): Promise<Buffer | undefined> {
  try {
    const chunks: Buffer[] = [];
    for await (const chunk of client.content.read(digest, {}, opts)) chunks.push(chunk);
    return Buffer.concat(chunks);
  } catch (err) {
    if (isNotFound(err)) return undefined;
    throw err;
  }
}

/** The name an image record has for what the user typed: the docker-normalised reference. */
export function imageName(input: string): string {
  return parseReference(input).string;
}

/** The image record for a name, a short name, or an ID (a digest or a prefix of its hex). */
export async function findImage(client: ContainerdClient, input: string, opts: CallOpts = {}): Promise<ImageRecord> {
  let name: string | undefined;
  try {
    name = imageName(input);
  } catch {
    // Not a reference; it may still be an ID.
  }
  if (name !== undefined) {
    try {
      return await client.images.get(name, opts);
    } catch (err) {
      if (!isNotFound(err)) throw err;
    }
  }
  const id = /^(?:sha256:)?([0-9a-f]{4,64})$/.exec(input)?.[1];
  if (id !== undefined) {
    const match = (await client.images.list([], opts)).find((i) => i.target.digest.startsWith(`sha256:${id}`));
    if (match) return match;
  }
  throw notFound(`no such image: ${input}`, { hint: `pull it first: podctl pull ${input}` });
}

async function describe(
  client: ContainerdClient,
  record: ImageRecord,
  platform: Platform,
  opts: CallOpts,
): Promise<ImageDetails> {
  const ref = parseReference(record.name);
  let manifestDesc: Descriptor | undefined = record.target;
  let platforms: string[] = [];
  if (isIndex(record.target.mediaType)) {
    const bytes = await readJson(client, record.target.digest, opts);
    const index = bytes ? parseIndex(bytes) : undefined;
    const present = [];
    for (const m of index?.manifests ?? []) {
      if ((await readJson(client, m.digest, opts)) !== undefined) present.push(m);
    }
    platforms = present.flatMap((m) => (m.platform ? [formatPlatform(m.platform)] : []));
    const chosen = selectManifest(present, platform) ?? present[0];
    manifestDesc = chosen ? { ...chosen, annotations: chosen.annotations ?? {} } : undefined;
  }
  const manifestBytes = manifestDesc ? await readJson(client, manifestDesc.digest, opts) : undefined;
  const manifest = manifestBytes ? parseManifest(manifestBytes) : undefined;
  const configBytes = manifest ? await readJson(client, manifest.config.digest, opts) : undefined;
  const config = configBytes ? parseConfig(configBytes) : undefined;
  if (platforms.length === 0 && config)
    platforms = [
      formatPlatform({
        os: config.os,
        architecture: config.architecture,
        ...(config.variant ? { variant: config.variant } : {}),
      }),
    ];
  const size =
    manifest && manifestDesc
      ? manifestDesc.size + manifest.config.size + manifest.layers.reduce((n, l) => n + l.size, 0)
      : 0;
  const created = config?.created ? new Date(config.created) : record.createdAt;
  return {
    name: record.name,
    repository: ref.familiar.replace(/[:@].*$/, ''),
    tag: ref.tag ?? '<none>',
    digest: record.target.digest,
    platforms,
    size,
    created,
    record,
    manifest,
    config,
  };
}

export async function listImages(client: ContainerdClient, opts: CallOpts = {}): Promise<ImageSummary[]> {
  const records = await client.images.list([], opts);
  const details = await Promise.all(records.map((r) => describe(client, r, hostPlatform(), opts)));
  return details.map(({ record: _r, manifest: _m, config: _c, ...summary }) => summary);
}

export async function inspectImage(
  client: ContainerdClient,
  input: string,
  opts: CallOpts = {},
): Promise<ImageDetails> {
  return describe(client, await findImage(client, input, opts), hostPlatform(), opts);
}

/** A second name for an image; an existing record of that name is pointed at it. */
export async function tagImage(
  client: ContainerdClient,
  source: string,
  target: string,
  opts: CallOpts = {},
): Promise<ImageRecord> {
  const record = await findImage(client, source, opts);
  const image = { name: imageName(target), target: record.target, labels: record.labels };
  try {
    return await client.images.create(image, opts);
  } catch (err) {
    if (!isAlreadyExists(err)) throw err;
    return client.images.update(image, ['target'], opts);
  }
}

/**
 * Removes an image name. Refuses while a container was made from it, unless forced; with a
 * synchronous GC, so that its content and snapshots are gone when this returns (if no other
 * name holds them).
 */
export async function removeImage(
  client: ContainerdClient,
  input: string,
  options: CallOpts & { force?: boolean } = {},
): Promise<string> {
  const record = await findImage(client, input, options);
  if (!options.force) {
    const users = await client.containers.list([filterClause('image', '==', record.name)], options);
    if (users.length > 0) {
      throw failedPrecondition(`image ${record.name} is used by container ${users.map((c) => c.id).join(', ')}`, {
        hint: 'remove the container first, or force with the `force` option',
      });
    }
  }
  await client.images.delete(record.name, true, options);
  return record.name;
}
