/**
 * podctl's CNI network configuration lists (pure): a bridge with host-local IPAM, then portmap
 * and firewall, as the CRI plugin and nerdctl chain them. The list carries a `podctl` key of its
 * own (CNI runtimes ignore unknown top-level keys), which marks the file as podctl's.
 */
import * as z from 'zod/mini';
import { invalidArgument } from '../errors.js';
import { checkGateway, firstHost, formatSubnet, parseSubnet, type Subnet } from './cidr.js';

export const CNI_VERSION = '1.0.0';
/** The network `--network bridge` (the default) stands for, created on first use. */
export const DEFAULT_NETWORK = 'podctl';
export const DEFAULT_BRIDGE = 'podctl0';
export const DEFAULT_SUBNET = '10.88.0.0/16';
/** Network modes that are no CNI network, and so no network's name. */
export const RESERVED_NETWORK_NAMES = ['none', 'host', 'bridge', 'default', 'container'] as const;
const NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$/;
const BRIDGE = /^[A-Za-z0-9_.-]{1,15}$/;

export interface NetworkSpec {
  name: string;
  bridge: string;
  subnet: Subnet;
  gateway: string;
  createdAt: string;
}

/** A podctl network as read back from its file. */
export interface NetworkRecord {
  name: string;
  bridge: string;
  subnet: string;
  gateway: string;
  createdAt: string;
  /** The conflist file. */
  file: string;
  /** The whole list, as given to the plugins. */
  conflist: CniConfList;
}

export interface CniPluginConf {
  type: string;
  capabilities?: Record<string, boolean>;
  [key: string]: unknown;
}

export interface CniConfList {
  cniVersion: string;
  name: string;
  plugins: CniPluginConf[];
  [key: string]: unknown;
}

/** A network's name, or a one-line error saying what a name may be. */
export function checkNetworkName(name: string): string {
  if ((RESERVED_NETWORK_NAMES as readonly string[]).includes(name)) {
    throw invalidArgument(`${JSON.stringify(name)} is a network mode, not a name a network may take`, {
      hint: 'choose another name',
    });
  }
  if (!NAME.test(name))
    throw invalidArgument(
      `invalid network name ${JSON.stringify(name)}: use 1 to 63 letters, digits, '.', '_' or '-', starting with a letter or digit`,
    );
  return name;
}

export function checkBridgeName(name: string): string {
  if (!BRIDGE.test(name))
    throw invalidArgument(`invalid bridge name ${JSON.stringify(name)}: at most 15 letters, digits, '.', '_' or '-'`);
  return name;
}

/** The spec of a network, its gateway checked against its subnet (the subnet's first host by default). */
export function networkSpec(input: {
  name: string;
  bridge: string;
  subnet: string | Subnet;
  gateway?: string | undefined;
  createdAt: string;
}): NetworkSpec {
  const subnet = typeof input.subnet === 'string' ? parseSubnet(input.subnet) : input.subnet;
  return {
    name: checkNetworkName(input.name),
    bridge: checkBridgeName(input.bridge),
    subnet,
    gateway: input.gateway === undefined ? firstHost(subnet) : checkGateway(subnet, input.gateway),
    createdAt: input.createdAt,
  };
}

/**
 * The conflist for a network. hairpinMode lets a pod reach itself through a published port;
 * ipMasq gives pods the host's address outward; firewall opens the FORWARD chain for the pod's
 * address on hosts whose policy drops (Docker sets DROP).
 */
export function buildConflist(spec: NetworkSpec): CniConfList {
  return {
    cniVersion: CNI_VERSION,
    name: spec.name,
    podctl: { createdAt: spec.createdAt },
    plugins: [
      {
        type: 'bridge',
        bridge: spec.bridge,
        isGateway: true,
        ipMasq: true,
        hairpinMode: true,
        ipam: {
          type: 'host-local',
          ranges: [[{ subnet: formatSubnet(spec.subnet), gateway: spec.gateway }]],
          routes: [{ dst: '0.0.0.0/0' }],
        },
      },
      { type: 'portmap', capabilities: { portMappings: true } },
      { type: 'firewall', backend: 'iptables' },
    ],
  };
}

const pluginSchema = z.looseObject({
  type: z.string().check(z.minLength(1)),
  capabilities: z.optional(z.record(z.string(), z.boolean())),
});
const listSchema = z.looseObject({
  cniVersion: z.string(),
  name: z.string().check(z.minLength(1)),
  plugins: z.array(pluginSchema).check(z.minLength(1)),
});
const ownSchema = z.looseObject({
  cniVersion: z.string(),
  name: z.string(),
  podctl: z.looseObject({ createdAt: z.string() }),
  plugins: z.array(pluginSchema),
});
const bridgeSchema = z.looseObject({
  type: z.literal('bridge'),
  bridge: z.string(),
  ipam: z.looseObject({
    ranges: z.array(z.array(z.looseObject({ subnet: z.string(), gateway: z.optional(z.string()) }))),
  }),
});

/** A conflist of any tool, or undefined when the text is none. */
export function parseConflist(text: string): CniConfList | undefined {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return undefined;
  }
  const r = listSchema.safeParse(doc);
  return r.success ? r.data : undefined;
}

/** The network a podctl conflist describes; undefined for another tool's list. */
export function readNetworkRecord(list: CniConfList, file: string): NetworkRecord | undefined {
  const own = ownSchema.safeParse(list);
  if (!own.success) return undefined;
  const bridge = bridgeSchema.safeParse(list.plugins[0]);
  const range = bridge.success ? bridge.data.ipam.ranges[0]?.[0] : undefined;
  if (!bridge.success || range === undefined) return undefined;
  return {
    name: list.name,
    bridge: bridge.data.bridge,
    subnet: range.subnet,
    gateway: range.gateway ?? '',
    createdAt: own.data.podctl.createdAt,
    file,
    conflist: list,
  };
}

/** Every IPv4 subnet a conflist's IPAM hands out (`subnet` or `ranges`), so new networks avoid them. */
export function conflistSubnets(list: CniConfList): Subnet[] {
  const out: Subnet[] = [];
  const add = (text: unknown) => {
    if (typeof text !== 'string') return;
    try {
      out.push(parseSubnet(text));
    } catch {
      // IPv6, or a subnet podctl would not make: nothing to avoid in IPv4
    }
  };
  for (const p of list.plugins) {
    const ipam = p.ipam as { subnet?: unknown; ranges?: unknown } | undefined;
    if (!ipam || typeof ipam !== 'object') continue;
    add(ipam.subnet);
    if (Array.isArray(ipam.ranges))
      for (const set of ipam.ranges)
        if (Array.isArray(set)) for (const r of set) add((r as { subnet?: unknown } | null)?.subnet);
  }
  return out;
}
