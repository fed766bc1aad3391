// The spool on its own, in a temporary directory: no containerd, no root.
import test from 'ava';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { isInvalidArgument } from '../../../../src/errors.js';
import { spoolArchive } from '../../../../src/image/archive/read-archive.js';
import type { ArchiveLimits } from '../../../../src/image/archive/spool.js';
import { sha256, tarBytes, type TarEntry } from '../../../helpers/archives.js';

const file = (name: string, data: string): TarEntry => ({ header: { name, type: 'file' }, data: Buffer.from(data) });
const ENTRIES = [
  file('oci-layout', '{"imageLayoutVersion":"1.0.0"}'),
  file('./blobs/sha256/abc', 'x'.repeat(3000)),
  file('index.json', '{}'),
];

async function* chunks(data: Buffer, size = 700): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < data.byteLength; i += size) yield data.subarray(i, i + size);
}

async function scratch(t: import('ava').ExecutionContext): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'podctl-spool-test-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

test('entries are spooled by their normalised names, with sizes and digests', async (t) => {
  const tmpDir = await scratch(t);
  const spool = await spoolArchive(chunks(await tarBytes(ENTRIES)), { tmpDir });
  t.deepEqual([...spool.files.keys()].sort(), ['blobs/sha256/abc', 'index.json', 'oci-layout']);
  const blob = spool.get('blobs/sha256/abc')!;
  t.is(blob.size, 3000);
  t.is(blob.digest, sha256('x'.repeat(3000)));
  t.is(await readFile(blob.path, 'utf8'), 'x'.repeat(3000));
  await spool.remove();
  t.deepEqual(await readdir(tmpDir), []);
});

test('a gzipped archive spools the same', async (t) => {
  const spool = await spoolArchive(chunks(gzipSync(await tarBytes(ENTRIES))), { tmpDir: await scratch(t) });
  t.is(spool.get('index.json')?.size, 2);
  await spool.remove();
});

test('links between entries are aliases, followed by get()', async (t) => {
  const entries = [
    ...ENTRIES,
    {
      header: { name: 'id/layer.tar', type: 'symlink' as const, linkname: '../blobs/sha256/abc' },
      data: Buffer.alloc(0),
    },
  ];
  const spool = await spoolArchive(chunks(await tarBytes(entries)), { tmpDir: await scratch(t) });
  t.is(spool.get('id/layer.tar'), spool.get('blobs/sha256/abc'));
  t.deepEqual([...spool.entries()].map(([name]) => name).sort(), [
    'blobs/sha256/abc',
    'id/layer.tar',
    'index.json',
    'oci-layout',
  ]);
  await spool.remove();
});

const refused = test.macro({
  async exec(t, input: () => Promise<Buffer>, message: RegExp, limits: Partial<ArchiveLimits> = {}) {
    const tmpDir = await scratch(t);
    const err = await t.throwsAsync(spoolArchive(chunks(await input()), { tmpDir, limits }));
    t.true(isInvalidArgument(err), String(err));
    t.regex(err?.message ?? '', message);
    t.false((err?.message ?? '').includes('\n'), 'one line');
    t.deepEqual(await readdir(tmpDir), [], 'the spool directory is gone');
  },
  title: (title) => `refuses ${title}`,
});

test(
  'a tar cut inside an entry',
  refused,
  async () => (await tarBytes(ENTRIES)).subarray(0, 2048),
  /^archive is truncated: it ends inside an entry$/,
);
test(
  'a tar without its end-of-archive marker',
  refused,
  () => tarBytes(ENTRIES, { end: false }),
  /^archive is truncated: it has no end-of-archive marker$/,
);
test(
  'a gzipped tar cut short',
  refused,
  async () => gzipSync(await tarBytes(ENTRIES)).subarray(0, 100),
  /^archive is truncated/,
);
test(
  'a text file',
  refused,
  async () => Buffer.from('hello, this is not an archive\n'.repeat(40)),
  /^not an image archive: not a tar file$/,
);
test('a short text file', refused, async () => Buffer.from('hello\n'), /^not an image archive: not a tar file$/);
test('empty input', refused, async () => Buffer.alloc(0), /^not an image archive: the input is empty$/);
test(
  'an entry over the per-entry limit',
  refused,
  () => tarBytes(ENTRIES),
  /^archive entry "blobs\/sha256\/abc" is 2\.9 KiB, over the 2 KiB limit per entry$/,
  { maxEntryBytes: 2048 },
);
test(
  'entries over the total limit',
  refused,
  () => tarBytes(ENTRIES),
  /^archive holds more than the 3 KiB limit at entry "index\.json"$/,
  { maxTotalBytes: 3031 },
);
test('too many entries', refused, () => tarBytes(ENTRIES), /^archive has more than 2 entries$/, { maxEntries: 2 });
test(
  'an index.json over the document limit',
  refused,
  () => tarBytes([file('index.json', ' '.repeat((4 << 20) + 1))]),
  /^archive entry "index\.json" is 4 MiB, over the 4 MiB limit for documents$/,
);
test('a ../ path', refused, () => tarBytes([...ENTRIES, file('../evil', 'x')]), /^unsafe path in archive "\.\.\/evil"/);
test(
  'a symlink out of the archive',
  refused,
  () =>
    tarBytes([{ header: { name: 'blobs/sha256/x', type: 'symlink', linkname: '/etc/shadow' }, data: Buffer.alloc(0) }]),
  /is a symbolic link to "\/etc\/shadow", outside/,
);
test(
  'a FIFO',
  refused,
  () => tarBytes([{ header: { name: 'fifo', type: 'fifo' }, data: Buffer.alloc(0) }]),
  /^archive entry "fifo" is a FIFO/,
);
