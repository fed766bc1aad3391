/**
 * Where podctl keeps volatile files on the host (DESIGN.md, "State"): a pod's run directory, and a
 * standalone container's, each holding its /etc files. Both go with their owner.
 */
import { rm, rmdir } from 'node:fs/promises';
import path from 'node:path';

/** Volatile per-pod files live here: /run/podctl/pods/<namespace>/<pod id>. */
export const POD_RUN_ROOT = '/run/podctl/pods';

export function podRunDir(namespace: string, podId: string): string {
  return path.join(POD_RUN_ROOT, namespace, podId);
}

/** A standalone container's /etc/hostname, /etc/hosts and /etc/resolv.conf: /run/podctl/containers/<namespace>/<id>. */
export const CONTAINER_RUN_ROOT = '/run/podctl/containers';
export const containerRunDir = (namespace: string, id: string): string => path.join(CONTAINER_RUN_ROOT, namespace, id);

/** Removes a run directory (a pod's or a standalone container's), and its namespace directory (then /run/podctl/pods, /run/podctl) if left empty. */
export async function removeRunFiles(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  let parent = path.dirname(dir);
  while (parent.startsWith('/run/podctl')) {
    try {
      await rmdir(parent);
    } catch {
      return; // not empty, or gone: another pod's, or nothing to do
    }
    parent = path.dirname(parent);
  }
}
