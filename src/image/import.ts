// The one path by which images enter containerd, from a registry or an archive alike: under a
// lease, fetch the blobs that are missing (verified by digest and size), label every parent
// with its children so that GC keeps exactly what the image references, unpack the layers,
// then create or update the image record. A failure leaves nothing behind: the lease is
// dropped with a synchronous GC, which takes whatever it held. (GC labels set on a document
// containerd had before stay: they name children, which GC keeps only while something holds them.)
import { setMaxListeners } from 'node:events';
import type { ContainerdClient } from '../containerd/client.js';
import type { Labels } from '../containerd/services/content.js';
import type { ImageRecord } from '../containerd/services/images.js';
import { randomLeaseId } from '../containerd/services/leases.js';
import type { Descriptor, Platform } from '../containerd/services/types.js';
import { PodctlError, isAlreadyExists, notFound } from '../errors.js';
import { chainIds, verifiedStream } from './digest.js';
import { UNCOMPRESSED_LABEL, indexChildLabels, manifestChildLabels, snapshotRefLabel } from './gc-labels.js';
import { isIndex } from './media-types.js';
import { formatPlatform, hostPlatform, platformMatcher, selectManifest } from './platform.js';
import { MAX_MANIFEST_BYTES, parseConfig, parseIndex, parseManifest } from './schemas.js';
import { DEFAULT_SNAPSHOTTER, unpackLayers } from './unpack.js';
import { creatorLabels } from '../state/creator.js';
import { LABELS } from '../state/labels.js';

/** Where the blobs of an image come from. */
export interface BlobSource {
  /** The blob's bytes; the importer checks their digest and size. */
  open(desc: Descriptor, signal?: AbortSignal): Promise<AsyncIterable<Uint8Array>>;
  /** The bytes of a document the source holds already (a manifest read to resolve a tag), if it does. */
  held?(desc: Descriptor): Buffer | undefined;
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

/** Waits for every one of them, then fails with the first failure in their order, if any. */
async function allOrFirstFailure<T>(values: readonly T[]): Promise<Awaited<T>[]> {
  const settled = await Promise.allSettled(values);
  const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((r) => (r as PromiseFulfilledResult<Awaited<T>>).value);
}

async function collect(stream: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

export async function importImage(client: ContainerdClient, options: ImportOptions): Promise<ImportResult> {
  // The lease's ID is ours, so that the work need not wait for containerd to make it: every
  // write waits for it, and the documents are read meanwhile.
  const id = randomLeaseId();
  const created = client.leases.create({
    id,
    expireAfter: LEASE_EXPIRY_MS,
    labels: { ...creatorLabels(), [LABELS.purpose]: 'import' },
  });
  const made = created.then(
    () => true,
    () => false,
  );
  const leased = created.then(() => undefined);
  leased.catch(() => undefined);
  try {
    const result = await importUnderLease(client.withLease(id), options, leased);
    await client.leases.delete(id).catch(() => undefined);
    return result;
  } catch (err) {
    // Whatever the lease held goes now, not after its expiry.
    if (await made) await client.leases.delete(id, { sync: true }).catch(() => undefined);
    throw err;
  }
}

async function importUnderLease(
  client: ContainerdClient,
  options: ImportOptions,
  leased: Promise<void>,
): Promise<ImportResult> {
  const { onEvent } = options;
  // Stops the downloads when the import fails part-way, or when the caller cancels it.
  const stop = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal;
  // Every call in flight listens to it.
  setMaxListeners(0, signal);
  const call = { signal };
  const snapshotter = options.snapshotter ?? DEFAULT_SNAPSHOTTER;

  const has = (digest: string): Promise<boolean> => client.content.exists(digest, call);

  /** A small JSON document: from the content store when there, else from the source. */
  const readDocument = async (desc: Descriptor): Promise<Buffer> => {
    if (desc.size > MAX_MANIFEST_BYTES) {
      throw new PodctlError(
        'invalid-argument',
        `${desc.mediaType} ${desc.digest} is ${desc.size} bytes, over the ${MAX_MANIFEST_BYTES >> 20} MiB limit`,
      );
    }
    // Bytes in hand need no look into the content store first.
    const held = options.source.held?.(desc);
    if (held !== undefined) return collect(verifiedStream([held], desc));
    if (await has(desc.digest)) return collect(client.content.read(desc.digest, {}, call));
    return collect(verifiedStream(await options.source.open(desc, signal), desc));
  };

  /** Writes a blob that containerd does not have, from `bytes` or from the source; true when this commit made it. */
  const write = async (desc: Descriptor, bytes: Buffer | undefined, labels: Labels): Promise<boolean> => {
    await leased;
    const source = bytes ?? verifiedStream(await options.source.open(desc, signal), desc);
    const ref = `podctl-${desc.digest}`;
    try {
      return await client.content.writeBlob(ref, source, { expected: desc.digest, size: desc.size, labels }, call);
    } catch (err) {
      await client.content.abort(ref).catch(() => undefined);
      if (!isAlreadyExists(err)) throw err;
      return false;
    }
  };

  /** Writes a blob with its labels, or sets the labels when containerd has it already. */
  const store = async (desc: Descriptor, bytes: Buffer | undefined, labels: Record<string, string>): Promise<void> => {
    if (!(await has(desc.digest))) {
      await write(desc, bytes, labels);
      return;
    }
    if (Object.keys(labels).length > 0) {
      await leased;
      await client.content.update(
        { digest: desc.digest, labels },
        Object.keys(labels).map((k) => `labels.${k}`),
        call,
      );
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
        hint: `the image has ${index.manifests.map((m) => (m.platform ? formatPlatform(m.platform) : 'unknown')).join(', ')}; choose one with the \`platform\` option`,
      });
    }
    manifestDesc = { ...chosen, annotations: chosen.annotations ?? {} };
    manifestBytes = await readDocument(manifestDesc);
  }
  const manifest = parseManifest(manifestBytes);
  const configDesc: Descriptor = { ...manifest.config, annotations: manifest.config.annotations ?? {} };
  const layers: Descriptor[] = manifest.layers.map((l) => ({ ...l, annotations: l.annotations ?? {} }));

  // The config is read while the layers download; it says how they unpack. A lone manifest names
  // no platform, its config does: an image for another platform stops the downloads.
  const configRead = (async () => {
    const bytes = await readDocument(configDesc);
    const config = parseConfig(bytes);
    const configPlatform = {
      os: config.os,
      architecture: config.architecture,
      ...(config.variant ? { variant: config.variant } : {}),
    };
    if (
      manifestDesc === options.target &&
      options.checkPlatform !== false &&
      !platformMatcher(platform)(configPlatform)
    ) {
      throw notFound(`${options.name} is for ${formatPlatform(configPlatform)}, not ${formatPlatform(platform)}`, {
        hint: `pass the \`platform\` option ${formatPlatform(configPlatform)} to take it anyway`,
      });
    }
    if (layers.length !== config.rootfs.diff_ids.length) {
      throw new PodctlError(
        'invalid-argument',
        `${options.name}: ${layers.length} layers but ${config.rootfs.diff_ids.length} diff IDs in the image config`,
      );
    }
    return { bytes, diffIds: config.rootfs.diff_ids };
  })();

  // Layers are fetched bottom first, and each is unpacked as soon as it and the layers below it
  // are in: downloads and unpacking overlap. The bottom layer goes alone, as nothing unpacks
  // before it is in; then a few at a time. A layer written here carries its uncompressed digest
  // from the start (its commit waits for the config), so that no label update follows.
  let fetchedBytes = 0;
  const arrived = layers.map(() => deferred());
  const written = new Set<number>();
  const uncompressed = (i: number): Promise<Record<string, string>> => {
    const labels = configRead.then(({ diffIds }): Record<string, string> =>
      layers[i]!.digest === diffIds[i] ? {} : { [UNCOMPRESSED_LABEL]: diffIds[i]! },
    );
    // A write stopped before its commit never asks for them.
    labels.catch(() => undefined);
    return labels;
  };
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < layers.length; i = next++) {
      const layer = layers[i]!;
      try {
        const present = await has(layer.digest);
        onEvent?.({ kind: 'blob', desc: layer, state: present ? 'exists' : 'fetching' });
        if (!present) {
          // Only a commit of ours carries the label: a blob another writer committed meanwhile gets it from unpack.
          if (await write(layer, undefined, uncompressed(i))) written.add(i);
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
  const width = Math.max(1, options.parallel ?? 3);
  const bottom = worker();
  const others =
    layers.length > 0
      ? arrived[0]!.promise.then(
          () => allOrFirstFailure(Array.from({ length: width - 1 }, worker)),
          () => [],
        )
      : [];
  // Every worker settles before this does; a layer no worker took (they stopped at a failure)
  // is then marked failed, so that nothing waits for it. That happens as the fetch fails, not a
  // step later, so that the fetch's own error is the one reported, not the unpack's that follows.
  const markUnfetched = () => {
    const notFetched = new PodctlError('canceled', 'the import stopped before this layer was fetched');
    for (const layer of arrived) layer.reject(notFetched);
  };
  const fetching = allOrFirstFailure([bottom, others]).then(markUnfetched, (err: unknown) => {
    markUnfetched();
    throw err;
  });
  // The unpack makes snapshots under the lease: it waits for the lease as well as the config.
  const unpacking =
    options.unpack === false
      ? Promise.resolve(undefined)
      : Promise.all([configRead, leased]).then(([{ diffIds }]) =>
          unpackLayers(client, layers, diffIds, {
            snapshotter,
            signal,
            ready: (i) => arrived[i]!.promise,
            labelled: (i) => written.has(i),
            onLayer: (layer, state) => onEvent?.({ kind: 'unpack', layer, desc: layers[layer]!, state }),
          }),
        );
  // The documents go in once the layers are in, while they unpack: the lease holds them all
  // until the image record exists, and GC labels may name a snapshot before it is committed.
  const storing = Promise.all([configRead, fetching]).then(async ([{ bytes, diffIds }]) => {
    const chainId = options.unpack === false ? undefined : chainIds(diffIds).at(-1);
    await allOrFirstFailure([
      store(configDesc, bytes, chainId ? snapshotRefLabel(snapshotter, chainId) : {}),
      store(manifestDesc, manifestBytes, manifestChildLabels(configDesc, layers)),
      manifestDesc !== options.target ? store(options.target, rootBytes, indexChildLabels(indexChildren)) : undefined,
    ]);
  });
  // Every step settles, each with everything it started, before anything else happens: no
  // unpack, download or write outlives a failed import. The first failure stops the rest.
  let failure: { err: unknown } | undefined;
  const steps = [configRead, fetching, unpacking, storing];
  for (const step of steps) {
    step.catch((err: unknown) => {
      failure ??= { err };
      stop.abort();
    });
  }
  await Promise.allSettled(steps);
  if (failure) throw failure.err;
  const chainId = await unpacking;
  await leased;

  const record = { name: options.name, target: options.target, labels: options.labels ?? {} };
  let image: ImageRecord;
  try {
    image = await client.images.create(record, call);
  } catch (err) {
    if (!isAlreadyExists(err)) throw err;
    image = await client.images.update(
      record,
      ['target', ...Object.keys(record.labels).map((k) => `labels.${k}`)],
      call,
    );
  }
  return { image, manifest: manifestDesc, config: configDesc, layers, fetchedBytes, chainId };
}
