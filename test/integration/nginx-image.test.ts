// The nginx test image (scripts/build-nginx-image.sh): three layers, and it serves its page when
// run by plain ctr in a network namespace of its own (only loopback), checked from inside with
// busybox wget. Everything it makes in containerd goes in teardown, namespace included.
import test from 'ava';
import { execa } from 'execa';
import path from 'node:path';
import { repoRoot, testNamespace } from '../helpers/cli.js';

const ns = testNamespace('nginx');
const image = 'localhost/podctl/nginx:latest';
const archive = path.join(repoRoot, 'images', 'nginx.oci.tar');
const container = `nginx-${process.pid}`;

const ctr = (args: string[], timeout = 60_000) =>
  execa('ctr', ['-n', ns, ...args], { stdin: 'ignore', reject: false, timeout });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test.before(async () => {
  // Quick when the archive is newer than its sources.
  await execa('bash', [path.join(repoRoot, 'scripts', 'build-nginx-image.sh')], { stdin: 'ignore', timeout: 120_000 });
});

test.after.always(async () => {
  // Best effort, in order: task, container (and its snapshot), image (and its content,
  // --sync waits for the garbage collector), then the namespace, which must be empty.
  await ctr(['tasks', 'kill', '-s', 'SIGKILL', container]);
  for (let i = 0; i < 40; i++) {
    const r = await ctr(['tasks', 'ls']);
    if (!r.stdout.split('\n').some((l) => l.split(/\s+/)[0] === container && !/STOPPED/.test(l))) break;
    await sleep(250);
  }
  await ctr(['tasks', 'delete', '-f', container]);
  await ctr(['containers', 'delete', container]);
  await ctr(['images', 'rm', '--sync', image]);
  for (let i = 0; i < 20; i++) {
    const r = await execa('ctr', ['namespaces', 'remove', ns], { stdin: 'ignore', reject: false });
    if (r.exitCode === 0 || /not found/i.test(r.stderr)) break;
    // Left-over snapshots or content that the garbage collector has not reached yet.
    const snaps = await ctr(['snapshots', 'ls']);
    const keys = snaps.stdout
      .split('\n')
      .slice(1)
      .map((l) => l.split(/\s+/)[0] ?? '');
    for (const key of keys.filter(Boolean)) {
      await ctr(['snapshots', 'rm', key]);
    }
    const blobs = await ctr(['content', 'ls', '-q']);
    for (const digest of blobs.stdout.split('\n').filter(Boolean)) await ctr(['content', 'rm', digest]);
    await sleep(250);
  }
});

test.serial('the archive holds one linux image of three gzip layers with Cmd nginx', async (t) => {
  const raw = await execa('skopeo', ['inspect', '--raw', `oci-archive:${archive}`], { stdin: 'ignore' });
  const manifest = JSON.parse(raw.stdout) as { layers: Array<{ mediaType: string }> };
  t.is(manifest.layers.length, 3);
  t.true(manifest.layers.every((l) => l.mediaType === 'application/vnd.oci.image.layer.v1.tar+gzip'));
  const config = JSON.parse(
    (await execa('skopeo', ['inspect', '--config', `oci-archive:${archive}`], { stdin: 'ignore' })).stdout,
  ) as {
    os: string;
    config: { Cmd: string[]; ExposedPorts: Record<string, unknown> };
  };
  t.is(config.os, 'linux');
  t.deepEqual(config.config.Cmd, ['nginx']);
  t.deepEqual(Object.keys(config.config.ExposedPorts), ['80/tcp']);
});

test.serial('ctr runs it in its own network namespace and nginx answers on 127.0.0.1:80 inside', async (t) => {
  const imported = await ctr(['images', 'import', archive]);
  t.is(imported.exitCode, 0, imported.stderr);
  const ls = await ctr(['images', 'ls', '-q']);
  t.true(ls.stdout.split('\n').includes(image), ls.stdout);

  // No --net-host: a new network namespace with only loopback, so no clash with the host's :80.
  const run = await ctr(['run', '-d', '--null-io', image, container]);
  t.is(run.exitCode, 0, run.stderr);

  let body = '';
  let last = '';
  for (let i = 0; i < 40 && !body; i++) {
    const r = await ctr(
      ['tasks', 'exec', '--exec-id', `wget-${i}`, container, 'wget', '-qO-', 'http://127.0.0.1/'],
      15_000,
    );
    if (r.exitCode === 0) body = r.stdout;
    else {
      last = `${r.exitCode}: ${r.stderr}`;
      await sleep(250);
    }
  }
  t.regex(body, /Hello from podctl's nginx test image/, `last wget: ${last}`);

  const ps = await ctr(['tasks', 'exec', '--exec-id', 'ps', container, 'ps', 'aux'], 15_000);
  t.is(ps.exitCode, 0, ps.stderr);
  t.regex(ps.stdout, /^\s*1\s+root\s+nginx: master process/m);
  t.regex(ps.stdout, /www-data\s+nginx: worker process/);

  const missing = await ctr(
    ['tasks', 'exec', '--exec-id', 'wget-404', container, 'wget', '-qO-', 'http://127.0.0.1/nope'],
    15_000,
  );
  t.not(missing.exitCode, 0);
  t.regex(missing.stderr, /404/);
});
