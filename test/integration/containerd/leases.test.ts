import test, { type ExecutionContext } from 'ava';
import { createHash, randomBytes } from 'node:crypto';
import { LEASE_EXPIRE_LABEL } from '../../../src/containerd/services/leases.js';
import { isAlreadyExists, isNotFound } from '../../../src/errors.js';
import { namespacedClient, quietly, removeNamespace } from '../../helpers/containerd.js';

const client = namespacedClient('leases');
test.after.always(() => removeNamespace(client));

const sha256 = (data: Uint8Array) => `sha256:${createHash('sha256').update(data).digest('hex')}`;
const unique = (prefix: string) => `${prefix}-${randomBytes(4).toString('hex')}`;

async function newLease(t: ExecutionContext, id?: string, expireAfter?: number) {
  const lease = await client.leases.create({
    ...(id !== undefined && { id }),
    labels: { 'podctl.io/test': 'leases' },
    ...(expireAfter !== undefined && { expireAfter }),
  });
  t.teardown(() => quietly(() => client.leases.delete(lease.id)));
  return lease;
}

async function writeBlob(
  t: ExecutionContext,
  lease: string | undefined,
  data: Buffer,
  labels: Record<string, string> = {},
) {
  const digest = sha256(data);
  t.teardown(() => quietly(() => client.content.delete(digest)));
  await client.withLease(lease).content.writeBlob(unique('podctl-test-lease'), data, { expected: digest, labels });
  return digest;
}

test('create with an expiry, list by id, delete', async (t) => {
  const id = unique('podctl-test-lease');
  const before = Date.now();
  const lease = await newLease(t, id, 60_000);
  t.is(lease.id, id);
  t.true(lease.createdAt instanceof Date);
  t.is(lease.labels['podctl.io/test'], 'leases');
  const expires = Date.parse(lease.labels[LEASE_EXPIRE_LABEL] ?? '');
  t.true(expires >= before + 60_000 && expires <= Date.now() + 61_000, lease.labels[LEASE_EXPIRE_LABEL]);

  t.deepEqual(
    (await client.leases.list([`id==${id}`])).map((l) => l.id),
    [id],
  );
  t.true(isAlreadyExists(await client.leases.create({ id }).catch((e: unknown) => e)));

  await client.leases.delete(id);
  t.deepEqual(await client.leases.list([`id==${id}`]), []);
  t.true(isNotFound(await client.leases.delete(id).catch((e: unknown) => e)));
});

test('a lease without an ID gets a random one', async (t) => {
  const a = await newLease(t);
  const b = await newLease(t);
  t.regex(a.id, /^\d+-[\w-]+$/);
  t.not(a.id, b.id);
});

test('what is written under a lease is its resource; resources can be added and removed', async (t) => {
  const lease = await newLease(t);
  const held = await writeBlob(t, lease.id, Buffer.from(unique('held by the lease')));
  t.deepEqual(await client.leases.listResources(lease.id), [{ id: held, type: 'content' }]);

  const rooted = await writeBlob(t, undefined, Buffer.from(unique('a gc root')), {
    'containerd.io/gc.root': new Date().toISOString(),
  });
  await client.leases.addResource(lease.id, { id: rooted, type: 'content' });
  const ids = (await client.leases.listResources(lease.id)).map((r) => r.id).sort();
  t.deepEqual(ids, [held, rooted].sort());

  await client.leases.deleteResource(lease.id, { id: rooted, type: 'content' });
  t.deepEqual(await client.leases.listResources(lease.id), [{ id: held, type: 'content' }]);
});

test('deleting a lease with sync collects the content only it held', async (t) => {
  const lease = await newLease(t);
  const digest = await writeBlob(t, lease.id, Buffer.from(unique('collected')));
  t.is((await client.content.info(digest)).digest, digest);

  await client.leases.delete(lease.id, { sync: true });
  t.true(isNotFound(await client.content.info(digest).catch((e: unknown) => e)));
});
