import { access, constants } from 'node:fs/promises';
import { join } from 'node:path';

/** Where the CNI plugin binaries are looked for: Debian's directory first, then upstream's. */
export const DEFAULT_CNI_PLUGIN_DIRS = ['/usr/lib/cni', '/opt/cni/bin'];
export const DEFAULT_CNI_CONFIG_DIR = '/etc/cni/net.d';
/** The plugins podctl runs. */
export const REQUIRED_CNI_PLUGINS = ['bridge', 'host-local', 'loopback', 'portmap', 'firewall', 'tuning'];

/** `CNI_PATH` (colon-separated), else the defaults. */
export function cniPluginDirs(env: NodeJS.ProcessEnv = process.env): string[] {
  const fromEnv = env.CNI_PATH?.split(':').filter((d) => d !== '');
  return fromEnv && fromEnv.length > 0 ? fromEnv : DEFAULT_CNI_PLUGIN_DIRS;
}

async function isExecutable(path: string): Promise<boolean> {
  try {
    await access(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export interface CniPluginLookup {
  /** The first directory that holds any of the plugins, or the first searched. */
  dir: string;
  present: string[];
  missing: string[];
}

export async function findCniPlugins(dirs: string[], plugins = REQUIRED_CNI_PLUGINS): Promise<CniPluginLookup> {
  for (const dir of dirs) {
    const found = await Promise.all(plugins.map((p) => isExecutable(join(dir, p))));
    if (found.some(Boolean)) {
      return {
        dir,
        present: plugins.filter((_, i) => found[i]),
        missing: plugins.filter((_, i) => !found[i]),
      };
    }
  }
  return { dir: dirs[0] ?? DEFAULT_CNI_PLUGIN_DIRS[0]!, present: [], missing: [...plugins] };
}
