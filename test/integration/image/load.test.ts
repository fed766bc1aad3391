// podctl load against the real containerd: OCI and docker archives, plain, gzipped and from
// stdin, and bad archives that must leave the namespace exactly as it was.
import test, { type ExecutionContext } from 'ava';
import { execa } from 'execa';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { ContainerdClient } from '../../../src/containerd/client.js';
import { loadImages } from '../../../src/image/load.js';
import {
  containerdState,
  leftoverSpoolDirs,
  readTar,
  spoolDirs,
  tarBytes,
  withCorruptBlob,
  withExtraEntry,
  withLargeManifest,
  withLayerReplaced,
  withTwoPlatformIndex,
  writeTar,
  type TarEntry,
} from '../../helpers/archives.js';
import { podctl, podctlBin } from '../../helpers/cli.js';
import { namespacedClient, quietly, removeNamespace } from '../../helpers/containerd.js';
import { testImageArchive } from '../../helpers/oci-dir.js';

const BUSYBOX = 'localhost/podctl/busybox:latest';
const archives = (async () => ({
  busybox: await testImageArchive('busybox'),
  pause: await testImageArchive('pause'),
}))();
let scratch: string;
let busyboxEntries: TarEntry[];

test.before(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'podctl-load-test-'));
  busyboxEntries = await readTar((await archives).busybox);
});
test.after.always(() => rm(scratch, { recursive: true, force: true }));

let count = 0;
/** A namespace of the test's own; its images go with a synchronous GC, then the namespace. */
function namespace(t: ExecutionContext): ContainerdClient {
  const client = namespacedClient(`load-${++count}`);
  t.teardown(async () => {
    for (const image of await client.images.list().catch(() => []))
      await quietly(() => client.images.delete(image.name, true));
    for (const lease of await client.leases.list().catch(() => []))
      await quietly(() => client.leases.delete(lease.id, { sync: true }));
    await removeNamespace(client);
  });
  return client;
}

async function runEcho(t: ExecutionContext, ns: string, image: string): Promise<void> {
  const r = await execa(
    'ctr',
    ['-n', ns, 'run', '--rm', image, `load-run-${randomBytes(4).toString('hex')}`, '/bin/busybox', 'echo', 'hi'],
    { reject: false, timeout: 30_000 },
  );
  t.is(r.stdout.trim(), 'hi', r.stderr);
}

test('podctl load -i loads the busybox OCI archive, and ctr runs it', async (t) => {
  const client = namespace(t);
  const r = await podctl(['-n', client.namespace, 'load', '-i', (await archives).busybox]);
  t.is(r.exitCode, 0, r.stderr);
  t.is(r.stdout, `Loaded image: ${BUSYBOX}`);
  t.is(r.stderr, '');
  await runEcho(t, client.namespace, BUSYBOX);
});

test('a gzipped archive loads the same', async (t) => {
  const client = namespace(t);
  const file = join(scratch, 'busybox.oci.tar.gz');
  await writeFile(file, gzipSync(await tarBytes(busyboxEntries)));
  t.deepEqual(await loadImages(client, file), [BUSYBOX]);
  await runEcho(t, client.namespace, BUSYBOX);
});

test('podctl load reads the archive from stdin', async (t) => {
  const client = namespace(t);
  const r = await execa(process.execPath, [podctlBin, '-n', client.namespace, 'load'], {
    inputFile: (await archives).busybox,
    reject: false,
    timeout: 60_000,
  });
  t.is(r.exitCode, 0, r.stderr);
  t.is(r.stdout, `Loaded image: ${BUSYBOX}`);
  t.truthy(await client.images.get(BUSYBOX));
});

test('a docker-archive made by skopeo loads under its normalised RepoTags name, and runs', async (t) => {
  const client = namespace(t);
  const file = join(scratch, 'busybox.docker.tar');
  await execa('skopeo', [
    'copy',
    '-q',
    `oci-archive:${(await archives).busybox}`,
    `docker-archive:${file}:docker.io/library/busybox:latest`,
  ]);
  const r = await podctl(['-n', client.namespace, 'load', '-i', file]);
  t.is(r.exitCode, 0, r.stderr);
  t.is(r.stdout, 'Loaded image: docker.io/library/busybox:latest');
  await runEcho(t, client.namespace, 'docker.io/library/busybox:latest');
});

/** Runs containerd's GC now: a lease removed with --sync collects whatever nothing references. */
async function collectGarbage(ns: string): Promise<void> {
  const lease = (await execa('ctr', ['-n', ns, 'leases', 'create'])).stdout.trim();
  await execa('ctr', ['-n', ns, 'leases', 'rm', '--sync', lease]);
}

test('platforms of one index loaded one after the other are all kept; --all-platforms loads every one', async (t) => {
  const multi = withTwoPlatformIndex(busyboxEntries);
  const file = await writeTar(join(scratch, 'two-platforms.tar'), multi.entries);
  const client = namespace(t);
  t.deepEqual(await loadImages(client, file), [BUSYBOX]);
  t.deepEqual(await loadImages(client, file, { platform: { os: 'linux', architecture: 'arm64' } }), [BUSYBOX]);
  await collectGarbage(client.namespace);
  const { content } = await containerdState(client.namespace);
  t.true(
    content.includes(multi.amd64) && content.includes(multi.arm64) && content.includes(multi.index),
    content.join(' '),
  );

  const all = namespace(t);
  const r = await podctl(['-n', all.namespace, 'load', '--all-platforms', '-i', file]);
  t.is(r.exitCode, 0, r.stderr);
  await collectGarbage(all.namespace);
  const loaded = await containerdState(all.namespace);
  t.true(loaded.content.includes(multi.amd64) && loaded.content.includes(multi.arm64), loaded.content.join(' '));
  await runEcho(t, all.namespace, BUSYBOX);
});

const badArchive = test.macro({
  async exec(t, make: (file: string) => Promise<unknown>, message: RegExp) {
    const client = namespace(t);
    const id = count;
    // Something in the namespace already, which must stay exactly as it is.
    await loadImages(client, (await archives).pause);
    const file = join(scratch, `bad-${id}.tar`);
    await make(file);
    const before = await containerdState(client.namespace);
    const spoolsBefore = await spoolDirs();

    const r = await podctl(['-n', client.namespace, 'load', '-i', file]);
    t.is(r.exitCode, 125);
    t.is(r.stdout, '');
    t.is(r.stderr.split('\n').length, 1, r.stderr);
    t.regex(r.stderr, message);

    t.deepEqual(await containerdState(client.namespace), before);
    t.deepEqual(await leftoverSpoolDirs(spoolsBefore), []);
  },
  title: (title) => `a bad archive fails in one line and changes nothing: ${title}`,
});

test(
  'a blob with a flipped byte',
  badArchive,
  (file: string) => writeTar(file, withCorruptBlob(busyboxEntries)),
  /^podctl: blob sha256:5bcec611316ac52eb76642a9b4f34a3d67303e71ab2815ab57a40937eb32e6a0 in the archive is corrupt: its content has digest sha256:[0-9a-f]{64}$/,
);
test(
  'a ../ path',
  badArchive,
  (file: string) =>
    writeTar(file, withExtraEntry(busyboxEntries, { name: '../escape.txt', type: 'file' }, Buffer.from('x'))),
  /^podctl: unsafe path in archive "\.\.\/escape\.txt": contains a "\.\." component$/,
);
test(
  'a symlink out of the archive',
  badArchive,
  (file: string) =>
    writeTar(
      file,
      withExtraEntry(busyboxEntries, { name: 'blobs/sha256/passwd', type: 'symlink', linkname: '/etc/passwd' }),
    ),
  /^podctl: archive entry "blobs\/sha256\/passwd" is a symbolic link to "\/etc\/passwd", outside the archive's files$/,
);
test(
  'a truncated tar',
  badArchive,
  async (file: string) => writeFile(file, (await tarBytes(busyboxEntries)).subarray(0, 600_000)),
  /^podctl: archive is truncated: it ends inside an entry$/,
);
test(
  'a manifest over the size limit',
  badArchive,
  (file: string) => writeTar(file, withLargeManifest(busyboxEntries, 5 << 20)),
  /^podctl: application\/vnd\.oci\.image\.manifest\.v1\+json sha256:[0-9a-f]{64} is 5 MiB, over the 4 MiB limit$/,
);
test(
  'a file that is not an archive',
  badArchive,
  (file: string) => writeFile(file, 'just some text, not a tar\n'.repeat(100)),
  /^podctl: not an image archive: not a tar file$/,
);
test(
  'a layer that is not a tar (fails in containerd, rolled back)',
  badArchive,
  (file: string) =>
    writeTar(file, withLayerReplaced(busyboxEntries, gzipSync(Buffer.from('not a tar at all\n'.repeat(64))))),
  /^podctl: .*invalid tar header$/,
);
