import test from 'ava';
import { ContainerdClient } from '../../../src/containerd/client.js';
import { isCanceled, isDeadlineExceeded, isNotFound } from '../../../src/errors.js';
import { testNamespace } from '../../helpers/cli.js';
import { testAddress } from '../../helpers/containerd.js';
import { serviceRef } from '../../../src/containerd/proto.js';

const ns = testNamespace('connection');
const EVENTS = serviceRef(
  'containerd.services.events.v1.Events',
  () => import('../../../src/containerd/gen/codecs/events.js'),
);

function client(namespace = ns): ContainerdClient {
  return new ContainerdClient({ namespace, ...testAddress() });
}

test('every call carries the namespace: a namespace made with labels reads back from another client', async (t) => {
  const c = client();
  t.teardown(async () => {
    await c.namespaces.delete(ns).catch(() => undefined);
    c.close();
  });
  await c.namespaces.create(ns, { 'podctl.io/test': 'connection' });
  const other = c.withNamespace('default');
  t.is(other.namespace, 'default');
  t.deepEqual((await other.namespaces.get(ns)).labels, { 'podctl.io/test': 'connection' });
  const updated = await c.namespaces.update(ns, { 'podctl.io/other': 'x' });
  t.deepEqual(updated.labels, { 'podctl.io/other': 'x' });
});

test('a lookup of something absent maps to not-found', async (t) => {
  const c = client();
  t.teardown(() => c.close());
  const err = await t.throwsAsync(c.images.get('localhost/podctl/does-not-exist:never'));
  t.true(isNotFound(err), String(err));
});

test('an AbortSignal ends a stream with a canceled error', async (t) => {
  const c = client();
  t.teardown(() => c.close());
  const controller = new AbortController();
  const stream = c.conn.serverStream(
    EVENTS,
    'Subscribe',
    { filters: ['topic=="/podctl/test/never"'] },
    { signal: controller.signal },
  );
  setTimeout(() => controller.abort(), 200);
  const err = await t.throwsAsync(async () => {
    for await (const _ of stream) t.fail('no events were published');
  });
  t.true(isCanceled(err), String(err));
});

test('an AbortSignal already aborted cancels a unary call', async (t) => {
  const c = client();
  t.teardown(() => c.close());
  const err = await t.throwsAsync(c.version.version({ signal: AbortSignal.abort() }));
  t.true(isCanceled(err), String(err));
});

test('a per-call deadline ends a stream with deadline-exceeded', async (t) => {
  const c = client();
  t.teardown(() => c.close());
  const started = Date.now();
  const err = await t.throwsAsync(async () => {
    for await (const _ of c.conn.serverStream(
      EVENTS,
      'Subscribe',
      { filters: ['topic=="/podctl/test/never"'] },
      { timeoutMs: 300 },
    )) {
      t.fail('no events were published');
    }
  });
  t.true(isDeadlineExceeded(err), String(err));
  t.true(Date.now() - started < 5000);
});

test('debug logging reports each call with its namespace, status and duration', async (t) => {
  const lines: string[] = [];
  const c = new ContainerdClient({ namespace: ns, ...testAddress(), debug: (line) => lines.push(line) });
  t.teardown(() => c.close());
  await c.version.version();
  t.is(lines.length, 1);
  t.regex(
    lines[0]!,
    new RegExp(`^grpc /containerd\\.services\\.version\\.v1\\.Version/Version ns=${ns} OK \\d+\\.\\dms$`),
  );
});
