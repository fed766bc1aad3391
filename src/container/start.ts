/**
 * `podctl start` and `podctl run` (create, then start; DESIGN.md, "Lifecycle"). Starting
 * resolves what the container joins from the current state: its pod must be running and its
 * pause PID is taken now; a container joined through --net=container:X etc. must be running
 * and its PID is taken now. Starting a running container changes nothing, as in docker.
 */
import { hostname as hostHostname } from 'node:os';
import type { ContainerdClient } from '../containerd/client.js';
import type { ContainerRecord } from '../containerd/services/containers.js';
import { failedPrecondition, invalidArgument } from '../errors.js';
import type { CniDirs } from '../network/cni-dirs.js';
import { isPinned, netnsPath } from '../network/netns.js';
import { createPlanned, type CreatedContainer } from './create.js';
import { operationLabels } from './interrupted.js';
import { withCreateLease } from './rootfs.js';
import { containerId } from '../state/ids.js';
import {
  isCniNetwork,
  LABELS,
  networkLabels,
  readEtcFileLabels,
  readMemberLabels,
  readNetworkLabels,
} from '../state/labels.js';
import { hasEtcFiles, writeEtcFiles } from '../host/etc-files.js';
import {
  attachmentLabels,
  joinNetwork,
  leaveNetwork,
  networkStateOf,
  ownerOf,
  planNetwork,
} from '../network/attachment.js';
import { removeMember, destroyContainer, type MemberOptions } from './member.js';
import { parseNamespaceModes, parseNamespaceModesLabel } from './namespace-modes.js';
import { resolveJoinTargets } from './standalone.js';
import { startTask, type StartAnchor, type StartTaskOptions } from './task-start.js';
import type { ProcessStreams } from '../task/process-io.js';
import { withUndo } from '../state/undo.js';
import { memberTask, getRecord, identifyContainer } from '../records/containers.js';
import { containerRunDir } from '../host/run-dirs.js';
import { getPod, type PodRecord } from '../records/pods.js';
import { storedSpecView } from '../records/stored-spec.js';
import { planCreate, type CreateOptions } from './create-plan.js';

export interface StartedContainer {
  id: string;
  name: string;
  /** The task's PID. */
  pid: number;
  logPath: string;
  /** Its pod's name; undefined for a standalone container. */
  podName: string | undefined;
  /** It was running already: nothing was done. */
  alreadyRunning: boolean;
  /** What an attached caller (StartTaskOptions.attach) reads and writes: a terminal's output, an open stdin. */
  streams: ProcessStreams;
}

/** The pod, which must be running: a member's namespaces are its pause task's. */
function mustRun(pod: PodRecord): PodRecord {
  if (pod.state !== 'running')
    throw failedPrecondition(`pod ${pod.name} is not running`, { hint: `start it: podctl pod start ${pod.name}` });
  return pod;
}

async function runningPod(client: ContainerdClient, name: string, signal?: AbortSignal): Promise<PodRecord> {
  return mustRun(await getPod(client, name, { signal }));
}

/** What c's namespaces join, as of now. */
async function anchorOf(client: ContainerdClient, c: ContainerRecord, signal?: AbortSignal): Promise<StartAnchor> {
  const member = readMemberLabels(c.labels);
  if (member !== undefined) return { pod: await runningPod(client, member.podName, signal) };
  const modes = parseNamespaceModesLabel(c.labels[LABELS.namespaces]);
  return { modes, targets: await resolveJoinTargets(client, modes, signal), ...networkIdOf(c) };
}

const networkIdOf = (c: Pick<ContainerRecord, 'labels'>): { networkId?: string } => {
  const id = c.labels[LABELS.networkId];
  return id === undefined ? {} : { networkId: id };
};

/**
 * What a standalone container needs before its task, made again if /run was lost (a reboot):
 * its pinned network namespace (DEL of what is left, then ADD with the same published ports,
 * and the labels updated, as `pod start` does for a pod) and its own /etc files.
 */
async function readyStandalone(
  client: ContainerdClient,
  c: ContainerRecord,
  cniDirs?: CniDirs,
  signal?: AbortSignal,
): Promise<ContainerRecord> {
  const modes = parseNamespaceModesLabel(c.labels[LABELS.namespaces]);
  const networkId = c.labels[LABELS.networkId];
  const network = c.labels[LABELS.network] ?? (modes.net.kind === 'host' ? 'host' : 'none');
  let record = c;
  let a = readNetworkLabels(c.labels);
  if (networkId !== undefined && isCniNetwork(network) && !(await isPinned(netnsPath(networkId)))) {
    const state = networkStateOf(networkId, network, a);
    await leaveNetwork(state, cniDirs);
    const attachment = await joinNetwork(await planNetwork(network, state.ports, cniDirs), networkId, ownerOf(client));
    a = attachmentLabels(attachment);
    record = await client.containers.update({ id: c.id, labels: { ...c.labels, ...networkLabels(a) } }, ['labels'], {
      signal,
    });
  }
  const dir = containerRunDir(client.namespace, c.id);
  if (modes.net.kind !== 'container' && !(await hasEtcFiles(dir))) {
    const hostname = storedSpecView(c.spec).hostname ?? hostHostname();
    await writeEtcFiles(dir, { hostname, network, ip: a?.ip, ...readEtcFileLabels(c.labels) });
  }
  return record;
}

/** Starts a created or exited container with a fresh task; a running one is left as it is. */
export async function startContainer(
  client: ContainerdClient,
  name: string,
  options: StartTaskOptions = {},
): Promise<StartedContainer> {
  const { signal } = options;
  const c = await getRecord(client, name, signal);
  const who = identifyContainer(c, name);
  const task = await memberTask(client, c.id);
  if (task.state === 'running' || task.state === 'paused')
    return { id: c.id, ...who, pid: task.pid, alreadyRunning: true, streams: {} };
  const ready = who.podName === undefined ? await readyStandalone(client, c, options.cniDirs, signal) : c;
  const { pid, streams } = await startTask(client, ready, await anchorOf(client, ready, signal), options);
  return { id: c.id, ...who, pid, alreadyRunning: false, streams };
}

/**
 * `run`: creates the container and starts it. A start that fails removes what create made,
 * so that nothing is left behind.
 */
export async function runContainer(
  client: ContainerdClient,
  options: CreateOptions,
  startOptions: Omit<StartTaskOptions, 'signal'> = {},
): Promise<StartedContainer> {
  const { signal } = options;
  const plan = await planCreate(options);
  // What it joins must run: looked up once, before anything is made, for create and start both.
  let anchor: StartAnchor;
  let more: Partial<CreateOptions>;
  if (options.pod !== undefined) {
    const pod = typeof options.pod === 'string' ? await runningPod(client, options.pod, signal) : mustRun(options.pod);
    anchor = { pod };
    more = { pod };
  } else {
    const modes = options.namespaces ?? parseNamespaceModes({});
    const targets = await resolveJoinTargets(client, modes, signal);
    anchor = { modes, targets };
    more = { joinTargets: targets };
  }
  // The lease marks the whole run in progress, create and start, so that what a kill leaves is cleared.
  return withCreateLease(
    client,
    async () => {
      const created = await createPlanned(client, { ...options, ...more, startsNow: true }, plan);
      return startCreated(client, created, anchor, options, startOptions);
    },
    operationLabels({ container: containerId(options.name) }),
  );
}

async function startCreated(
  client: ContainerdClient,
  created: CreatedContainer,
  anchor: StartAnchor,
  options: CreateOptions,
  startOptions: Omit<StartTaskOptions, 'signal'>,
): Promise<StartedContainer> {
  const { signal } = options;
  return withUndo(async (undo) => {
    undo.defer('container', () => destroyContainer(client, created.record, true, options.cniDirs));
    const c = created.record;
    const { pid, streams } = await startTask(
      client,
      c,
      'modes' in anchor ? { ...anchor, ...networkIdOf(c) } : anchor,
      {
        ...startOptions,
        ...(options.cniDirs ? { cniDirs: options.cniDirs } : {}),
        ...(signal ? { signal } : {}),
      },
      { mounts: created.mounts },
    );
    return {
      id: c.id,
      name: created.name,
      pid,
      logPath: created.logPath,
      podName: created.pod?.name,
      alreadyRunning: false,
      streams,
    };
  });
}

/** Creates a member of a running pod and starts it (the library's shorthand for runContainer with a pod). */
export async function runMember(
  client: ContainerdClient,
  pod: PodRecord | string,
  options: MemberOptions,
): Promise<StartedContainer> {
  const { attach, size } = options.stdio ?? {};
  return runContainer(
    client,
    { ...options, pod },
    { ...(attach === undefined ? {} : { attach }), ...(size ? { size } : {}) },
  );
}

/**
 * Creates and starts several members of a running pod at once: their snapshots, containers and
 * tasks are made side by side (the pod's one shim still creates the tasks one after another).
 * All or nothing: when one fails, the members that were made are removed, tasks and all, and
 * the first error is thrown. Names must differ; a duplicate is refused before anything is made.
 */
export async function runMembers(
  client: ContainerdClient,
  pod: PodRecord | string,
  members: readonly MemberOptions[],
): Promise<StartedContainer[]> {
  const names = members.map((m) => m.name);
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice !== undefined)
    throw invalidArgument(`the member name ${twice} is given twice`, { hint: 'give each member a name of its own' });
  const target = typeof pod === 'string' ? await runningPod(client, pod) : pod;
  const settled = await Promise.allSettled(members.map((m) => runMember(client, target, m)));
  const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  const started = settled.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  if (failed === undefined) return started;
  await Promise.all(started.map((m) => removeMember(client, m.name, { force: true }).catch(() => undefined)));
  throw failed.reason;
}
