#!/usr/bin/env node
// The one OCI image packer of podctl's scripts: turns root filesystem directories into an
// OCI image (one layer per directory), as an OCI image layout packed in an uncompressed tar
// (the format of `skopeo copy ... oci-archive:` and of `ctr images import`). No docker, no
// registry.
//
// Usage:
//   node scripts/lib/pack-oci-layout.mjs --rootfs DIR [--rootfs DIR2 ...] --name REF --out FILE
//        --arch ARCH [--variant V] [--config JSON]
//
//   --rootfs  a directory whose content becomes a layer; repeat it for more layers, lowest
//             first. Modes are taken as they are, owners are recorded as 0:0, every mtime as 0
//   --name    full image name, e.g. localhost/podctl/pause:0.1.0; its tag goes into
//             org.opencontainers.image.ref.name, the whole name into io.containerd.image.name
//   --out     the archive to write (replaced atomically)
//   --arch    OCI architecture (amd64, arm64, ...); --variant its variant (arm: v7)
//   --config  the image config's "config" object as JSON, e.g. '{"Entrypoint":["/pause"]}'
//
// Or from JavaScript: `await import('./pack-oci-layout.mjs')` and call packOciLayout() with the
// same options ({ layers: [dirs], name, out, arch, variant?, config? }).
//
// The output is reproducible: the same rootfs content gives a byte-identical archive. Layer and
// archive tars come from GNU tar in ustar format with sorted names, mtime 0 and numeric owner 0;
// the layer is compressed with `gzip -n`; JSON is written with its keys sorted and no
// timestamps (no "created", no "history").
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const MEDIA_TYPES = Object.freeze({
  index: 'application/vnd.oci.image.index.v1+json',
  manifest: 'application/vnd.oci.image.manifest.v1+json',
  config: 'application/vnd.oci.image.config.v1+json',
  layerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
});

/** Flags that make GNU tar's output depend on file names, modes and content only. */
export const TAR_FLAGS = ['--format=ustar', '--sort=name', '--mtime=@0', '--owner=0', '--group=0', '--numeric-owner'];

class PackError extends Error {}

function fail(message) {
  throw new PackError(message);
}

function parseArgs(argv) {
  const opts = { config: '{}', rootfs: [] };
  const known = new Set(['rootfs', 'name', 'out', 'arch', 'variant', 'config']);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const m = /^--([a-z]+)(?:=(.*))?$/s.exec(arg);
    if (!m || !known.has(m[1])) fail(`unknown argument: ${arg}`);
    const value = m[2] ?? argv[++i];
    if (value === undefined) fail(`${arg} needs a value`);
    if (m[1] === 'rootfs') opts.rootfs.push(value);
    else opts[m[1]] = value;
  }
  if (opts.rootfs.length === 0) fail('--rootfs is required');
  for (const required of ['name', 'out', 'arch']) {
    if (!opts[required]) fail(`--${required} is required`);
  }
  let config;
  try {
    config = JSON.parse(opts.config);
  } catch (err) {
    fail(`--config is not JSON: ${err.message}`);
  }
  return { layers: opts.rootfs, name: opts.name, out: opts.out, arch: opts.arch, variant: opts.variant, config };
}

/** JSON with object keys sorted at every level: one byte sequence per value. */
export function canonicalJson(value) {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

function run(cmd, args, { stdoutFile } = {}) {
  const fd = stdoutFile ? openSync(stdoutFile, 'w', 0o644) : undefined;
  try {
    const r = spawnSync(cmd, args, {
      stdio: ['ignore', fd ?? 'inherit', 'inherit'],
      env: { ...process.env, LC_ALL: 'C' },
    });
    if (r.error) fail(`${cmd}: ${r.error.message}`);
    if (r.status !== 0) fail(`${cmd} ${args.join(' ')} exited ${r.status ?? r.signal}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** A tar of the entries of dir (sorted, without a "./" entry), written to file. */
function tarDir(dir, file) {
  const entries = readdirSync(dir).sort();
  if (entries.length === 0) fail(`${dir} is empty`);
  run('tar', [...TAR_FLAGS, '-C', dir, '-cf', file, '--', ...entries]);
}

function sha256File(file) {
  return `sha256:${createHash('sha256').update(readFileSync(file)).digest('hex')}`;
}

/** Parses a reference's tag: what follows the last ':' after the last '/'. */
export function tagOf(name) {
  const slash = name.lastIndexOf('/');
  const colon = name.lastIndexOf(':');
  if (colon <= slash || name.includes('@')) return undefined;
  return name.slice(colon + 1);
}

/**
 * Packs the directories of opts.layers (lowest first, one layer each) as image opts.name into
 * the OCI archive opts.out. Returns the manifest's descriptor and the archive's size.
 * @param {{ layers: string[], name: string, out: string, arch: string, variant?: string, config?: object }} opts
 */
export function packOciLayout(opts) {
  const tag = tagOf(opts.name);
  if (!tag) fail(`the image name must carry a tag and no digest: ${opts.name}`);
  const imageConfig = opts.config ?? {};
  if (!imageConfig || typeof imageConfig !== 'object' || Array.isArray(imageConfig))
    fail('the config must be a JSON object');
  if (!opts.layers?.length) fail('no layers');

  const out = resolve(opts.out);
  const work = mkdtempSync(join(tmpdir(), 'podctl-oci-'));
  try {
    const layout = join(work, 'layout');
    const blobs = join(layout, 'blobs', 'sha256');
    mkdirSync(blobs, { recursive: true, mode: 0o755 });
    for (const d of [layout, join(layout, 'blobs'), blobs]) chmodSync(d, 0o755);

    const putBlob = (mediaType, bytes) => {
      const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
      const path = join(blobs, digest.slice('sha256:'.length));
      writeFileSync(path, bytes, { mode: 0o644 });
      chmodSync(path, 0o644);
      return { mediaType, digest, size: bytes.length };
    };

    // Each layer: its uncompressed digest is its diff_id, its compressed one the blob's.
    const layers = [];
    const diffIds = [];
    opts.layers.forEach((dir, i) => {
      const layerTar = join(work, `layer${i}.tar`);
      tarDir(resolve(dir), layerTar);
      diffIds.push(sha256File(layerTar));
      run('gzip', ['-n', '-9', '-c', layerTar], { stdoutFile: `${layerTar}.gz` });
      layers.push(putBlob(MEDIA_TYPES.layerGzip, readFileSync(`${layerTar}.gz`)));
    });

    const platform = { architecture: opts.arch, os: 'linux', ...(opts.variant ? { variant: opts.variant } : {}) };
    const config = putBlob(
      MEDIA_TYPES.config,
      Buffer.from(canonicalJson({ ...platform, config: imageConfig, rootfs: { type: 'layers', diff_ids: diffIds } })),
    );
    const manifest = putBlob(
      MEDIA_TYPES.manifest,
      Buffer.from(canonicalJson({ schemaVersion: 2, mediaType: MEDIA_TYPES.manifest, config, layers })),
    );
    const index = {
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.index,
      manifests: [
        {
          ...manifest,
          platform,
          annotations: { 'io.containerd.image.name': opts.name, 'org.opencontainers.image.ref.name': tag },
        },
      ],
    };
    writeFileSync(join(layout, 'index.json'), canonicalJson(index), { mode: 0o644 });
    writeFileSync(join(layout, 'oci-layout'), canonicalJson({ imageLayoutVersion: '1.0.0' }), { mode: 0o644 });
    for (const f of ['index.json', 'oci-layout']) chmodSync(join(layout, f), 0o644);

    // The archive, written next to its final place and renamed over it: readers never see
    // half of one, and two concurrent builds both leave a whole (and identical) archive.
    mkdirSync(dirname(out), { recursive: true });
    const partial = `${out}.partial-${process.pid}`;
    try {
      tarDir(layout, partial);
      chmodSync(partial, 0o644);
      renameSync(partial, out);
    } finally {
      rmSync(partial, { force: true });
    }
    return { manifest, layers, size: statSync(out).size, out };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function main() {
  try {
    const opts = parseArgs(process.argv.slice(2));
    const r = packOciLayout(opts);
    const layers = r.layers.length === 1 ? '1 layer' : `${r.layers.length} layers`;
    process.stdout.write(`${opts.name} ${r.manifest.digest} (${layers}) ${r.size} bytes -> ${r.out}\n`);
  } catch (err) {
    if (!(err instanceof PackError)) throw err;
    process.stderr.write(`pack-oci-layout: ${err.message}\n`);
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
