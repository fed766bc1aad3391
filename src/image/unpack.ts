// Layers into snapshots, as containerd's rootfs.ApplyLayers does: one committed snapshot per
// layer, named by its chain ID, each on top of the one before.
import { randomBytes } from 'node:crypto';
import type { ContainerdClient } from '../containerd/client.js';
import type { Descriptor } from '../containerd/services/types.js';
import { PodctlError, isAlreadyExists, isNotFound } from '../errors.js';
import { chainIds } from './digest.js';
import { UNCOMPRESSED_LABEL } from './gc-labels.js';

export const DEFAULT_SNAPSHOTTER = 'overlayfs';

export interface UnpackOptions {
  snapshotter?: string;
  signal?: AbortSignal;
  /** Resolves when layer `index` is in the content store; unpacking it waits for that. */
  ready?: (index: number) => Promise<void>;
  /** Whether layer `index` got its uncompressed-digest label when it was written. */
  labelled?: (index: number) => boolean;
  /** Called once per layer, bottom first: `exists` when its snapshot was already there. */
  onLayer?: (index: number, state: 'exists' | 'applied') => void;
}

/** containerd's key format for snapshots being unpacked: unique part, then the chain ID. */
function extractKey(chainId: string): string {
  return `extract-${process.hrtime.bigint()}-${randomBytes(4).toString('hex')} ${chainId}`;
}

async function snapshotExists(
  client: ContainerdClient,
  snapshotter: string,
  name: string,
  signal?: AbortSignal,
): Promise<boolean> {
  try {
    await client.snapshots.stat(snapshotter, name, { signal });
    return true;
  } catch (err) {
    if (isNotFound(err)) return false;
    throw err;
  }
}

/**
 * Unpacks `layers` (whose uncompressed digests are `diffIds`) with the client's lease held.
 * Returns the chain ID of the top snapshot. A layer whose applied digest is not its diff ID
 * fails the unpack; a snapshot another unpack committed first counts as done.
 */
export async function unpackLayers(
  client: ContainerdClient,
  layers: Descriptor[],
  diffIds: string[],
  options: UnpackOptions = {},
): Promise<string> {
  if (layers.length !== diffIds.length) {
    throw new PodctlError(
      'invalid-argument',
      `image has ${layers.length} layers but ${diffIds.length} diff IDs in its config`,
    );
  }
  const snapshotter = options.snapshotter ?? DEFAULT_SNAPSHOTTER;
  const call = { signal: options.signal };
  const chain = chainIds(diffIds);
  // Which snapshots exist is asked for all layers at once, before the first one is needed.
  const existing = chain.map((chainId) => snapshotExists(client, snapshotter, chainId, options.signal));
  for (const known of existing) known.catch(() => undefined);
  // Labels are set on the side: the next layer does not wait for them.
  const labelling: Promise<unknown>[] = [];
  let parent = '';
  for (const [i, layer] of layers.entries()) {
    const chainId = chain[i]!;
    if (await existing[i]!) {
      options.onLayer?.(i, 'exists');
      parent = chainId;
      continue;
    }
    // Prepare needs only the parent: the snapshot is made while the layer is still arriving.
    const key = extractKey(chainId);
    const mounts = await client.snapshots.prepare(snapshotter, key, parent, {}, call);
    try {
      await options.ready?.(i);
      const applied = await client.diff.apply(layer, mounts, {}, call);
      if (applied.digest !== diffIds[i]) {
        throw new PodctlError(
          'invalid-argument',
          `layer ${layer.digest} unpacks to ${applied.digest}, but the image config says ${diffIds[i]}`,
        );
      }
      // A snapshot another unpack committed first under this name counts as done.
      await client.snapshots.commit(snapshotter, chainId, key, {}, call).catch(async (err: unknown) => {
        if (!isAlreadyExists(err)) throw err;
        await client.snapshots.remove(snapshotter, key).catch(() => undefined);
      });
    } catch (err) {
      // The half-made snapshot goes.
      await client.snapshots.remove(snapshotter, key).catch(() => undefined);
      throw err;
    }
    if (layer.digest !== diffIds[i] && options.labelled?.(i) !== true) {
      labelling.push(
        client.content
          .update(
            { digest: layer.digest, labels: { [UNCOMPRESSED_LABEL]: diffIds[i] } },
            [`labels.${UNCOMPRESSED_LABEL}`],
            call,
          )
          .catch(() => undefined),
      );
    }
    options.onLayer?.(i, 'applied');
    parent = chainId;
  }
  await Promise.all(labelling);
  return parent;
}
