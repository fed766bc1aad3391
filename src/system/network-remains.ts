/**
 * Removes what is left of one pod's or standalone container's network, the way its owner's
 * removal would have: CNI DEL with the state podctl kept at ADD (network/attach.ts), else with
 * its network's current conflist and the address host-local holds for it. DEL frees the address,
 * the port mappings and the firewall's rules; the pinned namespace is then unmounted and
 * removed, and its veth goes with it. Left over after that: nat rules DEL could not reach (no
 * state to say which ports), and a temporary state file of a killed ADD.
 */
import { rm } from 'node:fs/promises';
import { detachNetwork, type DetachFallback } from '../network/attach.js';
import type { CniDirs } from '../network/cni-dirs.js';
import type { NetworkRecord } from '../network/conflist.js';
import { removeRulesOf } from '../network/iptables.js';
import type { NetworkRemains } from './plan.js';

export interface RemovedPart {
  kind: 'netns' | 'cni-state' | 'ip' | 'iptables';
  id: string;
  size: number;
}

export interface RemainsOutcome {
  removed: RemovedPart[];
  error: unknown;
}

/** What DEL goes on when the state is lost: the network's conflist and the address host-local holds. */
export function detachFallback(
  r: NetworkRemains,
  networks: ReadonlyMap<string, NetworkRecord>,
  dirs: CniDirs,
): DetachFallback {
  const held = r.reservations.find((h) => networks.has(h.network));
  const network = held ? networks.get(held.network) : undefined;
  if (held === undefined || network === undefined) return { pluginDirs: dirs.pluginDirs };
  return {
    network,
    pluginDirs: dirs.pluginDirs,
    attachment: {
      ip: held.ip,
      prefixLength: Number(network.subnet.split('/')[1] ?? 0),
      gateway: network.gateway,
      mac: '',
    },
  };
}

/** The parts of the remains, as a prune reports them once they are gone. Pure. */
export function remainsParts(r: NetworkRemains): RemovedPart[] {
  return [
    ...(r.pinned ? [{ kind: 'netns' as const, id: r.id, size: 0 }] : []),
    ...(r.state ? [{ kind: 'cni-state' as const, id: r.id, size: r.state.size }] : []),
    ...(r.temp ? [{ kind: 'cni-state' as const, id: `${r.id}.json.tmp`, size: r.temp.size }] : []),
    ...r.reservations.map((h) => ({ kind: 'ip' as const, id: `${h.network}/${h.ip}`, size: h.size })),
    ...(r.rules.length > 0 ? [{ kind: 'iptables' as const, id: r.id, size: 0 }] : []),
  ];
}

/** DEL (or only the namespace's removal, with nothing to run DEL on), the rules left, the temporary file. */
export async function removeNetworkRemains(
  r: NetworkRemains,
  networks: ReadonlyMap<string, NetworkRecord>,
  dirs: CniDirs,
): Promise<RemainsOutcome> {
  try {
    if (r.pinned || r.state || r.reservations.length > 0) await detachNetwork(r.id, detachFallback(r, networks, dirs));
    if (r.rules.length > 0) await removeRulesOf(r.id);
    if (r.temp) await rm(r.temp.file, { force: true });
    return { removed: remainsParts(r), error: undefined };
  } catch (err) {
    return { removed: [], error: err };
  }
}
