// Registries that misbehave, played by a small node:http server on 127.0.0.1 that serves the
// busybox test image: a blob with the wrong bytes, a blob that never ends, an unknown tag, 5xx
// answers that then succeed, a connection dropped half-way, a redirect to storage. Each failure
// is one line and exit 125, and leaves containerd's content and snapshots as they were.
import test from 'ava';
import type { ExecutionContext } from 'ava';
import { execa } from 'execa';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { podctl, podctlBin, repoRoot } from '../../helpers/cli.js';
import { namespacedClient, quietly, removeNamespace } from '../../helpers/containerd.js';

const client = namespacedClient('regfaults');
const ns = client.namespace;
let scratch: string;
let fake: Awaited<ReturnType<typeof fakeRegistry>>;

interface Image {
  manifest: { digest: string; mediaType: string; bytes: Buffer };
  blobs: Map<string, Buffer>;
  layer: string;
}

async function busyboxLayout(dir: string): Promise<Image> {
  await execa('bash', [path.join(repoRoot, 'scripts', 'build-test-images.sh')], { timeout: 180_000 });
  await execa('tar', ['-xf', path.join(repoRoot, 'images', 'busybox.oci.tar'), '-C', dir]);
  const blob = (digest: string) => readFile(path.join(dir, 'blobs', 'sha256', digest.slice('sha256:'.length)));
  const index = JSON.parse(await readFile(path.join(dir, 'index.json'), 'utf8')) as {
    manifests: { digest: string; mediaType: string }[];
  };
  const { digest, mediaType } = index.manifests[0]!;
  const bytes = await blob(digest);
  const manifest = JSON.parse(bytes.toString('utf8')) as { config: { digest: string }; layers: { digest: string }[] };
  const blobs = new Map<string, Buffer>();
  for (const d of [manifest.config.digest, ...manifest.layers.map((l) => l.digest)]) blobs.set(d, await blob(d));
  return { manifest: { digest, mediaType, bytes }, blobs, layer: manifest.layers[0]!.digest };
}

/** A registry whose repository name says how it misbehaves on the image's layer. */
async function fakeRegistry(image: Image) {
  const stats = {
    failures: 0,
    rangeRequests: 0,
    endlessBytes: 0,
    slowBytes: 0,
    storageGets: 0,
    requests: [] as string[],
  };
  const seen = new Map<string, number>();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    stats.requests.push(`${req.method} ${url.pathname}`);
    const count = (seen.get(`${req.method} ${url.pathname}`) ?? 0) + 1;
    seen.set(`${req.method} ${url.pathname}`, count);
    const json = (status: number, body: unknown) =>
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (url.pathname === '/v2/') return json(200, {});
    const stored = /^\/storage\/(sha256:[a-f0-9]{64})$/.exec(url.pathname);
    if (stored) {
      stats.storageGets++;
      return res
        .writeHead(200, { 'content-length': image.blobs.get(stored[1]!)?.length ?? 0 })
        .end(image.blobs.get(stored[1]!));
    }
    const m = /^\/v2\/(\w+)\/busybox\/(manifests|blobs)\/(.+)$/.exec(url.pathname);
    if (!m) return json(404, { errors: [{ code: 'NAME_UNKNOWN', message: 'repository name not known to registry' }] });
    const [, behaviour, kind, ref] = m as unknown as [string, string, string, string];
    if (behaviour === 'flaky' && count <= 2) {
      stats.failures++;
      return json(count === 1 ? 503 : 500, { errors: [{ code: 'UNAVAILABLE', message: 'try again' }] });
    }
    if (kind === 'manifests') {
      if (ref !== 'v1' && ref !== image.manifest.digest)
        return json(404, { errors: [{ code: 'MANIFEST_UNKNOWN', message: 'manifest unknown' }] });
      res.writeHead(200, {
        'content-type': image.manifest.mediaType,
        'docker-content-digest': image.manifest.digest,
        'content-length': image.manifest.bytes.length,
      });
      return res.end(req.method === 'HEAD' ? undefined : image.manifest.bytes);
    }
    const bytes = image.blobs.get(ref);
    if (!bytes) return json(404, { errors: [{ code: 'BLOB_UNKNOWN', message: 'blob unknown to registry' }] });
    if (ref !== image.layer || behaviour === 'good' || behaviour === 'flaky')
      return res.writeHead(200, { 'content-length': bytes.length }).end(bytes);
    // Registries send blob downloads on to storage.
    if (behaviour === 'redirect') return res.writeHead(307, { location: `/storage/${ref}` }).end();
    if (behaviour === 'corrupt') {
      const bad = Buffer.from(bytes);
      bad.writeUInt8(bad.readUInt8(bad.length >> 1) ^ 0xff, bad.length >> 1);
      return res.writeHead(200, { 'content-length': bad.length }).end(bad);
    }
    if (behaviour === 'slow') {
      // The layer in 16 KiB pieces, one every 50 ms: a pull that is still going when it is interrupted.
      res.writeHead(200, { 'content-length': bytes.length });
      let at = 0;
      const drip = () => {
        if (res.destroyed) return;
        if (at >= bytes.length) return void res.end();
        res.write(bytes.subarray(at, (at += 16 * 1024)));
        stats.slowBytes = at;
        setTimeout(drip, 50);
      };
      return drip();
    }
    if (behaviour === 'endless') {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      const chunk = Buffer.alloc(64 * 1024, 7);
      const pump = () => {
        while (!res.destroyed && stats.endlessBytes < 1 << 30) {
          stats.endlessBytes += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      return pump();
    }
    // dropped: half the bytes, then the connection goes; a Range request gets the rest.
    const range = /^bytes=(\d+)-$/.exec(req.headers.range ?? '');
    if (range) {
      stats.rangeRequests++;
      const from = Number(range[1]);
      res.writeHead(206, {
        'content-length': bytes.length - from,
        'content-range': `bytes ${from}-${bytes.length - 1}/${bytes.length}`,
      });
      return res.end(bytes.subarray(from));
    }
    res.writeHead(200, { 'content-length': bytes.length });
    res.write(bytes.subarray(0, bytes.length >> 1), () => res.socket?.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return { host, stats, close };
}

test.before(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'podctl-faults-test-'));
  fake = await fakeRegistry(await busyboxLayout(scratch));
});

test.after.always(async () => {
  for (const image of await client.images.list().catch(() => []))
    await quietly(() => client.images.delete(image.name, true));
  for (const lease of await client.leases.list().catch(() => []))
    await quietly(() => client.leases.delete(lease.id, { sync: true }));
  await removeNamespace(client);
  await fake?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

const cli = (args: string[]) => podctl(['-n', ns, ...args], { DOCKER_CONFIG: scratch });

/** What containerd holds in the namespace: content digests, snapshots and leases. */
async function holdings(): Promise<string> {
  const content = await execa('ctr', ['-n', ns, 'content', 'ls', '-q'], { timeout: 30_000 });
  const snapshots = await execa('ctr', ['-n', ns, 'snapshots', 'ls'], { timeout: 30_000 });
  const leases = await execa('ctr', ['-n', ns, 'leases', 'ls', '-q'], { timeout: 30_000 });
  return `${content.stdout}\n--\n${snapshots.stdout}\n--\n${leases.stdout}`;
}

const failsCleanly = test.macro(async (t: ExecutionContext, repository: string, pattern: RegExp) => {
  const before = await holdings();
  const r = await cli(['pull', `${fake.host}/${repository}`]);
  t.is(r.exitCode, 125, r.stderr);
  const errors = r.stderr.split('\n').filter((l) => l.startsWith('podctl: '));
  t.is(errors.length, 1, r.stderr);
  t.regex(errors[0]!, pattern);
  t.is(await holdings(), before, 'content, snapshots and leases as they were');
});

test.serial(
  'an unknown tag',
  failsCleanly,
  'good/busybox:nope',
  /^podctl: image "127\.0\.0\.1:\d+\/good\/busybox:nope" not found in registry 127\.0\.0\.1:\d+/,
);
test.serial(
  'a blob with the wrong digest',
  failsCleanly,
  'corrupt/busybox:v1',
  /^podctl: digest mismatch: expected sha256:[a-f0-9]{64}, got sha256:[a-f0-9]{64}$/,
);

test.serial('a blob that never ends is stopped at its size', async (t) => {
  const started = Date.now();
  await failsCleanly.exec(t, 'endless/busybox:v1', /^podctl: blob sha256:[a-f0-9]{64}: expected \d+ bytes, got more$/);
  t.true(Date.now() - started < 20_000);
  t.true(fake.stats.endlessBytes < 64 << 20, `the registry sent ${fake.stats.endlessBytes} bytes`);
});

test.serial('500 and 503 answers, then success: retried', async (t) => {
  const name = `${fake.host}/flaky/busybox:v1`;
  const r = await cli(['pull', name]);
  t.is(r.exitCode, 0, r.stderr);
  t.is(fake.stats.failures, 8, 'two each for the manifest HEAD and GET, the config and the layer');
  t.truthy(await client.images.get(name));
  await client.images.delete(name, true);
});

test.serial('a connection dropped half-way resumes with a Range request', async (t) => {
  const name = `${fake.host}/dropped/busybox:v1`;
  const r = await cli(['pull', name]);
  t.is(r.exitCode, 0, r.stderr);
  t.is(fake.stats.rangeRequests, 1);
  t.truthy(await client.images.get(name));
  await client.images.delete(name, true);
});

test.serial('a blob download redirected to storage is followed', async (t) => {
  const name = `${fake.host}/redirect/busybox:v1`;
  const r = await cli(['pull', name]);
  t.is(r.exitCode, 0, r.stderr);
  t.is(fake.stats.storageGets, 1);
  await client.images.delete(name, true);
});

test.serial(
  'a plain-HTTP registry on 127.0.0.1 gets each read once, though the first is also tried over TLS',
  async (t) => {
    const name = `${fake.host}/good/busybox:v1`;
    const from = fake.stats.requests.length;
    const r = await cli(['pull', name]);
    t.is(r.exitCode, 0, r.stderr);
    const requests = fake.stats.requests.slice(from);
    t.deepEqual(
      requests.filter((q) => q.startsWith('HEAD ')),
      ['HEAD /v2/good/busybox/manifests/v1'],
      requests.join(', '),
    );
    t.is(new Set(requests).size, requests.length, `no request twice: ${requests.join(', ')}`);
    await client.images.delete(name, true);
  },
);

test.serial(
  'a pull interrupted by SIGINT half-way stops in one line and leaves no content, snapshot, lease or ingest',
  async (t) => {
    const before = await holdings();
    const pull = execa(process.execPath, [podctlBin, '-n', ns, 'pull', `${fake.host}/slow/busybox:v1`], {
      reject: false,
      env: { DOCKER_CONFIG: scratch },
      timeout: 60_000,
    });
    const started = Date.now();
    while (fake.stats.slowBytes < 64 * 1024 && Date.now() - started < 20_000)
      await new Promise((r) => setTimeout(r, 20));
    t.true(fake.stats.slowBytes >= 64 * 1024, 'the layer was coming in');
    pull.kill('SIGINT');
    const r = await pull;
    t.not(r.exitCode, 0);
    const errors = r.stderr.split('\n').filter((l) => l.startsWith('podctl: '));
    t.deepEqual(errors.length, 1, r.stderr);
    t.regex(errors[0]!, /canceled/);
    t.is(await holdings(), before, 'content, snapshots and leases as they were');
    t.deepEqual(await client.leases.list(), [], 'no lease');
    t.deepEqual(await client.content.listStatuses(), [], 'no ingest');
  },
);
