/**
 * `podctl create`: a container (a pod member, or a standalone one) with its snapshot and
 * spec, and no task. What it joins is only checked to exist here; the PIDs are resolved when
 * it starts (task-start.ts), so the stored spec writes a joined namespace as a fresh one until
 * then (run, which starts it at once, resolves them first and writes them). Every setting is
 * checked before anything is made; a failure part-way undoes it all.
 */
import { access } from 'node:fs/promises';
import { hostname as hostHostname } from 'node:os';
import type { ContainerdClient } from '../containerd/client.js';
import type { ContainerRecord } from '../containerd/services/containers.js';
import type { Mount } from '../containerd/services/types.js';
import { alreadyExists, isAlreadyExists } from '../errors.js';
import { type MountRequest } from '../oci/mounts.js';
import type { Spec } from '../oci/types.js';
import { DEFAULT_RUNTIME } from '../host/host-info.js';
import { containerId, randomId } from '../state/ids.js';
import { CREATED_BY, etcFileLabels, LABELS, memberLabels, networkLabels, withUserLabels } from '../state/labels.js';
import { containerLogPath, DEFAULT_LOG_ROOT, loggerUri } from '../task/logger-path.js';
import { memberSpec, type MemberOptions, standaloneSpec } from './member.js';
import { guardJoins } from './join-guard.js';
import {
  formatNamespaceModes,
  joinsAny,
  parseNamespaceModes,
  standaloneGroup,
  type JoinTarget,
  type NamespaceModes,
} from './namespace-modes.js';
import { checkRestartSupport, restartLabels } from '../host/restart-policy.js';
import { clearInterruptedCreates, operationLabels } from './interrupted.js';
import { prepareRootfs, readUserFiles, withCreateLease, type PreparedRootfs } from './rootfs.js';
import { writeEtcFiles, type EtcFileSettings, etcFileMounts } from '../host/etc-files.js';
import { attachmentLabels, joinNetwork, leaveNetwork, planNetwork, ownerOf } from '../network/attachment.js';
import { resolveJoinTargets } from './standalone.js';
import { withUndo, type UndoStack } from '../state/undo.js';
import { containerRunDir, podRunDir, removeRunFiles } from '../host/run-dirs.js';
import { getPod, type PodRecord } from '../records/pods.js';
import { planCreate, type CreateOptions, type CreatePlan } from './create-plan.js';

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
  // What killed operations left is cleared first (interrupted.ts); this create runs under a
  // lease that marks it in progress until its container is recorded.
  await clearInterruptedCreates(client, options.signal);
  return makeContainer(client, options, checked);
}

async function makeContainer(
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
            // Its own /etc files are written again from these when /run was lost (start.ts).
            ...(modes?.net.kind === 'container'
              ? {}
              : etcFileLabels({
                  ...(options.addHosts ? { addHosts: options.addHosts } : {}),
                  ...(options.dns ? { dns: options.dns } : {}),
                })),
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
  // A standalone container's network, known once it is attached (in setUpStandalone).
  const netLabels: Record<string, string> = {};
  /** A standalone container's host side, made before its spec: its network joined, its /etc files written. */
  const setUpStandalone = async (m: NamespaceModes, undo: UndoStack): Promise<MountRequest[]> => {
    const attachment = plan ? await joinNetwork(plan, networkId, ownerOf(client)) : undefined;
    if (attachment) {
      const owner = { ...attachment, id: networkId, network: plan!.network, ports: attachment.portMappings };
      undo.defer('network', () => leaveNetwork(owner, plan!.dirs));
    }
    if (plan) {
      Object.assign(netLabels, {
        [LABELS.network]: plan.network,
        [LABELS.networkId]: networkId,
        ...networkLabels(attachmentLabels(attachment)),
      });
    }
    const network = plan ? plan.network : m.net.kind === 'host' ? 'host' : 'none';
    const files = await standaloneFiles(client.namespace, id, m, {
      hostname,
      network,
      ip: attachment?.ip,
      ...(options.addHosts ? { addHosts: options.addHosts } : {}),
      ...(options.dns ? { dns: options.dns } : {}),
    });
    if (files.own) undo.defer('container files', () => removeRunFiles(containerRunDir(client.namespace, id)));
    return files.mounts;
  };
  const specOf = async (rootfs: PreparedRootfs, undo: UndoStack): Promise<Spec> => {
    const userFiles = await readUserFiles(rootfs.mounts);
    const common = {
      id,
      namespace: client.namespace,
      imageConfig: rootfs.image.config,
      overrides: overridesOf(options),
      userFiles,
      readOnly: options.readOnly ?? false,
      securityOpts,
      terminal: options.stdio?.tty === true,
    };
    if (pod !== undefined) {
      const mounts = [...etcFileMounts(podRunDir(client.namespace, pod.id)), ...(options.mounts ?? [])];
      const anchor = { id: pod.id, share: pod.share, ...(options.startsNow === true ? { pid: pod.pid } : {}) };
      return memberSpec({ ...common, pod: anchor, mounts });
    }
    const m = modes ?? parseNamespaceModes({});
    const etcMounts = await setUpStandalone(m, undo);
    return standaloneSpec({
      ...common,
      modes: m,
      ...(options.startsNow === true ? { targets } : {}),
      group: standaloneGroup(id, m, targets),
      networkId,
      hostnameOpt,
      mounts: [...etcMounts, ...(options.mounts ?? [])],
    });
  };
  let mounts: Mount[] = [];
  // Its network's ID, on the lease before the network is joined: `system prune` leaves the
  // network alone while this create runs, before the container (labelled with it) exists.
  const record = await withUndo((undo) =>
    withCreateLease(
      client,
      async (leased) => {
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
      },
      operationLabels({ container: id, ...(networkId === '' ? {} : { networkId }) }),
    ),
  );
  return { record, mounts, name: options.name, logPath, pod };
}
