import test from 'ava';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cniDirs, cniPluginDirs, DEFAULT_CNI_PLUGIN_DIRS, findCniPlugins } from '../../../src/network/cni-dirs.js';

test('CNI_PATH overrides the default plugin directories', (t) => {
  t.deepEqual(cniPluginDirs({ CNI_PATH: '/a:/b' }), ['/a', '/b']);
  t.deepEqual(cniPluginDirs({}), DEFAULT_CNI_PLUGIN_DIRS);
});

test('the first directory holding plugins wins, and missing ones are named', async (t) => {
  const empty = await mkdtemp(join(tmpdir(), 'podctl-cni-'));
  const dir = await mkdtemp(join(tmpdir(), 'podctl-cni-'));
  t.teardown(() =>
    Promise.all([rm(empty, { recursive: true, force: true }), rm(dir, { recursive: true, force: true })]),
  );
  await writeFile(join(dir, 'bridge'), '#!/bin/sh\n');
  await chmod(join(dir, 'bridge'), 0o755);
  await writeFile(join(dir, 'portmap'), 'not executable');
  const found = await findCniPlugins([empty, dir], ['bridge', 'portmap']);
  t.deepEqual(found, { dir, present: ['bridge'], missing: ['portmap'] });
});

test('with no plugins anywhere, the first searched directory is reported', async (t) => {
  const found = await findCniPlugins(['/nonexistent/a', '/nonexistent/b'], ['bridge']);
  t.deepEqual(found, { dir: '/nonexistent/a', present: [], missing: ['bridge'] });
});

test('the environment wins over the settings file, which wins over the defaults', (t) => {
  t.deepEqual(cniDirs({ CNI_PATH: '/e', NETCONFPATH: '/n' }, { pluginDirs: ['/s'], configDir: '/c' }), {
    pluginDirs: ['/e'],
    configDir: '/n',
  });
  t.deepEqual(cniDirs({}, { pluginDirs: ['/s'], configDir: '/c' }), { pluginDirs: ['/s'], configDir: '/c' });
  t.deepEqual(cniDirs({}), { pluginDirs: DEFAULT_CNI_PLUGIN_DIRS, configDir: '/etc/cni/net.d' });
});
