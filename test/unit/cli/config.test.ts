import test from 'ava';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, parseConfig } from '../../../src/cli/config.js';
import { isInvalidArgument } from '../../../src/errors.js';

test('both settings are read', async (t) => {
  t.deepEqual(await parseConfig('infra_image = "registry.k8s.io/pause:3.10"\nsnapshotter = "native"\n', '/c.toml'), {
    infraImage: 'registry.k8s.io/pause:3.10',
    snapshotter: 'native',
  });
});

test('the CNI directories are read', async (t) => {
  t.deepEqual(await parseConfig('cni_path = ["/opt/cni/bin"]\ncni_config_dir = "/etc/podctl/net.d"\n', '/c.toml'), {
    cniPath: ['/opt/cni/bin'],
    cniConfigDir: '/etc/podctl/net.d',
  });
});

test('an empty file means the defaults', async (t) => {
  t.deepEqual(await parseConfig('', '/c.toml'), {});
});

const rejects = test.macro({
  async exec(t, text: string, message: string) {
    const err = await t.throwsAsync(parseConfig(text, '/etc/podctl/podctl.toml'));
    t.true(isInvalidArgument(err));
    t.is(err?.message, message);
    t.false(err.message.includes('\n'));
  },
  title: (_, text: string) => `rejected: ${JSON.stringify(text)}`,
});

test(rejects, 'infra_imag = "x"', 'config /etc/podctl/podctl.toml: unknown key infra_imag');
test(rejects, 'infra_image = 3', 'config /etc/podctl/podctl.toml: invalid value for infra_image');
test(rejects, 'cni_config_dir = "relative"', 'config /etc/podctl/podctl.toml: invalid value for cni_config_dir');
test(rejects, 'snapshotter = "Over Lay"', 'config /etc/podctl/podctl.toml: invalid value for snapshotter');
test(
  rejects,
  'infra_image = "unterminated',
  'config /etc/podctl/podctl.toml: not valid TOML: Invalid TOML document: unfinished string',
);

test('no default file is no config; a named file that is missing is an error', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'podctl-config-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  t.deepEqual(await loadConfig({}), {});
  const missing = join(dir, 'absent.toml');
  await t.throwsAsync(loadConfig({ PODCTL_CONFIG: missing }), { message: `config ${missing}: no such file` });
  const file = join(dir, 'podctl.toml');
  await writeFile(file, 'snapshotter = "native"\n');
  t.deepEqual(await loadConfig({ PODCTL_CONFIG: file }), { snapshotter: 'native' });
});
