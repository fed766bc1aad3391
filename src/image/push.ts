/**
 * `push`: the stored image (its record, then index, manifests, config and layers from the
 * content store) uploaded to a registry: blobs the repository lacks, monolithically; then
 * manifests by digest, children before the index; then the root under the tag. An index whose
 * other platforms were never pulled is pushed with the children that are here; when the
 * registry refuses it for the missing ones, the platform's manifest goes under the tag instead.
 */
import type { ContainerdClient } from '../containerd/client.js';
import type { Descriptor } from '../containerd/services/types.js';
import { failedPrecondition, isFailedPrecondition, isNotFound, notFound } from '../errors.js';
import { isForeignLayer, isIndex, isManifest } from './media-types.js';
import { formatPlatform, hostPlatform, selectManifest, type Platform } from './platform.js';
import { endpointsFor, registryClient, type RegistryOptions } from './pull.js';
import { parseReference } from './reference.js';
import { endpointHost } from './registry/client.js';
import { hasBlob, putManifest, uploadBlob } from './registry/distribution.js';
import { registryEndpoints } from './registry/hosts.js';
import { MAX_MANIFEST_BYTES, parseIndex, parseManifest } from './schemas.js';
import { counted } from './registry/counted.js';

export type PushEvent =
  | { kind: 'blob'; desc: Descriptor; state: 'exists' | 'pushing' | 'done' }
  | { kind: 'progress'; desc: Descriptor; bytes: number }
  | { kind: 'manifest'; desc: Descriptor; reference: string }
  | { kind: 'note'; message: string };

export interface PushOptions extends RegistryOptions {
  /** The platform whose manifest stands in for an index the registry refuses (default: this host's). */
  platform?: Platform;
  onEvent?: (event: PushEvent) => void;
}

export interface PushResult {
  name: string;
  /** What the tag points at now. */
  desc: Descriptor;
  /** Blob bytes uploaded (not those the registry had). */
  pushedBytes: number;
}

interface Plan {
  blobs: Map<string, Descriptor>;
  /** Children first. */
  manifests: { desc: Descriptor; bytes: Buffer; platform?: Platform }[];
  missing: Descriptor[];
}

async function present(client: ContainerdClient, digest: string, signal?: AbortSignal): Promise<boolean> {
  try {
    await client.content.info(digest, { signal });
    return true;
  } catch (err) {
    if (isNotFound(err)) return false;
    throw err;
  }
}

async function readDocument(client: ContainerdClient, desc: Descriptor, signal?: AbortSignal): Promise<Buffer> {
  if (desc.size > MAX_MANIFEST_BYTES)
    throw failedPrecondition(`${desc.digest}: ${desc.size} bytes is too large for a manifest`);
  const chunks: Buffer[] = [];
  for await (const chunk of client.content.read(desc.digest, {}, { signal })) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** What the image is made of, as far as the content store has it. */
async function walk(
  client: ContainerdClient,
  desc: Descriptor,
  plan: Plan,
  name: string,
  signal?: AbortSignal,
  platform?: Platform,
): Promise<void> {
  if (!(await present(client, desc.digest, signal))) {
    plan.missing.push(desc);
    return;
  }
  const bytes = await readDocument(client, desc, signal);
  if (isIndex(desc.mediaType)) {
    for (const child of parseIndex(bytes).manifests) {
      await walk(client, { ...child, annotations: child.annotations ?? {} }, plan, name, signal, child.platform);
    }
  } else if (isManifest(desc.mediaType)) {
    const manifest = parseManifest(bytes);
    for (const blob of [manifest.config, ...manifest.layers]) {
      if (isForeignLayer(blob.mediaType)) continue;
      if (!(await present(client, blob.digest, signal))) {
        throw failedPrecondition(`image "${name}": blob ${blob.digest} is not in the content store`, {
          hint: 'pull the image again',
        });
      }
      plan.blobs.set(blob.digest, { ...blob, annotations: blob.annotations ?? {} });
    }
  } else {
    throw failedPrecondition(`image "${name}": cannot push ${desc.mediaType} ${desc.digest}`);
  }
  plan.manifests.push({ desc, bytes, ...(platform ? { platform } : {}) });
}

export async function pushImage(client: ContainerdClient, ref: string, options: PushOptions = {}): Promise<PushResult> {
  const reference = parseReference(ref);
  const { signal, onEvent } = options;
  const image = await client.images.get(reference.string, { signal }).catch((err: unknown) => {
    throw isNotFound(err)
      ? notFound(`image "${reference.familiar}" not found`, {
          hint: `pull it, or tag an image as ${reference.familiar}`,
        })
      : err;
  });
  const endpoints = await registryEndpoints(reference.domain, {
    ...(options.hostsDir ? { hostsDir: options.hostsDir } : {}),
    ...(options.insecureRegistries ? { insecureRegistries: options.insecureRegistries } : {}),
  });
  const endpoint = endpointsFor(endpoints, 'push', reference.domain)[0]!;
  const plan: Plan = { blobs: new Map(), manifests: [], missing: [] };
  await walk(client, image.target, plan, reference.familiar, signal);
  const root = plan.manifests.at(-1);
  if (root === undefined || root.desc.digest !== image.target.digest) {
    throw failedPrecondition(
      `image "${reference.familiar}": its ${image.target.mediaType} ${image.target.digest} is not in the content store`,
    );
  }

  const registry = registryClient(options);
  try {
    let pushedBytes = 0;
    const queue = [...plan.blobs.values()];
    const worker = async () => {
      for (let blob = queue.shift(); blob !== undefined; blob = queue.shift()) {
        const desc = blob;
        if (await hasBlob(registry, endpoint, reference.path, desc.digest, signal)) {
          onEvent?.({ kind: 'blob', desc, state: 'exists' });
          continue;
        }
        onEvent?.({ kind: 'blob', desc, state: 'pushing' });
        const read = () =>
          counted(client.content.read(desc.digest, {}, { signal }), (bytes) =>
            onEvent?.({ kind: 'progress', desc, bytes }),
          );
        await uploadBlob(registry, endpoint, reference.path, desc, read, signal);
        pushedBytes += desc.size;
        onEvent?.({ kind: 'blob', desc, state: 'done' });
      }
    };
    await Promise.all(Array.from({ length: 3 }, worker));

    for (const m of plan.manifests.slice(0, -1)) {
      await putManifest(registry, endpoint, reference.path, m.desc.digest, m.desc.mediaType, m.bytes, signal);
      onEvent?.({ kind: 'manifest', desc: m.desc, reference: m.desc.digest });
    }
    const tag = reference.tag ?? reference.digest!;
    try {
      await putManifest(registry, endpoint, reference.path, tag, root.desc.mediaType, root.bytes, signal);
      onEvent?.({ kind: 'manifest', desc: root.desc, reference: tag });
      return { name: reference.string, desc: image.target, pushedBytes };
    } catch (err) {
      if (plan.missing.length === 0 || !isFailedPrecondition(err) || reference.tag === undefined) throw err;
      const wanted = options.platform ?? hostPlatform();
      const chosen = selectManifest(
        plan.manifests.filter((m) => m.platform !== undefined && isManifest(m.desc.mediaType)),
        wanted,
      );
      if (chosen === undefined) throw err;
      onEvent?.({
        kind: 'note',
        message: `registry ${endpointHost(endpoint)} refused the index (${plan.missing.length} of its manifests were never pulled): pushed the ${formatPlatform(chosen.platform!)} manifest as ${tag}`,
      });
      await putManifest(registry, endpoint, reference.path, tag, chosen.desc.mediaType, chosen.bytes, signal);
      onEvent?.({ kind: 'manifest', desc: chosen.desc, reference: tag });
      return { name: reference.string, desc: chosen.desc, pushedBytes };
    }
  } finally {
    registry.close();
  }
}
