import test, { type ExecutionContext } from 'ava';
import { createHash, randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ContainerdClient } from '../../../src/containerd/client.js';
import { isAlreadyExists, isFailedPrecondition, isNotFound } from '../../../src/errors.js';
import { namespacedClient, quietly, removeNamespace } from '../../helpers/containerd.js';

const client = namespacedClient('content');
test.after.always(() => removeNamespace(client));

const sha256 = (data: Uint8Array) => `sha256:${createHash('sha256').update(data).digest('hex')}`;
const uniqueRef = (t: ExecutionContext) =>
  `podctl-test-${t.title.replace(/\W+/g, '-')}-${randomBytes(4).toString('hex')}`;

/** A client whose writes a fresh lease holds, so that GC leaves them alone; all of it goes in teardown. */
async function leased(t: ExecutionContext): Promise<ContainerdClient> {
  const lease = await client.leases.create({ expireAfter: 10 * 60_000 });
  t.teardown(() => quietly(() => client.leases.delete(lease.id)));
  return client.withLease(lease.id);
}

function forget(t: ExecutionContext, digest: string, ref?: string): void {
  t.teardown(async () => {
    await quietly(() => client.content.delete(digest));
    if (ref !== undefined) await quietly(() => client.content.abort(ref));
  });
}

async function readAll(
  c: ContainerdClient,
  digest: string,
  range?: { offset?: number; size?: number },
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of c.content.read(digest, range)) chunks.push(chunk);
  return Buffer.concat(chunks);
}

async function* pieces(data: Buffer, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < data.length; i += size) yield new Uint8Array(data.subarray(i, i + size));
}

test('writeBlob then info, list and read return the blob', async (t) => {
  const c = await leased(t);
  const data = Buffer.from(`hello from podctl ${randomBytes(8).toString('hex')}\n`);
  const digest = sha256(data);
  const ref = uniqueRef(t);
  forget(t, digest, ref);

  await c.content.writeBlob(ref, data, { expected: digest, labels: { 'podctl.io/test': 'content' } });

  const info = await c.content.info(digest);
  t.is(info.digest, digest);
  t.is(info.size, data.length);
  t.deepEqual(info.labels, { 'podctl.io/test': 'content' });
  t.true(info.createdAt instanceof Date);
  t.deepEqual(await readAll(c, digest), data);
  t.deepEqual(await readAll(c, digest, { offset: 6, size: 4 }), data.subarray(6, 10));

  const listed = [];
  for await (const item of c.content.list([`digest==${digest}`])) listed.push(item.digest);
  t.deepEqual(listed, [digest]);
  t.true(isNotFound(await c.content.status(ref).catch((e: unknown) => e)), 'the ingest is gone after commit');

  // Writing it again is a success that writes nothing.
  await c.content.writeBlob(uniqueRef(t), data, { expected: digest });
});

test('a blob of several chunks, from a stream of odd-sized pieces', async (t) => {
  const c = await leased(t);
  const data = randomBytes(2.5 * 1024 * 1024);
  const digest = sha256(data);
  forget(t, digest);

  await c.content.writeBlob(uniqueRef(t), pieces(data, 300_001), { expected: digest, size: data.length });

  t.is((await c.content.info(digest)).size, data.length);
  t.true((await readAll(c, digest)).equals(data));
});

test('a wrong expected digest fails the commit and drops the ingest', async (t) => {
  const c = await leased(t);
  const data = Buffer.from('not what was expected');
  const wrong = sha256(Buffer.from('something else'));
  const ref = uniqueRef(t);
  forget(t, sha256(data), ref);

  const err = await t.throwsAsync(c.content.writeBlob(ref, data, { expected: wrong }));
  t.true(isFailedPrecondition(err), String(err));
  const status = await c.content.status(ref).catch((e: unknown) => e);
  t.true(isNotFound(status), 'no ingest left to resume');
  t.true(isNotFound(await c.content.info(wrong).catch((e: unknown) => e)));
});

test('writeBlob resumes from what an earlier write left', async (t) => {
  const c = await leased(t);
  const data = randomBytes(64 * 1024);
  const digest = sha256(data);
  const ref = uniqueRef(t);
  forget(t, digest, ref);

  const writer = await c.content.writer(ref, { total: data.length, expected: digest });
  t.is((await writer.stat()).offset, 0);
  t.is((await writer.write(data.subarray(0, 40_000))).offset, 40_000);
  writer.close();

  const status = await c.content.status(ref);
  t.is(status.offset, 40_000);
  t.is(status.total, data.length);
  t.true((await c.content.listStatuses([])).some((s) => s.ref === ref));

  // The first 40000 bytes of this source are wrong: they must be skipped, not rewritten.
  const source = Buffer.concat([Buffer.alloc(40_000), data.subarray(40_000)]);
  await c.content.writeBlob(ref, source, { expected: digest });
  t.true((await readAll(c, digest)).equals(data));
});

test('writeBlob waits for another writer of the same ref to let go', async (t) => {
  const c = await leased(t);
  const data = Buffer.from(`locked ${randomBytes(4).toString('hex')}`);
  const digest = sha256(data);
  const ref = uniqueRef(t);
  forget(t, digest, ref);

  const holder = await c.content.writer(ref);
  await holder.write(data.subarray(0, 3));
  const held = (async () => {
    await sleep(400);
    holder.close();
  })();
  const started = Date.now();
  await c.content.writeBlob(ref, data, { expected: digest });
  t.true(Date.now() - started >= 350, 'it waited for the holder');
  await held;
  t.true((await readAll(c, digest)).equals(data));
});

test('the low-level writer commits, and a second write of the digest is already-exists', async (t) => {
  const c = await leased(t);
  const data = Buffer.from('written by hand');
  const digest = sha256(data);
  forget(t, digest);

  const writer = await c.content.writer(uniqueRef(t));
  await writer.write(data);
  const done = await writer.commit(data.length, digest, { 'podctl.io/by': 'writer' });
  t.is(done.digest, digest);
  t.is(done.offset, data.length);
  t.is((await c.content.info(digest)).labels['podctl.io/by'], 'writer');

  const again = await c.content.writer(uniqueRef(t), { total: data.length, expected: digest });
  const err = await t.throwsAsync(again.stat());
  t.true(isAlreadyExists(err), String(err));
  again.close();
});

test('update changes labels, delete removes the blob', async (t) => {
  const c = await leased(t);
  const data = Buffer.from(`labels ${randomBytes(4).toString('hex')}`);
  const digest = sha256(data);
  forget(t, digest);
  await c.content.writeBlob(uniqueRef(t), data, { expected: digest, labels: { a: '1', b: '2' } });

  const updated = await c.content.update({ digest, labels: { a: 'one' } }, ['labels.a']);
  t.deepEqual(updated.labels, { a: 'one', b: '2' });

  await c.content.delete(digest);
  t.true(isNotFound(await c.content.info(digest).catch((e: unknown) => e)));
});
