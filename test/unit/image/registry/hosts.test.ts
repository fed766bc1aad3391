// hosts.toml as containerd reads it: mirror order, capabilities, server, paths, certificates,
// headers, and which endpoints may skip TLS verification or fall back to plain HTTP.
import test from 'ava';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isInvalidArgument } from '../../../../src/errors.js';
import {
  apiRoot,
  defaultEndpoint,
  hostDirCandidates,
  isInsecure,
  parseHostsFile,
  registryEndpoints,
  type RegistryEndpoint,
} from '../../../../src/image/registry/hosts.js';

const FILE = '/etc/containerd/certs.d/docker.io/hosts.toml';
const summary = (e: RegistryEndpoint) => ({
  url: e.url,
  capabilities: e.capabilities.join(','),
  skipVerify: e.skipVerify,
  plainHttpFallback: e.plainHttpFallback,
});

const parses = test.macro({
  exec(t, domain: string, toml: string, expected: ReturnType<typeof summary>[], insecureRegistries: string[] = []) {
    t.deepEqual(parseHostsFile(toml, domain, FILE, { insecureRegistries }).map(summary), expected);
  },
  title: (given = '') => `hosts.toml: ${given}`,
});

const ALL = 'pull,resolve,push';
const HUB = { url: 'https://registry-1.docker.io', capabilities: ALL, skipVerify: false, plainHttpFallback: false };

test('empty file: the default upstream alone', parses, 'docker.io', '', [HUB]);
test(
  'mirrors in file order, then the upstream',
  parses,
  'docker.io',
  `
[host."https://b.example.com"]
  capabilities = ["pull", "resolve"]
[host."https://a.example.com"]
  capabilities = ["pull"]
[host."https://c.example.com"]
`,
  [
    { url: 'https://b.example.com', capabilities: 'pull,resolve', skipVerify: false, plainHttpFallback: false },
    { url: 'https://a.example.com', capabilities: 'pull', skipVerify: false, plainHttpFallback: false },
    { url: 'https://c.example.com', capabilities: ALL, skipVerify: false, plainHttpFallback: false },
    HUB,
  ],
);
test(
  'server replaces the upstream; top-level settings are its',
  parses,
  'docker.io',
  `
server = "http://127.0.0.1:5000"
capabilities = ["pull", "resolve"]
`,
  [{ url: 'http://127.0.0.1:5000', capabilities: 'pull,resolve', skipVerify: false, plainHttpFallback: false }],
);
test(
  'capabilities are case-insensitive',
  parses,
  'ghcr.io',
  `
[host."https://m.example.com"]
capabilities = ["PULL", "Resolve"]
`,
  [
    { url: 'https://m.example.com', capabilities: 'pull,resolve', skipVerify: false, plainHttpFallback: false },
    { url: 'https://ghcr.io', capabilities: ALL, skipVerify: false, plainHttpFallback: false },
  ],
);
test(
  'a host without a scheme is HTTPS',
  parses,
  'quay.io',
  `
[host."mirror.example.com:8443"]
skip_verify = true
`,
  [
    { url: 'https://mirror.example.com:8443', capabilities: ALL, skipVerify: true, plainHttpFallback: false },
    { url: 'https://quay.io', capabilities: ALL, skipVerify: false, plainHttpFallback: false },
  ],
);
test('localhost upstream: HTTPS unverified, falling back to HTTP', parses, 'localhost:5000', '', [
  { url: 'https://localhost:5000', capabilities: ALL, skipVerify: true, plainHttpFallback: true },
]);
test('127.0.0.1 upstream on port 80 is plain HTTP outright', parses, '127.0.0.1:80', '', [
  { url: 'http://127.0.0.1:80', capabilities: ALL, skipVerify: false, plainHttpFallback: false },
]);
test('localhost without a port: HTTPS unverified, no fallback', parses, 'localhost', '', [
  { url: 'https://localhost', capabilities: ALL, skipVerify: true, plainHttpFallback: false },
]);
test(
  'an insecure registry without a port: HTTPS, then HTTP on port 80',
  parses,
  'reg.internal',
  '',
  [{ url: 'https://reg.internal', capabilities: ALL, skipVerify: true, plainHttpFallback: true }],
  ['reg.internal'],
);
test(
  'an insecure registry falls back to HTTP; others do not',
  parses,
  'reg.internal:5000',
  `
[host."https://mirror.internal"]
`,
  [
    { url: 'https://mirror.internal', capabilities: ALL, skipVerify: false, plainHttpFallback: false },
    { url: 'https://reg.internal:5000', capabilities: ALL, skipVerify: true, plainHttpFallback: true },
  ],
  ['reg.internal:5000'],
);
test(
  'an explicit https:// on localhost is used as written',
  parses,
  'docker.io',
  `
server = "https://127.0.0.1:5443"
`,
  [{ url: 'https://127.0.0.1:5443', capabilities: ALL, skipVerify: false, plainHttpFallback: false }],
);

test('paths: /v2 appended unless present or override_path', (t) => {
  const [a, b, c, up] = parseHostsFile(
    `
[host."https://a.example.com/mirror/"]
[host."https://b.example.com/v2"]
[host."https://c.example.com/custom/api"]
override_path = true
`,
    'docker.io',
    FILE,
  );
  t.is(apiRoot(a!), 'https://a.example.com/mirror/v2');
  t.is(apiRoot(b!), 'https://b.example.com/v2');
  t.is(apiRoot(c!), 'https://c.example.com/custom/api');
  t.is(apiRoot(up!), 'https://registry-1.docker.io/v2');
});

test("ca and client paths are resolved against the file's directory; headers become lists", (t) => {
  const [mirror] = parseHostsFile(
    `
[host."https://m.example.com"]
ca = "m-ca.crt"
client = [["client.cert", "/abs/client.key"]]
[host."https://m.example.com".header]
x-custom = "1"
x-multi = ["a", "b"]
`,
    'docker.io',
    FILE,
  );
  t.deepEqual(mirror!.ca, ['/etc/containerd/certs.d/docker.io/m-ca.crt']);
  t.deepEqual(mirror!.client, [['/etc/containerd/certs.d/docker.io/client.cert', '/abs/client.key']]);
  t.deepEqual(mirror!.headers, { 'x-custom': ['1'], 'x-multi': ['a', 'b'] });
});

const rejects = test.macro({
  exec(t, toml: string, pattern: RegExp) {
    const err = t.throws(() => parseHostsFile(toml, 'docker.io', FILE));
    t.true(isInvalidArgument(err));
    t.true(err.message.startsWith(`invalid hosts file ${FILE}: `), err.message);
    t.false(err.message.includes('\n'));
    t.regex(err.message, pattern);
  },
  title: (given = '') => `bad hosts.toml: ${given}`,
});
test('not TOML', rejects, 'server = "https://x\n[host', /line 1/);
test(
  'unknown capability',
  rejects,
  '[host."https://m"]\ncapabilities = ["pull", "fly"]',
  /host\."https:\/\/m": unknown capability "fly"/,
);
test('wrong type', rejects, 'skip_verify = "yes"', /skip_verify/);

test('default endpoints: Docker Hub and others', (t) => {
  t.is(defaultEndpoint('docker.io').url, 'https://registry-1.docker.io');
  t.is(defaultEndpoint('ghcr.io').url, 'https://ghcr.io');
  t.true(defaultEndpoint('[::1]:5000').plainHttpFallback);
  t.false(defaultEndpoint('example.com:5000').plainHttpFallback);
});

test('insecure registries match with or without the port', (t) => {
  t.true(isInsecure('reg:5000', ['reg:5000']));
  t.true(isInsecure('reg:5000', ['reg']));
  t.false(isInsecure('reg:5000', ['reg:5001']));
  t.false(isInsecure('other:5000', ['reg']));
});

test('host directories: as named, host_port_, then _default', (t) => {
  t.deepEqual(hostDirCandidates('/d', '127.0.0.1:5000'), ['/d/127.0.0.1:5000', '/d/127.0.0.1_5000_', '/d/_default']);
  t.deepEqual(hostDirCandidates('/d', 'docker.io'), ['/d/docker.io', '/d/_default']);
});

test("registryEndpoints reads the host's directory, else _default, else nothing", async (t) => {
  const dir = await mkdtemp(path.join(tmpdir(), 'podctl-hosts-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  t.deepEqual(
    (await registryEndpoints('ghcr.io', { hostsDir: dir })).map((e) => e.url),
    ['https://ghcr.io'],
  );
  await mkdir(path.join(dir, '_default'));
  await writeFile(path.join(dir, '_default', 'hosts.toml'), '[host."https://all.example.com"]\n');
  t.deepEqual(
    (await registryEndpoints('ghcr.io', { hostsDir: dir })).map((e) => e.url),
    ['https://all.example.com', 'https://ghcr.io'],
  );
  await mkdir(path.join(dir, 'ghcr.io'));
  await writeFile(path.join(dir, 'ghcr.io', 'ca.crt'), 'not read here');
  const [only] = await registryEndpoints('ghcr.io', { hostsDir: dir });
  t.deepEqual(
    only!.ca,
    [path.join(dir, 'ghcr.io', 'ca.crt')],
    'a directory without hosts.toml: docker-style certificates',
  );
  t.deepEqual(
    (await registryEndpoints('ghcr.io', { hostsDir: path.join(dir, 'absent') })).map((e) => e.url),
    ['https://ghcr.io'],
  );
});
