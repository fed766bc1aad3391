import test from 'ava';
import { isInvalidArgument } from '../../../src/errors.js';
import { parseReference, registryHost } from '../../../src/image/reference.js';

const SHA256 = `sha256:${'4b'.repeat(32)}`;
const SHA512 = `sha512:${'c0'.repeat(64)}`;
const short = (s: string) => JSON.stringify(s.length > 64 ? `${s.slice(0, 56)}…` : s);

// [input, canonical string, familiar string]; domain, path, tag and digest are checked against
// the canonical string's parts.
const normalises = test.macro({
  exec(t, input: string, canonical: string, familiar: string) {
    const ref = parseReference(input);
    t.is(ref.string, canonical);
    t.is(ref.familiar, familiar);
    t.is(ref.name, `${ref.domain}/${ref.path}`);
    t.is(
      canonical,
      `${ref.name}${ref.tag === undefined ? '' : `:${ref.tag}`}${ref.digest === undefined ? '' : `@${ref.digest}`}`,
    );
    t.deepEqual(parseReference(ref.string), ref, 'the canonical form parses to itself');
  },
  title: (_, input: string, canonical: string) => `${short(input)} is ${short(canonical)}`,
});

test(normalises, 'busybox', 'docker.io/library/busybox:latest', 'busybox:latest');
test(normalises, 'busybox:1.36', 'docker.io/library/busybox:1.36', 'busybox:1.36');
test(normalises, 'user/app', 'docker.io/user/app:latest', 'user/app:latest');
test(normalises, 'user/app:1', 'docker.io/user/app:1', 'user/app:1');
test(normalises, 'docker.io/busybox', 'docker.io/library/busybox:latest', 'busybox:latest');
test(normalises, 'docker.io/library/busybox:latest', 'docker.io/library/busybox:latest', 'busybox:latest');
test(normalises, 'index.docker.io/library/redis', 'docker.io/library/redis:latest', 'redis:latest');
test(normalises, 'index.docker.io/user/app:2', 'docker.io/user/app:2', 'user/app:2');
test(normalises, 'library/distros/ubuntu', 'docker.io/library/distros/ubuntu:latest', 'library/distros/ubuntu:latest');
test(normalises, 'localhost/x', 'localhost/x:latest', 'localhost/x:latest');
test(normalises, 'localhost:5000/x', 'localhost:5000/x:latest', 'localhost:5000/x:latest');
test(normalises, '127.0.0.1:5000/a/b:tag', '127.0.0.1:5000/a/b:tag', '127.0.0.1:5000/a/b:tag');
test(normalises, '[::1]:5000/foo', '[::1]:5000/foo:latest', '[::1]:5000/foo:latest');
test(normalises, 'registry.k8s.io/pause:3.10', 'registry.k8s.io/pause:3.10', 'registry.k8s.io/pause:3.10');
test(normalises, `ghcr.io/o/r@${SHA256}`, `ghcr.io/o/r@${SHA256}`, `ghcr.io/o/r@${SHA256}`);
test(normalises, `busybox:1.36@${SHA256}`, `docker.io/library/busybox:1.36@${SHA256}`, `busybox:1.36@${SHA256}`);
test(normalises, `busybox@${SHA512}`, `docker.io/library/busybox@${SHA512}`, `busybox@${SHA512}`);
test(normalises, 'Example.com/app', 'Example.com/app:latest', 'Example.com/app:latest');
test(normalises, 'Registry/app', 'Registry/app:latest', 'Registry/app:latest');
test(
  normalises,
  'a.b-c.example:443/x/y/z:v1.2.3-rc_1',
  'a.b-c.example:443/x/y/z:v1.2.3-rc_1',
  'a.b-c.example:443/x/y/z:v1.2.3-rc_1',
);
test(normalises, 'my__app/a_b.c---d:TAG', 'docker.io/my__app/a_b.c---d:TAG', 'my__app/a_b.c---d:TAG');
test(normalises, 'localhost', 'docker.io/library/localhost:latest', 'localhost:latest');
test(normalises, 'localhost:5000', 'docker.io/library/localhost:5000', 'localhost:5000');
test(normalises, `x:${'t'.repeat(128)}`, `docker.io/library/x:${'t'.repeat(128)}`, `x:${'t'.repeat(128)}`);

test('the parts of a reference with a tag and a digest', (t) => {
  t.deepEqual(parseReference(`ghcr.io/o/r:v1@${SHA256}`), {
    domain: 'ghcr.io',
    path: 'o/r',
    tag: 'v1',
    digest: SHA256,
    name: 'ghcr.io/o/r',
    string: `ghcr.io/o/r:v1@${SHA256}`,
    familiar: `ghcr.io/o/r:v1@${SHA256}`,
  });
});

test('a digest alone gets no default tag', (t) => {
  t.is(parseReference(`busybox@${SHA256}`).tag, undefined);
});

const rejects = test.macro({
  exec(t, input: string, problem: string) {
    const err = t.throws(() => parseReference(input));
    t.true(isInvalidArgument(err));
    t.is(err.message, `invalid reference ${JSON.stringify(input)}: ${problem}`);
    t.false(err.message.includes('\n'));
  },
  title: (_, input: string, problem: string) => `${short(input)} is rejected: ${short(problem)}`,
});

const PATH_RULE = 'use lowercase letters and digits, separated by ".", "_", "__" or "-"';
const TAG_RULE = 'use up to 128 letters, digits, "_", "." or "-", not starting with "." or "-"';

test(rejects, '', 'repository name must have at least one component');
test(rejects, 'Busybox', 'repository name must be lowercase');
test(rejects, 'user/App', 'repository name must be lowercase');
test(rejects, 'ghcr.io/Owner/repo', 'repository name must be lowercase');
test(rejects, 'localhost:5000/Foo:tag', 'repository name must be lowercase');
test(rejects, 'f'.repeat(64), 'cannot specify 64-byte hexadecimal strings');
test(rejects, 'foo//bar', 'repository path has an empty component');
test(rejects, 'foo/', 'repository path has an empty component');
test(rejects, 'ghcr.io/', 'repository path has an empty component');
test(rejects, `@${SHA256}`, 'repository path has an empty component');
test(rejects, '-foo', `invalid path component "-foo": ${PATH_RULE}`);
test(rejects, 'foo-', `invalid path component "foo-": ${PATH_RULE}`);
test(rejects, 'foo___bar', `invalid path component "foo___bar": ${PATH_RULE}`);
test(rejects, 'foo..bar', `invalid path component "foo..bar": ${PATH_RULE}`);
test(rejects, 'user/a b', `invalid path component "a b": ${PATH_RULE}`);
test(rejects, 'busybox:', `invalid tag "": ${TAG_RULE}`);
test(rejects, 'busybox:.hidden', `invalid tag ".hidden": ${TAG_RULE}`);
test(rejects, 'busybox:-x', `invalid tag "-x": ${TAG_RULE}`);
test(rejects, 'a:b:c', `invalid tag "b:c": ${TAG_RULE}`);
test(rejects, `x:${'t'.repeat(129)}`, `invalid tag "${'t'.repeat(129)}": ${TAG_RULE}`);
test(rejects, 'busybox@sha256:xyz', 'invalid digest "sha256:xyz"');
test(rejects, 'busybox@sha256:abc', 'invalid digest "sha256:abc"');
test(rejects, `busybox@sha256:${'A'.repeat(64)}`, `invalid digest "sha256:${'A'.repeat(64)}"`);
test(rejects, `busybox@sha256:${'a'.repeat(63)}`, `invalid digest "sha256:${'a'.repeat(63)}"`);
test(rejects, `busybox@sha512:${'a'.repeat(64)}`, `invalid digest "sha512:${'a'.repeat(64)}"`);
test(rejects, `busybox@md5:${'a'.repeat(32)}`, 'unsupported digest algorithm "md5"');
test(rejects, 'foo:bar/baz', 'invalid registry domain "foo:bar"');
test(rejects, '-bad.example/x', 'invalid registry domain "-bad.example"');
test(rejects, 'foo_bar.example/x', 'invalid registry domain "foo_bar.example"');
test(rejects, `example.com/${'a'.repeat(244)}`, 'repository name must not be more than 255 characters');
test(rejects, `${'a'.repeat(238)}`, 'repository name must not be more than 255 characters');

test('names of exactly 255 characters are allowed', (t) => {
  t.is(parseReference(`example.com/${'a'.repeat(243)}`).name.length, 255);
});

test('the 64-hex error hints at the digest form', (t) => {
  const err = t.throws(() => parseReference('f'.repeat(64)));
  t.regex((err as { hint?: string }).hint ?? '', /@sha256:/);
});

test("Docker Hub's API lives on registry-1.docker.io; other registries serve their own domain", (t) => {
  t.is(registryHost('docker.io'), 'registry-1.docker.io');
  t.is(registryHost(parseReference('busybox').domain), 'registry-1.docker.io');
  t.is(registryHost('ghcr.io'), 'ghcr.io');
  t.is(registryHost('localhost:5000'), 'localhost:5000');
});
