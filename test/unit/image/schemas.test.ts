import test from 'ava';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isInvalidArgument } from '../../../src/errors.js';
import { DIGEST_GRAMMAR } from '../../../src/image/digest.js';
import * as mt from '../../../src/image/media-types.js';
import {
  imageConfigSchema,
  imageIndexSchema,
  imageLayoutSchema,
  imageManifestSchema,
  MAX_MANIFEST_BYTES,
  MEDIA_TYPE_PATTERN,
  parseConfig,
  parseImageLayout,
  parseIndex,
  parseManifest,
} from '../../../src/image/schemas.js';
import { formatIssuePath } from '../../../src/schema-issues.js';

const digest = (c: string) => `sha256:${c.repeat(64 / c.length)}`;

const ociIndex = {
  schemaVersion: 2,
  mediaType: mt.OCI_INDEX,
  manifests: [
    { mediaType: mt.OCI_MANIFEST, digest: digest('a1'), size: 1017, platform: { architecture: 'amd64', os: 'linux' } },
    {
      mediaType: mt.OCI_MANIFEST,
      digest: digest('b2'),
      size: 1017,
      platform: { architecture: 'arm64', os: 'linux', variant: 'v8' },
    },
    {
      mediaType: mt.OCI_MANIFEST,
      digest: digest('c3'),
      size: 566,
      annotations: { 'vnd.docker.reference.digest': digest('a1'), 'vnd.docker.reference.type': 'attestation-manifest' },
      platform: { architecture: 'unknown', os: 'unknown' },
    },
  ],
  annotations: { 'org.opencontainers.image.ref.name': '1.36' },
};

const ociManifest = {
  schemaVersion: 2,
  mediaType: mt.OCI_MANIFEST,
  config: { mediaType: mt.OCI_CONFIG, digest: digest('d4'), size: 1457 },
  layers: [{ mediaType: mt.OCI_LAYER_GZIP, digest: digest('e5'), size: 2152262 }],
  annotations: { 'org.opencontainers.image.created': '2024-09-26T21:31:42Z' },
};

const dockerManifestList = {
  schemaVersion: 2,
  mediaType: mt.DOCKER_MANIFEST_LIST,
  manifests: [
    {
      mediaType: mt.DOCKER_MANIFEST,
      digest: digest('f6'),
      size: 528,
      platform: { architecture: 'amd64', os: 'linux' },
    },
    {
      mediaType: mt.DOCKER_MANIFEST,
      digest: digest('07'),
      size: 528,
      platform: { architecture: 'arm', os: 'linux', variant: 'v7' },
    },
  ],
};

const dockerManifest = {
  schemaVersion: 2,
  mediaType: mt.DOCKER_MANIFEST,
  config: { mediaType: mt.DOCKER_CONFIG, digest: digest('18'), size: 1472 },
  layers: [
    { mediaType: mt.DOCKER_LAYER_GZIP, digest: digest('29'), size: 2207025 },
    { mediaType: mt.DOCKER_LAYER_FOREIGN_GZIP, digest: digest('3a'), size: 100, urls: ['https://example.com/layer'] },
  ],
};

// Docker-built configs carry Go nil slices as null and many keys the spec does not name.
const dockerConfig = {
  architecture: 'amd64',
  os: 'linux',
  created: '2024-09-26T21:31:42.123456789Z',
  config: {
    Hostname: '',
    User: '',
    Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
    Cmd: ['sh'],
    Entrypoint: null,
    Volumes: null,
    WorkingDir: '',
    Labels: null,
    OnBuild: null,
    ExposedPorts: { '80/tcp': {} },
  },
  container_config: { Env: null },
  rootfs: { type: 'layers', diff_ids: [digest('4b')] },
  history: [
    { created: '2024-09-26T21:31:42+02:00', created_by: 'ADD file:abc in / ' },
    { created_by: 'CMD ["sh"]', empty_layer: true },
  ],
};

const ociConfig = { architecture: 'arm64', variant: 'v8', os: 'linux', rootfs: { type: 'layers', diff_ids: [] } };

test('an OCI index with two platforms and an attestation parses', (t) => {
  const index = parseIndex(Buffer.from(JSON.stringify(ociIndex)));
  t.is(index.manifests.length, 3);
  t.deepEqual(index.manifests[1]!.platform, { architecture: 'arm64', os: 'linux', variant: 'v8' });
});

test('an OCI manifest parses', (t) => {
  t.deepEqual(parseManifest(Buffer.from(JSON.stringify(ociManifest))), ociManifest);
});

test('a Docker manifest list parses as an index', (t) => {
  t.deepEqual(parseIndex(dockerManifestList), dockerManifestList);
});

test('a Docker manifest parses, foreign layer URLs included', (t) => {
  t.deepEqual(parseManifest(dockerManifest).layers[1]!.urls, ['https://example.com/layer']);
});

test('a Docker config parses, nulls kept and unknown keys dropped', (t) => {
  const config = parseConfig(Buffer.from(JSON.stringify(dockerConfig)));
  t.deepEqual(config.config?.Cmd, ['sh']);
  t.is(config.config?.Entrypoint, null);
  t.deepEqual(config.config?.ExposedPorts, { '80/tcp': {} });
  t.false('container_config' in config);
  t.deepEqual(config.rootfs.diff_ids, [digest('4b')]);
});

test('a minimal OCI config and an oci-layout file parse', (t) => {
  t.deepEqual(parseConfig(ociConfig), ociConfig);
  t.deepEqual(parseImageLayout(Buffer.from('{"imageLayoutVersion":"1.0.0"}')), { imageLayoutVersion: '1.0.0' });
});

type Parse = (input: unknown) => unknown;
const invalid = test.macro({
  exec(t, parse: Parse, input: unknown, message: string) {
    const err = t.throws(() => parse(input));
    t.true(isInvalidArgument(err));
    t.is(err.message, message);
    t.false(err.message.includes('\n'));
  },
  title: (provided) => provided ?? '',
});

const withLayer = (layer: Record<string, unknown>) => ({
  ...ociManifest,
  layers: [{ ...ociManifest.layers[0], ...layer }],
});
const M = 'invalid image manifest: ';

test(
  'bad layer digest',
  invalid,
  parseManifest,
  withLayer({ digest: 'sha256:xyz' }),
  `${M}layers[0].digest: invalid digest "sha256:xyz"`,
);
test(
  'uppercase digest',
  invalid,
  parseManifest,
  withLayer({ digest: `sha256:${'A'.repeat(64)}` }),
  `${M}layers[0].digest: invalid digest "sha256:${'A'.repeat(64)}"`,
);
test(
  'unknown digest algorithm',
  invalid,
  parseManifest,
  withLayer({ digest: `md5:${'a'.repeat(32)}` }),
  `${M}layers[0].digest: unsupported digest algorithm "md5"`,
);
test(
  'negative size',
  invalid,
  parseManifest,
  withLayer({ size: -1 }),
  `${M}layers[0].size: size must not be negative, got -1`,
);
test(
  'fractional size',
  invalid,
  parseManifest,
  withLayer({ size: 1.5 }),
  `${M}layers[0].size: expected an integer, got 1.5`,
);
test(
  'string size',
  invalid,
  parseManifest,
  withLayer({ size: '12' }),
  `${M}layers[0].size: expected number, got string`,
);
test(
  'garbage media type',
  invalid,
  parseManifest,
  withLayer({ mediaType: 'APPLICATION JSON!' }),
  `${M}layers[0].mediaType: invalid media type "APPLICATION JSON!"`,
);
test(
  'bad URL',
  invalid,
  parseManifest,
  withLayer({ urls: ['not a url'] }),
  `${M}layers[0].urls[0]: invalid URL "not a url"`,
);
test(
  'bad annotation',
  invalid,
  parseManifest,
  withLayer({ annotations: { 'org.example': 1 } }),
  `${M}layers[0].annotations["org.example"]: expected string, got number`,
);
test('missing layers', invalid, parseManifest, { ...ociManifest, layers: undefined }, `${M}layers: required`);
test('no layers', invalid, parseManifest, { ...ociManifest, layers: [] }, `${M}layers: must have at least one layer`);
test('missing config', invalid, parseManifest, { ...ociManifest, config: undefined }, `${M}config: required`);
test(
  'wrong schemaVersion',
  invalid,
  parseManifest,
  { ...ociManifest, schemaVersion: 3 },
  `${M}schemaVersion: expected 2, got 3`,
);
test(
  'Docker schema 1',
  invalid,
  parseManifest,
  { schemaVersion: 1, fsLayers: [] },
  `${M}schemaVersion: Docker schema 1 is not supported`,
);
test(
  'signed schema 1',
  invalid,
  parseManifest,
  { mediaType: mt.DOCKER_MANIFEST_SCHEMA1 },
  `${M}Docker schema 1 is not supported`,
);
test('index as manifest', invalid, parseManifest, ociIndex, `${M}found an index where a manifest was expected`);
test(
  'manifest as index',
  invalid,
  parseIndex,
  ociManifest,
  'invalid image index: found a manifest where an index was expected',
);
test(
  'index media type in a manifest',
  invalid,
  parseManifest,
  { ...ociManifest, mediaType: mt.OCI_INDEX },
  `${M}mediaType: "${mt.OCI_INDEX}" is not a manifest media type`,
);
test('not an object', invalid, parseManifest, [], `${M}expected object, got array`);
test(
  'not JSON',
  invalid,
  parseManifest,
  Buffer.from('{"schemaVersion":'),
  `${M}not JSON: Unexpected end of JSON input`,
);
test(
  'oversize manifest',
  invalid,
  parseManifest,
  Buffer.alloc(MAX_MANIFEST_BYTES + 1, 0x20),
  `${M}${MAX_MANIFEST_BYTES + 1} bytes exceeds 4 MiB`,
);
test(
  'oversize config',
  invalid,
  parseConfig,
  Buffer.alloc(MAX_MANIFEST_BYTES + 1, 0x20),
  `invalid image config: ${MAX_MANIFEST_BYTES + 1} bytes exceeds 4 MiB`,
);
test(
  'index platform without os',
  invalid,
  parseIndex,
  { ...ociIndex, manifests: [{ ...ociIndex.manifests[0], platform: { architecture: 'amd64' } }] },
  'invalid image index: manifests[0].platform.os: required',
);
test('index without manifests', invalid, parseIndex, { schemaVersion: 2 }, 'invalid image index: manifests: required');
test(
  'config without rootfs',
  invalid,
  parseConfig,
  { architecture: 'amd64', os: 'linux' },
  'invalid image config: rootfs: required',
);
test(
  'config rootfs type',
  invalid,
  parseConfig,
  { ...ociConfig, rootfs: { type: 'tar', diff_ids: [] } },
  'invalid image config: rootfs.type: expected "layers", got "tar"',
);
test(
  'config diff ID',
  invalid,
  parseConfig,
  { ...ociConfig, rootfs: { type: 'layers', diff_ids: ['sha256:1'] } },
  'invalid image config: rootfs.diff_ids[0]: invalid digest "sha256:1"',
);
test(
  'config date',
  invalid,
  parseConfig,
  { ...ociConfig, created: 'yesterday' },
  'invalid image config: created: invalid RFC 3339 date-time "yesterday"',
);
test(
  'config Cmd',
  invalid,
  parseConfig,
  { ...ociConfig, config: { Cmd: 'sh' } },
  'invalid image config: config.Cmd: expected array, got string',
);
test(
  'layout version',
  invalid,
  parseImageLayout,
  { imageLayoutVersion: '2.0.0' },
  'invalid OCI layout file: imageLayoutVersion: unsupported layout version "2.0.0"',
);

test('a manifest of exactly 4 MiB is read', (t) => {
  const json = JSON.stringify(ociManifest);
  const padded = Buffer.alloc(MAX_MANIFEST_BYTES, 0x20);
  padded.write(json);
  t.notThrows(() => parseManifest(padded));
});

test('issue paths read like JavaScript', (t) => {
  t.is(formatIssuePath(['manifests', 1, 'platform', 'os.version']), 'manifests[1].platform["os.version"]');
  t.is(formatIssuePath([]), '');
});

// --- drift against the image-spec's JSON Schemas ---------------------------------------------

// The image-spec's schemas as vendored next to these tests, else a copy named by the environment.
// The schemas are vendored in the repository, so these tests always run.
const SCHEMA_DIR = fileURLToPath(new URL('oci-image-spec-schema', import.meta.url));
const drift = test;

type JsonSchema = {
  required?: string[];
  properties?: Record<string, JsonSchema>;
  definitions?: Record<string, JsonSchema>;
  items?: JsonSchema;
  pattern?: string;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  minItems?: number;
};
const schema = (file: string) => JSON.parse(readFileSync(join(SCHEMA_DIR, file), 'utf8')) as JsonSchema;

drift("media type and digest patterns are defs-descriptor.json's", (t) => {
  const defs = schema('defs-descriptor.json').definitions!;
  t.is(MEDIA_TYPE_PATTERN.source, defs['mediaType']!.pattern!.replace('/', '\\/'));
  t.is(DIGEST_GRAMMAR.source, defs['digest']!.pattern!);
  t.is(defs['size']!.minimum, 0);
});

drift('each schema knows every property of its JSON Schema and requires the same ones', (t) => {
  const pairs = [
    ['image-manifest-schema.json', imageManifestSchema, ociManifest],
    ['image-index-schema.json', imageIndexSchema, ociIndex],
    ['config-schema.json', imageConfigSchema, ociConfig],
    ['image-layout-schema.json', imageLayoutSchema, { imageLayoutVersion: '1.0.0' }],
  ] as const;
  for (const [file, ours, fixture] of pairs) {
    const spec = schema(file);
    const ourKeys = Object.keys(ours.shape);
    t.deepEqual(
      Object.keys(spec.properties!).filter((k) => !ourKeys.includes(k)),
      [],
      `${file}: properties we lack`,
    );
    for (const key of ourKeys) {
      const without: Record<string, unknown> = { ...fixture };
      delete without[key];
      t.is(ours.safeParse(without).success, !spec.required!.includes(key), `${file}: ${key} required?`);
    }
  }
});

drift('the descriptor, platform and numeric constraints match', (t) => {
  const descriptor = schema('content-descriptor.json');
  t.deepEqual([...descriptor.required!].sort(), ['digest', 'mediaType', 'size']);
  const manifest = schema('image-manifest-schema.json');
  t.is(manifest.properties!['schemaVersion']!.minimum, 2);
  t.is(manifest.properties!['schemaVersion']!.maximum, 2);
  t.is(manifest.properties!['layers']!.minItems, 1);
  const platform = schema('image-index-schema.json').properties!['manifests']!.items!.properties!['platform']!;
  t.deepEqual([...platform.required!].sort(), ['architecture', 'os']);
  t.deepEqual(schema('config-schema.json').properties!['rootfs']!.properties!['type']!.enum, ['layers']);
  t.deepEqual(schema('image-layout-schema.json').properties!['imageLayoutVersion']!.enum, ['1.0.0']);
  const withPlatform = {
    ...ociIndex.manifests[0]!,
    platform: { architecture: 'amd64', os: 'linux', 'os.version': '1', 'os.features': ['f'] },
  };
  t.true(imageIndexSchema.safeParse({ ...ociIndex, manifests: [withPlatform] }).success);
});
