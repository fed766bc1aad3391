import test from 'ava';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { isInvalidArgument } from '../../../src/errors.js';
import {
  assertSafeArchivePath,
  chainIds,
  DigestVerifier,
  isDigest,
  sha256Digest,
  verifiedStream,
} from '../../../src/image/digest.js';

const sha256 = (data: string | Uint8Array) => `sha256:${createHash('sha256').update(data).digest('hex')}`;

test('sha256Digest of known vectors', (t) => {
  t.is(sha256Digest(''), 'sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  t.is(sha256Digest(Buffer.from('abc')), 'sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
});

const digestCheck = test.macro({
  exec(t, value: string, expected: boolean) {
    t.is(isDigest(value), expected);
  },
  title: (_, value: string, expected: boolean) =>
    `${JSON.stringify(value.length > 40 ? `${value.slice(0, 32)}…(${value.length})` : value)} is ${expected ? '' : 'not '}a digest`,
});

test(digestCheck, `sha256:${'a'.repeat(64)}`, true);
test(digestCheck, `sha512:${'0'.repeat(128)}`, true);
test(digestCheck, `sha256:${'A'.repeat(64)}`, false);
test(digestCheck, `sha256:${'a'.repeat(63)}`, false);
test(digestCheck, `sha256:${'a'.repeat(65)}`, false);
test(digestCheck, `sha512:${'a'.repeat(64)}`, false);
test(digestCheck, `sha384:${'a'.repeat(96)}`, false);
test(digestCheck, `md5:${'a'.repeat(32)}`, false);
test(digestCheck, 'a'.repeat(64), false);
test(digestCheck, '', false);

const DIFF_A = sha256('layer a');
const DIFF_B = sha256('layer b');

test('chain IDs: the first is the diff ID, each next hashes "<previous> <diff>"', (t) => {
  const diffIds = [DIFF_A, DIFF_B, sha256('layer c')];
  const second = sha256(`${DIFF_A} ${DIFF_B}`);
  const third = sha256(`${second} ${diffIds[2]}`);
  t.deepEqual(chainIds(diffIds), [DIFF_A, second, third]);
  t.deepEqual(chainIds([]), []);
  t.deepEqual(chainIds([DIFF_B]), [DIFF_B]);
});

// The image-spec's identity test vectors (placeholder digests, which ChainIDs does not
// validate), hashed once with coreutils' sha256sum rather than node:crypto.
test('hard-coded chain IDs for the image-spec test stack a|b|c', (t) => {
  t.deepEqual(chainIds(['sha256:a', 'sha256:b', 'sha256:c']), [
    'sha256:a',
    'sha256:970a948bffa8de94d6e22d747ba8c95030e6e546909f98f54e99a13005e173a8',
    'sha256:dee159b33409cefa3f6eda71539f006014283e9d9130c18a1dea7bd8a33c9b1b',
  ]);
});

function chunks(text: string, size: number): Buffer[] {
  const bytes = Buffer.from(text);
  const out: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, i + size));
  return out;
}

test('the verifier accepts the right bytes, streamed in pieces', (t) => {
  const body = 'hello, content store';
  const verifier = new DigestVerifier({ digest: sha256(body), size: body.length });
  for (const chunk of chunks(body, 3)) verifier.update(chunk);
  t.is(verifier.finish(), sha256(body));
  t.is(verifier.bytes, body.length);
});

test('the verifier checks sha512 digests too, and works without a size', (t) => {
  const digest = `sha512:${createHash('sha512').update('x').digest('hex')}`;
  const verifier = new DigestVerifier({ digest });
  verifier.update(Buffer.from('x'));
  t.is(verifier.finish(), digest);
});

test('the verifier fails as soon as a blob runs past its size', (t) => {
  const digest = sha256('abcd');
  const verifier = new DigestVerifier({ digest, size: 3 });
  verifier.update(Buffer.from('ab'));
  const err = t.throws(() => verifier.update(Buffer.from('cd')));
  t.true(isInvalidArgument(err));
  t.is(err.message, `blob ${digest}: expected 3 bytes, got more`);
});

test('the verifier fails on a short blob', (t) => {
  const digest = sha256('abcd');
  const verifier = new DigestVerifier({ digest, size: 4 });
  verifier.update(Buffer.from('abc'));
  const err = t.throws(() => verifier.finish());
  t.is(err.message, `blob ${digest}: expected 4 bytes, got 3`);
});

test('the verifier fails on a digest mismatch', (t) => {
  const expected = sha256('abcd');
  const verifier = new DigestVerifier({ digest: expected, size: 4 });
  verifier.update(Buffer.from('abce'));
  const err = t.throws(() => verifier.finish());
  t.true(isInvalidArgument(err));
  t.is(err.message, `digest mismatch: expected ${expected}, got ${sha256('abce')}`);
});

test('the verifier refuses an expected digest it cannot check', (t) => {
  const err = t.throws(() => new DigestVerifier({ digest: 'md5:00' }));
  t.true(isInvalidArgument(err));
});

test('verifiedStream passes the bytes through when they match', async (t) => {
  const body = 'layer bytes '.repeat(100);
  const out: Buffer[] = [];
  for await (const chunk of verifiedStream(Readable.from(chunks(body, 64)), {
    digest: sha256(body),
    size: body.length,
  })) {
    out.push(Buffer.from(chunk));
  }
  t.is(Buffer.concat(out).toString(), body);
});

test('verifiedStream fails at the end on a mismatch', async (t) => {
  const consume = async () => {
    for await (const _ of verifiedStream(Readable.from(chunks('tampered', 2)), {
      digest: sha256('original'),
      size: 8,
    })) {
      // drain
    }
  };
  const err = await t.throwsAsync(consume);
  t.regex(err.message, /^digest mismatch: expected sha256:[a-f0-9]{64}, got sha256:[a-f0-9]{64}$/);
});

const unsafe = test.macro({
  exec(t, name: string, problem: string) {
    const err = t.throws(() => assertSafeArchivePath(name));
    t.true(isInvalidArgument(err));
    t.is(err.message, `unsafe path in archive ${JSON.stringify(name)}: ${problem}`);
  },
  title: (_, name: string) => `archive path ${JSON.stringify(name)} is refused`,
});

test(unsafe, '', 'empty name');
test(unsafe, '/etc/passwd', 'absolute path');
test(unsafe, '../escape', 'contains a ".." component');
test(unsafe, 'a/../../b', 'contains a ".." component');
test(unsafe, 'blobs/..', 'contains a ".." component');
test(unsafe, 'a\0b', 'contains a NUL byte');

test('ordinary archive paths are accepted', (t) => {
  for (const name of ['manifest.json', 'blobs/sha256/abc', './index.json', 'a/..b/c', 'dir/', '..hidden']) {
    t.notThrows(() => assertSafeArchivePath(name), name);
  }
});
