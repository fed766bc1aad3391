/**
 * The namespaces of a host process as /proc/<pid>/ns/* shows them: one inode each, so that
 * sharing between a pod's containers can be seen at a glance.
 */
import { readlink } from 'node:fs/promises';

export const NAMESPACE_TYPES = ['net', 'ipc', 'uts', 'pid', 'mnt', 'cgroup', 'user'] as const;
export type NamespaceType = (typeof NAMESPACE_TYPES)[number];
export type NamespaceInodes = Partial<Record<NamespaceType, number>>;

/** `net:[4026531992]` → 4026531992; undefined for anything else. */
export function parseNamespaceLink(link: string): number | undefined {
  const m = /^[a-z_]+:\[(\d+)\]$/.exec(link);
  return m?.[1] === undefined ? undefined : Number(m[1]);
}

/**
 * The inode of each namespace of a process, from /proc/<pid>/ns/*. A namespace the kernel does
 * not have, or a process that is gone, is left out: an empty record for pid 0.
 */
export async function readNamespaceInodes(pid: number, procRoot = '/proc'): Promise<NamespaceInodes> {
  const inodes: NamespaceInodes = {};
  if (!Number.isInteger(pid) || pid <= 0) return inodes;
  await Promise.all(
    NAMESPACE_TYPES.map(async (type) => {
      const link = await readlink(`${procRoot}/${pid}/ns/${type}`).catch(() => undefined);
      const inode = link === undefined ? undefined : parseNamespaceLink(link);
      if (inode !== undefined) inodes[type] = inode;
    }),
  );
  return inodes;
}
