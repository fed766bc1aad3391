// podctl save against the real containerd: the archive it writes is one that skopeo, ctr and
// podctl load all accept.
import test, { type ExecutionContext } from 'ava';
import { Command } from 'commander';
import { execa } from 'execa';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { registerSave } from '../../../src/cli/commands/save.js';
import type { ContainerdClient } from '../../../src/containerd/client.js';
import { isInvalidArgument } from '../../../src/errors.js';
import { DEFAULT_INFRA_IMAGE } from '../../../src/image/defaults.js';
import { loadImages } from '../../../src/image/load.js';
import { readTar } from '../../helpers/archives.js';
import { podctl, podctlBin } from '../../helpers/cli.js';
import { namespacedClient, quietly, removeNamespace } from '../../helpers/containerd.js';
import { testImageArchive } from '../../helpers/oci-dir.js';

const BUSYBOX = 'localhost/podctl/busybox:latest';
const archives = (async () => ({
  busybox: await testImageArchive('busybox'),
  pause: await testImageArchive('pause'),
}))();
let scratch: string;

test.before(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'podctl-save-test-'));
});
test.after.always(() => rm(scratch, { recursive: true, force: true }));

let count = 0;
function namespace(t: ExecutionContext): ContainerdClient {
  const client = namespacedClient(`save-${++count}`);
  t.teardown(async () => {
    for (const image of await client.images.list().catch(() => []))
      await quietly(() => client.images.delete(image.name, true));
    await removeNamespace(client);
  });
  return client;
}

/** A namespace with busybox (and the pause image) loaded. */
async function loaded(t: ExecutionContext): Promise<ContainerdClient> {
  const client = namespace(t);
  await loadImages(client, (await archives).busybox);
  await loadImages(client, (await archives).pause);
  return client;
}

test('save -o writes an archive that skopeo inspects and ctr imports into another namespace', async (t) => {
  const client = await loaded(t);
  const target = (await client.images.get(BUSYBOX)).target;
  const file = join(scratch, 'busybox-saved.tar');
  const r = await podctl(['-n', client.namespace, 'save', '-o', file, BUSYBOX]);
  t.is(r.exitCode, 0, r.stderr);
  t.is(r.stdout, '');

  const inspected = JSON.parse((await execa('skopeo', ['inspect', `oci-archive:${file}`])).stdout) as {
    Digest: string;
    Layers: string[];
  };
  t.is(inspected.Digest, target.digest);
  t.is(inspected.Layers.length, 1);

  const other = namespace(t);
  await execa('ctr', ['-n', other.namespace, 'images', 'import', file]);
  t.is((await other.images.get(BUSYBOX)).target.digest, target.digest);
  const run = await execa(
    'ctr',
    ['-n', other.namespace, 'run', '--rm', BUSYBOX, `save-run-${process.pid}`, '/bin/busybox', 'echo', 'hi'],
    { reject: false },
  );
  t.is(run.stdout.trim(), 'hi', run.stderr);
});

test('save writes to stdout when it is not a terminal; each blob once; podctl load reads it back', async (t) => {
  const client = await loaded(t);
  const file = join(scratch, 'two-images.tar');
  const r = await execa(
    process.execPath,
    [podctlBin, '-n', client.namespace, 'save', 'localhost/podctl/busybox', DEFAULT_INFRA_IMAGE, BUSYBOX],
    { stdout: { file }, reject: false },
  );
  t.is(r.exitCode, 0, String(r.stderr));

  const entries = await readTar(file);
  const names = entries.map((e) => e.header.name);
  t.deepEqual(names.slice(0, 2), ['oci-layout', 'index.json']);
  t.is(new Set(names).size, names.length, 'each entry once');
  const index = JSON.parse(entries[1]!.data.toString()) as {
    manifests: Array<{ annotations: Record<string, string> }>;
  };
  t.deepEqual(
    index.manifests.map((m) => m.annotations),
    [
      { 'io.containerd.image.name': BUSYBOX, 'org.opencontainers.image.ref.name': 'latest' },
      { 'io.containerd.image.name': DEFAULT_INFRA_IMAGE, 'org.opencontainers.image.ref.name': '0.1.0' },
    ],
  );

  const other = namespace(t);
  t.deepEqual(await loadImages(other, file), [BUSYBOX, DEFAULT_INFRA_IMAGE]);
});

test('saving an unknown image fails in one line and leaves no file', async (t) => {
  const client = namespace(t);
  const dir = await mkdtemp(join(scratch, 'unknown-'));
  const r = await podctl(['-n', client.namespace, 'save', '-o', join(dir, 'out.tar'), 'localhost/no/such:image']);
  t.is(r.exitCode, 125);
  t.is(r.stderr, 'podctl: no such image: localhost/no/such:image; pull it first: podctl pull localhost/no/such:image');
  t.deepEqual(await readdir(dir), []);
});

test('save refuses to write an archive to a terminal', async (t) => {
  const program = new Command().exitOverride();
  const written: string[] = [];
  registerSave(
    program,
    { stdout: { write: (s: string) => written.push(s), isTTY: true }, stderr: { write: () => true }, env: {} },
    () => {},
  );
  const err = await t.throwsAsync(program.parseAsync(['save', BUSYBOX], { from: 'user' }));
  t.true(isInvalidArgument(err));
  t.is(err?.message, 'refusing to write an archive to a terminal');
  t.deepEqual(written, []);
});
