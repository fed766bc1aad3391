import { access, constants } from 'node:fs/promises';
import { join } from 'node:path';

/** Where the CNI plugin binaries are looked for: Debian's directory first, then upstream's. */
export const DEFAULT_CNI_PLUGIN_DIRS = ['/usr/lib/cni', '/opt/cni/bin'];
export const DEFAULT_CNI_CONFIG_DIR = '/etc/cni/net.d';
/** Where host-local keeps its reservations, one directory per network name. */
export const HOST_LOCAL_DATA_DIR = '/var/lib/cni/networks';
/** The plugins podctl runs. */
export const REQUIRED_CNI_PLUGINS = ['bridge', 'host-local', 'portmap', 'firewall'];

/** Where podctl finds CNI plugins and keeps its network files. */
export interface CniDirs {
  pluginDirs: string[];
  configDir: string;
}

/** `CNI_PATH` (colon-separated), else the defaults. */
export function cniPluginDirs(env: NodeJS.ProcessEnv = process.env): string[] {
  const fromEnv = env.CNI_PATH?.split(':').filter((d) => d !== '');
  return fromEnv && fromEnv.length > 0 ? fromEnv : DEFAULT_CNI_PLUGIN_DIRS;
}

/** `NETCONFPATH` (as cnitool reads it), else /etc/cni/net.d. */
export function cniConfigDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.NETCONFPATH || DEFAULT_CNI_CONFIG_DIR;
}

/** The environment's (CNI_PATH, NETCONFPATH), else the settings file's, else the defaults. */
export function cniDirs(
  env: NodeJS.ProcessEnv = process.env,
  settings: { pluginDirs?: string[] | undefined; configDir?: string | undefined } = {},
): CniDirs {
  const fromEnv = env.CNI_PATH?.split(':').filter((d) => d !== '') ?? [];
  return {
    pluginDirs: fromEnv.length > 0 ? fromEnv : (settings.pluginDirs ?? DEFAULT_CNI_PLUGIN_DIRS),
    configDir: env.NETCONFPATH || (settings.configDir ?? DEFAULT_CNI_CONFIG_DIR),
  };
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
