import test from 'ava';
import { decodeEvent, encodeEvent } from '../../../src/containerd/services/events.js';

test('a TaskExit payload decodes with its time as a Date', async (t) => {
  const any = await encodeEvent('containerd.events.TaskExit', {
    containerId: 'c',
    id: 'c',
    pid: 7,
    exitStatus: 137,
    exitedAt: { seconds: 1700000000, nanos: 5e8 },
  });
  t.is(any.typeUrl, 'containerd.events.TaskExit');
  t.deepEqual(await decodeEvent(any), {
    containerId: 'c',
    id: 'c',
    pid: 7,
    exitStatus: 137,
    exitedAt: new Date(1700000000500),
  });
});

test('an Any inside a payload comes out as {typeUrl, value}', async (t) => {
  const options = { typeUrl: 'example.com/Options', value: Buffer.from([1, 2]) };
  const event = await decodeEvent(
    await encodeEvent('containerd.events.ContainerCreate', { id: 'c', image: 'i', runtime: { name: 'r', options } }),
  );
  t.deepEqual(event, {
    id: 'c',
    image: 'i',
    runtime: { name: 'r', options: { typeUrl: 'example.com/Options', value: Buffer.from([1, 2]) } },
  });
});

test('image events keep their own package; a host prefix in the type URL is ignored', async (t) => {
  const any = await encodeEvent('containerd.services.images.v1.ImageDelete', {
    name: 'docker.io/library/busybox:latest',
  });
  t.deepEqual(await decodeEvent({ typeUrl: `types.googleapis.com/${any.typeUrl}`, value: any.value }), {
    name: 'docker.io/library/busybox:latest',
  });
});

test('payloads of unknown types, and none, stay undecoded', async (t) => {
  t.is(await decodeEvent({ typeUrl: 'example.com/Unknown', value: Buffer.from('x') }), undefined);
  t.is(await decodeEvent({ typeUrl: '', value: Buffer.alloc(0) }), undefined);
  t.is(await decodeEvent(undefined), undefined);
});
