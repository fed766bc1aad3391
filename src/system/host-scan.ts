/**
 * What podctl keeps on the host, as found there now (DESIGN.md, "State"): pinned network
 * namespaces, CNI state, host-local's reservations and the plugins' nat rules on podctl's own
 * networks, run directories (pod files, a standalone container's files, FIFOs) and logs. Each
 * names the pod, network or container it belongs to; owners.ts says which of those exist.
 */
import { lstat, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { EXEC_RUN_ROOT } from '../exec/exec.js';
import { CONTAINER_RUN_ROOT, POD_RUN_ROOT } from '../host/run-dirs.js';
import { CNI_STATE_ROOT } from '../network/attach.js';
import { HOST_LOCAL_DATA_DIR, type CniDirs } from '../network/cni-dirs.js';
import type { NetworkRecord } from '../network/conflist.js';
import { natRuleOwners } from '../network/iptables.js';
import { mountPoints, NETNS_ROOT } from '../network/netns.js';
import { listNetworks, reservations } from '../network/records.js';
import { IO_RUN_ROOT } from '../task/init-task.js';
import { DEFAULT_LOG_ROOT } from '../task/logger-path.js';
import { pathSize } from './sizes.js';

/** A file of a pod's or container's network: the CNI state, or its temporary file (`.json.tmp`). */
export interface CniStateFile {
  id: string;
  file: string;
  size: number;
  modifiedAt: Date | undefined;
}

export interface Reservation {
  network: string;
  ip: string;
  containerId: string;
  size: number;
  modifiedAt: Date | undefined;
}

/** A pinned namespace: when it was made (the namespace's own inode, through the mount, or the file's). */
export interface Pin {
  id: string;
  madeAt: Date | undefined;
}

export type HostDirKind = 'pod-dir' | 'container-dir' | 'io-dir' | 'exec-dir' | 'log-dir';

/** A directory of one pod, container or exec, under <root>/<namespace>/<id>. */
export interface HostDir {
  kind: HostDirKind;
  namespace: string;
  id: string;
  path: string;
  size: number;
  modifiedAt: Date;
}

export interface HostScan {
  /** Namespaces pinned under /run/podctl/netns: a file or a mount. */
  netns: Pin[];
  cniStates: CniStateFile[];
  cniTemps: CniStateFile[];
  reservations: Reservation[];
  /** Container IDs that nat rules on podctl's networks name. */
  rules: { containerId: string; network: string }[];
  dirs: HostDir[];
  /** podctl's networks, by name. */
  networks: Map<string, NetworkRecord>;
}

const names = (dir: string): Promise<string[]> => readdir(dir).catch(() => [] as string[]);

async function cniFiles(): Promise<{ states: CniStateFile[]; temps: CniStateFile[] }> {
  const states: CniStateFile[] = [];
  const temps: CniStateFile[] = [];
  for (const name of await names(CNI_STATE_ROOT)) {
    const m = /^(.+)\.json(\.tmp)?$/.exec(name);
    if (!m) continue;
    const file = path.join(CNI_STATE_ROOT, name);
    const st = await lstat(file).catch(() => undefined);
    (m[2] ? temps : states).push({ id: m[1]!, file, size: st?.size ?? 0, modifiedAt: st?.mtime });
  }
  return { states, temps };
}

/** The directories <root>/<namespace>/<id>. */
async function dirsUnder(root: string, kind: HostDirKind): Promise<HostDir[]> {
  const found: HostDir[] = [];
  for (const namespace of await names(root)) {
    for (const id of await names(path.join(root, namespace))) {
      const dir = path.join(root, namespace, id);
      const st = await lstat(dir).catch(() => undefined);
      if (st?.isDirectory())
        found.push({ kind, namespace, id, path: dir, size: await pathSize(dir), modifiedAt: st.mtime });
    }
  }
  return found;
}

/**
 * Everything of podctl's on the host, of every containerd namespace. A network's parts are read
 * in the reverse of the order ADD makes them (namespace, state, then address and rules): a part
 * seen implies the parts made before it are seen too, with their times, which a create in
 * progress gets its grace by.
 */
export async function scanHost(dirs: CniDirs): Promise<HostScan> {
  const networks = await listNetworks(dirs.configDir);
  const byName = new Map(networks.map((n) => [n.name, n]));
  const rules = await natRuleOwners();
  const held: Reservation[] = [];
  for (const network of byName.keys()) {
    for (const r of await reservations(network)) {
      const st = await lstat(path.join(HOST_LOCAL_DATA_DIR, network, r.ip)).catch(() => undefined);
      if (r.containerId !== '') held.push({ network, ...r, size: st?.size ?? 0, modifiedAt: st?.mtime });
    }
  }
  const cni = await cniFiles();
  const [pins, mounts] = await Promise.all([names(NETNS_ROOT), mountPoints()]);
  const mounted = [...mounts].filter((m) => path.dirname(m) === NETNS_ROOT).map((m) => path.basename(m));
  const roots: [string, HostDirKind][] = [
    [POD_RUN_ROOT, 'pod-dir'],
    [CONTAINER_RUN_ROOT, 'container-dir'],
    [IO_RUN_ROOT, 'io-dir'],
    [EXEC_RUN_ROOT, 'exec-dir'],
    [DEFAULT_LOG_ROOT, 'log-dir'],
  ];
  return {
    netns: await Promise.all(
      [...new Set([...pins, ...mounted])].sort().map(async (id) => ({
        id,
        madeAt: (await stat(path.join(NETNS_ROOT, id)).catch(() => undefined))?.mtime,
      })),
    ),
    cniStates: cni.states,
    cniTemps: cni.temps,
    reservations: held,
    rules: rules.filter((r) => byName.has(r.network)).map((r) => ({ containerId: r.containerId, network: r.network })),
    dirs: (await Promise.all(roots.map(([root, kind]) => dirsUnder(root, kind)))).flat(),
    networks: byName,
  };
}
