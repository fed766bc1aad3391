// The test registry helper itself: each mode starts, answers, takes a push, and is gone after stop().
import test from 'ava';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  basicAuthHeader,
  buildTinyOciArchive,
  existingTestImage,
  inspectWithSkopeo,
  pushWithSkopeo,
  registryRequest,
  startRegistry,
  type Registry,
  type RegistryOptions,
} from '../helpers/registry.js';

let archive: string;
let scratch: string;

test.before(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'podctl-registry-test-'));
  archive = (await existingTestImage('busybox', 'pause')) ?? (await buildTinyOciArchive(scratch));
});

test.after.always(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

async function started(t: { teardown(fn: () => Promise<void>): void }, options: RegistryOptions): Promise<Registry> {
  const registry = await startRegistry(options);
  t.teardown(() => registry.stop());
  return registry;
}

const exists = (p: string) =>
  stat(p).then(
    () => true,
    () => false,
  );

test('auth none: GET /v2/ is 200, a skopeo push lands, stop() kills the registry and removes its directory', async (t) => {
  const registry = await started(t, { auth: 'none' });
  t.regex(registry.host, /^127\.0\.0\.1:\d+$/);
  t.is(registry.url, `http://${registry.host}`);
  t.is(registry.credentials, undefined);
  t.is((await registryRequest(registry, '/v2/')).status, 200);

  await pushWithSkopeo(archive, 'podctl/test:v1', registry);
  const tags = await registryRequest(registry, '/v2/podctl/test/tags/list');
  t.is(tags.status, 200);
  t.deepEqual(JSON.parse(tags.body), { name: 'podctl/test', tags: ['v1'] });
  const inspected = await inspectWithSkopeo('podctl/test:v1', registry);
  t.true(Array.isArray(inspected.Layers) && (inspected.Layers as unknown[]).length >= 1);

  const { pid, dir } = registry;
  await registry.stop();
  t.throws(() => process.kill(pid, 0), { code: 'ESRCH' });
  t.false(await exists(dir));
  await registry.stop(); // idempotent, as teardown calls it again
});

test('auth basic: 401 without credentials, push and pull with them, push refused without', async (t) => {
  const registry = await started(t, { auth: 'basic' });
  const creds = registry.credentials!;
  t.truthy(creds);
  const anon = await registryRequest(registry, '/v2/');
  t.is(anon.status, 401);
  t.regex(String(anon.headers['www-authenticate']), /^Basic realm=/);
  t.is((await registryRequest(registry, '/v2/', { headers: { authorization: basicAuthHeader(creds) } })).status, 200);
  t.is(
    (
      await registryRequest(registry, '/v2/', {
        headers: { authorization: basicAuthHeader({ ...creds, password: 'wrong' }) },
      })
    ).status,
    401,
  );

  const denied = await t.throwsAsync(pushWithSkopeo(archive, 'podctl/basic:v1', registry, { creds: false }));
  t.regex(String(denied?.message), /unauthorized|authentication required|401/i);

  await pushWithSkopeo(archive, 'podctl/basic:v1', registry);
  const tags = await registryRequest(registry, '/v2/podctl/basic/tags/list', {
    headers: { authorization: basicAuthHeader(creds) },
  });
  t.deepEqual(JSON.parse(tags.body), { name: 'podctl/basic', tags: ['v1'] });
});

for (const tokenKeyHint of ['x5c', 'kid'] as const) {
  test(`auth token (JWT header ${tokenKeyHint}): Bearer challenge, push with credentials, wrong credentials fail`, async (t) => {
    const registry = await started(t, { auth: 'token', tokenKeyHint });
    const ts = registry.tokenServer!;
    const anon = await registryRequest(registry, '/v2/');
    t.is(anon.status, 401);
    t.is(anon.headers['www-authenticate'], `Bearer realm="${ts.realm}",service="${ts.service}"`);

    // The token server itself: credentials, service and scope are checked.
    const tokenUrl = (q: string) => new URL(`${ts.realm}?${q}`);
    const auth = { authorization: basicAuthHeader(registry.credentials!) };
    const get = (q: string, headers: Record<string, string> = auth) =>
      registryRequest({ url: tokenUrl(q).origin }, `${tokenUrl(q).pathname}${tokenUrl(q).search}`, { headers });
    t.is(
      (
        await get(`service=${ts.service}&scope=repository:a/b:pull`, {
          authorization: basicAuthHeader({ username: 'podctl', password: 'nope' }),
        })
      ).status,
      401,
    );
    t.is((await get(`service=other&scope=repository:a/b:pull`)).status, 400);
    t.is((await get(`service=${ts.service}&scope=repository:a/b:fly`)).status, 400);
    const ok = await get(`service=${ts.service}&scope=repository:a/b:pull,push`);
    t.is(ok.status, 200);
    const body = JSON.parse(ok.body) as { token: string; access_token: string; expires_in: number };
    t.is(body.token, body.access_token);
    t.is(body.expires_in, 300);
    const [header, claims] = body.token
      .split('.')
      .slice(0, 2)
      .map((p) => JSON.parse(Buffer.from(p, 'base64url').toString()));
    t.is(header.alg, 'RS256');
    t.true(tokenKeyHint === 'x5c' ? Array.isArray(header.x5c) : /^([A-Z2-7]{4}:){11}[A-Z2-7]{4}$/.test(header.kid));
    t.deepEqual(claims.access, [{ type: 'repository', name: 'a/b', actions: ['pull', 'push'] }]);
    t.is(claims.aud, ts.service);

    // The registry accepts the token.
    t.is((await registryRequest(registry, '/v2/', { headers: { authorization: `Bearer ${body.token}` } })).status, 200);

    const wrong = await t.throwsAsync(
      pushWithSkopeo(archive, 'podctl/token:v1', registry, { creds: { username: 'podctl', password: 'wrong' } }),
    );
    t.regex(String(wrong?.message), /unauthorized|authentication required|401/i);
    await pushWithSkopeo(archive, 'podctl/token:v1', registry);
    const inspected = await inspectWithSkopeo('podctl/token:v1', registry);
    t.is(inspected.Name, `${registry.host}/podctl/token`);
    t.true(
      ts.requests.some(
        (r) =>
          r.username === 'podctl' &&
          r.scopes.some((s) => s.startsWith('repository:podctl/token:') && s.includes('push')),
      ),
      JSON.stringify(ts.requests),
    );
    // Anonymous: a token with no access, which the registry refuses for the repository.
    await t.throwsAsync(inspectWithSkopeo('podctl/token:v1', registry, { creds: false }));
  });
}

test('tls: https with a self-signed certificate for 127.0.0.1, skopeo verifies it with --dest-cert-dir', async (t) => {
  const registry = await started(t, { tls: true });
  t.is(registry.url, `https://${registry.host}`);
  t.truthy(registry.caFile);
  t.is((await registryRequest(registry, '/v2/')).status, 200);
  // Without the CA, verification fails.
  const emptyCertDir = await mkdtemp(path.join(scratch, 'no-ca-'));
  const untrusted = await t.throwsAsync(pushWithSkopeo(archive, 'podctl/tls:v1', registry, { certDir: emptyCertDir }));
  t.regex(String(untrusted?.message), /certificate|x509/i);
  await pushWithSkopeo(archive, 'podctl/tls:v1', registry, { certDir: registry.certDir });
  const inspected = await inspectWithSkopeo('podctl/tls:v1', registry, { certDir: registry.certDir });
  t.is(inspected.Name, `${registry.host}/podctl/tls`);
});

test('tls with basic auth: both at once', async (t) => {
  const registry = await started(t, { tls: true, auth: 'basic' });
  t.is((await registryRequest(registry, '/v2/')).status, 401);
  await pushWithSkopeo(archive, 'podctl/both:v1', registry, { certDir: registry.certDir });
  t.is(
    (await inspectWithSkopeo('podctl/both:v1', registry, { certDir: registry.certDir })).Name,
    `${registry.host}/podctl/both`,
  );
});
