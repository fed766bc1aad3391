// The one path by which images enter containerd, from a registry or an archive alike: under a
// lease, fetch the blobs that are missing (verified by digest and size), label every parent
// with its children so that GC keeps exactly what the image references, unpack the layers,
// then create or update the image record. A failure leaves nothing behind: the lease is
// dropped with a synchronous GC, which takes whatever it held.
import type { ContainerdClient } from '../containerd/client.js';
import type { ImageRecord } from '../containerd/services/images.js';
import type { Descriptor, Platform } from '../containerd/services/types.js';
import { PodctlError, isAlreadyExists, notFound } from '../errors.js';
import { verifiedStream } from './digest.js';
import { indexChildLabels, manifestChildLabels, snapshotRefLabel } from './gc-labels.js';
import { isIndex } from './media-types.js';
import { formatPlatform, hostPlatform, platformMatcher, selectManifest } from './platform.js';
import { MAX_MANIFEST_BYTES, parseConfig, parseIndex, parseManifest } from './schemas.js';
import { DEFAULT_SNAPSHOTTER, unpackLayers } from './unpack.js';

/** Where the blobs of an image come from. */
export interface BlobSource {
  /** The blob's bytes; the importer checks their digest and size. */
  open(desc: Descriptor, signal?: AbortSignal): Promise<AsyncIterable<Uint8Array>>;
}

export type ImportEvent =
  | { kind: 'blob'; desc: Descriptor; state: 'exists' | 'fetching' | 'done'; bytes?: number }
  | { kind: 'unpack'; layer: number; desc: Descriptor; state: 'exists' | 'applied' };

export interface ImportOptions {
  /** The image record's name: a full reference (`docker.io/library/busybox:latest`). */
  name: string;
  /** The image's root: an index or a manifest. */
  target: Descriptor;
  source: BlobSource;
  platform?: Platform;
  /**
   * A lone manifest (no index) says its platform only in its config: refuse one that does not
   * match `platform` (default true). Off when the caller knows the platform from elsewhere.
   */
  checkPlatform?: boolean;
  snapshotter?: string;
  /** Unpack into snapshots (default true). */
  unpack?: boolean;
  labels?: Record<string, string>;
  /** Layers fetched at the same time. */
  parallel?: number;
  signal?: AbortSignal;
  onEvent?: (event: ImportEvent) => void;
}

export interface ImportResult {
  image: ImageRecord;
  manifest: Descriptor;
  config: Descriptor;
  layers: Descriptor[];
  /** Layer bytes that were not in the content store before. */
  fetchedBytes: number;
  chainId: string | undefined;
}

/** How long an import may take before containerd may collect its leftovers on its own. */
const LEASE_EXPIRY_MS = 6 * 60 * 60 * 1000;

/** A promise with its settle functions (Promise.withResolvers is Node 22). Never unhandled. */
function deferred(): { promise: Promise<void>; resolve: () => void; reject: (err: unknown) => void } {
  let resolve!: () => void;
  let reject!: (err: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}

async function collect(stream: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

export async function importImage(client: ContainerdClient, options: ImportOptions): Promise<ImportResult> {
  const lease = await client.leases.create({ expireAfter: LEASE_EXPIRY_MS, labels: { 'podctl.io/purpose': 'import' } });
  const leased = client.withLease(lease.id);
  try {
    const result = await importUnderLease(leased, options);
    await client.leases.delete(lease.id).catch(() => undefined);
    return result;
  } catch (err) {
    // Whatever the lease held goes now, not after its expiry.
    await client.leases.delete(lease.id, { sync: true }).catch(() => undefined);
    throw err;
  }
}

async function importUnderLease(client: ContainerdClient, options: ImportOptions): Promise<ImportResult> {
  const { signal, onEvent } = options;
  const call = { signal };
  const snapshotter = options.snapshotter ?? DEFAULT_SNAPSHOTTER;

  const has = (digest: string): Promise<boolean> => client.content.exists(digest, call);

  /** A small JSON document: from the content store when there, else from the source. */
  const readDocument = async (desc: Descriptor): Promise<Buffer> => {
    if (desc.size > MAX_MANIFEST_BYTES) {
      throw new PodctlError('invalid-argument', `${desc.mediaType} ${desc.digest} is ${desc.size} bytes, over the ${MAX_MANIFEST_BYTES >> 20} MiB limit`);
    }
    if (await has(desc.digest)) return collect(client.content.read(desc.digest, {}, call));
    return collect(verifiedStream(await options.source.open(desc, signal), desc));
  };

  /** Writes a blob with its labels, or sets the labels when containerd has it already. */
  /** Writes a blob that containerd does not have, from `bytes` or from the source. */
  const write = async (desc: Descriptor, bytes: Buffer | undefined, labels: Record<string, string>): Promise<void> => {
    const source = bytes ?? verifiedStream(await options.source.open(desc, signal), desc);
    const ref = `podctl-${desc.digest}`;
    try {
      await client.content.writeBlob(ref, source, { expected: desc.digest, size: desc.size, labels }, call);
    } catch (err) {
      await client.content.abort(ref).catch(() => undefined);
      if (!isAlreadyExists(err)) throw err;
    }
  };

  /** Writes a blob with its labels, or sets the labels when containerd has it already. */
  const store = async (desc: Descriptor, bytes: Buffer | undefined, labels: Record<string, string>): Promise<void> => {
    if (!(await has(desc.digest))) return write(desc, bytes, labels);
    if (Object.keys(labels).length > 0) {
      await client.content.update({ digest: desc.digest, labels }, Object.keys(labels).map((k) => `labels.${k}`), call);
    }
  };

  // Root: an index picks the manifest for the platform; a manifest is its own.
  const platform = options.platform ?? hostPlatform();
  const rootBytes = await readDocument(options.target);
  let manifestDesc = options.target;
  let manifestBytes = rootBytes;
  // An index is labelled with all its manifests, as containerd does: imports of other
  // platforms of the same index then add to what GC keeps instead of replacing it.
  let indexChildren: Pick<Descriptor, 'digest'>[] = [];
  if (isIndex(options.target.mediaType)) {
    const index = parseIndex(rootBytes);
    indexChildren = index.manifests;
    const chosen = selectManifest(index.manifests, platform);
    if (chosen === undefined) {
      throw notFound(`${options.name}: no manifest for platform ${formatPlatform(platform)}`, {
        hint: `the image has ${index.manifests.map((m) => (m.platform ? formatPlatform(m.platform) : 'unknown')).join(', ')}; choose one with --platform`,
      });
    }
    manifestDesc = { ...chosen, annotations: chosen.annotations ?? {} };
    manifestBytes = await readDocument(manifestDesc);
  }
  const manifest = parseManifest(manifestBytes);
  const configDesc: Descriptor = { ...manifest.config, annotations: manifest.config.annotations ?? {} };
  const configBytes = await readDocument(configDesc);
  const config = parseConfig(configBytes);
  const layers: Descriptor[] = manifest.layers.map((l) => ({ ...l, annotations: l.annotations ?? {} }));
  const diffIds = config.rootfs.diff_ids;
  // A lone manifest names no platform: its config does.
  const configPlatform = { os: config.os, architecture: config.architecture, ...(config.variant ? { variant: config.variant } : {}) };
  if (manifestDesc === options.target && options.checkPlatform !== false && !platformMatcher(platform)(configPlatform)) {
    throw notFound(`${options.name} is for ${formatPlatform(configPlatform)}, not ${formatPlatform(platform)}`, {
      hint: `pass --platform ${formatPlatform(configPlatform)} to take it anyway`,
    });
  }

  if (layers.length !== diffIds.length) {
    throw new PodctlError('invalid-argument', `${options.name}: ${layers.length} layers but ${diffIds.length} diff IDs in the image config`);
  }

  // Layers are fetched a few at a time, and each is unpacked as soon as it and the layers
  // below it are in: downloads and unpacking overlap.
  let fetchedBytes = 0;
  const arrived = layers.map(() => deferred());
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < layers.length; i = next++) {
      const layer = layers[i]!;
      try {
        const present = await has(layer.digest);
        onEvent?.({ kind: 'blob', desc: layer, state: present ? 'exists' : 'fetching' });
        if (!present) {
          await write(layer, undefined, {});
          fetchedBytes += layer.size;
          onEvent?.({ kind: 'blob', desc: layer, state: 'done', bytes: layer.size });
        }
        arrived[i]!.resolve();
      } catch (err) {
        arrived[i]!.reject(err);
        throw err;
      }
    }
  };
  const fetching = Promise.all(Array.from({ length: Math.max(1, options.parallel ?? 3) }, worker));
  const unpacking =
    options.unpack === false
      ? Promise.resolve(undefined)
      : unpackLayers(client, layers, diffIds, {
          snapshotter,
          ...(signal ? { signal } : {}),
          ready: (i) => arrived[i]!.promise,
          onLayer: (layer, state) => onEvent?.({ kind: 'unpack', layer, desc: layers[layer]!, state }),
        });
  // Both settle before anything else happens, so that no unpack outlives a failed import.
  const [fetched, unpacked] = await Promise.allSettled([fetching, unpacking]);
  if (fetched.status === 'rejected') throw fetched.reason;
  if (unpacked.status === 'rejected') throw unpacked.reason;
  const chainId = unpacked.value;
  await store(configDesc, configBytes, chainId ? snapshotRefLabel(snapshotter, chainId) : {});
  await store(manifestDesc, manifestBytes, manifestChildLabels(configDesc, layers));
  if (manifestDesc !== options.target) {
    await store(options.target, rootBytes, indexChildLabels(indexChildren));
  }

  const record = { name: options.name, target: options.target, labels: options.labels ?? {} };
  let image: ImageRecord;
  try {
    image = await client.images.create(record, call);
  } catch (err) {
    if (!isAlreadyExists(err)) throw err;
    image = await client.images.update(record, ['target', ...Object.keys(record.labels).map((k) => `labels.${k}`)], call);
  }
  return { image, manifest: manifestDesc, config: configDesc, layers, fetchedBytes, chainId };
}
