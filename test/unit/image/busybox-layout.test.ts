// The busybox test image that scripts/build-test-images.sh builds (from the host's
// busybox-static), read back and held against the OCI image-spec, like the pause image.
import test from 'ava';
import { execa } from 'execa';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SchemaValidator } from './_json-schema.js';
import { hostOciArch, readOciArchive, sha256 } from './_oci-archive.js';
import { repoRoot } from '../../helpers/cli.js';

const script = join(repoRoot, 'scripts/build-test-images.sh');
const archivePath = join(repoRoot, 'images/busybox.oci.tar');
const schemas = new SchemaValidator();

const archive = (async () => {
  await execa('bash', [script], { timeout: 120_000 });
  return readOciArchive(archivePath);
})();
archive.catch(() => undefined); // the tests that await it report a failure

test('valid against the OCI image-spec schemas, named localhost/podctl/busybox:latest', async (t) => {
  const a = await archive;
  t.deepEqual(schemas.validate('image-layout-schema.json', a.layout), []);
  t.deepEqual(schemas.validate('image-index-schema.json', a.index), []);
  t.deepEqual(schemas.validate('image-manifest-schema.json', a.manifest), []);
  t.deepEqual(schemas.validate('config-schema.json', a.config), []);
  t.is((await execa('bash', [script, '--print-ref'])).stdout.trim(), 'localhost/podctl/busybox:latest');
  t.deepEqual(a.manifestDescriptor.annotations, {
    'io.containerd.image.name': 'localhost/podctl/busybox:latest',
    'org.opencontainers.image.ref.name': 'latest',
  });
  t.is(a.config.architecture, hostOciArch());
  t.deepEqual(a.config.rootfs.diff_ids, [sha256(a.layerTar)]);
  t.deepEqual(a.config.config.Cmd, ['sh']);
});

test('the layer: /bin/busybox, applet symlinks, root and nobody, /tmp 1777, all root-owned with mtime 0', async (t) => {
  const { layerEntries: e } = await archive;
  const busybox = e.get('bin/busybox');
  t.is(busybox?.type, 'file');
  t.is(busybox?.mode, 0o755);
  t.true(busybox!.data.equals(await readFile('/bin/busybox')));
  for (const applet of ['bin/sh', 'bin/echo', 'bin/cat', 'usr/bin/env']) {
    t.is(e.get(applet)?.type, 'symlink', applet);
    t.is(e.get(applet)?.linkname, '/bin/busybox', applet);
  }
  t.is(e.get('tmp/')?.mode, 0o1777);
  t.is(e.get('root/')?.mode, 0o700);
  t.regex(e.get('etc/passwd')!.data.toString(), /^root:x:0:0:[^\n]*\nnobody:x:65534:65534:/);
  t.regex(e.get('etc/group')!.data.toString(), /^root:x:0:\nnobody:x:65534:/);
  for (const entry of e.values()) {
    t.is(entry.uid, 0, entry.name);
    t.is(entry.gid, 0, entry.name);
    t.is(entry.mtime, 0, entry.name);
    t.false(entry.name.startsWith('/') || entry.name.startsWith('./'), entry.name);
  }
});

test('reproducible: a forced rebuild is byte-identical', async (t) => {
  await archive;
  const dir = await mkdtemp(join(tmpdir(), 'podctl-busybox-repro-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  await execa('bash', [script, '--force', '--out-dir', dir], { timeout: 120_000 });
  t.is(sha256(await readFile(join(dir, 'busybox.oci.tar'))), sha256(await readFile(archivePath)));
});
