import test, { type ExecutionContext } from 'ava';
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ContainerdClient } from '../../../src/containerd/client.js';
import { filterClause, labelFilter } from '../../../src/containerd/filters.js';
import type { SnapshotInfo } from '../../../src/containerd/services/snapshots.js';
import { isFailedPrecondition, isNotFound, isUnimplemented } from '../../../src/errors.js';
import { namespacedClient, quietly, removeNamespace } from '../../helpers/containerd.js';

const SNAPSHOTTER = 'overlayfs';
const client = namespacedClient('snapshots');
test.after.always(() => removeNamespace(client));

const unique = (prefix: string) => `${prefix}-${randomBytes(4).toString('hex')}`;

/** A client under a lease of the test's own; the keys it names are removed in teardown, last first. */
async function setup(t: ExecutionContext): Promise<{ c: ContainerdClient; own: (key: string) => string }> {
  const lease = await client.leases.create({ expireAfter: 10 * 60_000 });
  const keys: string[] = [];
  t.teardown(async () => {
    for (const key of keys.reverse()) await quietly(() => client.snapshots.remove(SNAPSHOTTER, key));
    await quietly(() => client.leases.delete(lease.id));
  });
  return {
    c: client.withLease(lease.id),
    own: (key) => {
      keys.push(key);
      return key;
    },
  };
}

async function collect(iterable: AsyncIterable<SnapshotInfo>): Promise<SnapshotInfo[]> {
  const out: SnapshotInfo[] = [];
  for await (const info of iterable) out.push(info);
  return out;
}

test('prepare, stat, commit, view, list, usage and remove', async (t) => {
  const { c, own } = await setup(t);
  const tag = unique('tag');
  const key = unique('active');
  const name = unique('committed');
  const viewKey = unique('view');
  own(name);
  own(viewKey);

  const mounts = await c.snapshots.prepare(SNAPSHOTTER, own(key), '', { 'podctl.io/test': tag });
  t.is(mounts.length, 1);
  const [mount] = mounts;
  t.is(mount?.type, 'bind');
  t.deepEqual(await c.snapshots.mounts(SNAPSHOTTER, key), mounts);
  const active = await c.snapshots.stat(SNAPSHOTTER, key);
  t.like(active, { name: key, parent: '', kind: 'active', labels: { 'podctl.io/test': tag } });
  t.true(active.createdAt instanceof Date);

  await writeFile(join(mount!.source, 'hello.txt'), 'hello\n');
  t.true((await c.snapshots.usage(SNAPSHOTTER, key)).size > 0);

  await c.snapshots.commit(SNAPSHOTTER, name, key, { 'podctl.io/test': tag });
  t.true(isNotFound(await c.snapshots.stat(SNAPSHOTTER, key).catch((e: unknown) => e)));
  t.like(await c.snapshots.stat(SNAPSHOTTER, name), { name, kind: 'committed' });

  const view = await c.snapshots.view(SNAPSHOTTER, viewKey, name, { 'podctl.io/test': tag });
  t.true(view[0]?.options.includes('ro'), JSON.stringify(view));
  t.like(await c.snapshots.stat(SNAPSHOTTER, viewKey), { kind: 'view', parent: name });

  const listed = await collect(c.snapshots.list(SNAPSHOTTER, [labelFilter('podctl.io/test', tag)]));
  t.deepEqual(listed.map((i) => `${i.kind}:${i.name}`).sort(), [`committed:${name}`, `view:${viewKey}`]);
  t.deepEqual(
    (await collect(c.snapshots.list(SNAPSHOTTER, [filterClause('parent', '==', name)]))).map((i) => i.name),
    [viewKey],
  );

  t.true(
    isFailedPrecondition(await c.snapshots.remove(SNAPSHOTTER, name).catch((e: unknown) => e)),
    'a parent cannot go first',
  );
  await c.snapshots.remove(SNAPSHOTTER, viewKey);
  await c.snapshots.remove(SNAPSHOTTER, name);
  t.deepEqual(await collect(c.snapshots.list(SNAPSHOTTER, [labelFilter('podctl.io/test', tag)])), []);
  // overlayfs implements Cleanup only when it removes asynchronously.
  const cleaned = await c.snapshots.cleanup(SNAPSHOTTER).catch((e: unknown) => e);
  t.true(cleaned === undefined || isUnimplemented(cleaned), String(cleaned));
});

test('update changes only the named labels', async (t) => {
  const { c, own } = await setup(t);
  const key = own(unique('labels'));
  await c.snapshots.prepare(SNAPSHOTTER, key, '', { a: '1', b: '2' });

  const updated = await c.snapshots.update(SNAPSHOTTER, { name: key, labels: { a: 'one', b: 'ignored' } }, [
    'labels.a',
  ]);
  t.like(updated.labels, { a: 'one', b: '2' });
  t.like((await c.snapshots.stat(SNAPSHOTTER, key)).labels, { a: 'one', b: '2' });
});

test('stat of a missing snapshot is not-found', async (t) => {
  t.true(isNotFound(await client.snapshots.stat(SNAPSHOTTER, unique('missing')).catch((e: unknown) => e)));
});
