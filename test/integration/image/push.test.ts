// podctl push to a real registry: an image that ctr imported is pushed, then ctr pulls it back
// into another namespace and runs it, and skopeo reads it; a second push finds every blob
// there; an index whose other platforms were never pulled goes up as its platform's manifest.
import test from 'ava';
import { execa } from 'execa';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ContainerdClient } from '../../../src/containerd/client.js';
import { sha256Digest } from '../../../src/image/digest.js';
import { OCI_INDEX, OCI_MANIFEST } from '../../../src/image/media-types.js';
import { podctl, repoRoot } from '../../helpers/cli.js';
import { namespacedClient, quietly, removeNamespace } from '../../helpers/containerd.js';
import { inspectWithSkopeo, registryRequest, startRegistry, type Registry } from '../../helpers/registry.js';

const client = namespacedClient('push');
const puller = namespacedClient('push-ctr');
const ns = client.namespace;
const IMPORTED = 'localhost/podctl/busybox:latest';
let registry: Registry;
let scratch: string;
const cli = (args: string[]) => podctl(['-n', ns, ...args], { DOCKER_CONFIG: scratch });
const ctr = (namespace: string, args: string[]) =>
  execa('ctr', ['-n', namespace, ...args], { reject: false, timeout: 60_000 });

test.before(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'podctl-push-test-'));
  registry = await startRegistry({ auth: 'none' });
  await execa('bash', [path.join(repoRoot, 'scripts', 'build-test-images.sh')], { timeout: 180_000 });
  const imported = await ctr(ns, ['images', 'import', path.join(repoRoot, 'images', 'busybox.oci.tar')]);
  if (imported.exitCode !== 0) throw new Error(`ctr images import: ${imported.stderr}`);
});

async function empty(c: ContainerdClient): Promise<void> {
  for (const image of await c.images.list().catch(() => [])) await quietly(() => c.images.delete(image.name, true));
  for (const lease of await c.leases.list().catch(() => []))
    await quietly(() => c.leases.delete(lease.id, { sync: true }));
  await removeNamespace(c);
}

test.after.always(async () => {
  await empty(client);
  await empty(puller);
  await registry?.stop();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

test.serial('podctl push; ctr pulls it into another namespace and runs it; skopeo reads it', async (t) => {
  const name = `${registry.host}/pushed/busybox:v1`;
  t.is((await ctr(ns, ['images', 'tag', IMPORTED, name])).exitCode, 0);
  const target = (await client.images.get(name)).target;

  const r = await cli(['push', name]);
  t.is(r.exitCode, 0, r.stderr);
  t.is(r.stdout, `v1: digest: ${target.digest} size: ${target.size}`);
  t.regex(r.stderr, /sha256:[a-f0-9]{12}: pushed \d/);

  const pulled = await ctr(puller.namespace, ['images', 'pull', '--plain-http', name]);
  t.is(pulled.exitCode, 0, String(pulled.stderr));
  const run = await ctr(puller.namespace, [
    'run',
    '--rm',
    name,
    `push-test-${process.pid}`,
    '/bin/busybox',
    'echo',
    'hi',
  ]);
  t.is(run.exitCode, 0, String(run.stderr));
  t.is(run.stdout, 'hi');

  const inspected = await inspectWithSkopeo('pushed/busybox:v1', registry);
  t.is(inspected.Digest, target.digest);
  t.is((inspected.Layers as unknown[]).length, 1);

  const again = await cli(['push', name]);
  t.is(again.exitCode, 0, again.stderr);
  t.notRegex(again.stderr, /pushed/, 'the second push uploads nothing');
  t.regex(again.stderr, /: exists /);
});

test.serial('an index with a manifest that was never pulled: the platform manifest goes under the tag', async (t) => {
  const manifest = (await client.images.get(IMPORTED)).target;
  const absent = {
    mediaType: OCI_MANIFEST,
    digest: sha256Digest('never pulled'),
    size: 12,
    platform: { os: 'linux', architecture: 'arm64', variant: 'v8' },
  };
  const present = {
    mediaType: manifest.mediaType,
    digest: manifest.digest,
    size: manifest.size,
    platform: { os: 'linux', architecture: 'amd64' },
  };
  const index = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: [present, absent] }));
  const digest = sha256Digest(index);
  const name = `${registry.host}/pushed/multi:v1`;
  // Under a lease: a GC that another test file's rmi starts must not take the blob before the
  // image record holds it.
  const lease = await client.leases.create({ expireAfter: 60_000 });
  const leased = client.withLease(lease.id);
  await leased.content.writeBlob(`push-test-${digest}`, index, {
    expected: digest,
    labels: { 'containerd.io/gc.ref.content.m.0': manifest.digest },
  });
  await leased.images.create({ name, target: { mediaType: OCI_INDEX, digest, size: index.length, annotations: {} } });
  await client.leases.delete(lease.id);

  const r = await cli(['push', '--platform', 'linux/amd64', name]);
  t.is(r.exitCode, 0, r.stderr);
  t.regex(r.stderr, /refused the index .*pushed the linux\/amd64 manifest as v1/);
  t.is(r.stdout, `v1: digest: ${manifest.digest} size: ${manifest.size}`);
  const head = await registryRequest(registry, '/v2/pushed/multi/manifests/v1', {
    method: 'HEAD',
    headers: { accept: `${OCI_INDEX}, ${OCI_MANIFEST}` },
  });
  t.is(head.status, 200);
  t.is(head.headers['docker-content-digest'], manifest.digest);
});

test.serial('pushing an image that is not there: one line, exit 125', async (t) => {
  const r = await cli(['push', `${registry.host}/pushed/absent:v1`]);
  t.is(r.exitCode, 125);
  t.regex(r.stderr, /^podctl: image "127\.0\.0\.1:\d+\/pushed\/absent:v1" not found; /);
  t.is(r.stderr.trim().split('\n').length, 1);
});
