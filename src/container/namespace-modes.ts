/**
 * A standalone container's namespaces, docker's --net/--pid/--ipc/--uts: its own (network
 * none by default), the host's, or another container's, joined through /proc/<pid of its
 * task>/ns/* resolved right before the task is made (start.ts). A container that joins
 * another's namespaces also joins its runc shim group, as pod members join the pod's. Pure.
 */
import { failedPrecondition, invalidArgument } from '../errors.js';
import { namespacePath, withHostNamespace, withNamespacePath, withNewNamespace } from '../oci/namespaces.js';
import { composeOpts, type SpecOpt } from '../oci/spec.js';
import type { NamespaceType } from '../oci/types.js';
import { checkNetworkName, DEFAULT_NETWORK } from '../network/conflist.js';
import { netnsPath } from '../network/netns.js';
import { checkName } from '../state/ids.js';
import { LABELS } from '../state/labels.js';
import { networkName } from '../network/attachment.js';

export const NAMESPACE_KINDS = ['net', 'pid', 'ipc', 'uts'] as const;
export type NamespaceKind = (typeof NAMESPACE_KINDS)[number];
/** private: a fresh namespace of the runtime's; cni: a pinned one on that CNI network (net only). */
export type NamespaceMode =
  { kind: 'private' } | { kind: 'host' } | { kind: 'container'; name: string } | { kind: 'cni'; network: string };
export type NamespaceModes = Readonly<Record<NamespaceKind, NamespaceMode>>;

/** The label that keeps a standalone container's namespace modes (labels.ts). */
export const NAMESPACES_LABEL = LABELS.namespaces;
const OCI_TYPE: Readonly<Record<NamespaceKind, NamespaceType>> = { net: 'network', pid: 'pid', ipc: 'ipc', uts: 'uts' };
const KEYWORDS: Readonly<Record<NamespaceKind, readonly string[]>> = {
  net: ['none', 'host'],
  pid: ['host'],
  ipc: ['host', 'shareable', 'private'],
  uts: ['host'],
};
const PRIVATE: NamespaceMode = { kind: 'private' };

function parseMode(kind: NamespaceKind, text: string | undefined): NamespaceMode {
  // docker's default: the bridge network.
  if (kind === 'net' && text === undefined) return { kind: 'cni', network: networkName('bridge') };
  if (text === undefined) return PRIVATE;
  const option = `the \`namespaces.${kind}\` option`;
  if (kind === 'net' && !text.startsWith('container:') && !['none', 'host'].includes(text)) {
    try {
      return { kind: 'cni', network: networkName(text) === DEFAULT_NETWORK ? DEFAULT_NETWORK : checkNetworkName(text) };
    } catch (err) {
      throw invalidArgument(`invalid value for ${option}: ${JSON.stringify(text)}`, {
        cause: err,
        hint: 'use bridge, a network name, none, host or container:NAME',
      });
    }
  }
  if (kind !== 'uts' && text.startsWith('container:')) {
    const name = text.slice('container:'.length);
    try {
      return { kind: 'container', name: checkName('container', name) };
    } catch (err) {
      throw invalidArgument(`invalid value for ${option}: ${JSON.stringify(text)} names no valid container`, {
        cause: err,
      });
    }
  }
  if (!KEYWORDS[kind].includes(text)) {
    throw invalidArgument(`invalid value for ${option}: ${JSON.stringify(text)}`, {
      hint: `use ${[...KEYWORDS[kind], ...(kind === 'uts' ? [] : ['container:NAME'])].join(', ')}`,
    });
  }
  return text === 'host' ? { kind: 'host' } : PRIVATE;
}

/** docker's --net/--pid/--ipc/--uts values; a flag left out means a namespace of the container's own. Pure. */
export function parseNamespaceModes(flags: Partial<Record<NamespaceKind, string>>): NamespaceModes {
  return {
    net: parseMode('net', flags.net),
    pid: parseMode('pid', flags.pid),
    ipc: parseMode('ipc', flags.ipc),
    uts: parseMode('uts', flags.uts),
  };
}

export const formatNamespaceModes = (modes: NamespaceModes): string =>
  NAMESPACE_KINDS.map((k) => {
    const m = modes[k];
    return `${k}=${m.kind === 'container' ? `container:${m.name}` : m.kind === 'cni' ? `network:${m.network}` : m.kind}`;
  }).join(',');

/** A running container whose namespaces are joined: its task's host PID and its shim group. */
export interface JoinTarget {
  pid: number;
  group: string;
}

/** The modes back from their label; a label that does not parse counts as namespaces of the container's own (network none). Pure. */
export function parseNamespaceModesLabel(text: string | undefined): NamespaceModes {
  // A private network is --net none; `network:NAME` is a CNI network's.
  const flags: Partial<Record<NamespaceKind, string>> = { net: 'none' };
  for (const part of (text ?? '').split(',')) {
    const eq = part.indexOf('=');
    const kind = NAMESPACE_KINDS.find((k) => k === part.slice(0, eq));
    const value = part.slice(eq + 1);
    if (kind === undefined || value === 'private') continue;
    flags[kind] = value.startsWith('network:') ? value.slice('network:'.length) : value;
  }
  try {
    return parseNamespaceModes(flags);
  } catch {
    return parseNamespaceModes({ net: 'none' });
  }
}

/** Whether any namespace is another container's. */
export const joinsAny = (modes: NamespaceModes): boolean => NAMESPACE_KINDS.some((k) => modes[k].kind === 'container');

/**
 * The namespaces as one spec option: a CNI network at the pinned netns of networkId, joins
 * pointing at the resolved PIDs. Without targets (at create) a join is written as a fresh
 * namespace, which start points at the target. Pure.
 */
export function withStandaloneNamespaces(
  modes: NamespaceModes,
  targets?: ReadonlyMap<string, JoinTarget>,
  networkId = '',
): SpecOpt {
  return composeOpts(
    ...NAMESPACE_KINDS.map((k) => {
      const m = modes[k];
      const type = OCI_TYPE[k];
      if (m.kind === 'host') return withHostNamespace(type);
      if (m.kind === 'cni') return withNamespacePath(type, netnsPath(networkId));
      if (m.kind === 'private' || targets === undefined) return withNewNamespace(type);
      const target = targets.get(m.name);
      if (target === undefined) throw failedPrecondition(`container ${m.name} is not resolved`);
      return withNamespacePath(type, namespacePath(target.pid, type));
    }),
  );
}

/** The shim group: that of the first container joined (net, pid, ipc order), else the container's own ID. */
export function standaloneGroup(id: string, modes: NamespaceModes, targets: ReadonlyMap<string, JoinTarget>): string {
  for (const k of NAMESPACE_KINDS) {
    const m = modes[k];
    const group = m.kind === 'container' ? targets.get(m.name)?.group : undefined;
    if (group !== undefined) return group;
  }
  return id;
}
