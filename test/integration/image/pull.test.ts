// podctl pull against a real registry (distribution) and the real containerd: the image record,
// its unpacked snapshots, an image that ctr can run; a second pull that moves no layer bytes
// (counted by a proxy in front of the registry); a Docker Hub name served by a hosts.toml
// mirror, with no way out to the internet. Everything runs on 127.0.0.1.
import test from 'ava';
import { execa } from 'execa';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chainIds } from '../../../src/image/digest.js';
import { pullImage } from '../../../src/image/pull.js';
import { registryEndpoints } from '../../../src/image/registry/hosts.js';
import { parseConfig } from '../../../src/image/schemas.js';
import { podctl, repoRoot } from '../../helpers/cli.js';
import { namespacedClient, quietly, removeNamespace } from '../../helpers/containerd.js';
import { pushWithSkopeo, startRegistry, type Registry } from '../../helpers/registry.js';

const client = namespacedClient('pull');
const ns = client.namespace;
let registry: Registry;
let scratch: string;
const cli = (args: string[], env: Record<string, string> = {}) =>
  podctl(['-n', ns, ...args], { DOCKER_CONFIG: scratch, ...env });

async function testImage(name: 'busybox' | 'nginx'): Promise<string> {
  await execa(
    'bash',
    [path.join(repoRoot, 'scripts', name === 'nginx' ? 'build-nginx-image.sh' : 'build-test-images.sh')],
    { timeout: 180_000 },
  );
  return path.join(repoRoot, 'images', `${name}.oci.tar`);
}

test.before(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'podctl-pull-test-'));
  registry = await startRegistry({ auth: 'none' });
  const [busybox, nginx] = await Promise.all([testImage('busybox'), testImage('nginx')]);
  await pushWithSkopeo(busybox, 'podctl/busybox:v1', registry);
  await pushWithSkopeo(busybox, 'library/busybox:latest', registry);
  await pushWithSkopeo(nginx, 'podctl/nginx:v1', registry);
});

test.after.always(async () => {
  for (const image of await client.images.list().catch(() => []))
    await quietly(() => client.images.delete(image.name, true));
  for (const lease of await client.leases.list().catch(() => []))
    await quietly(() => client.leases.delete(lease.id, { sync: true }));
  await removeNamespace(client);
  await registry?.stop();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

/** The chain ID of the image's top layer, from its config in the content store. */
async function topChainId(configDigest: string): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of client.content.read(configDigest)) chunks.push(chunk);
  return chainIds(parseConfig(Buffer.concat(chunks)).rootfs.diff_ids).at(-1)!;
}

test.serial('an image skopeo pushed: podctl pulls it, unpacked, and ctr runs it', async (t) => {
  const name = `${registry.host}/podctl/busybox:v1`;
  const r = await cli(['pull', name]);
  t.is(r.exitCode, 0, r.stderr);
  const lines = r.stdout.split('\n');
  t.is(lines.at(-1), name, 'the last line is the image name');
  const digest = /^Digest: (sha256:[a-f0-9]{64})$/m.exec(r.stdout)?.[1];
  t.truthy(digest, r.stdout);
  t.regex(r.stdout, /^Status: Downloaded newer image for /m);
  t.regex(r.stderr, /sha256:[a-f0-9]{12}: done \d/, 'one plain line per layer when not on a terminal');

  const image = await client.images.get(name);
  t.is(image.target.digest, digest!);
  const manifest = JSON.parse(await readBlob(image.target.digest)) as { config: { digest: string } };
  const top = await topChainId(manifest.config.digest);
  const snapshot = await client.snapshots.stat('overlayfs', top);
  t.is(snapshot.kind, 'committed');

  const run = await execa(
    'ctr',
    ['-n', ns, 'run', '--rm', name, `pull-test-${process.pid}`, '/bin/busybox', 'echo', 'hi'],
    { reject: false, timeout: 60_000 },
  );
  t.is(run.exitCode, 0, String(run.stderr));
  t.is(run.stdout, 'hi');
});

async function readBlob(digest: string): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of client.content.read(digest)) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** A proxy to the registry that counts the response body bytes it passes on, and blob GETs. */
async function countingProxy(target: string) {
  const stats = { bodyBytes: 0, blobGets: 0, requests: [] as string[] };
  const server = http.createServer((req, res) => {
    stats.requests.push(`${req.method} ${req.url}`);
    if (req.method === 'GET' && /\/blobs\/sha256:/.test(req.url ?? '')) stats.blobGets++;
    const upstream = http.request(
      new URL(req.url ?? '/', target),
      { method: req.method, headers: { ...req.headers, host: new URL(target).host } },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.on('data', (chunk: Buffer) => (stats.bodyBytes += chunk.length));
        up.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  const reset = () => Object.assign(stats, { bodyBytes: 0, blobGets: 0, requests: [] });
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return { host, stats, reset, close };
}

test.serial('a second pull of the three-layer nginx image moves no layer bytes over the wire', async (t) => {
  const proxy = await countingProxy(registry.url);
  t.teardown(proxy.close);
  const name = `${proxy.host}/podctl/nginx:v1`;

  const first = await cli(['pull', name]);
  t.is(first.exitCode, 0, first.stderr);
  t.is(proxy.stats.blobGets, 4, 'three layers and the config');
  t.true(proxy.stats.bodyBytes > 5_000_000, `first pull: ${proxy.stats.bodyBytes} bytes`);

  proxy.reset();
  const second = await cli(['pull', name]);
  t.is(second.exitCode, 0, second.stderr);
  t.regex(second.stdout, /^Status: Image is up to date for /m);
  t.is(proxy.stats.blobGets, 0, proxy.stats.requests.join(', '));
  t.is(proxy.stats.bodyBytes, 0, proxy.stats.requests.join(', '));

  proxy.reset();
  const again = await pullImage(client, name, { dockerConfig: path.join(scratch, 'config.json') });
  t.is(again.fetchedBytes, 0);
  t.is(again.layers.length, 3);
  t.is(proxy.stats.bodyBytes, 0, proxy.stats.requests.join(', '));
});

test.serial('docker.io/library/busybox:latest through a hosts.toml server, never the internet', async (t) => {
  const hostsDir = path.join(scratch, 'certs.d');
  await mkdir(path.join(hostsDir, 'docker.io'), { recursive: true });
  // A dead mirror first: the pull falls back to the next endpoint, the local "upstream".
  const dead = `127.0.0.1:${await closedPort()}`;
  await writeFile(
    path.join(hostsDir, 'docker.io', 'hosts.toml'),
    [`server = "${registry.url}"`, `[host."http://${dead}"]`, '  capabilities = ["pull", "resolve"]', ''].join('\n'),
  );
  const endpoints = await registryEndpoints('docker.io', { hostsDir });
  t.deepEqual(
    endpoints.map((e) => e.url),
    [`http://${dead}`, registry.url],
    'nothing but 127.0.0.1',
  );
  if (!endpoints.every((e) => new URL(e.url).hostname === '127.0.0.1')) return;

  const r = await cli(['pull', '-q', 'busybox'], { PODCTL_HOSTS_DIR: hostsDir });
  t.is(r.exitCode, 0, r.stderr);
  t.is(r.stdout, 'docker.io/library/busybox:latest', '-q prints the name alone');
  t.is(r.stderr, '', '-q prints no progress');
  const image = await client.images.get('docker.io/library/busybox:latest');
  t.regex(image.target.digest, /^sha256:/);
});

/** A port nobody listens on: bound, read and closed again. */
async function closedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
