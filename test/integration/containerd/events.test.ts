import test, { type ExecutionContext } from 'ava';
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { EventEnvelope } from '../../../src/containerd/services/events.js';
import { filterClause } from '../../../src/containerd/filters.js';
import { encodeEvent } from '../../../src/containerd/services/events.js';
import { namespacedClient, removeContainer, removeNamespace } from '../../helpers/containerd.js';
import { minimalSpec } from '../../helpers/oci-minimal.js';

const client = namespacedClient('events');
test.after.always(() => removeNamespace(client));

const READY_TOPIC = '/podctl/test/ready';
const inNamespace = filterClause('namespace', '==', client.namespace);
const topicIs = (topic: string) => `${inNamespace},${filterClause('topic', '==', topic)}`;
const topicMatches = (regex: string) => `${inNamespace},${filterClause('topic', '~=', regex)}`;

/**
 * Subscribes with the filters, and returns once the subscription is live: containerd says
 * nothing when it is, so a probe event is published until it comes back.
 */
async function subscribe(t: ExecutionContext, filters: string[]) {
  const controller = new AbortController();
  t.teardown(() => controller.abort());
  const events = client.events.subscribe(filters, { signal: controller.signal });
  const seen: EventEnvelope[] = [];
  let ready = false;
  let notify = () => {};
  const done = (async () => {
    for await (const event of events) {
      if (event.topic !== READY_TOPIC) seen.push(event);
      else ready = true;
      notify();
    }
  })();
  const probe = await encodeEvent('containerd.events.ContainerDelete', { id: 'probe' });
  for (let i = 0; !ready; i++) {
    if (i > 100) throw new Error('the subscription never delivered the probe event');
    await client.events.publish(READY_TOPIC, probe);
    await sleep(50);
  }
  /** Resolves with the first event the predicate accepts. */
  const next = async (accept: (e: EventEnvelope) => boolean, timeoutMs = 10_000): Promise<EventEnvelope> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = seen.find(accept);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no such event among ${seen.map((e) => e.topic).join(', ')}`);
      await new Promise<void>((resolve) => {
        notify = resolve;
        setTimeout(resolve, 100);
      });
    }
  };
  return { controller, done, next, seen };
}

test('container create and delete show up, decoded, in the namespace', async (t) => {
  const sub = await subscribe(t, [topicMatches('^/containers/'), topicIs(READY_TOPIC)]);
  const id = `podctl-test-${randomBytes(6).toString('hex')}`;
  t.teardown(() => removeContainer(client, id));

  await client.containers.create({
    id,
    image: 'example.com/image:1',
    runtime: { name: 'io.containerd.runc.v2' },
    spec: minimalSpec(['/bin/true'], { namespace: client.namespace, id }),
  });
  await client.containers.delete(id);

  const created = await sub.next((e) => e.topic === '/containers/create');
  t.is(created.namespace, client.namespace);
  t.is(created.typeUrl, 'containerd.events.ContainerCreate');
  t.true(created.timestamp instanceof Date);
  t.like(created.event, { id, image: 'example.com/image:1', runtime: { name: 'io.containerd.runc.v2' } });
  const deleted = await sub.next((e) => e.topic === '/containers/delete');
  t.deepEqual(deleted.event, { id });
  t.true(sub.seen.every((e) => e.namespace === client.namespace && e.topic.startsWith('/containers/')));
});

test('published events come back; unknown payload types stay undecoded', async (t) => {
  const sub = await subscribe(t, [topicMatches('^/podctl/test/')]);
  const exitedAt = new Date('2024-05-06T07:08:09.123Z');
  await client.events.publish(
    '/podctl/test/exit',
    await encodeEvent('containerd.events.TaskExit', {
      containerId: 'c1',
      id: 'c1',
      pid: 42,
      exitStatus: 3,
      exitedAt: { seconds: Math.floor(exitedAt.getTime() / 1000), nanos: 123e6 },
    }),
  );
  await client.events.publish('/podctl/test/opaque', { typeUrl: 'example.com/Opaque', value: Buffer.from('x') });

  const exit = await sub.next((e) => e.topic === '/podctl/test/exit');
  t.deepEqual(exit.event, { containerId: 'c1', id: 'c1', pid: 42, exitStatus: 3, exitedAt });
  const opaque = await sub.next((e) => e.topic === '/podctl/test/opaque');
  t.is(opaque.typeUrl, 'example.com/Opaque');
  t.is(opaque.event, undefined);
});

test('aborting the signal ends the subscription without an error', async (t) => {
  const sub = await subscribe(t, [topicIs(READY_TOPIC)]);
  sub.controller.abort();
  await t.notThrowsAsync(sub.done);
});
