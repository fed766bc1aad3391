/**
 * `podctl create`: a container (a pod member, or a standalone one) with its snapshot and
 * spec, and no task. What it joins is only checked to exist here; the PIDs are resolved when
 * it starts (task-start.ts), so the stored spec writes a joined namespace as a fresh one until
 * then (run, which starts it at once, resolves them first and writes them). Every setting is
 * checked before anything is made; a failure part-way undoes it all.
 */
import { access, readFile } from 'node:fs/promises';
import { hostname as hostHostname } from 'node:os';
import type { ContainerdClient } from '../containerd/client.js';
import type { ContainerRecord } from '../containerd/services/containers.js';
import type { CniDirs } from '../network/cni-dirs.js';
import type { PortMapping } from '../network/ports.js';
import type { Mount } from '../containerd/services/types.js';
import { alreadyExists, invalidArgument, isAlreadyExists } from '../errors.js';
import { withImageConfig } from '../oci/image-config.js';
import { withMounts, type MountRequest } from '../oci/mounts.js';
import { withTerminal } from '../oci/process.js';
import { generateSpec, withHostname, withPodGroup, withReadonlyRootfs, type SpecOpt } from '../oci/spec.js';
import type { Spec } from '../oci/types.js';
import { autoRemoveCli } from './auto-remove.js';
import { DEFAULT_RUNTIME } from '../host/host-info.js';
import { containerId, randomId } from '../state/ids.js';
import { CREATED_BY, LABELS, memberLabels, networkLabels, withUserLabels } from '../state/labels.js';
import { containerLogPath, DEFAULT_LOG_ROOT, loggerUri } from '../task/logger-path.js';
import {
  capabilitiesFromMask,
  memberSecurityOpts,
  stopLabels,
  wantsAllCapabilities,
  type MemberSecurityOptions,
} from './member-opts.js';
import { memberSpec, type MemberOptions } from './member.js';
import { guardJoins } from './join-guard.js';
import {
  formatNamespaceModes,
  joinsAny,
  parseNamespaceModes,
  standaloneGroup,
  withStandaloneNamespaces,
  type JoinTarget,
  type NamespaceModes,
} from './namespace-modes.js';
import {
  checkRestartSupport,
  formatRestartPolicy,
  NO_RESTART,
  restartLabels,
  type RestartPolicy,
} from '../host/restart-policy.js';
import { prepareRootfs, readUserFiles, withCreateLease, type PreparedRootfs } from './rootfs.js';
import {
  writeEtcFiles,
  type DnsSettings,
  type ExtraHost,
  type EtcFileSettings,
  etcFileMounts,
} from '../host/etc-files.js';
import { attachmentLabels, joinNetwork, leaveNetwork, planNetwork } from '../network/attachment.js';
import { resolveJoinTargets } from './standalone.js';
import { withUndo, type UndoStack } from '../state/undo.js';
import { containerRunDir, podRunDir, removeRunFiles } from '../host/run-dirs.js';
import { getPod, type PodRecord } from '../records/pods.js';

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

export interface CreatedContainer {
  record: ContainerRecord;
  /** The rootfs mounts of its snapshot, for the task. */
  mounts: Mount[];
  name: string;
  logPath: string;
  /** The pod it belongs to, as found at create. */
  pod: PodRecord | undefined;
}

const overridesOf = (o: MemberOptions) => ({
  ...(o.args ? { cmd: o.args } : {}),
  ...(o.entrypoint ? { entrypoint: o.entrypoint } : {}),
  ...(o.env ? { env: o.env } : {}),
  ...(o.workdir ? { workdir: o.workdir } : {}),
  ...(o.user ? { user: o.user } : {}),
});

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

/**
 * The files a standalone container mounts at /etc/hostname, /etc/hosts and /etc/resolv.conf: its
 * own, written like a pod's (localhost and its hostname, the host's resolver; the host's hosts
 * file with --net host); or, when it joins another container's network, that container's.
 */
async function standaloneFiles(
  namespace: string,
  id: string,
  modes: NamespaceModes,
  settings: EtcFileSettings,
): Promise<{ mounts: MountRequest[]; own: boolean }> {
  if (modes.net.kind === 'container') {
    const dir = containerRunDir(namespace, containerId(modes.net.name));
    const shared = await access(dir).then(
      () => true,
      () => false,
    );
    return { mounts: shared ? etcFileMounts(dir) : [], own: false };
  }
  return { mounts: await writeEtcFiles(containerRunDir(namespace, id), settings), own: true };
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

/** Creates the container; nothing is left behind when a step fails. */
export async function createContainer(client: ContainerdClient, options: CreateOptions): Promise<CreatedContainer> {
  return createPlanned(client, options, await planCreate(options));
}

/** Creates the container from options planCreate has checked into plan. */
export async function createPlanned(
  client: ContainerdClient,
  options: CreateOptions,
  checked: CreatePlan,
): Promise<CreatedContainer> {
  const { signal } = options;
  const { policy, securityOpts, stopLabels: stop, hostnameOpt } = checked;
  const id = containerId(options.name);
  const logPath = containerLogPath(client.namespace, id, options.logRoot ?? DEFAULT_LOG_ROOT);
  const pod = typeof options.pod === 'string' ? await getPod(client, options.pod, { signal }) : options.pod;
  const modes = pod === undefined ? (options.namespaces ?? parseNamespaceModes({})) : undefined;
  const hostname = modes?.uts.kind === 'host' ? hostHostname() : (options.hostname ?? options.name);
  // The containers joined must exist now (and run when it starts); their shim group is taken.
  const targets =
    modes !== undefined && joinsAny(modes)
      ? (options.joinTargets ?? (await resolveJoinTargets(client, modes, signal, { mustRun: false })))
      : new Map<string, JoinTarget>();
  const net = modes?.net;
  const publish = options.publish ?? [];
  // Its own network, as a pod's: checked now (network, plugins, free ports), made with the container.
  const plan = net?.kind === 'cni' ? await planNetwork(net.network, publish, options.cniDirs) : undefined;
  const networkId = plan ? randomId() : '';
  await checkRestartSupport(client, policy, signal);
  const own = {
    ...restartLabels(policy, loggerUri(logPath)),
    ...(options.autoRemove === true ? { [LABELS.autoRemove]: 'true' } : {}),
    ...(options.stdio?.stdin === true ? { [LABELS.openStdin]: 'true' } : {}),
    ...(options.startsNow === true ? {} : { [LABELS.notStarted]: 'true' }),
  };
  const base =
    pod === undefined
      ? withUserLabels(
          {
            [LABELS.role]: 'app',
            [LABELS.containerName]: options.name,
            [LABELS.logPath]: logPath,
            [LABELS.createdBy]: CREATED_BY,
            [LABELS.nerdctlName]: options.name,
            [LABELS.namespaces]: formatNamespaceModes(modes ?? parseNamespaceModes({})),
          },
          options.labels,
        )
      : memberLabels(
          { podName: pod.name, podId: pod.id, name: options.name, role: options.role ?? 'app', logPath },
          options.labels,
        );
  const labels = { ...base, ...own, ...stop };
  const taken = (err: unknown) =>
    isAlreadyExists(err)
      ? alreadyExists(`container name ${options.name} is already in use`, {
          cause: err,
          hint: `choose another name, or remove it: podctl rm -f ${options.name}`,
        })
      : err;
  // A standalone container's network, known once it is attached (in specOf).
  const netLabels: Record<string, string> = {};
  const specOf = async (rootfs: PreparedRootfs, undo: UndoStack): Promise<Spec> => {
    const userFiles = await readUserFiles(rootfs.mounts);
    if (pod !== undefined) {
      const mounts = [...etcFileMounts(podRunDir(client.namespace, pod.id)), ...(options.mounts ?? [])];
      const anchor = { id: pod.id, share: pod.share, ...(options.startsNow === true ? { pid: pod.pid } : {}) };
      return memberSpec({
        id,
        namespace: client.namespace,
        pod: anchor,
        imageConfig: rootfs.image.config,
        overrides: overridesOf(options),
        userFiles,
        mounts,
        readOnly: options.readOnly ?? false,
        securityOpts,
        terminal: options.stdio?.tty === true,
      });
    }
    const m = modes ?? parseNamespaceModes({});
    const attachment = plan ? await joinNetwork(plan, networkId) : undefined;
    if (attachment)
      undo.defer('network', () =>
        leaveNetwork(
          { ...attachment, id: networkId, network: plan!.network, ports: attachment.portMappings },
          plan!.dirs,
        ),
      );
    Object.assign(
      netLabels,
      plan
        ? {
            [LABELS.network]: plan.network,
            [LABELS.networkId]: networkId,
            ...networkLabels(attachmentLabels(attachment)),
          }
        : {},
    );
    const network = plan ? plan.network : m.net.kind === 'host' ? 'host' : 'none';
    const files = await standaloneFiles(client.namespace, id, m, {
      hostname,
      network,
      ip: attachment?.ip,
      ...(options.addHosts ? { addHosts: options.addHosts } : {}),
      ...(options.dns ? { dns: options.dns } : {}),
    });
    if (files.own) undo.defer('container files', () => removeRunFiles(containerRunDir(client.namespace, id)));
    return generateSpec(
      { id, namespace: client.namespace },
      withImageConfig(rootfs.image.config, overridesOf(options), userFiles),
      withStandaloneNamespaces(m, options.startsNow === true ? targets : undefined, networkId),
      ...(hostnameOpt ? [hostnameOpt] : []),
      withPodGroup(standaloneGroup(id, m, targets)),
      ...securityOpts,
      withMounts([...files.mounts, ...(options.mounts ?? [])]),
      withReadonlyRootfs(options.readOnly ?? false),
      withTerminal(options.stdio?.tty === true),
    );
  };
  let mounts: Mount[] = [];
  const record = await withUndo((undo) =>
    withCreateLease(client, async (leased) => {
      const snapshotLabels: Record<string, string> = pod === undefined ? {} : { [LABELS.podId]: pod.id };
      const rootfs = await prepareRootfs(leased, {
        key: id,
        image: options.image,
        labels: snapshotLabels,
        ...(pod ? { snapshotter: pod.snapshotter } : {}),
        ...(signal ? { signal } : {}),
      }).catch((err: unknown) => {
        throw taken(err);
      });
      undo.defer('rootfs snapshot', () => client.snapshots.remove(rootfs.snapshotter, id));
      mounts = rootfs.mounts;
      const spec = await guardJoins(client, await specOf(rootfs, undo), labels, signal ? { signal } : {});
      return client.containers
        .create(
          {
            id,
            image: rootfs.image.name,
            labels: { ...labels, ...netLabels },
            runtime: { name: DEFAULT_RUNTIME },
            spec,
            snapshotter: rootfs.snapshotter,
            snapshotKey: id,
          },
          { signal },
        )
        .catch((err: unknown) => {
          throw taken(err);
        });
    }),
  );
  return { record, mounts, name: options.name, logPath, pod };
}
