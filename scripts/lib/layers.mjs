// podctl's layers, top to bottom: the one table that eslint.config.js (import-x/no-restricted-paths)
// and test/unit/architecture/ read. A file in a layer may import its own layer and the layers
// named in its `may`; nothing else. Layers without a folder yet are listed all the same.
//
//   cli → index.ts → system → kube → supervise → pod → container → exec, logs, stats (peers)
//     → task, records (peers) → host → image → network, oci (peers) → state → containerd → root
//
// Peers do not import each other. `paths` are relative to the repository root: a folder (all
// of it), or a file; `root` is every .ts file directly in src/ but index.ts.

/** @typedef {{ name: string, paths: string[], may: string[] }} Layer */

/** @type {readonly Layer[]} */
// prettier-ignore
export const layers = [
  { name: 'cli',        paths: ['src/cli'],               may: ['index', 'system', 'kube', 'supervise', 'pod', 'container', 'exec', 'logs', 'stats', 'task', 'records', 'host', 'image', 'network', 'oci', 'state', 'containerd', 'root'] },
  { name: 'index',      paths: ['src/index.ts'],          may: ['system', 'kube', 'supervise', 'pod', 'container', 'exec', 'logs', 'stats', 'task', 'records', 'host', 'image', 'network', 'oci', 'state', 'containerd', 'root'] },
  { name: 'system',     paths: ['src/system'],            may: ['kube', 'supervise', 'pod', 'container', 'exec', 'logs', 'stats', 'task', 'records', 'host', 'image', 'network', 'oci', 'state', 'containerd', 'root'] },
  { name: 'kube',       paths: ['src/kube'],              may: ['supervise', 'pod', 'container', 'exec', 'logs', 'stats', 'task', 'records', 'host', 'image', 'network', 'oci', 'state', 'containerd', 'root'] },
  { name: 'supervise',  paths: ['src/supervise'],         may: ['pod', 'container', 'exec', 'logs', 'stats', 'task', 'records', 'host', 'image', 'network', 'oci', 'state', 'containerd', 'root'] },
  { name: 'pod',        paths: ['src/pod'],               may: ['container', 'exec', 'logs', 'stats', 'task', 'records', 'host', 'image', 'network', 'oci', 'state', 'containerd', 'root'] },
  { name: 'container',  paths: ['src/container'],         may: ['exec', 'logs', 'stats', 'task', 'records', 'host', 'image', 'network', 'oci', 'state', 'containerd', 'root'] },
  { name: 'exec',       paths: ['src/exec'],              may: ['task', 'records', 'host', 'image', 'network', 'oci', 'state', 'containerd', 'root'] },
  { name: 'logs',       paths: ['src/logs'],              may: ['task', 'records', 'host', 'image', 'network', 'oci', 'state', 'containerd', 'root'] },
  { name: 'stats',      paths: ['src/stats'],             may: ['task', 'records', 'host', 'image', 'network', 'oci', 'state', 'containerd', 'root'] },
  { name: 'task',       paths: ['src/task'],              may: ['host', 'image', 'network', 'oci', 'state', 'containerd', 'root'] },
  { name: 'records',    paths: ['src/records'],           may: ['host', 'image', 'network', 'oci', 'state', 'containerd', 'root'] },
  { name: 'host',       paths: ['src/host'],              may: ['image', 'network', 'oci', 'state', 'containerd', 'root'] },
  { name: 'image',      paths: ['src/image'],             may: ['oci', 'state', 'containerd', 'root'] },
  { name: 'network',    paths: ['src/network'],           may: ['state', 'containerd', 'root'] },
  { name: 'oci',        paths: ['src/oci'],               may: ['root'] },
  { name: 'state',      paths: ['src/state'],             may: ['root'] },
  { name: 'containerd', paths: ['src/containerd'],        may: ['root'] },
  { name: 'root',       paths: ['src/!(index).ts'],       may: [] },
];

/** Only this layer may import these packages (and their subpaths) and the code in `protobufFolders`. */
export const protobufLayer = 'containerd';
export const protobufPackages = ['@grpc/grpc-js', '@grpc/proto-loader', 'protobufjs'];
export const protobufFolders = ['src/containerd/gen'];

/** The layer of a file given relative to the repository root ('src/pod/run.ts' → 'pod'), or undefined outside src/. */
export function layerOf(file) {
  const parts = file.split(/[\\/]/);
  if (parts[0] !== 'src' || parts.length < 2) return undefined;
  if (parts.length > 2) return parts[1];
  return parts[1] === 'index.ts' ? 'index' : 'root';
}

/** The layers that `name` must not import: every layer but itself and its `may`. */
export function forbiddenFor(name) {
  const layer = layers.find((l) => l.name === name);
  if (!layer) throw new Error(`no layer ${name}`);
  return layers.filter((l) => l.name !== name && !layer.may.includes(l.name)).map((l) => l.name);
}
