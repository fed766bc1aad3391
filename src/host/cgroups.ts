import { statfs } from 'node:fs/promises';

export type CgroupVersion = 'v1' | 'hybrid' | 'v2';

// Filesystem magic numbers from linux/magic.h.
const CGROUP2_SUPER_MAGIC = 0x63677270;

async function fsType(path: string): Promise<number | undefined> {
  try {
    return (await statfs(path)).type;
  } catch {
    return undefined;
  }
}

/** v2 when /sys/fs/cgroup is cgroup2; hybrid when v1 with a cgroup2 at /sys/fs/cgroup/unified. */
export async function detectCgroupVersion(root = '/sys/fs/cgroup'): Promise<CgroupVersion> {
  if ((await fsType(root)) === CGROUP2_SUPER_MAGIC) return 'v2';
  if ((await fsType(`${root}/unified`)) === CGROUP2_SUPER_MAGIC) return 'hybrid';
  return 'v1';
}
