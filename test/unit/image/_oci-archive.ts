// Reads an OCI image archive (an OCI image layout in a tar, as our scripts build them) and
// its one-layer image, checking on the way that every blob matches its digest.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import tar from 'tar-stream';

export interface TarEntry {
  name: string;
  type: string;
  mode: number;
  uid: number;
  gid: number;
  mtime: number; // seconds
  linkname: string | undefined;
  uname: string;
  gname: string;
  data: Buffer;
}

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  platform?: { architecture: string; os: string; variant?: string };
  annotations?: Record<string, string>;
}

export interface OciArchive {
  entries: Map<string, TarEntry>;
  layout: unknown;
  index: { schemaVersion: number; mediaType: string; manifests: Descriptor[] };
  manifestDescriptor: Descriptor;
  manifest: { schemaVersion: number; mediaType: string; config: Descriptor; layers: Descriptor[] };
  config: {
    architecture: string;
    os: string;
    variant?: string;
    config: Record<string, unknown>;
    rootfs: { type: string; diff_ids: string[] };
    [key: string]: unknown;
  };
  /** The layer blob, compressed as stored. */
  layerBlob: Buffer;
  /** The layer's tar, uncompressed. */
  layerTar: Buffer;
  layerEntries: Map<string, TarEntry>;
}

export function sha256(data: Buffer): string {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`;
}

export async function readTar(data: Buffer): Promise<Map<string, TarEntry>> {
  const entries = new Map<string, TarEntry>();
  const extract = tar.extract();
  Readable.from([data]).pipe(extract);
  for await (const entry of extract) {
    const chunks: Buffer[] = [];
    for await (const chunk of entry) chunks.push(chunk as Buffer);
    const h = entry.header;
    if (entries.has(h.name)) throw new Error(`tar entry ${h.name} appears twice`);
    entries.set(h.name, {
      name: h.name,
      type: h.type ?? 'file',
      mode: h.mode ?? 0,
      uid: h.uid ?? -1,
      gid: h.gid ?? -1,
      mtime: Math.round((h.mtime?.getTime() ?? NaN) / 1000),
      linkname: h.linkname ?? undefined,
      uname: h.uname ?? '',
      gname: h.gname ?? '',
      data: Buffer.concat(chunks),
    });
  }
  return entries;
}

/** The blob of a descriptor; throws unless it is there with the descriptor's digest and size. */
export function blob(entries: Map<string, TarEntry>, d: Descriptor): Buffer {
  const m = /^sha256:([0-9a-f]{64})$/.exec(d.digest);
  if (!m) throw new Error(`not a sha256 digest: ${d.digest}`);
  const entry = entries.get(`blobs/sha256/${m[1]}`);
  if (!entry) throw new Error(`blob ${d.digest} is missing`);
  if (sha256(entry.data) !== d.digest) throw new Error(`blob ${d.digest} has digest ${sha256(entry.data)}`);
  if (entry.data.length !== d.size)
    throw new Error(`blob ${d.digest} has ${entry.data.length} bytes, its descriptor says ${d.size}`);
  return entry.data;
}

function json<T>(entries: Map<string, TarEntry>, name: string): T {
  const entry = entries.get(name);
  if (!entry) throw new Error(`${name} is missing`);
  return JSON.parse(entry.data.toString('utf8')) as T;
}

export async function readOciArchive(path: string): Promise<OciArchive> {
  const entries = await readTar(await readFile(path));
  const layout = json<unknown>(entries, 'oci-layout');
  const index = json<OciArchive['index']>(entries, 'index.json');
  if (index.manifests.length !== 1) throw new Error(`index.json lists ${index.manifests.length} manifests, expected 1`);
  const manifestDescriptor = index.manifests[0]!;
  const manifest = JSON.parse(blob(entries, manifestDescriptor).toString('utf8')) as OciArchive['manifest'];
  const config = JSON.parse(blob(entries, manifest.config).toString('utf8')) as OciArchive['config'];
  if (manifest.layers.length !== 1) throw new Error(`the manifest has ${manifest.layers.length} layers, expected 1`);
  const layerBlob = blob(entries, manifest.layers[0]!);
  const layerTar = gunzipSync(layerBlob);
  return {
    entries,
    layout,
    index,
    manifestDescriptor,
    manifest,
    config,
    layerBlob,
    layerTar,
    layerEntries: await readTar(layerTar),
  };
}

/** This host's architecture, as OCI names it. */
export function hostOciArch(): string {
  const map: Record<string, string> = {
    x64: 'amd64',
    arm64: 'arm64',
    arm: 'arm',
    ia32: '386',
    ppc64: 'ppc64le',
    s390x: 's390x',
    riscv64: 'riscv64',
  };
  const arch = map[process.arch];
  if (!arch) throw new Error(`no OCI name known for ${process.arch}`);
  return arch;
}

/** Facts about an ELF file that matter for an image's only binary. */
export function elfInfo(data: Buffer): { isElf: boolean; machine: number; hasInterpreter: boolean } {
  if (data.length < 64 || data.readUInt32BE(0) !== 0x7f454c46)
    return { isElf: false, machine: 0, hasInterpreter: false };
  const is64 = data[4] === 2;
  const le = data[5] === 1;
  const u16 = (o: number) => (le ? data.readUInt16LE(o) : data.readUInt16BE(o));
  const u32 = (o: number) => (le ? data.readUInt32LE(o) : data.readUInt32BE(o));
  const off = (o: number) => (is64 ? Number(le ? data.readBigUInt64LE(o) : data.readBigUInt64BE(o)) : u32(o));
  const machine = u16(18);
  const phoff = off(is64 ? 32 : 28);
  const phentsize = u16(is64 ? 54 : 42);
  const phnum = u16(is64 ? 56 : 44);
  let hasInterpreter = false;
  for (let i = 0; i < phnum; i++) if (u32(phoff + i * phentsize) === 3 /* PT_INTERP */) hasInterpreter = true;
  return { isElf: true, machine, hasInterpreter };
}

/** ELF e_machine of the OCI architectures we build for. */
export const ELF_MACHINE: Record<string, number> = {
  amd64: 62,
  arm64: 183,
  arm: 40,
  '386': 3,
  ppc64le: 21,
  s390x: 22,
  riscv64: 243,
};
