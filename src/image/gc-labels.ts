// containerd's garbage-collection labels: a blob or snapshot survives GC while something that
// survives points at it through one of these (containerd docs/garbage-collection.md).
import type { Descriptor } from '../containerd/services/types.js';

/** On an index: the manifests it lists (`.m.<i>`); on a manifest: its config and layers. */
export const GC_REF_CONTENT = 'containerd.io/gc.ref.content';
/** On an image config: the top snapshot of its unpacked layers, per snapshotter. */
export const GC_REF_SNAPSHOT = 'containerd.io/gc.ref.snapshot';
/** On a compressed layer blob: the digest of its uncompressed tar (the diff ID). */
export const UNCOMPRESSED_LABEL = 'containerd.io/uncompressed';
/** On a blob: the repository it came from, per registry host (`.<host>` = repository). */
export const DISTRIBUTION_SOURCE = 'containerd.io/distribution.source';

export function indexChildLabels(manifests: Pick<Descriptor, 'digest'>[]): Record<string, string> {
  return Object.fromEntries(manifests.map((m, i) => [`${GC_REF_CONTENT}.m.${i}`, m.digest]));
}

export function manifestChildLabels(
  config: Pick<Descriptor, 'digest'>,
  layers: Pick<Descriptor, 'digest'>[],
): Record<string, string> {
  return {
    [`${GC_REF_CONTENT}.config`]: config.digest,
    ...Object.fromEntries(layers.map((l, i) => [`${GC_REF_CONTENT}.l.${i}`, l.digest])),
  };
}

export function snapshotRefLabel(snapshotter: string, chainId: string): Record<string, string> {
  return { [`${GC_REF_SNAPSHOT}.${snapshotter}`]: chainId };
}

/** All child digests a blob's labels point at, in label order. */
export function referencedContent(labels: Record<string, string>): string[] {
  return Object.entries(labels)
    .filter(([key]) => key === GC_REF_CONTENT || key.startsWith(`${GC_REF_CONTENT}.`))
    .map(([, digest]) => digest);
}
