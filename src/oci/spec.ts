/**
 * OCI runtime specs as ordered options, as containerd's `oci.SpecOpts`: generateSpec starts
 * from containerd's default Unix spec and applies each option in turn. An option creates the
 * sub-objects it needs, changes one thing, and throws invalid-argument on a bad value; a later
 * option wins over an earlier one. Nothing here touches the host.
 */
import { invalidArgument } from '../errors.js';
import { checkIdentifier } from './check.js';
import {
  DEFAULT_CAPABILITIES,
  DEFAULT_MASKED_PATHS,
  DEFAULT_MOUNTS,
  DEFAULT_NAMESPACES,
  DEFAULT_PATH_ENV,
  DEFAULT_READONLY_PATHS,
  DEFAULT_RLIMITS,
  DEFAULT_ROOTFS_PATH,
  OCI_VERSION,
} from './defaults.js';
import type { Linux, LinuxResources, Process, Seccomp, Spec } from './types.js';

/** Changes one thing in a spec, in place. */
export type SpecOpt = (spec: Spec) => void;

/** The container a spec is for: its ID and its containerd namespace (default "default"). */
export interface SpecIdentity {
  id: string;
  namespace?: string;
}

/** The annotation that makes the runc v2 shim serve every container of a group from one process. */
export const POD_GROUP_ANNOTATION = 'io.containerd.runc.v2.group';

/** containerd's cgroup for a container: /<namespace>/<id>. */
export function defaultCgroupsPath(namespace: string, id: string): string {
  return `/${checkIdentifier('namespace', namespace)}/${checkIdentifier('container ID', id)}`;
}

/**
 * containerd 1.6's default Unix spec, except that noNewPrivileges is false (docker's default;
 * containerd sets true and the CRI resets it): opt in with withNoNewPrivileges().
 */
export function defaultSpec(id: string, namespace = 'default'): Spec {
  return {
    ociVersion: OCI_VERSION,
    root: { path: DEFAULT_ROOTFS_PATH },
    process: {
      terminal: false,
      user: { uid: 0, gid: 0 },
      env: [DEFAULT_PATH_ENV],
      cwd: '/',
      capabilities: {
        bounding: [...DEFAULT_CAPABILITIES],
        effective: [...DEFAULT_CAPABILITIES],
        permitted: [...DEFAULT_CAPABILITIES],
      },
      rlimits: DEFAULT_RLIMITS.map((r) => ({ ...r })),
      noNewPrivileges: false,
    },
    mounts: DEFAULT_MOUNTS.map((m) => ({ ...m, options: [...(m.options ?? [])] })),
    linux: {
      resources: { devices: [{ allow: false, access: 'rwm' }] },
      cgroupsPath: defaultCgroupsPath(namespace, id),
      namespaces: DEFAULT_NAMESPACES.map((ns) => ({ ...ns })),
      maskedPaths: [...DEFAULT_MASKED_PATHS],
      readonlyPaths: [...DEFAULT_READONLY_PATHS],
    },
  };
}

/** defaultSpec with the options applied in order. */
export function generateSpec(container: string | SpecIdentity, ...opts: readonly SpecOpt[]): Spec {
  const { id, namespace } = typeof container === 'string' ? { id: container, namespace: undefined } : container;
  const spec = defaultSpec(id, namespace);
  for (const opt of opts) opt(spec);
  return spec;
}

/** Several options as one, applied in order. */
export function composeOpts(...opts: readonly SpecOpt[]): SpecOpt {
  return (spec) => {
    for (const opt of opts) opt(spec);
  };
}

export function ensureProcess(spec: Spec): Process {
  spec.process ??= { user: { uid: 0, gid: 0 }, cwd: '/' };
  return spec.process;
}

export function ensureLinux(spec: Spec): Linux {
  spec.linux ??= {};
  return spec.linux;
}

export function ensureResources(spec: Spec): LinuxResources {
  const linux = ensureLinux(spec);
  linux.resources ??= {};
  return linux.resources;
}

/** The UTS hostname. Needs a fresh uts namespace: runc refuses a hostname when uts is the host's. */
export function withHostname(hostname: string): SpecOpt {
  // HOST_NAME_MAX is 64 bytes. Letters, digits, dots and hyphens as RFC 1123 has them, and the
  // underscores that podctl's names (the default hostnames) may hold.
  if (hostname.length > 64 || !/^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/.test(hostname)) {
    throw invalidArgument(
      `invalid hostname ${JSON.stringify(hostname)}: use 1 to 64 letters, digits, dots and hyphens, starting and ending with a letter or digit`,
    );
  }
  return (spec) => {
    spec.hostname = hostname;
  };
}

/** Adds annotations; a key given again replaces its value. */
export function withAnnotations(annotations: Readonly<Record<string, string>>): SpecOpt {
  for (const key of Object.keys(annotations)) {
    if (key.length === 0) throw invalidArgument('an annotation key must not be empty');
  }
  return (spec) => {
    spec.annotations = { ...spec.annotations, ...annotations };
  };
}

/** Groups the container with the rest of its pod in one runc v2 shim (DESIGN.md, "Members"). */
export function withPodGroup(podId: string): SpecOpt {
  return withAnnotations({ [POD_GROUP_ANNOTATION]: checkIdentifier('pod ID', podId) });
}

/** The cgroup: an absolute path (cgroupfs driver) or "slice:prefix:name" (systemd driver). */
export function withCgroupsPath(path: string): SpecOpt {
  if (path.length === 0) throw invalidArgument('the cgroups path must not be empty');
  return (spec) => {
    ensureLinux(spec).cgroupsPath = path;
  };
}

/** A seccomp profile (copied), or 'unconfined' for none. */
export function withSeccomp(profile: Readonly<Seccomp> | 'unconfined'): SpecOpt {
  return (spec) => {
    if (profile === 'unconfined') {
      if (spec.linux) delete spec.linux.seccomp;
    } else {
      ensureLinux(spec).seccomp = structuredClone(profile);
    }
  };
}

/** Mounts the root filesystem read-only (or, with false, read-write). */
export function withReadonlyRootfs(readonly = true): SpecOpt {
  return (spec) => {
    spec.root ??= { path: DEFAULT_ROOTFS_PATH };
    if (readonly) spec.root.readonly = true;
    else delete spec.root.readonly;
  };
}
