// WWW-Authenticate parsing, as registries and token servers write it.
import test from 'ava';
import { parseChallenges, type Challenge } from '../../../../src/image/registry/challenge.js';

const parses = test.macro({
  exec(t, header: string | string[] | undefined, expected: Challenge[]) {
    t.deepEqual(parseChallenges(header), expected);
  },
  title: (given = '', header: string | string[] | undefined) => `${given}: ${JSON.stringify(header)}`,
});

test(
  "distribution's bearer challenge",
  parses,
  'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/busybox:pull"',
  [
    {
      scheme: 'bearer',
      params: {
        realm: 'https://auth.docker.io/token',
        service: 'registry.docker.io',
        scope: 'repository:library/busybox:pull',
      },
    },
  ],
);
test(
  'a comma inside a quoted value',
  parses,
  'Bearer realm="http://127.0.0.1:1/token",scope="repository:a/b:pull,push"',
  [{ scheme: 'bearer', params: { realm: 'http://127.0.0.1:1/token', scope: 'repository:a/b:pull,push' } }],
);
test('basic with a realm', parses, 'Basic realm="podctl-test-registry"', [
  { scheme: 'basic', params: { realm: 'podctl-test-registry' } },
]);
test('scheme and names are case-insensitive', parses, 'BEARER Realm="r", SERVICE="s"', [
  { scheme: 'bearer', params: { realm: 'r', service: 's' } },
]);
test('spaces around = and unquoted tokens', parses, 'Bearer realm = "r" , service=reg.example', [
  { scheme: 'bearer', params: { realm: 'r', service: 'reg.example' } },
]);
test('escaped quotes', parses, 'Basic realm="say \\"hi\\""', [{ scheme: 'basic', params: { realm: 'say "hi"' } }]);
test('two challenges in one header', parses, 'Basic realm="b", Bearer realm="t",service="s"', [
  { scheme: 'basic', params: { realm: 'b' } },
  { scheme: 'bearer', params: { realm: 't', service: 's' } },
]);
test(
  'repeated headers',
  parses,
  ['Bearer realm="t"', 'Basic realm="b"'],
  [
    { scheme: 'bearer', params: { realm: 't' } },
    { scheme: 'basic', params: { realm: 'b' } },
  ],
);
test('a token68 challenge', parses, 'Negotiate abc123==, Basic realm="b"', [
  { scheme: 'negotiate', params: {} },
  { scheme: 'basic', params: { realm: 'b' } },
]);
test('a bare scheme', parses, 'Basic', [{ scheme: 'basic', params: {} }]);
test('nothing', parses, undefined, []);
test('empty', parses, '', []);
test('garbage does not throw', parses, '=,"x', []);
