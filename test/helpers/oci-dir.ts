// An OCI image layout unpacked into a temporary directory, as a BlobSource for importImage.
import { createReadStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import type { Descriptor } from '../../src/containerd/services/types.js';
import type { BlobSource } from '../../src/image/import.js';
import { repoRoot } from './cli.js';

export interface OciDir extends BlobSource {
  dir: string;
  /** The first entry of index.json. */
  target: Descriptor;
  /** Blobs opened so far, by digest. */
  opened: string[];
  remove(): Promise<void>;
}

/** Builds a test image archive if it is missing (scripts/build-*.sh), and returns its path. */
export async function testImageArchive(name: 'busybox' | 'nginx' | 'pause'): Promise<string> {
  const script = { busybox: 'build-test-images.sh', nginx: 'build-nginx-image.sh', pause: 'build-pause-image.sh' }[
    name
  ];
  await execa('bash', [join(repoRoot, 'scripts', script)], { cwd: repoRoot });
  return join(repoRoot, 'images', `${name}.oci.tar`);
}

export async function openOciArchive(archive: string): Promise<OciDir> {
  const dir = await mkdtemp(join(tmpdir(), 'podctl-oci-'));
  await execa('tar', ['-xf', archive, '-C', dir]);
  const index = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8')) as { manifests: Descriptor[] };
  const opened: string[] = [];
  return {
    dir,
    target: { ...index.manifests[0]!, annotations: {} },
    opened,
    open: async (desc) => {
      opened.push(desc.digest);
      return createReadStream(join(dir, 'blobs', ...desc.digest.split(':')));
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
