/**
 * A pod's network attachment: its pinned namespace, CNI ADD through the network's plugins, and
 * the state DEL needs later, kept as libcni keeps its cache: the conflist, the plugin
 * directories, the port mappings and the final result, in /run/podctl/cni/<id>.json. DEL then
 * runs with what ADD ran with, even if the network's file or CNI_PATH changed meanwhile.
 */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as z from 'zod/mini';
import { failedPrecondition } from '../errors.js';
import type { CniConfList, NetworkRecord } from './conflist.js';
import { settleHostPorts } from './host-ports.js';
import { removeMasquerade } from './iptables.js';
import { withHostLock } from './lock.js';
import { createPinnedNetns, isPinned, netnsPath, removePinnedNetns } from './netns.js';
import { cniAdd, cniDel, locatePlugins, requiredPlugins } from './plugins.js';
import type { PortMapping } from './ports.js';
import { attachmentOf, cniResultSchema, resultFromAttachment, type Attachment, type CniResult } from './result.js';

export const CNI_STATE_ROOT = '/run/podctl/cni';
export const POD_IFNAME = 'eth0';

export interface AttachRequest {
  /** The CNI container ID: the pod's ID (64 hex digits), unique on the host. */
  id: string;
  network: NetworkRecord;
  portMappings: readonly PortMapping[];
  pluginDirs: readonly string[];
  /** The mappings as asked for, 0 where podctl chose the host port: those may be chosen again. */
  requestedPorts?: readonly PortMapping[];
  /** The containerd and namespace whose pod or container this is: `system prune` asks only that one. */
  owner?: NetnsOwner;
  /** Called once the namespace is pinned, before the plugins run: a sandbox may start in it then. */
  onPinned?: (netns: string) => void;
}

export interface NetworkAttachment extends Attachment {
  network: string;
  netns: string;
  portMappings: PortMapping[];
}

const ownerSchema = z.object({ address: z.string(), namespace: z.string() });

/** Which containerd, and which of its namespaces, holds the record of what owns a network namespace. */
export type NetnsOwner = z.infer<typeof ownerSchema>;

const stateSchema = z.looseObject({
  containerId: z.string(),
  /** Absent in state written before podctl recorded it. */
  owner: z.optional(ownerSchema),
  network: z.string(),
  conflist: z.looseObject({
    cniVersion: z.string(),
    name: z.string(),
    plugins: z.array(z.looseObject({ type: z.string() })),
  }),
  pluginDirs: z.array(z.string()),
  portMappings: z.array(
    z.object({ hostIP: z.string(), hostPort: z.number(), containerPort: z.number(), protocol: z.enum(['tcp', 'udp']) }),
  ),
  result: z.optional(cniResultSchema),
});
type AttachState = z.infer<typeof stateSchema>;

const stateFile = (id: string, root: string) => path.join(root, `${id}.json`);

async function writeState(state: AttachState, root: string): Promise<void> {
  await mkdir(root, { recursive: true, mode: 0o700 });
  const file = stateFile(state.containerId, root);
  await writeFile(`${file}.tmp`, JSON.stringify(state), { mode: 0o600 });
  await rename(`${file}.tmp`, file);
}

async function readState(id: string, root: string): Promise<AttachState | undefined> {
  const text = await readFile(stateFile(id, root), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  try {
    const r = stateSchema.safeParse(JSON.parse(text));
    return r.success ? r.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Pins a namespace for the pod and runs ADD under the host lock, after checking once more that no
 * other pod publishes its host ports. On any failure, what was made is torn down (DEL, the
 * namespace, the state) before the error is thrown.
 */
export async function attachNetwork(req: AttachRequest, root = CNI_STATE_ROOT): Promise<NetworkAttachment> {
  const list = req.network.conflist;
  await locatePlugins(requiredPlugins(list), req.pluginDirs);
  const netns = await createPinnedNetns(req.id);
  req.onPinned?.(netns);
  let state: AttachState = {
    containerId: req.id,
    ...(req.owner ? { owner: req.owner } : {}),
    network: req.network.name,
    conflist: list,
    pluginDirs: [...req.pluginDirs],
    portMappings: [...req.portMappings],
  };
  try {
    await writeState(state, root);
    let portMappings = [...req.portMappings];
    const result = await withHostLock(async () => {
      portMappings = await settleHostPorts(req.portMappings, req.requestedPorts);
      state = { ...state, portMappings };
      await writeState(state, root);
      return cniAdd(list, {
        containerId: req.id,
        netns,
        ifName: POD_IFNAME,
        capabilityArgs: { portMappings },
        pluginDirs: req.pluginDirs,
      });
    });
    await writeState({ ...state, result }, root);
    const attachment = attachmentOf(result, POD_IFNAME);
    if (attachment === undefined)
      throw failedPrecondition(`network ${req.network.name} gave the pod no IPv4 address on ${POD_IFNAME}`);
    return { ...attachment, network: req.network.name, netns, portMappings };
  } catch (err) {
    await detachNetwork(req.id, {}, root).catch(() => undefined);
    throw err;
  }
}

export interface DetachFallback {
  /** The network, when the state file is lost: its current conflist is used. */
  network?: NetworkRecord | undefined;
  portMappings?: readonly PortMapping[];
  attachment?: Attachment | undefined;
  pluginDirs?: readonly string[];
}

/**
 * DEL in reverse under the host lock, then the namespace and the state go. Works when pause has
 * died (the pinned namespace holds the veth), and when the namespace is gone too: DEL then runs
 * without one (host-local, portmap and firewall need none) and podctl removes the bridge
 * plugin's masquerade rule, which that plugin only removes from inside the namespace. With
 * nothing to go on (no state, no network), only the namespace is removed. A failed DEL keeps the
 * state, so that removing the pod again retries it.
 */
export async function detachNetwork(id: string, fallback: DetachFallback = {}, root = CNI_STATE_ROOT): Promise<void> {
  const state = await readState(id, root);
  const list: CniConfList | undefined = state?.conflist ?? fallback.network?.conflist;
  const netns = netnsPath(id);
  const pinned = await isPinned(netns);
  if (list !== undefined) {
    const result: CniResult | undefined =
      state?.result ?? (fallback.attachment ? resultFromAttachment(fallback.attachment, netns, POD_IFNAME) : undefined);
    const portMappings = state?.portMappings ?? fallback.portMappings ?? [];
    const pluginDirs = state?.pluginDirs ?? fallback.pluginDirs ?? [];
    await withHostLock(() =>
      cniDel(
        list,
        {
          containerId: id,
          netns: pinned ? netns : '',
          ifName: POD_IFNAME,
          capabilityArgs: { portMappings },
          pluginDirs,
        },
        result,
      ),
    );
  }
  if (!pinned) await removeMasquerade(id);
  await removePinnedNetns(netns);
  await rm(stateFile(id, root), { force: true });
  // A state file a killed write left half-made.
  await rm(`${stateFile(id, root)}.tmp`, { force: true });
}
