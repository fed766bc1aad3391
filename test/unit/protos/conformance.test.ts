import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import test from 'ava';
import protobuf from 'protobufjs/light.js';
import {
  findProtoDifferences,
  loadOurRoot,
  loadUpstreamRoot,
} from '../../helpers/proto-conformance.js';

const generator = fileURLToPath(new URL('../../../scripts/gen-protos.mjs', import.meta.url));
const descriptorFile = new URL('../../../src/containerd/gen/descriptor.json', import.meta.url);
const servicesFile = new URL('../../../src/containerd/gen/services.json', import.meta.url);

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

test('our protos declare nothing that containerd 1.6 declares differently', (t) => {
  const differences = findProtoDifferences(loadOurRoot(), loadUpstreamRoot());
  t.deepEqual(differences, [], `differences from upstream:\n${differences.join('\n')}`);
});

test('the committed descriptor is a fresh generation from protos/', async (t) => {
  const { stdout: fresh } = await promisify(execFile)(process.execPath, [generator, '--stdout'], {
    maxBuffer: 16 * 1024 * 1024,
  });
  const committed = await readFile(descriptorFile, 'utf8');
  t.true(
    committed === fresh,
    'src/containerd/gen/descriptor.json is stale or was edited by hand: run npm run gen:protos',
  );
});

test('the per-service descriptors are a fresh generation from protos/', async (t) => {
  const { stdout: fresh } = await promisify(execFile)(process.execPath, [generator, '--stdout', '--services'], {
    maxBuffer: 16 * 1024 * 1024,
  });
  const committed = await readFile(servicesFile, 'utf8');
  t.true(committed === fresh, 'src/containerd/gen/services.json is stale or was edited by hand: run npm run gen:protos');
});

test('each per-service descriptor resolves on its own and declares its service whole', async (t) => {
  const services = JSON.parse(await readFile(servicesFile, 'utf8')) as Record<string, protobuf.INamespace>;
  const full = protobuf.Root.fromJSON(JSON.parse(await readFile(descriptorFile, 'utf8')) as protobuf.INamespace);
  t.deepEqual(Object.keys(services).sort(), Object.keys(requiredMethods).sort());
  for (const [name, json] of Object.entries(services)) {
    const root = protobuf.Root.fromJSON(json).resolveAll();
    const service = root.lookupService(name);
    t.deepEqual(Object.keys(service.methods).sort(), Object.keys(full.lookupService(name).methods).sort(), name);
  }
});

test('the descriptor loads with protobufjs/light and has every RPC podctl uses', async (t) => {
  const json: unknown = JSON.parse(await readFile(descriptorFile, 'utf8'));
  const root = protobuf.Root.fromJSON(json as protobuf.INamespace).resolveAll();
  const missing = Object.entries(requiredMethods).flatMap(([service, methods]) => {
    const declared = root.lookup(service);
    if (!(declared instanceof protobuf.Service)) return [service];
    return methods.filter((name) => declared.methods[name] === undefined).map((name) => `${service}/${name}`);
  });
  t.deepEqual(missing, []);
});
