import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import test from 'ava';
import { messageCodec, type CodecModule } from '../../../src/containerd/proto.js';
import {
  findProtoDifferences,
  loadOurRoot,
  loadUpstreamRoot,
} from '../../helpers/proto-conformance.js';

const generator = fileURLToPath(new URL('../../../scripts/gen-protos.mjs', import.meta.url));

// The RPCs that podctl's containerd layer is built on.
const requiredMethods: Record<string, string[]> = {
  'containerd.services.version.v1.Version': ['Version'],
  'containerd.services.namespaces.v1.Namespaces': ['Get', 'List', 'Create', 'Update', 'Delete'],
  'containerd.services.introspection.v1.Introspection': ['Plugins'],
  'containerd.services.containers.v1.Containers': [
    'Get', 'List', 'ListStream', 'Create', 'Update', 'Delete',
  ],
  'containerd.services.tasks.v1.Tasks': [
    'Create', 'Start', 'Delete', 'DeleteProcess', 'Get', 'List', 'Kill', 'Exec', 'ResizePty',
    'CloseIO', 'Pause', 'Resume', 'ListPids', 'Checkpoint', 'Update', 'Metrics', 'Wait',
  ],
  'containerd.services.content.v1.Content': [
    'Info', 'Update', 'List', 'Delete', 'Read', 'Status', 'ListStatuses', 'Write', 'Abort',
  ],
  'containerd.services.images.v1.Images': ['Get', 'List', 'Create', 'Update', 'Delete'],
  'containerd.services.snapshots.v1.Snapshots': [
    'Prepare', 'View', 'Mounts', 'Commit', 'Remove', 'Stat', 'Update', 'List', 'Usage', 'Cleanup',
  ],
  'containerd.services.diff.v1.Diff': ['Apply', 'Diff'],
  'containerd.services.leases.v1.Leases': [
    'Create', 'Delete', 'List', 'AddResource', 'DeleteResource', 'ListResources',
  ],
  'containerd.services.events.v1.Events': ['Publish', 'Forward', 'Subscribe'],
};

// Messages that podctl decodes from an Any rather than reaches through a service.
const requiredMessages = [
  // Tasks.Metrics data on cgroup v1 and hybrid hosts, and on cgroup v2 hosts.
  'io.containerd.cgroups.v1.Metrics',
  'io.containerd.cgroups.v2.Metrics',
];

test('our protos declare nothing that containerd 1.6 declares differently', (t) => {
  const differences = findProtoDifferences(loadOurRoot(), loadUpstreamRoot());
  t.deepEqual(differences, [], `differences from upstream:\n${differences.join('\n')}`);
});

test('upstream declares the cgroup metric messages, so the comparison covers them', (t) => {
  const upstream = loadUpstreamRoot();
  for (const name of requiredMessages) t.true(upstream.lookup(name) !== null, name);
});

test('the cgroup metric codecs have the messages podctl decodes from an Any', async (t) => {
  const codecs = (await import('../../../src/containerd/gen/codecs/cgroup-metrics.js')) as CodecModule;
  for (const name of requiredMessages) t.notThrows(() => messageCodec(codecs, name), name);
});

test('the committed codecs are a fresh generation from protos/', async (t) => {
  const result = await promisify(execFile)(process.execPath, [generator, '--check']).then(
    () => ({ code: 0, stderr: '' }),
    (err: { code: number; stderr: string }) => ({ code: err.code, stderr: err.stderr }),
  );
  t.is(result.code, 0, `src/containerd/gen/codecs is stale or was edited by hand (run npm run gen:protos):\n${result.stderr}`);
});

const codecModule = (service: string): Promise<CodecModule> =>
  import(`../../../src/containerd/gen/codecs/${service.split('.')[2]}.js`) as Promise<CodecModule>;

test('each service\'s codecs have every RPC podctl uses, typed as protos/ declares them', async (t) => {
  const ours = loadOurRoot().resolveAll();
  for (const [service, required] of Object.entries(requiredMethods)) {
    const declared = ours.lookupService(service);
    const { methods } = await codecModule(service);
    t.deepEqual(
      methods,
      Object.fromEntries(declared.methodsArray.map((m) => [m.name, [m.resolvedRequestType!.fullName.slice(1), m.resolvedResponseType!.fullName.slice(1)]])),
      service,
    );
    t.deepEqual(required.filter((name) => methods[name] === undefined), [], service);
  }
});

// Messages with maps, repeated and nested messages, Any, timestamps, enums, 64-bit integers and
// bytes: what the static code writes, reflection over protos/ reads the same, and back.
const samples: [service: string, type: string, value: Record<string, unknown>][] = [
  ['containerd.services.containers.v1.Containers', 'containerd.services.containers.v1.CreateContainerRequest', {
    container: {
      id: 'c1', labels: { 'podctl.io/pod': 'p', b: '' }, image: 'docker.io/library/busybox:latest',
      runtime: { name: 'io.containerd.runc.v2', options: { typeUrl: 'x/y', value: Buffer.from([1, 2]) } },
      spec: { typeUrl: 'types.containerd.io/opencontainers/runtime-spec/1/Spec', value: Buffer.from('{"ociVersion":"1.0.2"}') },
      snapshotter: 'overlayfs', snapshotKey: 'c1', createdAt: { seconds: 1_700_000_000, nanos: 5 },
      extensions: { a: { typeUrl: 'x/z', value: Buffer.from('z') } },
    },
  }],
  ['containerd.services.tasks.v1.Tasks', 'containerd.services.tasks.v1.CreateTaskRequest', {
    containerId: 'c1', rootfs: [{ type: 'overlay', source: 'overlay', options: ['lowerdir=/a', 'upperdir=/b'] }],
    stdout: 'binary:///x?y=1', stderr: 'binary:///x?y=1', terminal: true,
  }],
  ['containerd.services.tasks.v1.Tasks', 'containerd.services.tasks.v1.GetResponse', {
    process: { containerId: 'c1', id: 'c1', pid: 4242, status: 'STOPPED', exitStatus: 3, exitedAt: { seconds: 5, nanos: 6 } },
  }],
  ['containerd.services.content.v1.Content', 'containerd.services.content.v1.WriteContentRequest', {
    action: 'COMMIT', ref: 'r', total: 2 ** 40 + 3, offset: 2 ** 33, data: Buffer.from('blob'), expected: 'sha256:00', labels: { k: 'v' },
  }],
];

/** protobufjs's own google.protobuf.Any spells its URL field type_url; ours (gen-protos) typeUrl. */
function renameKey(value: unknown, from: string, to: string): unknown {
  if (Buffer.isBuffer(value) || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => renameKey(v, from, to));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k === from ? to : k, renameKey(v, from, to)]));
}

test('static codecs and reflection over protos/ agree on the wire', async (t) => {
  const ours = loadOurRoot().resolveAll();
  const options = { longs: Number, enums: String, defaults: false, arrays: false, objects: false };
  for (const [service, typeName, value] of samples) {
    const reflected = ours.lookupType(typeName);
    const codec = messageCodec(await codecModule(service), typeName);
    const fromStatic = codec.encode(value);
    const viaReflection = renameKey(reflected.toObject(reflected.decode(fromStatic), options), 'type_url', 'typeUrl');
    t.deepEqual(JSON.parse(JSON.stringify(viaReflection)), JSON.parse(JSON.stringify(value)), `${typeName}: static encode`);
    const fromReflection = reflected.encode(reflected.fromObject(renameKey(value, 'typeUrl', 'type_url') as object)).finish();
    t.deepEqual(Buffer.from(fromReflection), fromStatic, `${typeName}: same bytes`);
    t.deepEqual(JSON.parse(JSON.stringify(codec.decode(Buffer.from(fromReflection)))), JSON.parse(JSON.stringify(renameKey(reflected.toObject(reflected.decode(fromReflection), { ...options, defaults: true, arrays: true, objects: true }), 'type_url', 'typeUrl'))) as unknown, `${typeName}: static decode`);
  }
});

test('the cgroup metric codecs and reflection over protos/ agree on the wire', async (t) => {
  const ours = loadOurRoot().resolveAll();
  const codecs = (await import('../../../src/containerd/gen/codecs/cgroup-metrics.js')) as CodecModule;
  const metrics: [string, Record<string, unknown>][] = [
    ['io.containerd.cgroups.v1.Metrics', {
      pids: { current: 3, limit: 64 }, cpu: { usage: { total: 2 ** 40 + 7, kernel: 5, user: 6, perCpu: [1, 2 ** 35] } },
      memory: { cache: 4096, totalInactiveFile: 1, usage: { usage: 368640, limit: 67108864, max: 2777088, failcnt: 1 } },
      blkio: { ioServiceBytesRecursive: [{ op: 'Read', device: 'sda', major: 8, minor: 1, value: 4096 }] },
    }],
    ['io.containerd.cgroups.v2.Metrics', {
      pids: { current: 2 }, cpu: { usageUsec: 2 ** 36, userUsec: 1, systemUsec: 2 },
      memory: { usage: 1048576, usageLimit: 2 ** 50, inactiveFile: 4096 }, io: { usage: [{ major: 259, rbytes: 100, wbytes: 200 }] },
      memoryEvents: { oomKill: 1 },
    }],
  ];
  const options = { longs: Number, enums: String, defaults: false, arrays: false, objects: false };
  for (const [typeName, value] of metrics) {
    const reflected = ours.lookupType(typeName);
    const bytes = messageCodec(codecs, typeName).encode(value);
    t.deepEqual(Buffer.from(reflected.encode(reflected.fromObject(value)).finish()), bytes, `${typeName}: same bytes`);
    t.deepEqual(reflected.toObject(reflected.decode(bytes), options), value, `${typeName}: reflection reads what the static code wrote`);
  }
});
