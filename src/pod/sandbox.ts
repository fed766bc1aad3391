/**
 * The pod's sandbox (DESIGN.md, "The pod"): a pause container with fresh net, ipc, uts and pid
 * namespaces, a read-only rootfs, no stdio and the pod's hostname. Its task's PID anchors the
 * pod. Also the pod files every member mounts: /etc/hostname, /etc/hosts, /etc/resolv.conf.
 */
import { hostname as hostHostname } from 'node:os';
import { netnsPath } from '../network/netns.js';
import { withHostNamespace, withNamespacePath } from '../oci/namespaces.js';
import { withPauseSecurity } from '../oci/pause-security.js';
import { withDefaultSeccomp } from '../oci/seccomp.js';
import { generateSpec, withPodGroup, withReadonlyRootfs, type SpecOpt } from '../oci/spec.js';
import type { Spec } from '../oci/types.js';
import { withImageConfig, type ImageRuntimeConfig, type ImageUserFiles } from '../oci/image-config.js';
import { isCniNetwork, type NetworkMode } from '../state/labels.js';

export interface SandboxSpecInput {
  id: string;
  namespace: string;
  podId: string;
  /** withHostname of the pod's hostname, built (and so checked) once by the caller. */
  hostnameOpt: SpecOpt;
  network: NetworkMode;
  imageConfig: ImageRuntimeConfig | undefined;
  userFiles?: ImageUserFiles;
  /** It runs podctl's own pause image: no capabilities, no_new_privileges and the pause profile (src/oci/pause-security.ts). */
  builtinPause?: boolean;
}

/** The pause container's spec. Pure: the CRI's sandbox spec with podctl's choices. */
export function sandboxSpec(input: SandboxSpecInput): Spec {
  const opts: SpecOpt[] = [
    withImageConfig(input.imageConfig, {}, input.userFiles ?? {}),
    withReadonlyRootfs(),
    input.hostnameOpt,
    withPodGroup(input.podId),
    input.builtinPause === true ? withPauseSecurity() : withDefaultSeccomp(),
  ];
  if (input.network === 'host') opts.push(withHostNamespace('network'));
  // A CNI pod's namespace is pinned before the sandbox starts (DESIGN.md, "Network").
  else if (isCniNetwork(input.network)) opts.push(withNamespacePath('network', netnsPath(input.podId)));
  return generateSpec({ id: input.id, namespace: input.namespace }, ...opts);
}

/** The pod's hostname: the one asked for, else the host's with host networking, else the pod's name. */
export function podHostname(name: string, network: NetworkMode, hostname?: string): string {
  return hostname ?? (network === 'host' ? hostHostname() : name);
}
