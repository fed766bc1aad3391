/**
 * Pod members (DESIGN.md, "Members"): containers whose specs join the pause task's namespaces
 * through /proc/<pause pid>/ns/*, carry the pod's shim group, and log through podctl-logger.
 */
import type { ContainerdClient } from '../containerd/client.js';
import type { ContainerRecord } from '../containerd/services/containers.js';
import { failedPrecondition, isNotFound, notFound } from '../errors.js';
import {
  withImageConfig,
  type ImageConfigOverrides,
  type ImageRuntimeConfig,
  type ImageUserFiles,
} from '../oci/image-config.js';
import { withMounts, type MountRequest } from '../oci/mounts.js';
import { withPodNamespaces } from '../oci/namespaces.js';
import { withTerminal } from '../oci/process.js';
import { generateSpec, withPodGroup, withReadonlyRootfs, type SpecOpt } from '../oci/spec.js';
import type { Spec } from '../oci/types.js';
import { containerId } from '../state/ids.js';
import { removeContainerIoDir } from '../task/init-task.js';
import { LABELS, readMemberLabels, readNetworkLabels, type Role } from '../state/labels.js';
import { memberSecurityOpts, readStopPolicy, type MemberSecurityOptions, type StopOptions } from './member-opts.js';
import { removeLogDir } from '../task/logger-path.js';
import type { StdioRequest } from '../task/process-io.js';
import type { CniDirs } from '../network/cni-dirs.js';
import { leaveNetwork, networkStateOf } from '../network/attachment.js';
import { setRestartStatus } from '../host/restart-policy.js';
import { ignoreNotFound } from '../state/undo.js';
import { containerRunDir, removeRunFiles } from '../host/run-dirs.js';
import { stopTask } from '../task/stop.js';
import { type PodRecord } from '../records/pods.js';
import { memberTask } from '../records/containers.js';
import { readStoredSpec } from '../records/stored-spec.js';
import { withStandaloneNamespaces, NamespaceModes, JoinTarget } from './namespace-modes.js';

export interface MemberOptions extends MemberSecurityOptions, StopOptions {
  name: string;
  image: string;
  /** Replaces the image's Cmd. */
  args?: readonly string[];
  env?: ImageConfigOverrides['env'];
  workdir?: string;
  /** user[:group], names resolved through the image's /etc/passwd and /etc/group. */
  user?: string;
  /** Replaces the image's Entrypoint (and drops its Cmd unless args are given). */
  entrypoint?: readonly string[];
  readOnly?: boolean;
  mounts?: readonly MountRequest[];
  role?: Exclude<Role, 'sandbox'>;
  labels?: Readonly<Record<string, string>>;
  /** Where logs go; /var/lib/podctl/logs by default. */
  logRoot?: string;
  /** A terminal, an open stdin, and the streams of a caller that attaches (run -i, -t). */
  stdio?: StdioRequest;
  signal?: AbortSignal;
}

/** The pod a member joins; pid undefined when its pause PID is not known yet (see memberSpec). */
type PodAnchor = Pick<PodRecord, 'id' | 'share'> & { pid?: number };

export interface MemberSpecInput {
  id: string;
  namespace: string;
  pod: PodAnchor;
  imageConfig: ImageRuntimeConfig | undefined;
  overrides: ImageConfigOverrides;
  userFiles: ImageUserFiles;
  mounts: readonly MountRequest[];
  readOnly: boolean;
  security?: MemberSecurityOptions;
  /** The security options built already (create builds them once); else built from `security`. */
  securityOpts?: readonly SpecOpt[];
  /** process.terminal (run -t), with TERM=xterm unless TERM is set. */
  terminal?: boolean;
}

/**
 * A member's spec. Pure: the image config under the overrides, the pod's namespaces and shim
 * group. Without the pause PID (at create), the namespaces the member will join are written as
 * fresh ones: start points them at the pause task of that moment (rewriteForPod).
 */
export function memberSpec(input: MemberSpecInput): Spec {
  const { pid, share } = input.pod;
  return generateSpec(
    { id: input.id, namespace: input.namespace },
    withImageConfig(input.imageConfig, input.overrides, input.userFiles),
    ...(pid === undefined ? [] : [withPodNamespaces({ pausePid: pid, share })]),
    withPodGroup(input.pod.id),
    ...(input.securityOpts ?? memberSecurityOpts(input.security ?? {})),
    withMounts(input.mounts),
    withReadonlyRootfs(input.readOnly),
    withTerminal(input.terminal ?? false),
  );
}

export interface StandaloneSpecInput extends Omit<MemberSpecInput, 'pod' | 'security'> {
  modes: NamespaceModes;
  /** What it joins, resolved; left out at create, when a join is written as a fresh namespace. */
  targets?: ReadonlyMap<string, JoinTarget>;
  /** Its runc shim group (standaloneGroup). */
  group: string;
  /** The CNI container ID whose pinned netns it uses, for a CNI network. */
  networkId: string;
  /** Its hostname, when it has a UTS namespace of its own. */
  hostnameOpt: SpecOpt | undefined;
}

/** A standalone container's spec. Pure: the image config under the overrides, its namespaces, group and mounts. */
export function standaloneSpec(input: StandaloneSpecInput): Spec {
  return generateSpec(
    { id: input.id, namespace: input.namespace },
    withImageConfig(input.imageConfig, input.overrides, input.userFiles),
    withStandaloneNamespaces(input.modes, input.targets, input.networkId),
    ...(input.hostnameOpt ? [input.hostnameOpt] : []),
    withPodGroup(input.group),
    ...(input.securityOpts ?? []),
    withMounts(input.mounts),
    withReadonlyRootfs(input.readOnly),
    withTerminal(input.terminal ?? false),
  );
}

/** A member's stored spec pointed at the pod's current pause PID. */
export function rewriteForPod(stored: unknown, pod: Pick<PodRecord, 'id' | 'pid' | 'share'>): Spec {
  // podctl wrote this spec; only the namespace paths and the group change.
  const spec = readStoredSpec(stored);
  withPodNamespaces({ pausePid: pod.pid, share: pod.share })(spec);
  withPodGroup(pod.id)(spec);
  return spec;
}

/** Removes a member: its task (refused while running unless force), container, snapshot and logs. */
export async function removeMember(
  client: ContainerdClient,
  name: string,
  options: { force?: boolean; signal?: AbortSignal } = {},
): Promise<void> {
  const id = containerId(name);
  let c: ContainerRecord;
  try {
    c = await client.containers.get(id, { signal: options.signal });
  } catch (err) {
    if (isNotFound(err)) throw notFound(`no such container: ${name}`, { cause: err });
    throw err;
  }
  const labels = readMemberLabels(c.labels);
  if (labels === undefined) throw failedPrecondition(`container ${name} is not a pod member`);
  await destroyContainer(client, c, options.force ?? false);
}

/**
 * Stops a container, member or standalone: its stop signal (SIGTERM unless created with another),
 * then SIGKILL after timeoutSeconds, else its own stop timeout, else 10 s. The task is deleted.
 */
export async function stopMember(client: ContainerdClient, c: ContainerRecord, timeoutSeconds?: number): Promise<void> {
  // First, so that containerd's restart monitor does not start it again meanwhile.
  await setRestartStatus(client, c, 'stopped');
  await stopTask(client, c.id, readStopPolicy(c.labels, timeoutSeconds));
}

/**
 * Removes a container of podctl's, member or standalone: its task (refused while running
 * unless force), a standalone container's network (DEL, the pinned namespace), the container,
 * its snapshot, its log directory and a standalone container's /etc files.
 */
export async function destroyContainer(
  client: ContainerdClient,
  c: ContainerRecord,
  force: boolean,
  cniDirs?: CniDirs,
): Promise<void> {
  const { state } = await memberTask(client, c.id);
  if ((state === 'running' || state === 'paused') && !force) {
    throw failedPrecondition(`container ${c.id} is running`, {
      hint: 'stop it first, or force with the `force` option',
    });
  }
  await setRestartStatus(client, c, 'stopped');
  await stopTask(client, c.id);
  const networkId = c.labels[LABELS.networkId];
  const network = c.labels[LABELS.network];
  if (networkId && network && c.labels[LABELS.podId] === undefined) {
    await leaveNetwork(networkStateOf(networkId, network, readNetworkLabels(c.labels)), cniDirs);
  }
  await ignoreNotFound(client.containers.delete(c.id));
  if (c.snapshotKey) await ignoreNotFound(client.snapshots.remove(c.snapshotter, c.snapshotKey));
  const logPath = c.labels[LABELS.logPath];
  if (logPath?.startsWith('/')) await removeLogDir(logPath);
  // A standalone container's /etc files (a member's are its pod's).
  if (c.labels[LABELS.podId] === undefined) await removeRunFiles(containerRunDir(client.namespace, c.id));
  await removeContainerIoDir(client.namespace, c.id);
}
