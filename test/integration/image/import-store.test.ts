import test from 'ava';
import { execa } from 'execa';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ContainerdClient } from '../../../src/containerd/client.js';
import { isFailedPrecondition, isNotFound } from '../../../src/errors.js';
import { chainIds } from '../../../src/image/digest.js';
import { importImage, type BlobSource } from '../../../src/image/import.js';
import { parseConfig, parseManifest } from '../../../src/image/schemas.js';
import { findImage, listImages, removeImage, tagImage } from '../../../src/image/store.js';
import { namespacedClient, quietly, removeNamespace } from '../../helpers/containerd.js';
import { openOciArchive, testImageArchive } from '../../helpers/oci-dir.js';

const NAME = 'localhost/podctl/busybox:latest';

async function listing(ns: string) {
  const content = (await execa('ctr', ['-n', ns, 'content', 'ls', '-q'])).stdout.split('\n').filter(Boolean).sort();
  const snapshots = (await execa('ctr', ['-n', ns, 'snapshots', 'ls'])).stdout
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .sort();
  return { content, snapshots };
}

async function setup(t: import('ava').ExecutionContext, suffix: string, image: 'busybox' | 'nginx' = 'busybox') {
  const client = namespacedClient(suffix);
  const source = await openOciArchive(await testImageArchive(image));
  t.teardown(async () => {
    for (const image of await client.images.list().catch(() => []))
      await quietly(() => client.images.delete(image.name, true));
    await source.remove();
    await removeNamespace(client);
  });
  return { client, source };
}

test('an import writes every blob, unpacks the chain and names the image; ctr runs it', async (t) => {
  const { client, source } = await setup(t, 'import-run');
  const result = await importImage(client, { name: NAME, target: source.target, source });
  t.is(result.image.name, NAME);
  t.is(result.image.target.digest, source.target.digest);

  const manifest = parseManifest(await readBlob(client, result.manifest.digest));
  const config = parseConfig(await readBlob(client, manifest.config.digest));
  const top = chainIds(config.rootfs.diff_ids).at(-1)!;
  t.is(result.chainId, top);
  t.is((await client.snapshots.stat('overlayfs', top)).kind, 'committed');
  t.is((await client.content.info(manifest.config.digest)).labels[`containerd.io/gc.ref.snapshot.overlayfs`], top);
  t.is(
    (await client.content.info(result.manifest.digest)).labels['containerd.io/gc.ref.content.config'],
    manifest.config.digest,
  );

  const id = `podctl-run-${process.pid}`;
  const run = await execa(
    'ctr',
    ['-n', client.namespace, 'run', '--rm', NAME, id, '/bin/busybox', 'echo', 'hello from podctl'],
    { reject: false },
  );
  t.is(run.stdout.trim(), 'hello from podctl', run.stderr);
});

test('a second import fetches nothing and keeps the same record', async (t) => {
  const { client, source } = await setup(t, 'import-again');
  await importImage(client, { name: NAME, target: source.target, source });
  source.opened.length = 0;
  const again = await importImage(client, { name: NAME, target: source.target, source });
  t.is(again.fetchedBytes, 0);
  t.deepEqual(source.opened, []);
});

test('a failed import leaves content and snapshots as they were', async (t) => {
  const { client, source } = await setup(t, 'import-fail');
  const before = await listing(client.namespace);
  const target = { ...source.target, size: source.target.size + 1 };
  await t.throwsAsync(importImage(client, { name: NAME, target, source }), { message: /expected \d+ bytes|digest/ });
  t.deepEqual(await listing(client.namespace), before);
  t.true(isNotFound(await t.throwsAsync(client.images.get(NAME))), 'no image record was made');
});

test('images are listed, found by short name and ID, tagged, and removed with their data', async (t) => {
  const { client, source } = await setup(t, 'store');
  const before = await listing(client.namespace);
  await importImage(client, { name: NAME, target: source.target, source });
  const [summary] = await listImages(client);
  t.like(summary, { name: NAME, repository: 'localhost/podctl/busybox', tag: 'latest', digest: source.target.digest });
  t.true(summary!.size > 500_000);
  t.deepEqual(summary!.platforms, ['linux/amd64']);

  t.is((await findImage(client, source.target.digest.slice(7, 19))).name, NAME);
  await tagImage(client, NAME, 'localhost/podctl/busybox:copy');
  t.is((await findImage(client, 'localhost/podctl/busybox:copy')).target.digest, source.target.digest);

  const containerId = `podctl-uses-${process.pid}`;
  await client.containers.create({
    id: containerId,
    image: NAME,
    runtime: { name: 'io.containerd.runc.v2' },
    spec: {},
  });
  t.teardown(() => quietly(() => client.containers.delete(containerId)));
  const refused = await t.throwsAsync(removeImage(client, NAME));
  t.true(isFailedPrecondition(refused));
  t.regex(refused.message, new RegExp(`used by container ${containerId}`));
  await client.containers.delete(containerId);

  await removeImage(client, NAME);
  await removeImage(client, 'localhost/podctl/busybox:copy');
  t.true(isNotFound(await t.throwsAsync(findImage(client, NAME))));
  t.deepEqual(await listing(client.namespace), before, 'no content or snapshot of the image remains after a GC');
});

async function readBlob(client: ReturnType<typeof namespacedClient>, digest: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of client.content.read(digest)) chunks.push(chunk);
  return Buffer.concat(chunks);
}

test('a lone manifest for another platform is refused, with nothing left behind', async (t) => {
  const { client, source } = await setup(t, 'import-platform');
  const before = await listing(client.namespace);
  const err = await t.throwsAsync(
    importImage(client, {
      name: NAME,
      target: source.target,
      source,
      platform: { os: 'linux', architecture: 's390x', variant: '' },
    }),
  );
  t.true(isNotFound(err));
  t.regex(err.message, /is for linux\/amd64, not linux\/s390x$/);
  t.deepEqual(await listing(client.namespace), before);
});

test('layers download bottom first, the bottom one alone; each carries its uncompressed digest once written', async (t) => {
  const { client, source } = await setup(t, 'import-order', 'nginx');
  const manifest = parseManifest(
    await readFile(path.join(source.dir, 'blobs', 'sha256', source.target.digest.slice(7))),
  );
  const layers = manifest.layers.map((l) => l.digest);
  t.true(layers.length >= 3, 'the nginx test image has three layers');
  const log: string[] = [];
  const recording: BlobSource = {
    async open(desc, signal) {
      const stream = await source.open(desc, signal);
      const layer = layers.indexOf(desc.digest);
      if (layer < 0) return stream;
      log.push(`open ${layer}`);
      return (async function* () {
        yield* stream;
        log.push(`end ${layer}`);
      })();
    },
  };
  const result = await importImage(client, {
    name: 'localhost/podctl/nginx:order',
    target: source.target,
    source: recording,
  });
  t.is(log[0], 'open 0', log.join(', '));
  t.is(log[1], 'end 0', `nothing else downloads while the bottom layer does: ${log.join(', ')}`);
  t.deepEqual(
    log.filter((e) => e.startsWith('open')).sort(),
    layers.map((_, i) => `open ${i}`),
  );
  const config = parseConfig(await readBlob(client, manifest.config.digest));
  for (const [i, digest] of layers.entries()) {
    t.is(
      (await client.content.info(digest)).labels['containerd.io/uncompressed'],
      config.rootfs.diff_ids[i],
      `layer ${i}`,
    );
  }
  t.is(result.chainId, chainIds(config.rootfs.diff_ids).at(-1));
});

test('a failed download ends the import even when an upper layer waits for a layer no download took', async (t) => {
  const { client, source } = await setup(t, 'import-stuck', 'nginx');
  const name = 'localhost/podctl/nginx:stuck';
  await importImage(client, { name, target: source.target, source });
  const manifest = parseManifest(await readBlob(client, source.target.digest));
  const chain = chainIds(parseConfig(await readBlob(client, manifest.config.digest)).rootfs.diff_ids);
  // The bottom layer's snapshot stays (a lease of the test's keeps it from containerd's GC:
  // nothing else refers to it now), the ones above it go, and so does its blob.
  const hold = await client.leases.create();
  t.teardown(() => quietly(() => client.leases.delete(hold.id, { sync: true })));
  await client.leases.addResource(hold.id, { id: chain[0]!, type: 'snapshots/overlayfs' });
  await client.snapshots.remove('overlayfs', chain[2]!);
  await client.snapshots.remove('overlayfs', chain[1]!);
  await client.content.delete(manifest.layers[0]!.digest);
  const failing: BlobSource = {
    async open(desc, signal) {
      // Late enough that the unpack has looked at the snapshots and waits for layer 1.
      if (desc.digest === manifest.layers[0]!.digest) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        throw new Error('the registry went away');
      }
      return source.open(desc, signal);
    },
  };
  // The failing import's calls, as --debug shows them.
  const calls: string[] = [];
  const watched = new ContainerdClient({
    namespace: client.namespace,
    address: client.address,
    debug: (line) => calls.push(line),
  });
  t.teardown(() => watched.close());
  const outcome = await Promise.race([
    importImage(watched, { name, target: source.target, source: failing }).then(
      () => 'imported',
      (err: Error) => err.message,
    ),
    new Promise((resolve) => setTimeout(() => resolve('still waiting after 20 s'), 20_000)),
  ]);
  t.is(outcome, 'the registry went away');
  t.deepEqual(
    (await client.leases.list()).map((l) => l.id),
    [hold.id],
    'no lease of the import left',
  );
  // Layer 1's snapshot was prepared while its blob was awaited: the unpack removed it itself
  // (the lease's deletion would have taken it too), and nothing else is left.
  const snapshotCalls = calls
    .filter((c) => c.includes('.Snapshots/Prepare ') || c.includes('.Snapshots/Remove '))
    .map((c) => c.split(' ')[1]);
  t.deepEqual(
    snapshotCalls,
    ['/containerd.services.snapshots.v1.Snapshots/Prepare', '/containerd.services.snapshots.v1.Snapshots/Remove'],
    calls.join('\n'),
  );
  const left: string[] = [];
  for await (const info of client.snapshots.list('overlayfs')) left.push(info.name);
  t.deepEqual(left, [chain[0]!], 'no active snapshot left');
});
