/**
 * What `podctl ps` lists: pod members and standalone containers, oldest first, the running ones
 * unless asked for all, through the --filter entries (ps-filter.ts). The filters are checked
 * before containerd is asked anything.
 */
import type { ContainerdClient } from '../containerd/client.js';
import { invalidArgument, isNotFound } from '../errors.js';
import { findImage, imageName } from '../image/store.js';
import {
  filtersImplyAll,
  matchesPsFilters,
  parsePsFilters,
  type PsFilters,
  type ResolvedFilters,
} from './ps-filter.js';
import { listContainers, type ContainerSummary, listStandalone } from '../records/containers.js';

export interface PsOptions {
  /** Only this pod's members (not-found when there is no such pod). */
  pod?: string;
  /** Stopped containers too. */
  all?: boolean;
  /** docker's KEY=VALUE filters. */
  filters?: readonly string[];
  signal?: AbortSignal;
}

/** Every image name that an `ancestor=` value stands for: its own, and every name of the image it finds. */
async function ancestorNames(client: ContainerdClient, value: string, signal?: AbortSignal): Promise<Set<string>> {
  const names = new Set<string>();
  try {
    names.add(imageName(value));
  } catch {
    if (!/^(?:sha256:)?[0-9a-f]{4,64}$/.test(value)) {
      throw invalidArgument(
        `invalid value for the \`filter\` option: ${JSON.stringify(`ancestor=${value}`)} is no image name or ID`,
        { hint: 'use ancestor=NAME[:TAG], ancestor=NAME@DIGEST or ancestor=ID' },
      );
    }
  }
  try {
    const found = await findImage(client, value, { signal });
    for (const image of await client.images.list([], { signal }))
      if (image.target.digest === found.target.digest) names.add(image.name);
  } catch (err) {
    // An image that is gone still names the containers made from it.
    if (!isNotFound(err)) throw err;
  }
  return names;
}

/** The creation time of the container a before=/since= value names, among those listed. */
function createdTime(containers: readonly ContainerSummary[], key: 'before' | 'since', ref: string): number {
  const c = containers.find((x) => x.name === ref || x.id === ref) ?? containers.find((x) => x.id.startsWith(ref));
  if (c === undefined)
    throw invalidArgument(
      `invalid value for the \`filter\` option: ${JSON.stringify(`${key}=${ref}`)} names no container`,
      { hint: 'list containers with: podctl ps -a' },
    );
  return c.createdAt?.getTime() ?? 0;
}

async function resolveFilters(
  client: ContainerdClient,
  f: PsFilters,
  containers: readonly ContainerSummary[],
  signal?: AbortSignal,
): Promise<ResolvedFilters> {
  return {
    ...f,
    ancestorNames: await Promise.all(f.ancestor.map((a) => ancestorNames(client, a, signal))),
    beforeTimes: f.before.map((ref) => createdTime(containers, 'before', ref)),
    sinceTimes: f.since.map((ref) => createdTime(containers, 'since', ref)),
  };
}

/** The containers `ps` shows, oldest first. */
export async function listPs(client: ContainerdClient, options: PsOptions = {}): Promise<ContainerSummary[]> {
  const { signal } = options;
  const filters = parsePsFilters(options.filters ?? []);
  const members = await listContainers(client, {
    ...(options.pod === undefined ? {} : { pod: options.pod }),
    ...(signal ? { signal } : {}),
  });
  const listed = options.pod === undefined ? [...members, ...(await listStandalone(client, signal))] : members;
  listed.sort((a, b) => (a.createdAt?.getTime() ?? 0) - (b.createdAt?.getTime() ?? 0));
  const resolved = await resolveFilters(client, filters, listed, signal);
  const all = options.all === true || filtersImplyAll(filters);
  return listed.filter((c) => (all || c.state === 'running') && matchesPsFilters(c, resolved));
}
