/**
 * Standalone containers (DESIGN.md, "The docker-style path works too"): no pod, namespaces of
 * their own by default (network none), the host's, or another container's, joined through
 * /proc/<pid of its task>/ns/* resolved right before the task is made. A container that joins
 * another's namespaces also joins its runc shim group, as pod members join the pod's.
 */
import { access, readFile } from 'node:fs/promises';
import { hostname as hostHostname } from 'node:os';
import path from 'node:path';
import * as z from 'zod/mini';
import type { ContainerdClient } from '../containerd/client.js';
import { labelFilter } from '../containerd/filters.js';
import type { ContainerRecord } from '../containerd/services/containers.js';
import { alreadyExists, failedPrecondition, invalidArgument, isAlreadyExists, isNotFound, notFound } from '../errors.js';
import { withImageConfig } from '../oci/image-config.js';
import { withMounts } from '../oci/mounts.js';
import { namespacePath, withHostNamespace, withNamespacePath, withNewNamespace } from '../oci/namespaces.js';
import { withTerminal } from '../oci/process.js';
import { composeOpts, generateSpec, POD_GROUP_ANNOTATION, withHostname, withPodGroup, withReadonlyRootfs, type SpecOpt } from '../oci/spec.js';
import type { MountRequest } from '../oci/mounts.js';
import type { NamespaceType } from '../oci/types.js';
import { DEFAULT_RUNTIME } from './host-info.js';
import { checkName, containerId, newPodId } from './ids.js';
import { getMember, type ContainerSummary } from './inspect.js';
import { CREATED_BY, LABELS, networkLabels, readNetworkLabels, withUserLabels } from './labels.js';
import { removeContainerIoDir, startInitTask } from './init-task.js';
import { containerLogPath, DEFAULT_LOG_ROOT, removeLogDir } from './logger-path.js';
import { capabilitiesFromMask, memberSecurityOpts, stopLabels, wantsAllCapabilities, type MemberSecurityOptions } from './member-opts.js';
import { memberTask, removeMember, type MemberOptions } from './member.js';
import type { ProcessStreams } from './process-io.js';
import { prepareRootfs, readUserFiles, withCreateLease } from './rootfs.js';
import { podFileMounts, removePodFiles, stopTask } from './sandbox.js';
import { writePodFiles, type DnsSettings, type ExtraHost, type PodFileSettings } from './pod-files.js';
import { attachmentLabels, attachPod, detachPod, networkName, planPodNetwork } from './pod-network.js';
import type { CniDirs } from '../network/cni-dirs.js';
import { checkNetworkName, DEFAULT_NETWORK } from '../network/conflist.js';
import { netnsPath } from '../network/netns.js';
import { parseMappings, type PortMapping } from '../network/ports.js';
import { ignoreNotFound, withUndo } from './undo.js';

export const NAMESPACE_KINDS = ['net', 'pid', 'ipc', 'uts'] as const;
export type NamespaceKind = (typeof NAMESPACE_KINDS)[number];
/** private: a fresh namespace of the runtime's; cni: a pinned one on that CNI network (net only). */
export type NamespaceMode = { kind: 'private' } | { kind: 'host' } | { kind: 'container'; name: string } | { kind: 'cni'; network: string };
export type NamespaceModes = Readonly<Record<NamespaceKind, NamespaceMode>>;

/** The label that keeps a standalone container's namespace modes (labels.ts). */
export const NAMESPACES_LABEL = LABELS.namespaces;
const OCI_TYPE: Readonly<Record<NamespaceKind, NamespaceType>> = { net: 'network', pid: 'pid', ipc: 'ipc', uts: 'uts' };
const KEYWORDS: Readonly<Record<NamespaceKind, readonly string[]>> = { net: ['none', 'host'], pid: ['host'], ipc: ['host', 'shareable', 'private'], uts: ['host'] };
const PRIVATE: NamespaceMode = { kind: 'private' };

function parseMode(kind: NamespaceKind, text: string | undefined): NamespaceMode {
  // docker's default: the bridge network.
  if (kind === 'net' && text === undefined) return { kind: 'cni', network: networkName('bridge') };
  if (text === undefined) return PRIVATE;
  const flag = kind === 'net' ? '--net' : `--${kind}`;
  if (kind === 'net' && !text.startsWith('container:') && !['none', 'host'].includes(text)) {
    try {
      return { kind: 'cni', network: networkName(text) === DEFAULT_NETWORK ? DEFAULT_NETWORK : checkNetworkName(text) };
    } catch (err) {
      throw invalidArgument(`invalid value for --net: ${JSON.stringify(text)}`, { cause: err, hint: 'use bridge, a network name, none, host or container:NAME' });
    }
  }
  if (kind !== 'uts' && text.startsWith('container:')) {
    const name = text.slice('container:'.length);
    try {
      return { kind: 'container', name: checkName('container', name) };
    } catch (err) {
      throw invalidArgument(`invalid value for ${flag}: ${JSON.stringify(text)} names no valid container`, { cause: err });
    }
  }
  if (!KEYWORDS[kind].includes(text)) {
    throw invalidArgument(`invalid value for ${flag}: ${JSON.stringify(text)}`, { hint: `use ${[...KEYWORDS[kind], ...(kind === 'uts' ? [] : ['container:NAME'])].join(', ')}` });
  }
  return text === 'host' ? { kind: 'host' } : PRIVATE;
}

/** docker's --net/--pid/--ipc/--uts values; a flag left out means a namespace of the container's own. Pure. */
export function parseNamespaceModes(flags: Partial<Record<NamespaceKind, string>>): NamespaceModes {
  return { net: parseMode('net', flags.net), pid: parseMode('pid', flags.pid), ipc: parseMode('ipc', flags.ipc), uts: parseMode('uts', flags.uts) };
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

/** The namespaces as one spec option, joins pointing at the resolved PIDs, a CNI network at the pinned netns of networkId. Pure. */
export function withStandaloneNamespaces(modes: NamespaceModes, targets: ReadonlyMap<string, JoinTarget>, networkId = ''): SpecOpt {
  return composeOpts(
    ...NAMESPACE_KINDS.map((k) => {
      const m = modes[k];
      const type = OCI_TYPE[k];
      if (m.kind === 'host') return withHostNamespace(type);
      if (m.kind === 'cni') return withNamespacePath(type, netnsPath(networkId));
      if (m.kind === 'private') return withNewNamespace(type);
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

const annotations = z.looseObject({ annotations: z.optional(z.record(z.string(), z.string())) });

/** Each container named by a join, which must have a running task; one-line errors otherwise. */
export async function resolveJoinTargets(client: ContainerdClient, modes: NamespaceModes, signal?: AbortSignal): Promise<Map<string, JoinTarget>> {
  const targets = new Map<string, JoinTarget>();
  for (const k of NAMESPACE_KINDS) {
    const m = modes[k];
    if (m.kind !== 'container' || targets.has(m.name)) continue;
    const c = await client.containers.get(containerId(m.name), { signal }).catch((err: unknown) => {
      throw isNotFound(err) ? invalidArgument(`--${k} container:${m.name}: no such container`, { cause: err, hint: 'list containers with: podctl ps -a' }) : err;
    });
    const { pid, state } = await memberTask(client, c.id);
    if (state !== 'running' || pid <= 0) throw failedPrecondition(`--${k} container:${m.name}: container ${m.name} is not running`, { hint: 'only a running container has namespaces to join' });
    const spec = annotations.safeParse(c.spec);
    targets.set(m.name, { pid, group: (spec.success ? spec.data.annotations?.[POD_GROUP_ANNOTATION] : undefined) ?? c.id });
  }
  return targets;
}

const standaloneSchema = z.object({ [LABELS.role]: z.literal('app'), [LABELS.containerName]: z.string().check(z.minLength(1)), [LABELS.logPath]: z.string().check(z.regex(/^\//)) });

/** A standalone container's name and log, or undefined for a pod's container or another tool's. */
export function readStandaloneLabels(labels: Readonly<Record<string, string>>): { name: string; logPath: string } | undefined {
  if (labels[LABELS.podId] !== undefined) return undefined;
  const r = standaloneSchema.safeParse(labels);
  return r.success ? { name: r.data[LABELS.containerName], logPath: r.data[LABELS.logPath] } : undefined;
}

export interface StandaloneOptions extends MemberOptions {
  namespaces?: NamespaceModes;
  /** The container's hostname, with a UTS namespace of its own; its name by default. */
  hostname?: string;
  /** Published ports (a CNI network only); a host port of 0 gets a free one. */
  publish?: readonly PortMapping[];
  addHosts?: readonly ExtraHost[];
  dns?: DnsSettings;
  cniDirs?: CniDirs;
}

/** A standalone container's /etc/hostname, /etc/hosts and /etc/resolv.conf: /run/podctl/containers/<namespace>/<id>. */
export const CONTAINER_RUN_ROOT = '/run/podctl/containers';
export const containerRunDir = (namespace: string, id: string): string => path.join(CONTAINER_RUN_ROOT, namespace, id);

/** docker's rule: the hostname is the container's own only with a UTS and a network namespace of its own. */
function checkHostname(modes: NamespaceModes, hostname: string | undefined): void {
  if (hostname === undefined) return;
  if (modes.uts.kind === 'host') throw invalidArgument('--hostname does not go with --uts host: the container has the host\'s hostname');
  if (modes.net.kind === 'container') throw invalidArgument(`--hostname does not go with --net container:${modes.net.name}: the container shares that one's network and names`);
}

/**
 * The files a standalone container mounts at /etc/hostname, /etc/hosts and /etc/resolv.conf: its
 * own, written like a pod's (localhost and its hostname, the host's resolver; the host's hosts
 * file with --net host); or, when it joins another container's network, that container's.
 */
async function standaloneFiles(namespace: string, id: string, modes: NamespaceModes, settings: PodFileSettings): Promise<{ mounts: MountRequest[]; own: boolean }> {
  if (modes.net.kind === 'container') {
    const dir = containerRunDir(namespace, containerId(modes.net.name));
    const shared = await access(dir).then(() => true, () => false);
    return { mounts: shared ? podFileMounts(dir) : [], own: false };
  }
  return { mounts: await writePodFiles(containerRunDir(namespace, id), settings), own: true };
}

/** Creates a standalone container and starts it. Nothing is left behind when a step fails. */
export async function runStandalone(client: ContainerdClient, options: StandaloneOptions): Promise<{ id: string; name: string; pid: number; logPath: string; streams: ProcessStreams }> {
  const { signal } = options;
  const id = containerId(options.name);
  const modes = options.namespaces ?? parseNamespaceModes({});
  const logPath = containerLogPath(client.namespace, id, options.logRoot ?? DEFAULT_LOG_ROOT);
  const own = { [LABELS.role]: 'app', [LABELS.containerName]: options.name, [LABELS.logPath]: logPath, [LABELS.restartPolicy]: 'no', [LABELS.createdBy]: CREATED_BY, [LABELS.nerdctlName]: options.name, [NAMESPACES_LABEL]: formatNamespaceModes(modes) };
  const labels = { ...withUserLabels(own, options.labels), ...stopLabels(options) };
  const hostCapabilities = wantsAllCapabilities(options) ? capabilitiesFromMask(/^CapBnd:\s*(\w+)$/m.exec(await readFile('/proc/self/status', 'utf8'))?.[1] ?? '') : undefined;
  const security: MemberSecurityOptions = { ...options, ...(hostCapabilities ? { hostCapabilities } : {}) };
  memberSecurityOpts(security); // checks the settings before anything is created
  checkHostname(modes, options.hostname);
  const targets = await resolveJoinTargets(client, modes, signal);
  const net = modes.net;
  const publish = options.publish ?? [];
  if (net.kind !== 'cni' && publish.length > 0) throw invalidArgument(`-p/--publish needs a bridge network: the container's network is ${net.kind === 'container' ? `container:${net.name}` : net.kind === 'private' ? 'none' : net.kind}`, { hint: 'leave --net out (bridge), or drop -p' });
  const plan = net.kind === 'cni' ? await planPodNetwork(net.network, publish, options.cniDirs) : undefined;
  const networkId = plan ? newPodId() : '';
  const hostname = modes.uts.kind === 'host' ? hostHostname() : (options.hostname ?? options.name);
  if (modes.uts.kind === 'private') withHostname(hostname); // checks it before anything is made
  return withUndo(async (undo) => {
    const { pid, streams } = await withCreateLease(client, async (leased) => {
      const taken = (err: unknown) => (isAlreadyExists(err) ? alreadyExists(`container name ${options.name} is already in use`, { cause: err }) : err);
      const rootfs = await prepareRootfs(leased, { key: id, image: options.image, ...(signal ? { signal } : {}) }).catch((err: unknown) => {
        throw taken(err);
      });
      undo.defer('rootfs snapshot', () => client.snapshots.remove(rootfs.snapshotter, id));
      // Its own network: a pinned namespace and ADD, as a pod's.
      const attachment = plan ? await attachPod(plan, networkId) : undefined;
      if (attachment) undo.defer('network', () => detachPod({ ...attachment, id: networkId, network: plan!.network, ports: attachment.portMappings }, plan!.dirs));
      const network = plan ? plan.network : net.kind === 'host' ? 'host' : 'none';
      const files = await standaloneFiles(client.namespace, id, modes, { hostname, network, ip: attachment?.ip, ...(options.addHosts ? { addHosts: options.addHosts } : {}), ...(options.dns ? { dns: options.dns } : {}) });
      const netLabels = plan ? { [LABELS.network]: plan.network, [LABELS.networkId]: networkId, ...networkLabels(attachmentLabels(attachment)) } : {};
      if (files.own) undo.defer('container files', () => removePodFiles(containerRunDir(client.namespace, id)));
      const overrides = {
        ...(options.args ? { cmd: options.args } : {}),
        ...(options.entrypoint ? { entrypoint: options.entrypoint } : {}),
        ...(options.env ? { env: options.env } : {}),
        ...(options.workdir ? { workdir: options.workdir } : {}),
        ...(options.user ? { user: options.user } : {}),
      };
      const spec = generateSpec(
        { id, namespace: client.namespace },
        withImageConfig(rootfs.image.config, overrides, await readUserFiles(rootfs.mounts)),
        withStandaloneNamespaces(modes, targets, networkId),
        ...(modes.uts.kind === 'private' ? [withHostname(hostname)] : []),
        withPodGroup(standaloneGroup(id, modes, targets)),
        ...memberSecurityOpts(security),
        withMounts([...files.mounts, ...(options.mounts ?? [])]),
        withReadonlyRootfs(options.readOnly ?? false),
        withTerminal(options.stdio?.tty === true),
      );
      await client.containers
        .create({ id, image: rootfs.image.name, labels: { ...labels, ...netLabels }, runtime: { name: DEFAULT_RUNTIME }, spec, snapshotter: rootfs.snapshotter, snapshotKey: id }, { signal })
        .catch((err: unknown) => {
          throw taken(err);
        });
      undo.defer('container', () => client.containers.delete(id));
      undo.defer('log directory', () => removeLogDir(logPath));
      return startInitTask(client, undo, { id, rootfs: rootfs.mounts, logPath, ...(options.stdio ? { stdio: options.stdio } : {}), ...(signal ? { signal } : {}) });
    });
    return { id, name: options.name, pid, logPath, streams };
  });
}

/** Every standalone container of the namespace, as `ps` shows them (no pod). */
export async function listStandalone(client: ContainerdClient, signal?: AbortSignal): Promise<ContainerSummary[]> {
  const containers = (await client.containers.list([labelFilter(LABELS.role, 'app')], { signal })).filter((c) => readStandaloneLabels(c.labels) !== undefined);
  const tasks = new Map((await client.tasks.list('', { signal })).map((t) => [t.containerId, t]));
  const args = z.looseObject({ process: z.optional(z.looseObject({ args: z.optional(z.array(z.string())) })) });
  return containers.map((c) => {
    const t = tasks.get(c.id);
    const spec = args.safeParse(c.spec);
    const state = t?.status ?? 'exited';
    const command = spec.success ? (spec.data.process?.args ?? []) : [];
    return { id: c.id, name: readStandaloneLabels(c.labels)?.name ?? c.id, image: c.image, command, createdAt: c.createdAt, state, exitStatus: t?.exitStatus ?? 0, exitedAt: t?.exitedAt, podName: '', podId: '', role: 'app', labels: c.labels };
  });
}

async function getRecord(client: ContainerdClient, name: string, signal?: AbortSignal): Promise<ContainerRecord> {
  return client.containers.get(containerId(name), { signal }).catch((err: unknown) => {
    throw isNotFound(err) ? notFound(`no such container: ${name}`, { cause: err, hint: 'list containers with: podctl ps -a' }) : err;
  });
}

/** A pod member or standalone container by name: its ID and log; not-found for anything else. */
export async function getContainer(client: ContainerdClient, name: string, signal?: AbortSignal): Promise<{ id: string; logPath: string }> {
  const c = await getRecord(client, name, signal);
  const own = readStandaloneLabels(c.labels);
  if (own !== undefined) return { id: c.id, logPath: own.logPath };
  return getMember(client, name, signal);
}

/** Removes a standalone container (task refused while running unless force), or else a pod member. */
export async function removeContainer(client: ContainerdClient, name: string, options: { force?: boolean; signal?: AbortSignal; cniDirs?: CniDirs } = {}): Promise<void> {
  const c = await getRecord(client, name, options.signal);
  const own = readStandaloneLabels(c.labels);
  if (own === undefined) return removeMember(client, name, options);
  const { state } = await memberTask(client, c.id);
  if ((state === 'running' || state === 'paused') && options.force !== true) throw failedPrecondition(`container ${name} is running`, { hint: 'stop it first, or force with -f' });
  await stopTask(client, c.id, 0);
  const networkId = c.labels[LABELS.networkId];
  const network = c.labels[LABELS.network];
  if (networkId && network) {
    const a = readNetworkLabels(c.labels);
    await detachPod({ id: networkId, network, ip: a?.ip ?? '', prefixLength: a?.prefixLength ?? 0, gateway: a?.gateway ?? '', mac: a?.mac ?? '', ports: parseMappings(a?.ports ?? '') }, options.cniDirs);
  }
  await ignoreNotFound(client.containers.delete(c.id));
  if (c.snapshotKey) await ignoreNotFound(client.snapshots.remove(c.snapshotter, c.snapshotKey));
  await removeLogDir(own.logPath);
  await removePodFiles(containerRunDir(client.namespace, c.id));
  await removeContainerIoDir(client.namespace, c.id);
}
