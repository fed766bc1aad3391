// The pause image archive that scripts/build-pause-image.sh builds, read back and held against
// the OCI image-spec: its schemas, digests, sizes, media types, and the layer's one file.
// Builds the archive first if needed (gcc and a static libc; no root, no containerd).
import test from 'ava';
import { execa } from 'execa';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SchemaValidator } from './_json-schema.js';
import { ELF_MACHINE, elfInfo, hostOciArch, readOciArchive, sha256 } from './_oci-archive.js';
import { repoRoot } from '../../helpers/cli.js';

const script = join(repoRoot, 'scripts/build-pause-image.sh');
const archivePath = join(repoRoot, 'images/pause.oci.tar');
const schemas = new SchemaValidator();

const MT = {
  index: 'application/vnd.oci.image.index.v1+json',
  manifest: 'application/vnd.oci.image.manifest.v1+json',
  config: 'application/vnd.oci.image.config.v1+json',
  layer: 'application/vnd.oci.image.layer.v1.tar+gzip',
};

async function imageRef(): Promise<string> {
  return (await execa('bash', [script, '--print-ref'])).stdout.trim();
}

// Built (or found up to date) once per run of this file.
const archive = (async () => {
  await execa('bash', [script], { timeout: 120_000 });
  return readOciArchive(archivePath);
})();
archive.catch(() => undefined); // the tests that await it report a failure

test('the image is named localhost/podctl/pause:<version>', async (t) => {
  t.regex(await imageRef(), /^localhost\/podctl\/pause:\d+\.\d+\.\d+$/);
});

test('the archive holds an OCI image layout and nothing else, with fixed owners and mtimes', async (t) => {
  const a = await archive;
  const blobs = [a.manifestDescriptor, a.manifest.config, ...a.manifest.layers].map(
    (d) => `blobs/sha256/${d.digest.slice('sha256:'.length)}`,
  );
  t.deepEqual(
    [...a.entries.keys()].sort(),
    ['blobs/', 'blobs/sha256/', ...blobs.sort(), 'index.json', 'oci-layout'].sort(),
  );
  for (const e of a.entries.values()) {
    t.is(e.uid, 0, e.name);
    t.is(e.gid, 0, e.name);
    t.is(e.mtime, 0, e.name);
    t.is(e.mode, e.type === 'directory' ? 0o755 : 0o644, e.name);
  }
});

test('oci-layout, index, manifest and config are valid against the OCI image-spec schemas', async (t) => {
  const a = await archive;
  t.deepEqual(schemas.validate('image-layout-schema.json', a.layout), []);
  t.deepEqual(schemas.validate('image-index-schema.json', a.index), []);
  t.deepEqual(schemas.validate('image-manifest-schema.json', a.manifest), []);
  t.deepEqual(schemas.validate('config-schema.json', a.config), []);
  t.deepEqual(a.layout, { imageLayoutVersion: '1.0.0' });
});

test('the schema check is not vacuous: broken documents fail it', (t) => {
  t.notDeepEqual(schemas.validate('image-manifest-schema.json', { schemaVersion: 2, config: {}, layers: [] }), []);
  t.notDeepEqual(
    schemas.validate('image-index-schema.json', {
      schemaVersion: 2,
      manifests: [{ mediaType: 'x', size: 1, digest: 'sha256:00' }],
    }),
    [],
  );
  t.notDeepEqual(
    schemas.validate('config-schema.json', {
      architecture: 'amd64',
      os: 'linux',
      rootfs: { type: 'tarball', diff_ids: [] },
    }),
    [],
  );
  t.notDeepEqual(schemas.validate('image-layout-schema.json', { imageLayoutVersion: '2' }), []);
});

test('index.json names the image for containerd and skopeo and gives the host platform', async (t) => {
  const a = await archive;
  const ref = await imageRef();
  t.is(a.index.schemaVersion, 2);
  t.is(a.index.mediaType, MT.index);
  t.is(a.manifestDescriptor.mediaType, MT.manifest);
  t.deepEqual(a.manifestDescriptor.annotations, {
    'io.containerd.image.name': ref,
    'org.opencontainers.image.ref.name': ref.slice(ref.lastIndexOf(':') + 1),
  });
  t.deepEqual(a.manifestDescriptor.platform, { architecture: hostOciArch(), os: 'linux' });
});

test('the manifest points at the config and one gzip layer, by digest and size', async (t) => {
  const a = await archive;
  // readOciArchive already refused any blob whose sha256 or size differ from its descriptor.
  t.is(a.manifest.schemaVersion, 2);
  t.is(a.manifest.mediaType, MT.manifest);
  t.is(a.manifest.config.mediaType, MT.config);
  t.is(a.manifest.layers.length, 1);
  t.is(a.manifest.layers[0]!.mediaType, MT.layer);
  t.is(a.manifest.layers[0]!.size, a.layerBlob.length);
  t.is(a.manifest.layers[0]!.digest, sha256(a.layerBlob));
});

test('the config: host platform, Entrypoint ["/pause"], diff_id of the uncompressed layer, no timestamps', async (t) => {
  const a = await archive;
  t.is(a.config.architecture, hostOciArch());
  t.is(a.config.os, 'linux');
  t.deepEqual(a.config.config, { Entrypoint: ['/pause'] });
  t.deepEqual(a.config.rootfs, { type: 'layers', diff_ids: [sha256(a.layerTar)] });
  t.false('created' in a.config);
  t.false('history' in a.config);
});

test('the layer holds only /pause: 0755, root-owned, mtime 0, a static ELF for this host', async (t) => {
  const a = await archive;
  t.deepEqual([...a.layerEntries.keys()], ['pause']);
  const pause = a.layerEntries.get('pause')!;
  t.is(pause.type, 'file');
  t.is(pause.mode, 0o755);
  t.is(pause.uid, 0);
  t.is(pause.gid, 0);
  t.is(pause.mtime, 0);
  const elf = elfInfo(pause.data);
  t.true(elf.isElf);
  t.is(elf.machine, ELF_MACHINE[hostOciArch()] ?? -1);
  t.false(elf.hasInterpreter, 'statically linked: no program interpreter');
  t.true(pause.data.includes(Buffer.from('pause podctl-')), 'carries its version string');
});

test('the layer is gzip without a file name or a timestamp', async (t) => {
  const { layerBlob } = await archive;
  t.is(layerBlob.readUInt16BE(0), 0x1f8b);
  t.is(layerBlob[3]! & 0x08, 0, 'FNAME flag unset');
  t.is(layerBlob.readUInt32LE(4), 0, 'MTIME 0');
});

test('the build is reproducible: two forced builds give byte-identical archives', async (t) => {
  await archive; // the default build must not race with these
  const dir = await mkdtemp(join(tmpdir(), 'podctl-pause-repro-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  const outs = [join(dir, 'a.tar'), join(dir, 'b.tar')];
  for (const out of outs) await execa('bash', [script, '--force', '--out', out], { timeout: 120_000 });
  const [a, b, current] = await Promise.all([...outs, archivePath].map(async (f) => sha256(await readFile(f))));
  t.is(a, b);
  t.is(a, current, 'images/pause.oci.tar is what the sources build');
});

test('an up-to-date archive is left alone, and --force rebuilds it', async (t) => {
  await archive;
  const dir = await mkdtemp(join(tmpdir(), 'podctl-pause-idem-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  const out = join(dir, 'pause.oci.tar');
  await execa('bash', [script, '--out', out], { timeout: 120_000 });
  const again = await execa('bash', [script, '--out', out]);
  t.regex(again.stdout, /up to date/);
  const forced = await execa('bash', [script, '--force', '--out', out], { timeout: 120_000 });
  t.notRegex(forced.stdout, /up to date/);
});
