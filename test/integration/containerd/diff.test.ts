import test, { type ExecutionContext } from 'ava';
import { execa } from 'execa';
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { ContainerdClient } from '../../../src/containerd/client.js';
import type { Descriptor } from '../../../src/containerd/services/types.js';
import { namespacedClient, quietly, removeNamespace } from '../../helpers/containerd.js';

const SNAPSHOTTER = 'overlayfs';
const TAR = 'application/vnd.oci.image.layer.v1.tar';
const TAR_GZIP = 'application/vnd.oci.image.layer.v1.tar+gzip';
const client = namespacedClient('diff');
test.after.always(() => removeNamespace(client));

const sha256 = (data: Uint8Array) => `sha256:${createHash('sha256').update(data).digest('hex')}`;
const unique = (prefix: string) => `${prefix}-${randomBytes(4).toString('hex')}`;

interface Scope {
  c: ContainerdClient;
  /** Registers a snapshot key or a blob digest for teardown: snapshots last first, then blobs. */
  own: { snapshot(key: string): string; blob(digest: string): string };
  scratch: string;
}

async function setup(t: ExecutionContext): Promise<Scope> {
  const lease = await client.leases.create({ expireAfter: 10 * 60_000 });
  const scratch = await mkdtemp(join(tmpdir(), 'podctl-diff-'));
  const keys: string[] = [];
  const digests: string[] = [];
  t.teardown(async () => {
    for (const key of keys.reverse()) await quietly(() => client.snapshots.remove(SNAPSHOTTER, key));
    for (const digest of digests) await quietly(() => client.content.delete(digest));
    await quietly(() => client.leases.delete(lease.id));
    await rm(scratch, { recursive: true, force: true });
  });
  const own = {
    snapshot: (key: string) => (keys.push(key), key),
    blob: (digest: string) => (digests.push(digest), digest),
  };
  return { c: client.withLease(lease.id), own, scratch };
}

/** A tar of one directory holding `files`, made by tar(1). */
async function makeTar(scratch: string, files: Record<string, string>): Promise<Buffer> {
  const dir = join(scratch, unique('layer'));
  await mkdir(dir);
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  const out = join(scratch, `${unique('layer')}.tar`);
  await execa('tar', ['-C', dir, '-cf', out, '--owner=0', '--group=0', ...Object.keys(files)]);
  return readFile(out);
}

async function store(s: Scope, data: Buffer, mediaType: string): Promise<Descriptor> {
  const digest = s.own.blob(sha256(data));
  await s.c.content.writeBlob(unique('podctl-test-layer'), data, { expected: digest });
  return { mediaType, digest, size: data.length, annotations: {} };
}

async function readBlob(c: ContainerdClient, digest: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of c.content.read(digest)) chunks.push(chunk);
  return Buffer.concat(chunks);
}

for (const [title, mediaType, encode] of [
  ['plain', TAR, (b: Buffer) => b],
  ['gzip', TAR_GZIP, (b: Buffer) => gzipSync(b)],
] as const) {
  test(`apply of a ${title} tar layer unpacks it and returns its diff ID`, async (t) => {
    const s = await setup(t);
    const text = `hello ${title}\n`;
    const tar = await makeTar(s.scratch, { 'hello.txt': text });
    const layer = await store(s, encode(tar), mediaType);
    const mounts = await s.c.snapshots.prepare(SNAPSHOTTER, s.own.snapshot(unique('apply')));

    const applied = await s.c.diff.apply(layer, mounts);

    t.is(applied.digest, sha256(tar));
    t.is(applied.size, tar.length);
    t.is(applied.mediaType, TAR);
    t.is(mounts[0]?.type, 'bind');
    t.is(await readFile(join(mounts[0]!.source, 'hello.txt'), 'utf8'), text);
  });
}

test('diff of a snapshot against its parent writes a layer of the change', async (t) => {
  const s = await setup(t);
  const base = await store(s, await makeTar(s.scratch, { 'base.txt': 'base\n' }), TAR);
  const baseKey = s.own.snapshot(unique('base-active'));
  const baseName = s.own.snapshot(unique('base'));
  await s.c.diff.apply(base, await s.c.snapshots.prepare(SNAPSHOTTER, baseKey));
  await s.c.snapshots.commit(SNAPSHOTTER, baseName, baseKey);

  const upper = await s.c.snapshots.prepare(SNAPSHOTTER, s.own.snapshot(unique('upper')), baseName);
  const upperdir = upper[0]?.options.find((o) => o.startsWith('upperdir='))?.slice('upperdir='.length);
  t.is(upper[0]?.type, 'overlay');
  await writeFile(join(upperdir!, 'added.txt'), 'added\n');
  const lower = await s.c.snapshots.view(SNAPSHOTTER, s.own.snapshot(unique('lower')), baseName);

  const layer = await s.c.diff.diff(lower, upper, {
    mediaType: TAR,
    ref: unique('podctl-test-diff'),
    labels: { 'podctl.io/test': 'diff' },
  });
  s.own.blob(layer.digest);

  t.is(layer.mediaType, TAR);
  const blob = await readBlob(s.c, layer.digest);
  t.is(sha256(blob), layer.digest);
  t.is(blob.length, layer.size);
  t.is((await s.c.content.info(layer.digest)).labels['podctl.io/test'], 'diff');
  const file = join(s.scratch, 'diff.tar');
  await writeFile(file, blob);
  const { stdout } = await execa('tar', ['-tf', file]);
  t.deepEqual(
    stdout.split('\n').filter((l) => l !== ''),
    ['added.txt'],
  );
});
