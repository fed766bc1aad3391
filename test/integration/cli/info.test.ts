import test from 'ava';
import { execa } from 'execa';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { podctl, testNamespace } from '../../helpers/cli.js';
import { testImageArchive } from '../../helpers/oci-dir.js';

const ns = testNamespace('info');

interface Info {
  server: { version: string; revision: string; address: string };
  namespace: string;
  snapshotters: { id: string; status: string }[];
  runtime: { name: string; status: string };
  cgroupVersion: string;
  cni: { pluginDir: string; present: string[]; missing: string[] };
  restartPlugin: { loaded: boolean; policies: string[] };
  pauseImage: { ref: string; present: boolean };
}

async function ctrPlugins(): Promise<{ type: string; id: string; status: string }[]> {
  const { stdout } = await execa('ctr', ['plugins', 'ls']);
  return stdout
    .split('\n')
    .slice(1)
    .map((line) => line.trim().split(/\s+/))
    .map((cols) => ({ type: cols[0]!, id: cols[1]!, status: cols[cols.length - 1]! }));
}

test('info --format json agrees with ctr and the host', async (t) => {
  const r = await podctl(['info', '--format', 'json', '-n', ns]);
  t.is(r.exitCode, 0, r.stderr);
  const info = JSON.parse(r.stdout) as Info;
  const plugins = await ctrPlugins();

  const { stdout: ctrVersion } = await execa('ctr', ['version']);
  t.true(ctrVersion.includes(info.server.version));
  t.is(info.namespace, ns);

  const expectedSnapshotters = plugins
    .filter((p) => p.type === 'io.containerd.snapshotter.v1')
    .map((p) => ({ id: p.id, status: p.status }))
    .sort((a, b) => a.id.localeCompare(b.id));
  t.deepEqual(
    info.snapshotters.map((s) => ({ id: s.id, status: s.status })).sort((a, b) => a.id.localeCompare(b.id)),
    expectedSnapshotters,
  );

  const restart = plugins.find((p) => p.type === 'io.containerd.internal.v1' && p.id === 'restart');
  t.is(info.restartPlugin.loaded, restart?.status === 'ok');
  // Before 1.7 the monitor lists no capabilities and restarts whatever is labelled running: always.
  const detail = (await execa('ctr', ['plugins', 'ls', '-d', 'id==restart'])).stdout;
  const capabilities =
    /^Capabilities:\s*([\s\S]*?)(?:^\S|$(?![\s\S]))/m
      .exec(detail)?.[1]
      ?.split(/[\s,]+/)
      .filter(Boolean) ?? [];
  t.deepEqual(
    info.restartPlugin.policies,
    restart?.status !== 'ok' ? [] : capabilities.length === 0 ? ['always'] : capabilities.filter((c) => c !== 'no'),
  );
  t.deepEqual(info.runtime, { name: 'io.containerd.runc.v2', status: 'ok' });

  const fsType = (await execa('stat', ['-fc', '%T', '/sys/fs/cgroup'])).stdout;
  const unified = (await execa('stat', ['-fc', '%T', '/sys/fs/cgroup/unified'], { reject: false })).stdout;
  const expectedCgroup = fsType === 'cgroup2fs' ? 'v2' : unified === 'cgroup2fs' ? 'hybrid' : 'v1';
  t.is(info.cgroupVersion, expectedCgroup);

  t.true(info.cni.present.includes('bridge'), `bridge plugin found in ${info.cni.pluginDir}`);
  t.is(info.pauseImage.present, false, 'nothing is loaded into a fresh namespace');
});

test('info prints a readable report', async (t) => {
  const r = await podctl(['info', '-n', ns]);
  t.is(r.exitCode, 0, r.stderr);
  for (const heading of ['Server: containerd', 'Snapshotters:', 'CNI:', 'Pause image:']) {
    t.true(r.stdout.includes(`${heading}\n`), heading);
  }
  t.regex(r.stdout, /overlayfs:\s+ok/);
  t.regex(r.stdout, new RegExp(` Namespace:\\s+${ns}\\n`));
});

test('CONTAINERD_NAMESPACE selects the namespace when -n is not given', async (t) => {
  const r = await podctl(['info', '--format', 'json'], { CONTAINERD_NAMESPACE: ns });
  t.is(r.exitCode, 0, r.stderr);
  t.is((JSON.parse(r.stdout) as Info).namespace, ns);
});

test('info sees the pause image once it is in the namespace', async (t) => {
  const loaded = testNamespace('info-pause');
  t.teardown(async () => {
    await execa('ctr', ['-n', loaded, 'images', 'rm', '--sync', 'localhost/podctl/pause:0.1.0'], { reject: false });
    await execa('ctr', ['namespaces', 'remove', loaded], { reject: false });
  });
  await execa('ctr', ['-n', loaded, 'images', 'import', await testImageArchive('pause')]);
  const r = await podctl(['info', '--format', 'json', '-n', loaded]);
  t.is(r.exitCode, 0, r.stderr);
  t.deepEqual((JSON.parse(r.stdout) as Info).pauseImage, { ref: 'localhost/podctl/pause:0.1.0', present: true });
});

test('the config file and --infra-image choose the infra image info looks for', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'podctl-config-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  const config = join(dir, 'podctl.toml');
  await writeFile(config, 'infra_image = "registry.k8s.io/pause:3.10"\n');
  const fromFile = await podctl(['info', '--format', 'json', '-n', ns], { PODCTL_CONFIG: config });
  t.is(fromFile.exitCode, 0, fromFile.stderr);
  t.deepEqual((JSON.parse(fromFile.stdout) as Info).pauseImage, { ref: 'registry.k8s.io/pause:3.10', present: false });
  const fromFlag = await podctl(['info', '--format', 'json', '-n', ns, '--infra-image', 'localhost/other/pause:1'], {
    PODCTL_CONFIG: config,
  });
  t.is((JSON.parse(fromFlag.stdout) as Info).pauseImage.ref, 'localhost/other/pause:1');

  await writeFile(config, 'infra-image = "x"\n');
  const bad = await podctl(['info', '-n', ns], { PODCTL_CONFIG: config });
  t.is(bad.exitCode, 125);
  t.is(
    bad.stderr,
    `podctl: config ${config}: unknown key infra-image; known keys: infra_image, snapshotter, cni_path, cni_config_dir`,
  );
});
