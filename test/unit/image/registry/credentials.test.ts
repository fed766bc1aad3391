// Docker's config.json: reading each way credentials are written, and atomic writes that keep
// the rest of the file. Every test has its own DOCKER_CONFIG directory.
import test from 'ava';
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isFailedPrecondition, isInvalidArgument } from '../../../../src/errors.js';
import {
  DOCKER_HUB_KEY,
  dockerConfigPath,
  normalizeServer,
  readCredentials,
  removeCredentials,
  storeCredentials,
} from '../../../../src/image/registry/credentials.js';

async function configFile(t: { teardown(fn: () => Promise<void>): void }, content?: unknown): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'podctl-docker-config-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'config.json');
  if (content !== undefined) await writeFile(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

const b64 = (s: string) => Buffer.from(s).toString('base64');

test('the file: $DOCKER_CONFIG/config.json, else ~/.docker/config.json', (t) => {
  t.is(dockerConfigPath({ DOCKER_CONFIG: '/cfg' }), '/cfg/config.json');
  t.is(dockerConfigPath({ HOME: '/home/u' }), '/home/u/.docker/config.json');
});

for (const [given, host] of [
  ['https://index.docker.io/v1/', 'docker.io'],
  ['docker.io', 'docker.io'],
  ['registry-1.docker.io', 'docker.io'],
  ['http://127.0.0.1:5000/', '127.0.0.1:5000'],
  ['Ghcr.IO', 'ghcr.io'],
  ['[::1]:5000', '[::1]:5000'],
] as const) {
  test(`server ${given} is ${host}`, (t) => t.is(normalizeServer(given), host));
}

test('no file: anonymous', async (t) => {
  t.is(await readCredentials('127.0.0.1:5000', await configFile(t)), undefined);
});

test('auth as base64 of user:password; a colon in the password survives', async (t) => {
  const file = await configFile(t, { auths: { '127.0.0.1:5000': { auth: b64('me:pa:ss') } } });
  t.deepEqual(await readCredentials('127.0.0.1:5000', file), { username: 'me', password: 'pa:ss' });
  t.is(await readCredentials('127.0.0.1:5001', file), undefined);
});

test('username and password fields; identitytoken', async (t) => {
  const file = await configFile(t, {
    auths: {
      'ghcr.io': { username: 'u', password: 'p' },
      'quay.io': { auth: b64('<token>:'), identitytoken: 'refresh' },
    },
  });
  t.deepEqual(await readCredentials('ghcr.io', file), { username: 'u', password: 'p' });
  t.deepEqual(await readCredentials('quay.io', file), { username: '<token>', password: '', identityToken: 'refresh' });
});

test("Docker Hub under docker's key or docker.io", async (t) => {
  const legacy = await configFile(t, { auths: { [DOCKER_HUB_KEY]: { auth: b64('hub:1') } } });
  t.deepEqual(await readCredentials('docker.io', legacy), { username: 'hub', password: '1' });
  t.deepEqual(await readCredentials('registry-1.docker.io', legacy), { username: 'hub', password: '1' });
  const short = await configFile(t, { auths: { 'docker.io': { auth: b64('hub:2') } } });
  t.deepEqual(await readCredentials('docker.io', short), { username: 'hub', password: '2' });
});

test('a credential helper for the host is an error that says so', async (t) => {
  const file = await configFile(t, {
    auths: { 'ghcr.io': {} },
    credsStore: 'desktop',
    credHelpers: { 'gcr.io': 'gcloud' },
  });
  const store = await t.throwsAsync(readCredentials('ghcr.io', file));
  t.true(isFailedPrecondition(store));
  t.regex(store.message, /docker-credential-desktop.*not support/);
  const helper = await t.throwsAsync(readCredentials('gcr.io', file));
  t.regex(helper.message, /docker-credential-gcloud/);
  t.is(await readCredentials('127.0.0.1:5000', file), undefined, 'hosts the helper does not hold stay anonymous');
});

test('bad JSON names the file', async (t) => {
  const file = await configFile(t, '{ "auths": ');
  const err = await t.throwsAsync(readCredentials('ghcr.io', file));
  t.true(isInvalidArgument(err));
  t.true(err.message.includes(file));
});

test('store: mode 0600, other keys and hosts kept, other spellings of the host replaced', async (t) => {
  const file = await configFile(t, {
    auths: { 'ghcr.io': { auth: b64('g:1') }, 'http://127.0.0.1:5000': { auth: b64('old:0') } },
    psFormat: 'table {{.ID}}',
    proxies: { default: { httpProxy: 'http://p' } },
  });
  await storeCredentials('127.0.0.1:5000', { username: 'new', password: 'pw' }, file);
  const written = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  t.deepEqual(written, {
    auths: { 'ghcr.io': { auth: b64('g:1') }, '127.0.0.1:5000': { auth: b64('new:pw') } },
    psFormat: 'table {{.ID}}',
    proxies: { default: { httpProxy: 'http://p' } },
  });
  t.is((await stat(file)).mode & 0o777, 0o600);
  t.deepEqual(await readdir(path.dirname(file)), ['config.json'], 'no temporary file left');
  t.deepEqual(await readCredentials('127.0.0.1:5000', file), { username: 'new', password: 'pw' });
});

test("store creates the directory and file; Docker Hub goes under docker's key", async (t) => {
  const file = path.join(path.dirname(await configFile(t)), 'new', 'config.json');
  await storeCredentials('docker.io', { username: 'hub', password: 'x' }, file);
  t.deepEqual(JSON.parse(await readFile(file, 'utf8')), { auths: { [DOCKER_HUB_KEY]: { auth: b64('hub:x') } } });
});

test('store refuses when a credsStore is configured', async (t) => {
  const file = await configFile(t, { credsStore: 'secretservice' });
  const err = await t.throwsAsync(storeCredentials('ghcr.io', { username: 'u', password: 'p' }, file));
  t.true(isFailedPrecondition(err));
  t.deepEqual(JSON.parse(await readFile(file, 'utf8')), { credsStore: 'secretservice' }, 'the file is untouched');
});

test('remove: only that host, under any spelling', async (t) => {
  const file = await configFile(t, {
    auths: {
      [DOCKER_HUB_KEY]: { auth: b64('a:b') },
      'docker.io': { auth: b64('c:d') },
      'ghcr.io': { auth: b64('e:f') },
    },
    other: 1,
  });
  t.true(await removeCredentials('docker.io', file));
  t.deepEqual(JSON.parse(await readFile(file, 'utf8')), { auths: { 'ghcr.io': { auth: b64('e:f') } }, other: 1 });
  t.false(await removeCredentials('docker.io', file));
  t.false(await removeCredentials('ghcr.io', await configFile(t)), 'no file: nothing to remove');
});
