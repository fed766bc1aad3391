import test from 'ava';
import { execa } from 'execa';
import { chainIds } from '../../../src/image/digest.js';
import { parseConfig } from '../../../src/image/schemas.js';
import { podctl } from '../../helpers/cli.js';
import { namespacedClient, quietly, removeNamespace } from '../../helpers/containerd.js';
import { testImageArchive } from '../../helpers/oci-dir.js';

test('load --snapshotter unpacks with the snapshotter named', async (t) => {
  const client = namespacedClient('load-native');
  t.teardown(async () => {
    await quietly(() => client.images.delete('localhost/podctl/busybox:latest', true));
    await removeNamespace(client);
  });
  const archive = await testImageArchive('busybox');
  const r = await podctl(['load', '-i', archive, '--snapshotter', 'native', '-n', client.namespace]);
  t.is(r.exitCode, 0, r.stderr);
  const image = await client.images.get('localhost/podctl/busybox:latest');
  const manifest = JSON.parse(
    (await execa('ctr', ['-n', client.namespace, 'content', 'get', image.target.digest])).stdout,
  ) as { config: { digest: string } };
  const config = parseConfig(
    Buffer.from((await execa('ctr', ['-n', client.namespace, 'content', 'get', manifest.config.digest])).stdout),
  );
  const top = chainIds(config.rootfs.diff_ids).at(-1)!;
  t.is((await client.snapshots.stat('native', top)).kind, 'committed');
  await t.throwsAsync(client.snapshots.stat('overlayfs', top));
});
