import test from 'ava';
import * as mt from '../../../src/image/media-types.js';

type Kind = 'index' | 'manifest' | 'config' | 'layer' | 'other';

const classified = test.macro({
  exec(t, mediaType: string, kind: Kind, compression?: 'none' | 'gzip' | 'zstd' | 'unknown') {
    t.is(mt.isIndex(mediaType), kind === 'index', 'isIndex');
    t.is(mt.isManifest(mediaType), kind === 'manifest', 'isManifest');
    t.is(mt.isConfig(mediaType), kind === 'config', 'isConfig');
    t.is(mt.isLayer(mediaType), kind === 'layer', 'isLayer');
    t.is(mt.layerCompression(mediaType), compression, 'layerCompression');
    t.is(mt.isGzipLayer(mediaType), compression === 'gzip', 'isGzipLayer');
  },
  title: (_, mediaType: string, kind: Kind, compression?: string) =>
    `${mediaType} is ${kind === 'other' ? 'none of ours' : `a${kind === 'index' ? 'n' : ''} ${kind}`}${compression ? ` (${compression})` : ''}`,
});

test(classified, mt.OCI_INDEX, 'index');
test(classified, mt.DOCKER_MANIFEST_LIST, 'index');
test(classified, mt.OCI_MANIFEST, 'manifest');
test(classified, mt.DOCKER_MANIFEST, 'manifest');
test(classified, `${mt.OCI_MANIFEST}; charset=utf-8`, 'manifest');
test(classified, mt.OCI_CONFIG, 'config');
test(classified, mt.DOCKER_CONFIG, 'config');
test(classified, mt.OCI_LAYER, 'layer', 'none');
test(classified, mt.OCI_LAYER_GZIP, 'layer', 'gzip');
test(classified, mt.OCI_LAYER_ZSTD, 'layer', 'zstd');
test(classified, mt.OCI_LAYER_NONDISTRIBUTABLE_GZIP, 'layer', 'gzip');
test(classified, mt.DOCKER_LAYER, 'layer', 'unknown');
test(classified, mt.DOCKER_LAYER_GZIP, 'layer', 'gzip');
test(classified, mt.DOCKER_LAYER_ZSTD, 'layer', 'zstd');
test(classified, mt.DOCKER_LAYER_FOREIGN_GZIP, 'layer', 'gzip');
test(classified, `${mt.OCI_LAYER_GZIP}+encrypted`, 'layer');
test(classified, `${mt.DOCKER_LAYER_GZIP}+encrypted`, 'layer');
test(classified, mt.DOCKER_MANIFEST_SCHEMA1, 'other');
test(classified, mt.OCI_EMPTY, 'other');
test(classified, 'application/json', 'other');

test('the media types are the published strings', (t) => {
  t.is(mt.OCI_INDEX, 'application/vnd.oci.image.index.v1+json');
  t.is(mt.OCI_MANIFEST, 'application/vnd.oci.image.manifest.v1+json');
  t.is(mt.OCI_LAYER_GZIP, 'application/vnd.oci.image.layer.v1.tar+gzip');
  t.is(mt.DOCKER_MANIFEST_LIST, 'application/vnd.docker.distribution.manifest.list.v2+json');
  t.is(mt.DOCKER_MANIFEST, 'application/vnd.docker.distribution.manifest.v2+json');
  t.is(mt.DOCKER_CONFIG, 'application/vnd.docker.container.image.v1+json');
  t.is(mt.DOCKER_LAYER_GZIP, 'application/vnd.docker.image.rootfs.diff.tar.gzip');
});

test('foreign and non-distributable layers are recognised', (t) => {
  t.true(mt.isForeignLayer(mt.DOCKER_LAYER_FOREIGN_GZIP));
  t.true(mt.isForeignLayer(mt.OCI_LAYER_NONDISTRIBUTABLE_ZSTD));
  t.false(mt.isForeignLayer(mt.DOCKER_LAYER_GZIP));
  t.false(mt.isForeignLayer(mt.OCI_LAYER));
});

test('the Accept list asks for indexes before manifests, and nothing else', (t) => {
  t.true(mt.MANIFEST_ACCEPT.every((type) => mt.isIndex(type) || mt.isManifest(type)));
  t.true(mt.isIndex(mt.MANIFEST_ACCEPT[0]));
});
