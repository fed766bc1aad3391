// Shared by the pod integration tests: a namespace with busybox and pause ready, cleanup that
// never fails a test, and views of the host's /proc.
import { randomBytes } from 'node:crypto';
import { readdir, readFile, readlink, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { execa } from 'execa';
import type { ContainerdClient } from '../../../src/containerd/client.js';
import { DEFAULT_INFRA_IMAGE } from '../../../src/image/defaults.js';
import { ensureImage } from '../../../src/image/ensure.js';
import { DEFAULT_SNAPSHOTTER } from '../../../src/image/unpack.js';
import { removePod } from '../../../src/pod/pod.js';
import { removeContainer as removeStandalone } from '../../../src/container/standalone.js';
import { repoRoot } from '../../helpers/cli.js';
import { namespacedClient, quietly, removeContainer, removeNamespace } from '../../helpers/containerd.js';
import { testImageArchive } from '../../helpers/oci-dir.js';
import { listPods } from '../../../src/records/pods.js';
import { readStandaloneLabels } from '../../../src/records/containers.js';

export interface PodFixture {
  client: ContainerdClient;
  busybox: string;
}

/** A client in the file's own namespace, with busybox loaded, pause ready and the logger built. */
export async function podFixture(suffix: string): Promise<PodFixture> {
  const client = namespacedClient(suffix);
  await execa('bash', [join(repoRoot, 'scripts/build-logger.sh')]);
  // Through ctr, which unpacks for overlayfs: the tests do not depend on podctl's import path.
  for (const image of ['busybox', 'pause'] as const) {
    await execa('ctr', ['-n', client.namespace, 'images', 'import', await testImageArchive(image)], {
      timeout: 120_000,
    });
  }
  const busybox = (await execa('bash', [join(repoRoot, 'scripts/build-test-images.sh'), '--print-ref'])).stdout.trim();
  await ensureImage(client, DEFAULT_INFRA_IMAGE);
  return { client, busybox };
}

/** Everything of the namespace, then the namespace itself and its host directories. */
export async function cleanNamespace(client: ContainerdClient): Promise<void> {
  // Pods through podctl first: their networks (CNI DEL, pinned netns) go with them.
  for (const p of await listPods(client).catch(() => []))
    await quietly(() => removePod(client, p.name, { force: true }));
  for (const c of await client.containers.list().catch(() => [])) {
    if (readStandaloneLabels(c.labels) !== undefined)
      await quietly(() => removeStandalone(client, c.id, { force: true }));
  }
  for (const c of await client.containers.list().catch(() => [])) await removeContainer(client, c.id);
  const snapshots = [];
  for await (const s of client.snapshots.list(DEFAULT_SNAPSHOTTER)) snapshots.push(s);
  for (const s of snapshots.filter((x) => x.kind !== 'committed'))
    await quietly(() => client.snapshots.remove(DEFAULT_SNAPSHOTTER, s.name));
  for (const i of await client.images.list().catch(() => [])) await quietly(() => client.images.delete(i.name, true));
  for (const l of await client.leases.list().catch(() => []))
    await quietly(() => client.leases.delete(l.id, { sync: true }));
  await quietly(() => rm(join('/var/lib/podctl/logs', client.namespace), { recursive: true, force: true }));
  await quietly(() => rm(join('/run/podctl/pods', client.namespace), { recursive: true, force: true }));
  await quietly(() => rm(join('/run/podctl/containers', client.namespace), { recursive: true, force: true }));
  await removeNamespace(client);
}

export const removePodQuietly = (client: ContainerdClient, name: string) =>
  quietly(() => removePod(client, name, { force: true }));

export const unique = (prefix: string) => `${prefix}-${randomBytes(3).toString('hex')}`;

/** The namespace a process is in, as `net:[4026531992]`. */
export const nsOf = (pid: number, type: 'net' | 'ipc' | 'uts' | 'pid' | 'mnt') => readlink(`/proc/${pid}/ns/${type}`);

export interface ProcInfo {
  pid: number;
  ppid: number;
  state: string;
  name: string;
  /** The PID as seen inside its innermost PID namespace. */
  innerPid: number;
}

export async function procInfo(pid: number): Promise<ProcInfo | undefined> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const field = (k: string) => new RegExp(`^${k}:\\s+(.*)$`, 'm').exec(status)?.[1] ?? '';
    return {
      pid,
      ppid: Number(field('PPid')),
      state: field('State').charAt(0),
      name: field('Name'),
      innerPid: Number(field('NSpid').split(/\s+/).at(-1)),
    };
  } catch {
    return undefined;
  }
}

/** Every process of the host whose PID namespace is `pidNs`. */
export async function processesIn(pidNs: string): Promise<ProcInfo[]> {
  const found: ProcInfo[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const ns = await nsOf(Number(entry), 'pid').catch(() => undefined);
    if (ns !== pidNs) continue;
    const info = await procInfo(Number(entry));
    if (info) found.push(info);
  }
  return found;
}

/** Host processes whose executable is the runc v2 shim, with their command lines. */
export async function shims(): Promise<{ pid: number; args: string[] }[]> {
  const found: { pid: number; args: string[] }[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const args = (await readFile(`/proc/${entry}/cmdline`, 'utf8')).split('\0').filter(Boolean);
      if (args[0]?.endsWith('containerd-shim-runc-v2')) found.push({ pid: Number(entry), args });
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

export async function rssKiB(pid: number): Promise<number> {
  return Number(/^VmRSS:\s+(\d+) kB/m.exec(await readFile(`/proc/${pid}/status`, 'utf8'))?.[1]);
}

/** Runs args in a running container (its spec's process, other args); returns exit code and stdout+stderr. */
export async function execIn(
  client: ContainerdClient,
  id: string,
  args: string[],
  timeoutMs = 20_000,
): Promise<{ code: number; output: string }> {
  const container = await client.containers.get(id);
  const process = (container.spec as { process: object }).process;
  const execId = unique('exec');
  const out = join(tmpdir(), `podctl-${execId}.out`);
  try {
    await client.tasks.exec({
      containerId: id,
      execId,
      spec: { ...process, args, terminal: false },
      stdout: `file://${out}`,
    });
    await client.tasks.start(id, execId);
    const exit = await client.tasks.wait(id, execId, { timeoutMs });
    await quietly(() => client.tasks.deleteProcess(id, execId));
    await sleep(20);
    return { code: exit.exitStatus, output: await readFile(out, 'utf8').catch(() => '') };
  } finally {
    await rm(out, { force: true });
  }
}

/** Every file and directory under the roots, as paths. */
export async function listing(roots: readonly string[]): Promise<string[]> {
  const paths: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const e of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
      const full = join(dir, e.name);
      paths.push(full);
      if (e.isDirectory()) await walk(full);
    }
  };
  for (const root of roots) await walk(root);
  return paths.sort();
}

/**
 * What a namespace holds, for before/after comparisons: what ctr lists (containers, tasks,
 * snapshots but committed image layers, leases), the mounts under the namespace's paths, and
 * podctl's host files of it (/run/podctl/{pods,containers,exec,io}/<ns>, /var/lib/podctl/logs/<ns>).
 */
export async function namespaceInventory(ns: string): Promise<string[]> {
  const ctr = async (...args: string[]) =>
    (await execa('ctr', ['-n', ns, ...args])).stdout
      .split('\n')
      .slice(1)
      .filter((l) => l.trim() !== '');
  const mounts = (await readFile('/proc/self/mountinfo', 'utf8')).split('\n').filter((l) => l.includes(`/${ns}/`));
  return [
    ...(await ctr('containers', 'ls')).map((l) => `container ${l}`),
    ...(await ctr('tasks', 'ls')).map((l) => `task ${l}`),
    ...(await ctr('snapshots', 'ls')).filter((l) => !/\bCommitted\s*$/.test(l)).map((l) => `snapshot ${l}`),
    ...(await ctr('leases', 'ls')).map((l) => `lease ${l}`),
    ...mounts.map((l) => `mount ${l}`),
    ...(await listing(
      ['pods', 'containers', 'exec', 'io'].map((d) => `/run/podctl/${d}/${ns}`).concat(`/var/lib/podctl/logs/${ns}`),
    )),
  ].sort();
}
