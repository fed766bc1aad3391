/**
 * What `create` and `run` take, and the one check of it: planCreate looks at every option before
 * anything is looked up or made, and builds on the way what the checks build (spec options,
 * labels), so that nothing is checked or built twice.
 */
import { readFile } from 'node:fs/promises';
import type { CniDirs } from '../network/cni-dirs.js';
import type { PortMapping } from '../network/ports.js';
import { invalidArgument } from '../errors.js';
import { withHostname, type SpecOpt } from '../oci/spec.js';
import { autoRemoveCli } from './auto-remove.js';
import { containerId } from '../state/ids.js';
import {
  capabilitiesFromMask,
  memberSecurityOpts,
  stopLabels,
  wantsAllCapabilities,
  type MemberSecurityOptions,
} from './member-opts.js';
import { type MemberOptions } from './member.js';
import { parseNamespaceModes, type JoinTarget, type NamespaceModes } from './namespace-modes.js';
import { formatRestartPolicy, NO_RESTART, type RestartPolicy } from '../host/restart-policy.js';
import { type DnsSettings, type ExtraHost } from '../host/etc-files.js';
import { type PodRecord } from '../records/pods.js';
import { checkUserLabels } from '../state/labels.js';

export interface CreateOptions extends MemberOptions {
  /** The pod to join (it must exist; it must run when the container starts); none: a standalone container. */
  pod?: string | PodRecord;
  /** A standalone container's namespaces (--net/--pid/--ipc/--uts); each container named must exist. Not with pod. */
  namespaces?: NamespaceModes;
  /** A standalone container's hostname, with a UTS namespace of its own; its name by default. Not with pod. */
  hostname?: string;
  /** A standalone container's published ports (a CNI network only); a host port of 0 gets a free one. */
  publish?: readonly PortMapping[];
  addHosts?: readonly ExtraHost[];
  dns?: DnsSettings;
  /** Where the CNI plugins and network files are; CNI_PATH and NETCONFPATH, else the defaults. */
  cniDirs?: CniDirs;
  /** no (the default), always, on-failure[:N] or unless-stopped, kept by containerd's restart monitor. */
  restart?: RestartPolicy;
  /** Remove the container once it exits (--rm). Not with a restart policy. */
  autoRemove?: boolean;
  /** The containers joined, already looked up (run); else create looks them up. */
  joinTargets?: ReadonlyMap<string, JoinTarget>;
  /**
   * run: it starts right after, and what it joins was resolved just now (a running pod, running
   * targets), so the spec is written with those PIDs and it is not marked not-started.
   */
  startsNow?: boolean;
}

/** The security spec options, with the runtime's own capabilities where every capability is asked for. */
async function securityOptsOf(options: MemberOptions): Promise<SpecOpt[]> {
  // The runtime can grant only what it holds; it runs with containerd's capabilities, as podctl does.
  const hostCapabilities = wantsAllCapabilities(options)
    ? capabilitiesFromMask(/^CapBnd:\s*(\w+)$/m.exec(await readFile('/proc/self/status', 'utf8'))?.[1] ?? '')
    : undefined;
  const security: MemberSecurityOptions = { ...options, ...(hostCapabilities ? { hostCapabilities } : {}) };
  return memberSecurityOpts(security); // throws on a bad setting
}

/** docker's rule: the hostname is the container's own only with a UTS and a network namespace of its own. */
function checkHostname(modes: NamespaceModes, hostname: string | undefined): void {
  if (hostname === undefined) return;
  if (modes.uts.kind === 'host')
    throw invalidArgument(
      "the `hostname` option does not go with the `namespaces.uts` option host: the container has the host's hostname",
    );
  if (modes.net.kind === 'container') {
    throw invalidArgument(
      `the \`hostname\` option does not go with the \`namespaces.net\` option container:${modes.net.name}: the container shares that one's network and names`,
    );
  }
}

/** What planCreate checked and built from the options, once; create and run use it as it is. */
export interface CreatePlan {
  policy: RestartPolicy;
  /** Limits, capabilities, seccomp and no-new-privileges, as spec options. */
  securityOpts: SpecOpt[];
  /** The stop policy's labels. */
  stopLabels: Record<string, string>;
  /** A standalone container's hostname option, when it has a UTS namespace of its own. */
  hostnameOpt: SpecOpt | undefined;
}

/**
 * What needs no containerd, checked before anything is looked up or made (create, and run
 * before it resolves what it joins): names, options that do not go together, values. Builds
 * what the checks build on the way (spec options, labels), so that nothing is built twice.
 */
export async function planCreate(options: CreateOptions): Promise<CreatePlan> {
  containerId(options.name);
  checkUserLabels(options.labels);
  if (options.pod !== undefined && options.namespaces !== undefined)
    throw invalidArgument("namespaces do not go with a pod: a member joins its pod's namespaces");
  if (options.pod !== undefined && options.hostname !== undefined) {
    throw invalidArgument("the `hostname` option does not go with the `pod` option: a member has its pod's hostname", {
      hint: 'set it on the pod: podctl pod create --hostname NAME',
    });
  }
  const policy = options.restart ?? NO_RESTART;
  const shown = formatRestartPolicy(policy);
  if (options.autoRemove === true && policy.name !== 'no') {
    throw invalidArgument(
      `the \`restart\` option ${shown} and the \`autoRemove\` option do not go together: a container removed when it exits is not restarted`,
      { hint: 'drop one of them' },
    );
  }
  if (options.autoRemove === true) autoRemoveCli();
  if (policy.name !== 'no' && (options.stdio?.tty === true || options.stdio?.stdin === true)) {
    throw invalidArgument(
      `the \`restart\` option ${shown} does not go with the \`stdio\` option: containerd's restart monitor makes tasks without a terminal or an open stdin`,
      {
        hint: 'drop the `stdio` option, or drop the `restart` option',
      },
    );
  }
  const securityOpts = await securityOptsOf(options);
  const stop = stopLabels(options);
  let hostnameOpt: SpecOpt | undefined;
  if (options.pod === undefined) {
    const modes = options.namespaces ?? parseNamespaceModes({});
    checkHostname(modes, options.hostname);
    if (modes.uts.kind === 'private') hostnameOpt = withHostname(options.hostname ?? options.name);
    const net = modes.net;
    if (net.kind !== 'cni' && (options.publish?.length ?? 0) > 0) {
      const shownNet = net.kind === 'container' ? `container:${net.name}` : net.kind === 'private' ? 'none' : net.kind;
      throw invalidArgument(`the \`publish\` option needs a bridge network: the container's network is ${shownNet}`, {
        hint: 'leave the `namespaces.net` option out (bridge), or drop the `publish` option',
      });
    }
  } else if ((options.publish?.length ?? 0) > 0) {
    throw invalidArgument('the `publish` option is not supported on a member of a pod', {
      hint: 'publish ports on the pod instead',
    });
  }
  return { policy, securityOpts, stopLabels: stop, hostnameOpt };
}
