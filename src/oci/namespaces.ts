// Options for the container's Linux namespaces: fresh, joined by path, or the host's.
import { invalidArgument } from '../errors.js';
import { checkAbsolute, checkInt } from './check.js';
import { composeOpts, ensureLinux, type SpecOpt } from './spec.js';
import type { NamespaceType, Spec } from './types.js';

/** The file under /proc/<pid>/ns/ of each namespace type. */
export const NAMESPACE_FILES: Readonly<Record<NamespaceType, string>> = Object.freeze({
  pid: 'pid',
  network: 'net',
  mount: 'mnt',
  ipc: 'ipc',
  uts: 'uts',
  user: 'user',
  cgroup: 'cgroup',
  time: 'time',
});

function checkType(type: NamespaceType): NamespaceType {
  if (!Object.hasOwn(NAMESPACE_FILES, type)) {
    throw invalidArgument(`unknown namespace type ${JSON.stringify(type)}`, {
      hint: `known: ${Object.keys(NAMESPACE_FILES).join(', ')}`,
    });
  }
  return type;
}

/** /proc/<pid>/ns/<file>: the namespace of type that process pid is in. */
export function namespacePath(pid: number, type: NamespaceType): string {
  checkInt('pid', pid, 1, 0x7fffffff);
  return `/proc/${pid}/ns/${NAMESPACE_FILES[checkType(type)]}`;
}

/** Sets the entry of type (replacing one already there, else appending it); no path means a fresh namespace. */
function setNamespace(spec: Spec, type: NamespaceType, path: string | undefined): void {
  const linux = ensureLinux(spec);
  const entry = path === undefined ? { type } : { type, path };
  const namespaces = linux.namespaces ?? [];
  const at = namespaces.findIndex((ns) => ns.type === type);
  if (at >= 0) namespaces[at] = entry;
  else namespaces.push(entry);
  linux.namespaces = namespaces;
}

/** Joins the namespace at path (e.g. /proc/42/ns/net, or a pinned netns under /run). */
export function withNamespacePath(type: NamespaceType, path: string): SpecOpt {
  checkType(type);
  const checked = checkAbsolute(`the ${type} namespace path`, path);
  return (spec) => setNamespace(spec, type, checked);
}

/** A fresh namespace of type for the container. */
export function withNewNamespace(type: NamespaceType): SpecOpt {
  checkType(type);
  return (spec) => setNamespace(spec, type, undefined);
}

/** The host's namespace of type: the entry is removed, so the runtime creates none. */
export function withHostNamespace(type: NamespaceType): SpecOpt {
  checkType(type);
  return (spec) => {
    if (spec.linux?.namespaces) spec.linux.namespaces = spec.linux.namespaces.filter((ns) => ns.type !== type);
  };
}

/** Which of the pause container's namespaces a member joins. */
export interface PodShare {
  net: boolean;
  ipc: boolean;
  uts: boolean;
  pid: boolean;
}

export interface PodNamespaces {
  /** The PID of the pod's pause task, in the host's PID namespace. Never reuse it across a pod restart. */
  pausePid: number;
  share: PodShare;
}

/**
 * A pod member's namespaces, as the CRI's WithPodNamespaces: each shared type joins
 * /proc/<pausePid>/ns/<type>, each other one is fresh. Members keep their own mount namespace,
 * and should set no hostname: runc would set it in the pod's shared uts namespace.
 */
export function withPodNamespaces({ pausePid, share }: PodNamespaces): SpecOpt {
  const types: [keyof PodShare, NamespaceType][] = [
    ['net', 'network'],
    ['ipc', 'ipc'],
    ['uts', 'uts'],
    ['pid', 'pid'],
  ];
  return composeOpts(
    ...types.map(([key, type]) =>
      share[key] ? withNamespacePath(type, namespacePath(pausePid, type)) : withNewNamespace(type),
    ),
  );
}
