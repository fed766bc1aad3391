// Options for the container's mounts: bind mounts and tmpfs, on top of the default mounts.
import { invalidArgument } from '../errors.js';
import { checkAbsolute, checkInt } from './check.js';
import type { SpecOpt } from './spec.js';
import type { Mount } from './types.js';

/** A host path mounted into the container, with everything beneath it (rbind). */
export interface BindMountRequest {
  type?: 'bind';
  source: string;
  destination: string;
  readonly?: boolean;
}

/** A fresh tmpfs. Without options it is nosuid, nodev and noexec, as docker's --tmpfs. */
export interface TmpfsMountRequest {
  type: 'tmpfs';
  destination: string;
  /** Bytes. */
  size?: number;
  /** Permission bits of the root directory, e.g. 0o1777. */
  mode?: number;
  /** More mount options; exec, suid and dev lift the matching defaults. */
  options?: readonly string[];
}

export type MountRequest = BindMountRequest | TmpfsMountRequest;

const TMPFS_DEFAULTS = ['nosuid', 'nodev', 'noexec'];
const OPPOSITES: Readonly<Record<string, string>> = { exec: 'noexec', suid: 'nosuid', dev: 'nodev' };

function tmpfsOptions(request: TmpfsMountRequest): string[] {
  const extra = request.options ?? [];
  for (const o of extra)
    if (o.length === 0 || o.includes(',')) throw invalidArgument(`invalid tmpfs option ${JSON.stringify(o)}`);
  const lifted = new Set(extra.map((o) => OPPOSITES[o]).filter((o) => o !== undefined));
  const options = [...TMPFS_DEFAULTS.filter((o) => !lifted.has(o)), ...extra];
  if (request.size !== undefined)
    options.push(`size=${checkInt('the tmpfs size', request.size, 1, Number.MAX_SAFE_INTEGER)}`);
  if (request.mode !== undefined)
    options.push(`mode=${checkInt('the tmpfs mode', request.mode, 0, 0o7777).toString(8)}`);
  return [...new Set(options)];
}

/** The OCI mount for a request; paths must be absolute. */
export function toOciMount(request: MountRequest): Mount {
  const destination = checkAbsolute('a mount destination', request.destination);
  if (destination === '/') throw invalidArgument('a mount destination must not be /');
  if (request.type === 'tmpfs') return { destination, type: 'tmpfs', source: 'tmpfs', options: tmpfsOptions(request) };
  const source = checkAbsolute('a bind mount source', request.source);
  return { destination, type: 'bind', source, options: ['rbind', 'rprivate', request.readonly ? 'ro' : 'rw'] };
}

const depth = (path: string) => (path === '/' ? 0 : path.split('/').length - 1);

/**
 * Adds mounts. A mount replaces any mount already at its destination (the default /dev/shm,
 * say), and the new ones go parents first, so /data is mounted before /data/cache.
 */
export function withMounts(requests: readonly MountRequest[]): SpecOpt {
  const mounts = requests.map(toOciMount);
  const destinations = mounts.map((m) => m.destination);
  const twice = destinations.find((d, i) => destinations.indexOf(d) !== i);
  if (twice !== undefined) throw invalidArgument(`two mounts at ${twice}`);
  const ordered = mounts
    .map((m, i) => ({ m, i }))
    .sort((a, b) => depth(a.m.destination) - depth(b.m.destination) || a.i - b.i)
    .map(({ m }) => m);
  return (spec) => {
    const kept = (spec.mounts ?? []).filter((m) => !destinations.includes(m.destination));
    spec.mounts = [...kept, ...ordered.map((m) => ({ ...m, options: [...(m.options ?? [])] }))];
  };
}
