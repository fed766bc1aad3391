// Shared by the prune tests: an inventory of what podctl (and others) keep on the host and in
// containerd, filtered to what one test made (other test runs share the host), and remains made
// the way a crash makes them.
import { spawnSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { execa } from 'execa';
import type { ContainerdClient } from '../../../src/containerd/client.js';
import { resolveImage } from '../../../src/container/rootfs.js';
import { DEFAULT_SNAPSHOTTER } from '../../../src/image/unpack.js';
import { CREATED_BY, LABELS } from '../../../src/state/labels.js';
import { podctl, type CliResult } from '../../helpers/cli.js';
import { quietly, removeContainer } from '../../helpers/containerd.js';
import { listing } from '../pod/_helpers.js';

const lines = async (cmd: string, args: string[]) =>
  (await execa(cmd, args, { reject: false })).stdout.split('\n').filter((l) => l.trim() !== '');

/**
 * Everything of the host and of the namespaces that a prune could touch, a line each: pinned
 * namespaces and their mounts, nat and filter rules, host-local's files, every file under
 * /run/podctl and /var/lib/podctl/logs, links on bridges, and each namespace's leases, active
 * snapshots, containers and images.
 */
export async function inventory(clients: readonly ContainerdClient[], extraMounts = /$^/): Promise<string[]> {
  const mounts = (await readFile('/proc/self/mountinfo', 'utf8'))
    .split('\n')
    .map((l) => l.split(' ')[4] ?? '')
    .filter((m) => m.startsWith('/run/podctl/') || extraMounts.test(m));
  const links = JSON.parse((await execa('ip', ['-j', 'link', 'show'])).stdout) as { ifname: string; master?: string }[];
  const out = [
    ...(await readdir('/run/podctl/netns').catch(() => [] as string[])).map((p) => `pin ${p}`),
    ...mounts.map((m) => `mount ${m}`),
    ...(await lines('iptables', ['-w', '-t', 'nat', '-S'])).map((r) => `nat ${r}`),
    ...(await lines('iptables', ['-w', '-t', 'filter', '-S'])).map((r) => `filter ${r}`),
    ...(await listing(['/var/lib/cni/networks', '/run/podctl', '/var/lib/podctl/logs'])).map((f) => `file ${f}`),
    ...links.filter((l) => l.master !== undefined).map((l) => `link ${l.ifname} master ${l.master}`),
  ];
  for (const c of clients) {
    const ns = c.namespace;
    for (const l of await c.leases.list()) {
      const labels = Object.entries(l.labels).sort(([a], [b]) => a.localeCompare(b));
      out.push(`lease ${ns} ${l.id} ${JSON.stringify(Object.fromEntries(labels))}`);
    }
    for await (const s of c.snapshots.list(DEFAULT_SNAPSHOTTER))
      if (s.kind !== 'committed') out.push(`snapshot ${ns} ${s.name} ${s.kind}`);
    for (const x of await c.containers.list()) out.push(`container ${ns} ${x.id}`);
    for (const i of await c.images.list()) out.push(`image ${ns} ${i.name}`);
  }
  return out.sort();
}

/** The lines that name any of the tokens: an IP as a whole address, anything else as a substring. */
export function mine(all: readonly string[], tokens: readonly string[]): string[] {
  const tests = tokens.map((t) =>
    /^\d+\.\d+\.\d+\.\d+$/.test(t)
      ? (l: string) => new RegExp(`\\b${t.replace(/\./g, '\\.')}\\b`).test(l)
      : (l: string) => l.includes(t),
  );
  return all.filter((l) => tests.some((test) => test(l)));
}

/** The per-container chains the plugins made for the IDs: what their rules jump to. */
export function chainsOf(all: readonly string[], ids: readonly string[]): string[] {
  return [
    ...new Set(
      all
        .filter((l) => l.startsWith('nat ') && ids.some((id) => l.includes(id)))
        .map((l) => / -j (CNI-[\w-]+)/.exec(l)?.[1])
        .filter((c): c is string => c !== undefined && /^CNI-(DN-)?[0-9a-f]+$/.test(c)),
    ),
  ];
}

/** A creator label of a process that has exited: what a killed podctl leaves on its lease. */
export function deadCreator(): string {
  const boot = spawnSync('cat', ['/proc/sys/kernel/random/boot_id'], { encoding: 'utf8' }).stdout.trim();
  return `${boot}/${spawnSync('true').pid}/1`;
}

/** Runs containerd's collector now: a lease deleted with sync does. */
export async function collectGarbage(client: ContainerdClient): Promise<void> {
  const lease = await client.leases.create({ labels: { 'example.com/purpose': 'gc' } });
  await client.leases.delete(lease.id, { sync: true });
}

/**
 * A sandbox gone as if containerd had lost it, or a removal had been killed half-way: its task and
 * container deleted behind podctl's back; its network, pod files and whatever else stay. The
 * collector then takes its snapshot, which nothing holds any more.
 */
export async function loseSandbox(client: ContainerdClient, sandboxId: string): Promise<void> {
  await removeContainer(client, sandboxId);
  await collectGarbage(client);
}

/** A lease of podctl's whose process has died, holding an active snapshot of podctl's on top of the image: a killed create. */
export async function killedCreate(
  client: ContainerdClient,
  image: string,
  key: string,
  labels: Record<string, string> = {},
): Promise<{ lease: string; key: string }> {
  const { chainId } = await resolveImage(client, image);
  const lease = await client.leases.create({
    labels: { [LABELS.createdBy]: CREATED_BY, [LABELS.creator]: deadCreator(), ...labels },
  });
  await client
    .withLease(lease.id)
    .snapshots.prepare(DEFAULT_SNAPSHOTTER, key, chainId, { [LABELS.createdBy]: CREATED_BY, ...labels });
  return { lease: lease.id, key };
}

/** Removes what killedCreate made, if a prune did not. */
export async function removeKilledCreate(client: ContainerdClient, made: { lease: string; key: string }) {
  await quietly(() => client.snapshots.remove(DEFAULT_SNAPSHOTTER, made.key));
  await quietly(() => client.leases.delete(made.lease, { sync: true }));
}

export async function prune(ns: string, ...args: string[]): Promise<CliResult & { items: string[]; total: string }> {
  const r = await podctl(['-n', ns, 'system', 'prune', ...args]);
  const all = r.stdout.split('\n').filter((l) => l !== '');
  return {
    ...r,
    items: all.filter((l) => !l.startsWith('Total reclaimed space: ')),
    total: all.find((l) => l.startsWith('Total reclaimed space: '))?.slice('Total reclaimed space: '.length) ?? '',
  };
}

export interface DfJsonRow {
  type: string;
  total: number;
  active: number;
  size: number;
  reclaimable: number;
}

export async function df(ns: string): Promise<Record<string, DfJsonRow>> {
  const r = await podctl(['-n', ns, 'system', 'df', '--format', 'json']);
  if (r.exitCode !== 0) throw new Error(`system df: ${r.stderr}`);
  return Object.fromEntries((JSON.parse(r.stdout) as DfJsonRow[]).map((row) => [row.type, row]));
}

export const logDir = (ns: string, id: string) => join('/var/lib/podctl/logs', ns, id);
