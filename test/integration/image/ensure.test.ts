// ensureImage against the real containerd: the embedded infra image on first use, nothing the
// second time, an unpack for a new snapshotter, and a clear error for anything not pulled.
import test, { type ExecutionContext } from 'ava';
import { existsSync } from 'node:fs';
import type { ContainerdClient } from '../../../src/containerd/client.js';
import { isNotFound } from '../../../src/errors.js';
import { DEFAULT_INFRA_IMAGE } from '../../../src/image/defaults.js';
import { ensureImage, pauseArchiveCandidates, pauseArchivePath } from '../../../src/image/ensure.js';
import { loadImages } from '../../../src/image/load.js';
import { containerdState } from '../../helpers/archives.js';
import { namespacedClient, quietly, removeNamespace } from '../../helpers/containerd.js';
import { testImageArchive } from '../../helpers/oci-dir.js';

const pauseArchive = testImageArchive('pause');

let count = 0;
function namespace(t: ExecutionContext): ContainerdClient {
  const client = namespacedClient(`ensure-${++count}`);
  t.teardown(async () => {
    for (const image of await client.images.list().catch(() => []))
      await quietly(() => client.images.delete(image.name, true));
    await removeNamespace(client);
  });
  return client;
}

test('the pause archive is found next to the sources', async (t) => {
  const built = await pauseArchive;
  t.true(pauseArchiveCandidates().includes(built));
  t.is(pauseArchivePath(), built);
  t.true(existsSync(pauseArchivePath()));
});

test('the infra image is loaded on first use into an empty namespace; the second call is a no-op', async (t) => {
  await pauseArchive;
  const client = namespace(t);
  const first = await ensureImage(client, DEFAULT_INFRA_IMAGE);
  t.is(first.action, 'loaded');
  t.is(first.image.name, DEFAULT_INFRA_IMAGE);
  const state = await containerdState(client.namespace);
  t.true(state.snapshots.length > 0);

  const second = await ensureImage(client, DEFAULT_INFRA_IMAGE);
  t.is(second.action, 'present');
  t.deepEqual(second.image, first.image);
  t.deepEqual(await containerdState(client.namespace), state);
});

test('an image unpacked for another snapshotter only is unpacked again from the content store', async (t) => {
  const client = namespace(t);
  await loadImages(client, await pauseArchive, { snapshotter: 'native' });
  const result = await ensureImage(client, DEFAULT_INFRA_IMAGE, { snapshotter: 'overlayfs' });
  t.is(result.action, 'unpacked');
  t.is((await ensureImage(client, DEFAULT_INFRA_IMAGE, { snapshotter: 'overlayfs' })).action, 'present');
  t.is((await ensureImage(client, DEFAULT_INFRA_IMAGE, { snapshotter: 'native' })).action, 'present');
});

test('any other missing image is not found, with a hint to pull it', async (t) => {
  const client = namespace(t);
  const err = await t.throwsAsync(ensureImage(client, 'localhost/podctl/unknown:1'));
  t.true(isNotFound(err));
  t.is(err?.message, 'image localhost/podctl/unknown:1 not found');
  t.is((err as { hint?: string } | undefined)?.hint, 'pull it first: podctl pull localhost/podctl/unknown:1');
  t.deepEqual(await containerdState(client.namespace), { content: [], snapshots: [] });
});
