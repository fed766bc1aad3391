/**
 * Pod members (DESIGN.md, "Members"): containers whose specs join the pause task's namespaces
 * through /proc/<pause pid>/ns/*, carry the pod's shim group, and log through podctl-logger.
 */
import type { ContainerdClient } from '../containerd/client.js';
import type { ContainerRecord } from '../containerd/services/containers.js';
import { alreadyExists, failedPrecondition, isAlreadyExists, isNotFound, notFound } from '../errors.js';
import { readFile } from 'node:fs/promises';
import * as z from 'zod/mini';
import { withImageConfig, type ImageConfigOverrides, type ImageRuntimeConfig, type ImageUserFiles } from '../oci/image-config.js';
import { withMounts, type MountRequest } from '../oci/mounts.js';
import { withPodNamespaces } from '../oci/namespaces.js';
import { withTerminal } from '../oci/process.js';
import { generateSpec, withPodGroup, withReadonlyRootfs } from '../oci/spec.js';
import type { Spec } from '../oci/types.js';
import { DEFAULT_RUNTIME } from './host-info.js';
import { containerId } from './ids.js';
import { removeContainerIoDir, startInitTask } from './init-task.js';
import { LABELS, memberLabels, readMemberLabels, type Role } from './labels.js';
import { capabilitiesFromMask, memberSecurityOpts, readStopPolicy, stopLabels, wantsAllCapabilities, type MemberSecurityOptions, type StopOptions } from './member-opts.js';
import { containerLogPath, DEFAULT_LOG_ROOT, loggerUri, removeLogDir } from './logger-path.js';
import type { ProcessStreams, StdioRequest } from './process-io.js';
import { prepareRootfs, readUserFiles, withCreateLease } from './rootfs.js';
import { getPod, podFileMounts, podRunDir, stopTask, type PodRecord } from './sandbox.js';
import { ignoreNotFound, withUndo } from './undo.js';

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

export interface MemberRecord {
  id: string;
  name: string;
  podId: string;
  podName: string;
  role: Exclude<Role, 'sandbox'>;
  image: string;
  /** 0 when it has no live task. */
  pid: number;
  state: string;
  logPath: string;
}

export async function memberTask(client: ContainerdClient, id: string): Promise<{ pid: number; state: string }> {
  try {
    const t = await client.tasks.get(id);
    return { pid: t.status === 'stopped' ? 0 : t.pid, state: t.status };
  } catch (err) {
    if (isNotFound(err)) return { pid: 0, state: 'exited' };
    throw err;
  }
}

type PodAnchor = Pick<PodRecord, 'id' | 'pid' | 'share'>;

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
  /** process.terminal (run -t), with TERM=xterm unless TERM is set. */
  terminal?: boolean;
}

/** A member's spec. Pure: the image config under the overrides, the pod's namespaces and shim group. */
export function memberSpec(input: MemberSpecInput): Spec {
  return generateSpec(
    { id: input.id, namespace: input.namespace },
    withImageConfig(input.imageConfig, input.overrides, input.userFiles),
    withPodNamespaces({ pausePid: input.pod.pid, share: input.pod.share }),
    withPodGroup(input.pod.id),
    ...memberSecurityOpts(input.security ?? {}),
    withMounts(input.mounts),
    withReadonlyRootfs(input.readOnly),
    withTerminal(input.terminal ?? false),
  );
}

const storedSpecSchema = z.looseObject({ ociVersion: z.string() });

/** A member's stored spec pointed at the pod's current pause PID. */
export function rewriteForPod(stored: unknown, pod: PodAnchor): Spec {
  const parsed = storedSpecSchema.safeParse(stored);
  if (!parsed.success) throw failedPrecondition('the container has no OCI spec podctl can read');
  // podctl wrote this spec; only the namespace paths and the group change.
  const spec: Spec = { ...parsed.data };
  withPodNamespaces({ pausePid: pod.pid, share: pod.share })(spec);
  withPodGroup(pod.id)(spec);
  return spec;
}

/**
 * Creates and starts a member's task against the pod's current pause PID: the stored spec's
 * namespace paths are rewritten first, since a /proc/<pid> path is never trusted across a restart.
 */
export async function startMemberTask(client: ContainerdClient, c: ContainerRecord, pod: PodRecord, signal?: AbortSignal): Promise<number> {
  const labels = readMemberLabels(c.labels);
  if (labels === undefined) throw failedPrecondition(`container ${c.id} is not a pod member`);
  const spec = rewriteForPod(c.spec, pod);
  await client.containers.update({ id: c.id, spec }, ['spec'], { signal });
  const rootfs = await client.snapshots.mounts(c.snapshotter, c.snapshotKey, { signal });
  const uri = loggerUri(labels.logPath);
  // A -t member gets its terminal again (runc requires one for the spec); stdin is not reopened.
  await client.tasks.create({ containerId: c.id, rootfs, stdout: uri, stderr: uri, terminal: spec.process?.terminal === true }, { signal });
  try {
    return await client.tasks.start(c.id, '', { signal });
  } catch (err) {
    await ignoreNotFound(client.tasks.delete(c.id));
    throw err;
  }
}

/**
 * Creates a member of a running pod and starts it. Nothing is left behind when a step fails.
 * `streams` are what options.stdio asks to attach; the caller closes them.
 */
export async function runMember(client: ContainerdClient, podOrName: PodRecord | string, options: MemberOptions): Promise<MemberRecord & { streams: ProcessStreams }> {
  const { signal } = options;
  const id = containerId(options.name);
  const pod = typeof podOrName === 'string' ? await getPod(client, podOrName, { signal }) : podOrName;
  if (pod.state !== 'running') {
    throw failedPrecondition(`pod ${pod.name} is not running`, { hint: `start it: podctl pod start ${pod.name}` });
  }
  const logPath = containerLogPath(client.namespace, id, options.logRoot ?? DEFAULT_LOG_ROOT);
  const role = options.role ?? 'app';
  const labels = { ...memberLabels({ podName: pod.name, podId: pod.id, name: options.name, role, logPath }, options.labels), ...stopLabels(options) };
  // The runtime can grant only what it holds; it runs with containerd's capabilities, as podctl does.
  const hostCapabilities = wantsAllCapabilities(options) ? capabilitiesFromMask(/^CapBnd:\s*(\w+)$/m.exec(await readFile('/proc/self/status', 'utf8'))?.[1] ?? '') : undefined;
  const security: MemberSecurityOptions = { ...options, ...(hostCapabilities ? { hostCapabilities } : {}) };
  memberSecurityOpts(security); // checks the settings before anything is created
  return withUndo(async (undo) => {
    const { container, pid, streams } = await withCreateLease(client, async (leased) => {
      let rootfs;
      try {
        rootfs = await prepareRootfs(leased, { key: id, image: options.image, snapshotter: pod.snapshotter, labels: { [LABELS.podId]: pod.id }, ...(signal ? { signal } : {}) });
      } catch (err) {
        if (isAlreadyExists(err)) throw alreadyExists(`container name ${options.name} is already in use`, { cause: err });
        throw err;
      }
      undo.defer('rootfs snapshot', () => client.snapshots.remove(rootfs.snapshotter, id));
      const spec = memberSpec({
        id,
        namespace: client.namespace,
        pod,
        imageConfig: rootfs.image.config,
        overrides: {
          ...(options.args ? { cmd: options.args } : {}),
          ...(options.entrypoint ? { entrypoint: options.entrypoint } : {}),
          ...(options.env ? { env: options.env } : {}),
          ...(options.workdir ? { workdir: options.workdir } : {}),
          ...(options.user ? { user: options.user } : {}),
        },
        userFiles: await readUserFiles(rootfs.mounts),
        mounts: [...podFileMounts(podRunDir(client.namespace, pod.id)), ...(options.mounts ?? [])],
        readOnly: options.readOnly ?? false,
        security,
        terminal: options.stdio?.tty === true,
      });
      let container: ContainerRecord;
      try {
        container = await client.containers.create(
          { id, image: rootfs.image.name, labels, runtime: { name: DEFAULT_RUNTIME }, spec, snapshotter: rootfs.snapshotter, snapshotKey: id },
          { signal },
        );
      } catch (err) {
        if (isAlreadyExists(err)) throw alreadyExists(`container name ${options.name} is already in use`, { cause: err });
        throw err;
      }
      undo.defer('container', () => client.containers.delete(id));
      undo.defer('log directory', () => removeLogDir(logPath));
      const task = await startInitTask(client, undo, { id, rootfs: rootfs.mounts, logPath, ...(options.stdio ? { stdio: options.stdio } : {}), ...(signal ? { signal } : {}) });
      return { container, ...task };
    });
    return { id, name: options.name, podId: pod.id, podName: pod.name, role, image: container.image, pid, state: 'running', logPath, streams };
  });
}

/** Removes a member: its task (refused while running unless force), container, snapshot and logs. */
export async function removeMember(client: ContainerdClient, name: string, options: { force?: boolean; signal?: AbortSignal } = {}): Promise<void> {
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
  await removeMemberContainer(client, c, options.force ?? false);
}

/**
 * Stops a member: its stop signal (--stop-signal, SIGTERM by default), then SIGKILL after
 * timeoutSeconds, else its --stop-timeout, else 10 s. The task is deleted.
 */
export async function stopMember(client: ContainerdClient, c: ContainerRecord, timeoutSeconds?: number): Promise<void> {
  const { signal, timeoutMs } = readStopPolicy(c.labels, timeoutSeconds);
  if (timeoutMs > 0 && (await memberTask(client, c.id)).state === 'running') {
    await ignoreNotFound(client.tasks.kill(c.id, signal));
    // Any end of the wait (exit, timeout, task gone) leads to the same SIGKILL-and-delete.
    await client.tasks.wait(c.id, '', { timeoutMs }).catch(() => undefined);
  }
  await stopTask(client, c.id, 0); // SIGKILL if still running, then delete the task
}

export async function removeMemberContainer(client: ContainerdClient, c: ContainerRecord, force: boolean): Promise<void> {
  const { state } = await memberTask(client, c.id);
  if ((state === 'running' || state === 'paused') && !force) {
    throw failedPrecondition(`container ${c.id} is running`, { hint: 'stop it first, or force with -f' });
  }
  await stopTask(client, c.id, 0);
  await ignoreNotFound(client.containers.delete(c.id));
  if (c.snapshotKey) await ignoreNotFound(client.snapshots.remove(c.snapshotter, c.snapshotKey));
  const logPath = readMemberLabels(c.labels)?.logPath;
  if (logPath) await removeLogDir(logPath);
  await removeContainerIoDir(client.namespace, c.id);
}
