/**
 * The network of whatever owns a pinned network namespace, a pod or a standalone container:
 * which CNI network a mode names, the attachment made before its first task starts, and its
 * removal with its owner. `bridge` is podctl's default network; none and host run no plugin.
 */
import { invalidArgument, isNotFound } from '../errors.js';
import { attachNetwork, detachNetwork, type NetnsOwner, type NetworkAttachment } from './attach.js';
import { cniDirs, type CniDirs } from './cni-dirs.js';
import { DEFAULT_NETWORK, type NetworkRecord } from './conflist.js';
import { allocateHostPorts } from './host-ports.js';
import { locatePlugins, requiredPlugins } from './plugins.js';
import type { PortMapping } from './ports.js';
import { getNetwork, resolveNetwork } from './records.js';
import { isCniNetwork, type NetworkLabels, type NetworkMode } from '../state/labels.js';
import { formatMappings, parseMappings } from './ports.js';

/** The label value for a --network value: none, host, or the CNI network's name (bridge is the default network). */
export function networkName(mode: string): NetworkMode {
  return mode === 'bridge' || mode === 'default' ? DEFAULT_NETWORK : mode;
}

export interface PodNetworkPlan {
  network: NetworkMode;
  record: NetworkRecord | undefined;
  /** Host ports checked free, 0s replaced. */
  ports: PortMapping[];
  /** The ports as asked for: 0 where podctl chooses. */
  requested: PortMapping[];
  dirs: CniDirs;
}

/**
 * Everything checked before a pod is made: the network exists (the default one is created on
 * first use), its plugins are installed, and the host ports are free. One-line errors otherwise.
 */
export async function planNetwork(
  mode: string,
  publish: readonly PortMapping[],
  dirs: CniDirs = cniDirs(),
): Promise<PodNetworkPlan> {
  const network = networkName(mode);
  if (!isCniNetwork(network)) {
    if (publish.length > 0)
      throw invalidArgument(`the \`publish\` option needs a bridge network: the pod's network is ${network}`, {
        hint: 'leave the `network` option out (bridge), or drop the `publish` option',
      });
    return { network, record: undefined, ports: [], requested: [], dirs };
  }
  const record = await resolveNetwork(dirs.configDir, network);
  await locatePlugins(requiredPlugins(record.conflist), dirs.pluginDirs);
  return { network, record, ports: await allocateHostPorts(publish), requested: [...publish], dirs };
}

/** Pins the pod's namespace and runs ADD; undefined for none and host. */
export async function joinNetwork(
  plan: PodNetworkPlan,
  podId: string,
  owner: NetnsOwner,
  onPinned?: (netns: string) => void,
): Promise<NetworkAttachment | undefined> {
  if (plan.record === undefined) return undefined;
  return attachNetwork({
    id: podId,
    owner,
    network: plan.record,
    portMappings: plan.ports,
    requestedPorts: plan.requested,
    pluginDirs: plan.dirs.pluginDirs,
    ...(onPinned ? { onPinned } : {}),
  });
}

export function attachmentLabels(a: NetworkAttachment | undefined): NetworkLabels | undefined {
  return a === undefined
    ? undefined
    : { ip: a.ip, prefixLength: a.prefixLength, gateway: a.gateway, mac: a.mac, ports: formatMappings(a.portMappings) };
}

export interface PodNetworkState {
  id: string;
  network: NetworkMode;
  ip: string;
  prefixLength: number;
  gateway: string;
  mac: string;
  ports: PortMapping[];
}

/** A standalone container's network as its labels record it (labels.ts networkLabels). */
export function networkStateOf(id: string, network: NetworkMode, labels: NetworkLabels | undefined): PodNetworkState {
  return {
    id,
    network,
    ip: labels?.ip ?? '',
    prefixLength: labels?.prefixLength ?? 0,
    gateway: labels?.gateway ?? '',
    mac: labels?.mac ?? '',
    ports: parseMappings(labels?.ports ?? ''),
  };
}

/** DEL and the namespace's removal; from the labels and the network's current file if the saved state is lost. */
export async function leaveNetwork(pod: PodNetworkState, dirs: CniDirs = cniDirs()): Promise<void> {
  if (!isCniNetwork(pod.network)) return;
  const record = await getNetwork(dirs.configDir, pod.network).catch((err: unknown) => {
    if (isNotFound(err)) return undefined;
    throw err;
  });
  await detachNetwork(pod.id, {
    network: record,
    portMappings: pod.ports,
    pluginDirs: dirs.pluginDirs,
    ...(pod.ip
      ? { attachment: { ip: pod.ip, prefixLength: pod.prefixLength, gateway: pod.gateway, mac: pod.mac } }
      : {}),
  });
}

/** The containerd and namespace a client works in, as a network namespace's owner. */
export const ownerOf = (client: { address: string; namespace: string }): NetnsOwner => ({
  address: client.address,
  namespace: client.namespace,
});
