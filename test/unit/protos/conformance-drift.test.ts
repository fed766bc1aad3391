// The conformance checker must notice each kind of drift, and report exactly that.
import test from 'ava';
import protobuf from 'protobufjs';
import { findProtoDifferences, loadOurRoot } from '../../helpers/proto-conformance.js';

type Json = { [key: string]: unknown };
type Edit = (root: Json) => void;

const isJson = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function child(object: Json, key: string): Json {
  const value = object[key];
  if (!isJson(value)) throw new Error(`no ${key} in the descriptor`);
  return value;
}

/** The JSON of a declaration, by full name. */
function declared(root: Json, fullName: string): Json {
  return fullName.split('.').reduce((namespace, name) => child(child(namespace, 'nested'), name), root);
}

/** The JSON of a field or method, by full name: `<message or service>.<member>`. */
function member(root: Json, fullName: string, group: 'fields' | 'methods'): Json {
  const at = fullName.lastIndexOf('.');
  return child(child(declared(root, fullName.slice(0, at)), group), fullName.slice(at + 1));
}

function toJson(descriptor: unknown): Json {
  const json: unknown = JSON.parse(JSON.stringify(descriptor));
  if (!isJson(json)) throw new Error('protobufjs gave no JSON object');
  return json;
}

const pristine = toJson(loadOurRoot().toJSON());

function rootWith(edit: Edit | undefined): protobuf.Root {
  const json = structuredClone(pristine);
  edit?.(json);
  return protobuf.Root.fromJSON(json);
}

interface Drift {
  ours?: Edit;
  upstream?: Edit;
  expected: string[];
}

const reportsDrift = test.macro({
  exec(t, drift: Drift) {
    const differences = findProtoDifferences(rootWith(drift.ours), rootWith(drift.upstream));
    t.deepEqual(differences, drift.expected);
  },
  title: (name = '') => `reports ${name}`,
});

const VERSION_RESPONSE = 'containerd.services.version.v1.VersionResponse';

test('nothing when both sides are the same', reportsDrift, { expected: [] });

test('a field number', reportsDrift, {
  ours: (root) => { member(root, `${VERSION_RESPONSE}.revision`, 'fields')['id'] = 7; },
  expected: [`field ${VERSION_RESPONSE}.revision: id: ours 7, upstream 2`],
});

test('a scalar field type', reportsDrift, {
  ours: (root) => { member(root, 'containerd.types.Descriptor.size', 'fields')['type'] = 'uint64'; },
  expected: ['field containerd.types.Descriptor.size: type: ours uint64, upstream int64'],
});

test('a message field type', reportsDrift, {
  ours: (root) => {
    member(root, 'containerd.services.tasks.v1.GetResponse.process', 'fields')['type'] =
      'containerd.v1.types.ProcessInfo';
  },
  expected: [
    'field containerd.services.tasks.v1.GetResponse.process: type: ' +
      'ours containerd.v1.types.ProcessInfo, upstream containerd.v1.types.Process',
  ],
});

test('a lost repeated label', reportsDrift, {
  ours: (root) => { delete member(root, 'containerd.types.Mount.options', 'fields')['rule']; },
  expected: ['field containerd.types.Mount.options: label: ours singular, upstream repeated'],
});

test('a map key type', reportsDrift, {
  ours: (root) => {
    member(root, 'containerd.types.Descriptor.annotations', 'fields')['keyType'] = 'int32';
  },
  expected: ['field containerd.types.Descriptor.annotations: map key type: ours int32, upstream string'],
});

test('a response streaming flag', reportsDrift, {
  ours: (root) => {
    delete member(root, 'containerd.services.containers.v1.Containers.ListStream', 'methods')['responseStream'];
  },
  expected: [
    'method containerd.services.containers.v1.Containers.ListStream: response stream: ours false, upstream true',
  ],
});

test('a request streaming flag', reportsDrift, {
  ours: (root) => {
    member(root, 'containerd.services.tasks.v1.Tasks.Wait', 'methods')['requestStream'] = true;
  },
  expected: ['method containerd.services.tasks.v1.Tasks.Wait: request stream: ours true, upstream false'],
});

test('a renamed field', reportsDrift, {
  ours: (root) => {
    const fields = child(declared(root, VERSION_RESPONSE), 'fields');
    fields['commit'] = fields['revision'];
    delete fields['revision'];
  },
  expected: [`field ${VERSION_RESPONSE}.commit: missing upstream; upstream uses id 2 for revision`],
});

test('a method missing upstream', reportsDrift, {
  upstream: (root) => {
    delete child(declared(root, 'containerd.services.tasks.v1.Tasks'), 'methods')['Wait'];
  },
  expected: ['method containerd.services.tasks.v1.Tasks.Wait: missing upstream'],
});

test('a message missing upstream', reportsDrift, {
  upstream: (root) => { delete child(declared(root, 'containerd.events'), 'nested')['TaskOOM']; },
  expected: ['message containerd.events.TaskOOM: missing upstream'],
});

test('an enum value number', reportsDrift, {
  ours: (root) => { child(declared(root, 'containerd.v1.types.Status'), 'values')['PAUSING'] = 6; },
  expected: ['enum value containerd.v1.types.Status.PAUSING: number: ours 6, upstream 5'],
});

test('a cgroup metric field number', reportsDrift, {
  ours: (root) => { member(root, 'io.containerd.cgroups.v2.MemoryStat.usageLimit', 'fields')['id'] = 36; },
  expected: ['field io.containerd.cgroups.v2.MemoryStat.usage_limit: id: ours 36, upstream 33'],
});

test('a cgroup metric field missing upstream', reportsDrift, {
  upstream: (root) => {
    delete child(declared(root, 'io.containerd.cgroups.v1.MemoryStat'), 'fields')['totalInactiveFile'];
  },
  expected: ['field io.containerd.cgroups.v1.MemoryStat.total_inactive_file: missing upstream'],
});
