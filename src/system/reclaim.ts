/**
 * The space a prune reclaims in containerd: the usage of the snapshots that may go, measured
 * before (a removed snapshot has none to ask for), and afterwards what of them and of the
 * namespace's content is gone. Content another image or lease still holds is not counted.
 */
import type { ContainerdClient } from '../containerd/client.js';
import { LABELS, readSandboxLabels } from '../state/labels.js';
import { listContent, listSnapshots, type NamespaceScan } from './namespace-scan.js';
import type { PrunePlan } from './plan.js';
import { snapshotRef } from './sizes.js';

/** The snapshots that may go: orphans, what the leases hold, the containers' own, and image layers when images go. */
export function snapshotCandidates(plan: PrunePlan, scan: NamespaceScan): { snapshotter: string; name: string }[] {
  const pods = new Set(plan.pods.map((p) => readSandboxLabels(p.record.labels)?.podId));
  const containers = [
    ...plan.pods,
    ...plan.containers,
    ...scan.containers.filter((c) => pods.has(c.record.labels[LABELS.podId])),
  ];
  return [
    ...plan.snapshots,
    ...containers.map((c) => ({ snapshotter: c.record.snapshotter, name: c.record.snapshotKey })),
    ...plan.leases.flatMap((l) =>
      l.resources.flatMap((r) =>
        r.type.startsWith('snapshots/') ? [{ snapshotter: r.type.slice('snapshots/'.length), name: r.id }] : [],
      ),
    ),
    ...(plan.images.length > 0 ? scan.snapshots.filter((s) => s.kind === 'committed') : []),
  ].filter((s) => s.name !== '');
}

/** The bytes of what is gone since: the snapshots measured in `usage` and the blobs of `content`. */
export async function vanishedBytes(
  client: ContainerdClient,
  usage: ReadonlyMap<string, number>,
  content: ReadonlyMap<string, { size: number }>,
  signal?: AbortSignal,
): Promise<number> {
  const [snapshots, contentAfter] = await Promise.all([listSnapshots(client, signal), listContent(client, signal)]);
  const present = new Set(snapshots.map((s) => snapshotRef(s.snapshotter, s.name)));
  let bytes = 0;
  for (const [ref, size] of usage) if (!present.has(ref)) bytes += size;
  for (const [digest, c] of content) if (!contentAfter.has(digest)) bytes += c.size;
  return bytes;
}
