/**
 * What an image takes (pure): the blobs its record reaches through containerd's GC labels (index
 * → manifests → config and layers) and the snapshots its config points at, with their parents:
 * what containerd's collector keeps for it, so what removing it could free.
 */
import { GC_REF_CONTENT, GC_REF_SNAPSHOT } from '../image/gc-labels.js';
import { snapshotRef } from './sizes.js';

export interface Footprint {
  /** Digests. */
  blobs: Set<string>;
  /** snapshotRef()s. */
  snapshots: Set<string>;
}

export interface FootprintSources {
  content: ReadonlyMap<string, { size: number; labels: Record<string, string> }>;
  /** Parents by snapshotRef(). */
  parents: ReadonlyMap<string, string>;
}

/** A snapshot and its parents, as snapshotRef()s, down to the first one not present. */
export function snapshotChain(snapshotter: string, name: string, parents: ReadonlyMap<string, string>): string[] {
  const chain: string[] = [];
  for (let ref = snapshotRef(snapshotter, name); parents.has(ref) && !chain.includes(ref);) {
    chain.push(ref);
    const parent = parents.get(ref)!;
    if (parent === '') break;
    ref = snapshotRef(snapshotter, parent);
  }
  return chain;
}

/** The blobs and snapshots reachable from the digests. */
export function footprintOf(roots: readonly string[], sources: FootprintSources): Footprint {
  const blobs = new Set<string>();
  const snapshots = new Set<string>();
  const queue = [...roots];
  for (let digest = queue.shift(); digest !== undefined; digest = queue.shift()) {
    const blob = sources.content.get(digest);
    if (blob === undefined || blobs.has(digest)) continue;
    blobs.add(digest);
    for (const [key, value] of Object.entries(blob.labels)) {
      if (key === GC_REF_CONTENT || key.startsWith(`${GC_REF_CONTENT}.`)) queue.push(value);
      else if (key.startsWith(`${GC_REF_SNAPSHOT}.`)) {
        const snapshotter = key.slice(GC_REF_SNAPSHOT.length + 1);
        for (const ref of snapshotChain(snapshotter, value, sources.parents)) snapshots.add(ref);
      }
    }
  }
  return { blobs, snapshots };
}

/** The union of footprints. */
export function union(footprints: readonly Footprint[]): Footprint {
  return {
    blobs: new Set(footprints.flatMap((f) => [...f.blobs])),
    snapshots: new Set(footprints.flatMap((f) => [...f.snapshots])),
  };
}

/** The bytes of a footprint, but for what `except` holds too. */
export function footprintBytes(
  f: Footprint,
  content: FootprintSources['content'],
  usage: ReadonlyMap<string, number>,
  except: Footprint = { blobs: new Set(), snapshots: new Set() },
): number {
  let bytes = 0;
  for (const d of f.blobs) if (!except.blobs.has(d)) bytes += content.get(d)?.size ?? 0;
  for (const s of f.snapshots) if (!except.snapshots.has(s)) bytes += usage.get(s) ?? 0;
  return bytes;
}
