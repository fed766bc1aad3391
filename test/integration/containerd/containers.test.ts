import test, { type ExecutionContext } from 'ava';
import { randomBytes } from 'node:crypto';
import { encodeJsonAny } from '../../../src/containerd/any.js';
import { labelFilter } from '../../../src/containerd/filters.js';
import type { NewContainer } from '../../../src/containerd/services/containers.js';
import { isAlreadyExists, isNotFound } from '../../../src/errors.js';
import { namespacedClient, removeContainer, removeNamespace } from '../../helpers/containerd.js';
import { minimalSpec } from '../../helpers/oci-minimal.js';

const client = namespacedClient('containers');
test.after.always(() => removeNamespace(client));

const RUNTIME = 'io.containerd.runc.v2';

function newContainer(t: ExecutionContext, labels: Record<string, string> = {}): NewContainer {
  const id = `podctl-test-${randomBytes(6).toString('hex')}`;
  t.teardown(() => removeContainer(client, id));
  return {
    id,
    image: 'docker.io/library/busybox:latest',
    labels,
    runtime: { name: RUNTIME },
    spec: minimalSpec(['/bin/true'], { namespace: client.namespace, id }),
    snapshotter: 'overlayfs',
    snapshotKey: id,
  };
}

test('create then get returns the record, spec decoded', async (t) => {
  const spec = newContainer(t, { 'podctl.io/test': 'containers' });
  const ext = encodeJsonAny('podctl.io/test-extension', { hello: 'world' });
  const created = await client.containers.create({ ...spec, extensions: { 'podctl.io/ext': ext } });

  const got = await client.containers.get(spec.id);
  t.deepEqual(got, created);
  t.like(got, { id: spec.id, image: spec.image, labels: spec.labels, snapshotter: 'overlayfs', snapshotKey: spec.id });
  t.deepEqual(got.runtime, { name: RUNTIME, options: undefined });
  t.deepEqual(got.spec, spec.spec);
  t.is(got.extensions['podctl.io/ext']?.typeUrl, 'podctl.io/test-extension');
  t.deepEqual(JSON.parse(got.extensions['podctl.io/ext']!.value.toString('utf8')), { hello: 'world' });
  t.true(got.createdAt instanceof Date && got.updatedAt instanceof Date);

  t.true(isAlreadyExists(await client.containers.create(spec).catch((e: unknown) => e)));
});

test('update changes only the named fields', async (t) => {
  const spec = newContainer(t, { keep: 'yes', change: 'before' });
  const created = await client.containers.create(spec);

  const updated = await client.containers.update({ id: spec.id, labels: { change: 'after', keep: 'dropped?' } }, [
    'labels.change',
  ]);
  t.deepEqual(updated.labels, { keep: 'yes', change: 'after' });
  t.is(updated.image, spec.image ?? '');
  t.true(updated.updatedAt!.getTime() >= created.updatedAt!.getTime());

  const newSpec = { ...minimalSpec(['/bin/echo', 'changed'], { namespace: client.namespace, id: spec.id }) };
  const respecced = await client.containers.update({ id: spec.id, spec: newSpec, image: 'example.com/other:1' }, [
    'spec',
    'image',
  ]);
  t.deepEqual(respecced.spec, newSpec);
  t.is(respecced.image, 'example.com/other:1');
  t.deepEqual((await client.containers.get(spec.id)).labels, { keep: 'yes', change: 'after' });
});

test('list with a label filter returns only the matching containers', async (t) => {
  const tag = randomBytes(4).toString('hex');
  const a = newContainer(t, { 'podctl.io/pod': tag, 'podctl.io/role': 'app' });
  const b = newContainer(t, { 'podctl.io/pod': tag, 'podctl.io/role': 'sandbox' });
  const other = newContainer(t, { 'podctl.io/pod': `${tag}-other` });
  for (const c of [a, b, other]) await client.containers.create(c);

  const ids = async (filters: string[]) => (await client.containers.list(filters)).map((c) => c.id).sort();
  t.deepEqual(await ids([labelFilter('podctl.io/pod', tag)]), [a.id, b.id].sort());
  t.deepEqual(await ids([`${labelFilter('podctl.io/pod', tag)},${labelFilter('podctl.io/role', 'sandbox')}`]), [b.id]);
  t.deepEqual(await ids([`id==${a.id}`, `id==${other.id}`]), [a.id, other.id].sort());
});

test('delete removes the container', async (t) => {
  const spec = newContainer(t);
  await client.containers.create(spec);
  await client.containers.delete(spec.id);
  t.true(isNotFound(await client.containers.get(spec.id).catch((e: unknown) => e)));
  t.true(isNotFound(await client.containers.delete(spec.id).catch((e: unknown) => e)));
});
