import test from 'ava';
import type { EventEnvelope } from '../../../src/containerd/services/events.js';
import { isInvalidArgument } from '../../../src/errors.js';
import {
  eventAttributes,
  eventJson,
  formatEventLine,
  matchesEvent,
  parseEventFilters,
  subscriptionFilters,
} from '../../../src/container/events.js';

const at = new Date('2026-11-27T07:40:00.123Z');
const envelope = (topic: string, type: string, event: Record<string, unknown>): EventEnvelope => ({
  timestamp: at,
  namespace: 'ns',
  topic,
  typeUrl: `containerd.events.${type}`,
  event,
});

const exit = envelope('/tasks/exit', 'TaskExit', {
  containerId: 'app',
  id: 'app',
  pid: 123,
  exitStatus: 0,
  exitedAt: at,
});
const execExit = envelope('/tasks/exit', 'TaskExit', {
  containerId: 'app',
  id: 'exec-1',
  pid: 9,
  exitStatus: 3,
  exitedAt: at,
});
const create = envelope('/containers/create', 'ContainerCreate', {
  id: 'web',
  image: 'docker.io/library/busybox:latest',
  runtime: { name: 'io.containerd.runc.v2', options: null },
});
const start = envelope('/tasks/start', 'TaskStart', { containerId: 'app', pid: 55 });
const image = envelope('/images/create', 'ImageCreate', { name: 'a b', labels: {} });
const unknown: EventEnvelope = {
  timestamp: undefined,
  namespace: 'ns',
  topic: '/podctl/pod/create',
  typeUrl: 'podctl.Thing',
  event: undefined,
};

const lines = test.macro({
  exec: (t, e: EventEnvelope, expected: string) => t.is(formatEventLine(e, new Date('2026-01-01T00:00:00Z')), expected),
  title: (title = '') => `formatEventLine: ${title}`,
});
test('task exit', lines, exit, '2026-11-27T07:40:00.123Z /tasks/exit container=app pid=123 exit_status=0');
test(
  'exec exit',
  lines,
  execExit,
  '2026-11-27T07:40:00.123Z /tasks/exit container=app exec_id=exec-1 pid=9 exit_status=3',
);
test(
  'container create',
  lines,
  create,
  '2026-11-27T07:40:00.123Z /containers/create container=web image=docker.io/library/busybox:latest',
);
test('task start', lines, start, '2026-11-27T07:40:00.123Z /tasks/start container=app pid=55');
test('quoted values', lines, image, '2026-11-27T07:40:00.123Z /images/create name="a b"');
test('no payload, no timestamp', lines, unknown, '2026-01-01T00:00:00.000Z /podctl/pod/create');

test('eventAttributes skips nested messages and timestamps', (t) => {
  t.deepEqual(eventAttributes(create), [
    ['container', 'web'],
    ['image', 'docker.io/library/busybox:latest'],
  ]);
});

test('eventJson', (t) => {
  t.deepEqual(eventJson(exit), {
    time: '2026-11-27T07:40:00.123Z',
    namespace: 'ns',
    topic: '/tasks/exit',
    type: 'containerd.events.TaskExit',
    id: 'app',
    attributes: { container: 'app', pid: '123', exit_status: '0' },
  });
});

const filters = test.macro({
  exec: (t, entries: string[], expected: ReturnType<typeof parseEventFilters>) =>
    t.deepEqual(parseEventFilters(entries), expected),
  title: (_t, entries: string[]) => `parseEventFilters ${JSON.stringify(entries)}`,
});
test(filters, [], { types: [], containers: [] });
test(filters, ['type=task'], { types: ['task'], containers: [] });
test(filters, ['type=container', 'type=task', 'container=app'], { types: ['container', 'task'], containers: ['app'] });

const badFilters = test.macro({
  exec(t, entry: string) {
    const err = t.throws(() => parseEventFilters([entry]));
    t.true(isInvalidArgument(err));
    t.false(err.message.includes('\n'));
  },
  title: (_t, entry: string) => `parseEventFilters rejects ${JSON.stringify(entry)}`,
});
test(badFilters, 'type=image');
test(badFilters, 'container=');
test(badFilters, 'container=bad name');
test(badFilters, 'pod=x');
test(badFilters, 'type');

test('subscriptionFilters: the namespace, one entry per type', (t) => {
  t.deepEqual(subscriptionFilters('ns', { types: [] }), ['namespace=="ns"']);
  t.deepEqual(subscriptionFilters('ns', { types: ['task', 'container', 'task'] }), [
    'namespace=="ns",topic~="^/tasks/"',
    'namespace=="ns",topic~="^/containers/"',
  ]);
});

test('matchesEvent by container', (t) => {
  t.true(matchesEvent(image, { containers: [] }));
  t.true(matchesEvent(exit, { containers: ['app'] }));
  t.true(matchesEvent(create, { containers: ['web', 'x'] }));
  t.false(matchesEvent(create, { containers: ['app'] }));
  t.false(matchesEvent(image, { containers: ['app'] }));
});
