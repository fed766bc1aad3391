/**
 * Which containers `podctl stats` and `pod stats` show. Names are resolved once, before the
 * first sample, so that an unknown one fails at once; without names, the running containers
 * (or pods) are listed again every round.
 */
import type { ContainerdClient } from '../containerd/client.js';
import { readMemberLabels } from '../state/labels.js';
import type { StatsTarget } from './stats-sampler.js';
import { listContainers, listStandalone, identifyContainer, getRecord } from '../records/containers.js';
import { listMemberContainers, listPods, getPod, type PodRecord } from '../records/pods.js';

/** A pod member or standalone container by name, as a stats target; not-found for anything else. */
async function containerTarget(client: ContainerdClient, name: string, signal?: AbortSignal): Promise<StatsTarget> {
  const c = await getRecord(client, name, signal);
  const who = identifyContainer(c, name);
  return { id: c.id, name: who.name, pod: who.podName ?? '', role: readMemberLabels(c.labels)?.role ?? 'app' };
}

/**
 * The containers named (every one checked now), or else every running container of the
 * namespace (every container with `all`), listed again on each call.
 */
export async function containerStatsTargets(
  client: ContainerdClient,
  names: readonly string[],
  options: { all?: boolean; signal?: AbortSignal } = {},
): Promise<() => Promise<StatsTarget[]>> {
  const { signal } = options;
  if (names.length > 0) {
    const targets: StatsTarget[] = [];
    for (const name of names) targets.push(await containerTarget(client, name, signal));
    return async () => targets;
  }
  return async () => {
    const [members, standalone] = await Promise.all([
      listContainers(client, { signal }),
      listStandalone(client, signal),
    ]);
    return [...members, ...standalone]
      .filter((c) => options.all === true || c.state === 'running')
      .sort((a, b) => (a.createdAt?.getTime() ?? 0) - (b.createdAt?.getTime() ?? 0))
      .map((c) => ({ id: c.id, name: c.name, pod: c.podName, role: c.role }));
  };
}

/** A pod's sandbox, then its members in creation order. */
async function podContainers(client: ContainerdClient, pod: PodRecord, signal?: AbortSignal): Promise<StatsTarget[]> {
  const members = await listMemberContainers(client, pod.id, signal);
  return [
    { id: pod.sandboxId, name: pod.name, pod: pod.name, role: 'sandbox' },
    ...members.flatMap((c) => {
      const l = readMemberLabels(c.labels);
      return l === undefined ? [] : [{ id: c.id, name: l.name, pod: pod.name, role: l.role }];
    }),
  ];
}

/**
 * The containers of the pods named (every one checked now), or else of every running pod; each
 * call lists the pods' members again.
 */
export async function podStatsTargets(
  client: ContainerdClient,
  names: readonly string[],
  options: { signal?: AbortSignal } = {},
): Promise<() => Promise<StatsTarget[]>> {
  const { signal } = options;
  const named: PodRecord[] = [];
  for (const name of names) named.push(await getPod(client, name, { signal }));
  return async () => {
    const pods = names.length > 0 ? named : (await listPods(client, { signal })).filter((p) => p.state === 'running');
    return (await Promise.all(pods.map((p) => podContainers(client, p, signal)))).flat();
  };
}
