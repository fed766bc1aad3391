import test from 'ava';
import { isInvalidArgument } from '../../../../src/errors.js';
import {
  blobPathDigest,
  classifyEntry,
  isArchiveDocument,
  type ArchiveEntry,
  type EntryHeader,
} from '../../../../src/image/archive/entry.js';

const accepted = test.macro({
  exec(t, header: EntryHeader, expected: ArchiveEntry) {
    t.deepEqual(classifyEntry(header), expected);
  },
  title: (_, header: EntryHeader) =>
    `accepts ${header.type ?? 'file'} ${JSON.stringify(header.name)}${header.linkname ? ` -> ${header.linkname}` : ''}`,
});

const refused = test.macro({
  exec(t, header: EntryHeader, message: RegExp) {
    const err = t.throws(() => classifyEntry(header));
    t.true(isInvalidArgument(err));
    t.regex(err?.message ?? '', message);
    t.false((err?.message ?? '').includes('\n'), 'one line');
  },
  title: (_, header: EntryHeader) =>
    `refuses ${header.type ?? 'file'} ${JSON.stringify(header.name)}${header.linkname ? ` -> ${header.linkname}` : ''}`,
});

test(accepted, { name: 'index.json', type: 'file' }, { type: 'file', name: 'index.json' });
test(accepted, { name: './index.json', type: 'file' }, { type: 'file', name: 'index.json' });
test(accepted, { name: 'blobs//sha256/./abc', type: 'file' }, { type: 'file', name: 'blobs/sha256/abc' });
test(accepted, { name: 'oci-layout', type: 'contiguous-file' }, { type: 'file', name: 'oci-layout' });
test(accepted, { name: 'oci-layout' }, { type: 'file', name: 'oci-layout' });
test(accepted, { name: 'blobs/', type: 'directory' }, { type: 'directory' });
test(accepted, { name: './', type: 'directory' }, { type: 'directory' });
test(accepted, { name: 'a..b/c', type: 'file' }, { type: 'file', name: 'a..b/c' });
test(
  accepted,
  { name: 'abc/layer.tar', type: 'symlink', linkname: '../def/layer.tar' },
  { type: 'symlink', name: 'abc/layer.tar', target: 'def/layer.tar' },
);
test(
  accepted,
  { name: 'abc/layer.tar', type: 'symlink', linkname: 'x.tar' },
  { type: 'symlink', name: 'abc/layer.tar', target: 'abc/x.tar' },
);

test(refused, { name: '', type: 'file' }, /empty name/);
test(refused, { name: '/etc/passwd', type: 'file' }, /"\/etc\/passwd".*absolute path/);
test(refused, { name: '../escape', type: 'file' }, /"\.\.\/escape".*"\.\." component/);
test(refused, { name: 'blobs/../../escape', type: 'file' }, /"\.\." component/);
test(refused, { name: 'blobs/..', type: 'directory' }, /"\.\." component/);
test(refused, { name: 'a\0b', type: 'file' }, /NUL byte/);
test(
  refused,
  { name: 'blobs/sha256/x', type: 'symlink', linkname: '/etc/passwd' },
  /"blobs\/sha256\/x" is a symbolic link to "\/etc\/passwd", outside/,
);
test(refused, { name: 'x', type: 'symlink', linkname: '../../etc/passwd' }, /is a symbolic link to .*outside/);
test(refused, { name: 'a/x', type: 'symlink', linkname: '../..' }, /outside/);
test(refused, { name: 'x', type: 'symlink', linkname: '' }, /outside/);
test(refused, { name: 'x', type: 'symlink', linkname: '.' }, /outside/);
test(refused, { name: 'index.json', type: 'link', linkname: 'other' }, /"index.json" is a hard link/);
test(refused, { name: 'dev/null', type: 'character-device' }, /"dev\/null" is a character device/);
test(refused, { name: 'dev/sda', type: 'block-device' }, /is a block device/);
test(refused, { name: 'pipe', type: 'fifo' }, /"pipe" is a FIFO/);

test('blob paths name their digest', (t) => {
  t.is(blobPathDigest(`blobs/sha256/${'a'.repeat(64)}`), `sha256:${'a'.repeat(64)}`);
  t.is(blobPathDigest('blobs/sha512/abc'), 'sha512:abc');
  t.is(blobPathDigest('blobs/sha256/a/b'), undefined);
  t.is(blobPathDigest('index.json'), undefined);
});

test('top-level JSON files, oci-layout and repositories are documents; blobs and layers are not', (t) => {
  for (const name of ['index.json', 'manifest.json', 'oci-layout', 'repositories', 'abc.json'])
    t.true(isArchiveDocument(name), name);
  for (const name of ['blobs/sha256/abc', 'abc/layer.tar', 'abc/json', 'a/b.json'])
    t.false(isArchiveDocument(name), name);
});
