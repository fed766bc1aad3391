/**
 * podctl's networks as the `network` commands see them: the records of src/network with the
 * pods (and standalone containers) on each, looked up by label in every containerd namespace,
 * since a network is the host's and a pod of any namespace may use it.
 */
import { ContainerdClient } from '../containerd/client.js';
import { labelFilter } from '../containerd/filters.js';
import { failedPrecondition } from '../errors.js';
import { cniDirs, type CniDirs } from './cni-dirs.js';
import type { NetworkRecord } from './conflist.js';
import {
  createNetwork,
  getNetwork,
  listNetworks,
  removeNetwork,
  reservations,
  type CreateNetworkOptions,
} from './records.js';
import { LABELS, readNetworkLabels } from '../state/labels.js';

export interface NetworkUser {
  namespace: string;
  /** The pod's name, or the standalone container's. */
  name: string;
  kind: 'pod' | 'container';
  ip: string;
}

/** A network's record (its conflist reduced to the plugin types), with who uses it. */
export interface NetworkDetails extends Omit<NetworkRecord, 'conflist'> {
  plugins: string[];
  users: NetworkUser[];
  /** Addresses host-local holds for it. */
  reserved: number;
}

/** Every pod and standalone container on the network, in every namespace. */
export async function networkUsers(
  client: ContainerdClient,
  name: string,
  signal?: AbortSignal,
): Promise<NetworkUser[]> {
  const namespaces = await client.namespaces.list('', { signal });
  const found = await Promise.all(
    namespaces.map(async (ns) => {
      const scoped = new ContainerdClient(client.conn.withNamespace(ns.name));
      // No signal per call: one listener per namespace would pile up on it.
      const containers = await scoped.containers.list([labelFilter(LABELS.network, name)]);
      return containers.map((c): NetworkUser => ({
        namespace: ns.name,
        name: c.labels[LABELS.containerName] ?? c.id,
        kind: c.labels[LABELS.role] === 'sandbox' ? 'pod' : 'container',
        ip: readNetworkLabels(c.labels)?.ip ?? '',
      }));
    }),
  );
  return found.flat().sort((a, b) => `${a.namespace}/${a.name}`.localeCompare(`${b.namespace}/${b.name}`));
}

async function details(client: ContainerdClient, r: NetworkRecord, signal?: AbortSignal): Promise<NetworkDetails> {
  const { conflist, ...record } = r;
  return {
    ...record,
    plugins: conflist.plugins.map((p) => p.type),
    users: await networkUsers(client, r.name, signal),
    reserved: (await reservations(r.name)).length,
  };
}

export async function listNetworkDetails(
  client: ContainerdClient,
  options: { dirs?: CniDirs; signal?: AbortSignal } = {},
): Promise<NetworkDetails[]> {
  const records = await listNetworks((options.dirs ?? cniDirs()).configDir);
  return Promise.all(records.map((r) => details(client, r, options.signal)));
}

export async function inspectNetwork(
  client: ContainerdClient,
  name: string,
  options: { dirs?: CniDirs; signal?: AbortSignal } = {},
): Promise<NetworkDetails> {
  return details(client, await getNetwork((options.dirs ?? cniDirs()).configDir, name), options.signal);
}

export async function createPodNetwork(options: CreateNetworkOptions & { dirs?: CniDirs }): Promise<NetworkRecord> {
  return createNetwork((options.dirs ?? cniDirs()).configDir, options);
}

/** Removes the network; refused while a pod or container of any namespace is on it (or host-local still holds an address of it). */
export async function removePodNetwork(
  client: ContainerdClient,
  name: string,
  options: { dirs?: CniDirs; signal?: AbortSignal } = {},
): Promise<void> {
  const configDir = (options.dirs ?? cniDirs()).configDir;
  await getNetwork(configDir, name);
  const users = await networkUsers(client, name, options.signal);
  if (users.length > 0) {
    const shown = users
      .slice(0, 5)
      .map((u) => `${u.kind} ${u.name}${u.namespace === client.namespace ? '' : ` (namespace ${u.namespace})`}`);
    throw failedPrecondition(
      `network ${name} is in use by ${shown.join(', ')}${users.length > 5 ? ` and ${users.length - 5} more` : ''}`,
      { hint: 'remove them first' },
    );
  }
  await removeNetwork(configDir, name);
}
