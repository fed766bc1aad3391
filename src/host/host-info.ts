// What `podctl info` reports: the daemon, its plugins, and what this host offers pods.
import type { ContainerdClient } from '../containerd/client.js';
import type { PluginRecord } from '../containerd/services/introspection.js';
import { isNotFound } from '../errors.js';
import { DEFAULT_INFRA_IMAGE } from '../image/defaults.js';
import { cniPluginDirs, findCniPlugins } from '../network/cni-dirs.js';
import { detectCgroupVersion, type CgroupVersion } from './cgroups.js';
import { findRestartPlugin, supportedPolicies } from './restart-policy.js';

/** The shim podctl runs every task with. */
export const DEFAULT_RUNTIME = 'io.containerd.runc.v2';

export type PluginStatus = 'ok' | 'skip' | 'error';

export interface HostInfo {
  server: { version: string; revision: string; address: string };
  namespace: string;
  snapshotters: { id: string; status: PluginStatus; reason?: string }[];
  runtime: { name: string; status: PluginStatus; reason?: string };
  cgroupVersion: CgroupVersion;
  cni: { pluginDir: string; searched: string[]; present: string[]; missing: string[] };
  /** containerd's restart monitor, and the --restart policies it honours (restart-policy.ts). */
  restartPlugin: { loaded: boolean; status?: PluginStatus; policies: string[] };
  pauseImage: { ref: string; present: boolean };
}

export interface HostInfoOptions {
  signal?: AbortSignal;
  infraImage?: string;
  cniDirs?: string[];
}

// containerd reports a plugin that chose not to load (say, btrfs on ext4) with an init error
// that wraps its "skip plugin" sentinel.
function pluginStatus(p: PluginRecord): { status: PluginStatus; reason?: string } {
  if (p.initError === undefined) return { status: 'ok' };
  return { status: /skip plugin/i.test(p.initError) ? 'skip' : 'error', reason: p.initError };
}

export async function hostInfo(client: ContainerdClient, options: HostInfoOptions = {}): Promise<HostInfo> {
  const call = { signal: options.signal };
  const infraImage = options.infraImage ?? DEFAULT_INFRA_IMAGE;
  const dirs = options.cniDirs ?? cniPluginDirs();
  const [version, plugins, cgroupVersion, cni, pausePresent] = await Promise.all([
    client.version.version(call),
    client.introspection.plugins([], call),
    detectCgroupVersion(),
    findCniPlugins(dirs),
    client.images.get(infraImage, call).then(
      () => true,
      (err: unknown) => {
        if (isNotFound(err)) return false;
        throw err;
      },
    ),
  ]);
  const runtimePlugin = plugins.find((p) => p.type === 'io.containerd.runtime.v2' && p.id === 'task');
  const restart = findRestartPlugin(plugins);
  return {
    server: { ...version, address: client.address },
    namespace: client.namespace,
    snapshotters: plugins
      .filter((p) => p.type === 'io.containerd.snapshotter.v1')
      .map((p) => ({ id: p.id, ...pluginStatus(p) })),
    runtime: {
      name: DEFAULT_RUNTIME,
      ...(runtimePlugin
        ? pluginStatus(runtimePlugin)
        : { status: 'error' as const, reason: 'runtime v2 task plugin not loaded' }),
    },
    cgroupVersion,
    cni: { pluginDir: cni.dir, searched: dirs, present: cni.present, missing: cni.missing },
    restartPlugin: restart
      ? {
          loaded: pluginStatus(restart).status === 'ok',
          status: pluginStatus(restart).status,
          policies:
            pluginStatus(restart).status === 'ok'
              ? supportedPolicies(restart.capabilities).filter((p) => p !== 'no')
              : [],
        }
      : { loaded: false, policies: [] },
    pauseImage: { ref: infraImage, present: pausePresent },
  };
}
