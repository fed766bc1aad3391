// The crash tests' images and namespace on their private containerd: pause, busybox and nginx
// loaded from images/*.oci.tar through `podctl load` (built first when missing), and podctl's
// logger built; and the namespace removed afterwards, with podctl's host files of it.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { execa } from 'execa';
import type { ContainerdClient } from '../../../src/containerd/client.js';
import { CONTAINER_RUN_ROOT, POD_RUN_ROOT } from '../../../src/host/run-dirs.js';
import { repoRoot, type CliResult } from '../../helpers/cli.js';
import { quietly } from '../../helpers/containerd.js';
import { testImageArchive } from '../../helpers/oci-dir.js';

export const BUSYBOX = 'localhost/podctl/busybox:latest';
export const NGINX = 'localhost/podctl/nginx:latest';

/** Loads the three images through `cli` (podctl on the private containerd, in the test's namespace). */
export async function loadTestImages(cli: (args: string[]) => Promise<CliResult>): Promise<void> {
  await execa('bash', [join(repoRoot, 'scripts/build-logger.sh')]);
  for (const image of ['pause', 'busybox', 'nginx'] as const) {
    const r = await cli(['load', '-q', '-i', await testImageArchive(image)]);
    if (r.exitCode !== 0) throw new Error(`podctl load ${image}: ${r.stderr}`);
  }
}

/** The namespace's containers, images and leases, the namespace, and podctl's host files of it; closes the client. */
export async function removeNamespaceOf(client: ContainerdClient, ns: string): Promise<void> {
  for (const c of await client.containers.list().catch(() => [])) {
    await quietly(() => client.tasks.kill(c.id, 9, { all: true }));
    await quietly(() => client.tasks.delete(c.id));
    await quietly(() => client.containers.delete(c.id));
  }
  for (const i of await client.images.list().catch(() => [])) await quietly(() => client.images.delete(i.name, true));
  for (const l of await client.leases.list().catch(() => []))
    await quietly(() => client.leases.delete(l.id, { sync: true }));
  await quietly(() => client.namespaces.delete(ns));
  client.close();
  for (const dir of [POD_RUN_ROOT, CONTAINER_RUN_ROOT, '/run/podctl/io', '/run/podctl/exec', '/var/lib/podctl/logs'])
    await rm(join(dir, ns), { recursive: true, force: true });
}
