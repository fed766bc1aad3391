import test from 'ava';
import { isInvalidArgument } from '../../../../src/errors.js';
import { parseDockerArchiveManifest } from '../../../../src/image/archive/docker-manifest.js';

const json = (value: unknown) => Buffer.from(JSON.stringify(value));

test('docker save manifest.json: configs, tags and layers per image', (t) => {
  const entries = parseDockerArchiveManifest(
    json([
      { Config: 'abc.json', RepoTags: ['busybox:latest', 'busybox:1'], Layers: ['l1/layer.tar', 'l2/layer.tar'] },
      { Config: 'blobs/sha256/def', RepoTags: null, Layers: ['blobs/sha256/123'], LayerSources: {} },
    ]),
  );
  t.deepEqual(entries, [
    { Config: 'abc.json', RepoTags: ['busybox:latest', 'busybox:1'], Layers: ['l1/layer.tar', 'l2/layer.tar'] },
    { Config: 'blobs/sha256/def', RepoTags: null, Layers: ['blobs/sha256/123'] },
  ]);
});

test('RepoTags may be missing (untagged images)', (t) => {
  t.deepEqual(parseDockerArchiveManifest(json([{ Config: 'c.json', Layers: [] }])), [{ Config: 'c.json', Layers: [] }]);
});

const invalid = test.macro({
  exec(t, input: Buffer, message: RegExp) {
    const err = t.throws(() => parseDockerArchiveManifest(input));
    t.true(isInvalidArgument(err));
    t.regex(err?.message ?? '', message);
    t.false((err?.message ?? '').includes('\n'), 'one line');
  },
  title: (title) => `rejects ${title}`,
});

test('a document that is not JSON', invalid, Buffer.from('{"Config": '), /^invalid docker manifest\.json: not JSON/);
test(
  'an object instead of a list',
  invalid,
  json({ Config: 'c.json', Layers: [] }),
  /^invalid docker manifest\.json: expected array/,
);
test('an empty list', invalid, json([]), /lists no image/);
test('an entry without Config', invalid, json([{ Layers: [] }]), /\[0\]\.Config: required/);
test('Layers that are not a list', invalid, json([{ Config: 'c.json', Layers: 'x' }]), /\[0\]\.Layers: expected array/);
test(
  'a Config path outside the archive',
  invalid,
  json([{ Config: '../c.json', Layers: [] }]),
  /\[0\]\.Config: unsafe path "\.\.\/c\.json"/,
);
test(
  'an absolute layer path',
  invalid,
  json([{ Config: 'c.json', Layers: ['ok.tar', '/etc/shadow'] }]),
  /\[0\]\.Layers\[1\]: unsafe path/,
);
test(
  'a tag that is not a string',
  invalid,
  json([{ Config: 'c.json', RepoTags: [1], Layers: [] }]),
  /\[0\]\.RepoTags\[0\]: expected string/,
);
