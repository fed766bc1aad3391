/**
 * Sizes of what a prune frees or `system df` counts: files and directories by their apparent
 * size (as docker counts a container's files), snapshots by containerd's Usage, and the human
 * percentage docker shows beside a reclaimable size.
 */
import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { ContainerdClient } from '../containerd/client.js';

/** The bytes of a file, or of a directory and everything under it; 0 when it is gone. */
export async function pathSize(file: string): Promise<number> {
  const st = await lstat(file).catch(() => undefined);
  if (st === undefined) return 0;
  if (!st.isDirectory()) return st.size;
  const entries = await readdir(file).catch(() => [] as string[]);
  let total = 0;
  for (const entry of entries) total += await pathSize(path.join(file, entry));
  return total;
}

/** `<snapshotter>/<key>`: a snapshot's name across snapshotters. */
export const snapshotRef = (snapshotter: string, key: string): string => `${snapshotter}/${key}`;

/** The snapshots' usage, by snapshotRef; one that is gone (or whose usage fails) counts 0. */
export async function snapshotUsage(
  client: ContainerdClient,
  snapshots: readonly { snapshotter: string; name: string }[],
  signal?: AbortSignal,
): Promise<Map<string, number>> {
  const usage = new Map<string, number>();
  // A few at a time: an active snapshot's usage walks its directory.
  const queue = [...snapshots];
  const worker = async () => {
    for (let s = queue.shift(); s !== undefined; s = queue.shift()) {
      const u = await client.snapshots.usage(s.snapshotter, s.name, { signal }).catch(() => ({ size: 0 }));
      usage.set(snapshotRef(s.snapshotter, s.name), u.size);
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return usage;
}
