/**
 * Media types of the OCI image spec and of Docker's image manifest v2 schema 2, with the
 * predicates the pull and unpack code branches on. Docker schema 1 is not supported.
 */

export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
export const OCI_CONFIG = 'application/vnd.oci.image.config.v1+json';
export const OCI_EMPTY = 'application/vnd.oci.empty.v1+json';
export const OCI_LAYER = 'application/vnd.oci.image.layer.v1.tar';
export const OCI_LAYER_GZIP = 'application/vnd.oci.image.layer.v1.tar+gzip';
export const OCI_LAYER_ZSTD = 'application/vnd.oci.image.layer.v1.tar+zstd';
/** Deprecated by the image spec but still found in Windows images; never pushed by registries. */
export const OCI_LAYER_NONDISTRIBUTABLE = 'application/vnd.oci.image.layer.nondistributable.v1.tar';
export const OCI_LAYER_NONDISTRIBUTABLE_GZIP = 'application/vnd.oci.image.layer.nondistributable.v1.tar+gzip';
export const OCI_LAYER_NONDISTRIBUTABLE_ZSTD = 'application/vnd.oci.image.layer.nondistributable.v1.tar+zstd';

export const DOCKER_MANIFEST_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
export const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
export const DOCKER_MANIFEST_SCHEMA1 = 'application/vnd.docker.distribution.manifest.v1+prettyjws';
export const DOCKER_CONFIG = 'application/vnd.docker.container.image.v1+json';
export const DOCKER_LAYER = 'application/vnd.docker.image.rootfs.diff.tar';
export const DOCKER_LAYER_GZIP = 'application/vnd.docker.image.rootfs.diff.tar.gzip';
export const DOCKER_LAYER_ZSTD = 'application/vnd.docker.image.rootfs.diff.tar.zstd';
export const DOCKER_LAYER_FOREIGN = 'application/vnd.docker.image.rootfs.foreign.diff.tar';
export const DOCKER_LAYER_FOREIGN_GZIP = 'application/vnd.docker.image.rootfs.foreign.diff.tar.gzip';

/** Everything a registry may answer for a manifest or index, in preference order, for `Accept`. */
export const MANIFEST_ACCEPT = [OCI_INDEX, DOCKER_MANIFEST_LIST, OCI_MANIFEST, DOCKER_MANIFEST] as const;

/** The media type without parameters (`; charset=utf-8`) as an HTTP Content-Type may carry. */
function base(mediaType: string): string {
  return mediaType.split(';', 1)[0]!.trim();
}

export function isIndex(mediaType: string): boolean {
  const mt = base(mediaType);
  return mt === OCI_INDEX || mt === DOCKER_MANIFEST_LIST;
}

export function isManifest(mediaType: string): boolean {
  const mt = base(mediaType);
  return mt === OCI_MANIFEST || mt === DOCKER_MANIFEST;
}

export function isConfig(mediaType: string): boolean {
  const mt = base(mediaType);
  return mt === OCI_CONFIG || mt === DOCKER_CONFIG;
}

const DOCKER_LAYERS: ReadonlySet<string> = new Set([
  DOCKER_LAYER,
  DOCKER_LAYER_GZIP,
  DOCKER_LAYER_ZSTD,
  DOCKER_LAYER_FOREIGN,
  DOCKER_LAYER_FOREIGN_GZIP,
]);

/** As containerd's IsLayerType: any OCI layer type, or a Docker one with `+` suffixes removed. */
export function isLayer(mediaType: string): boolean {
  const mt = base(mediaType);
  return mt.startsWith('application/vnd.oci.image.layer.') || DOCKER_LAYERS.has(mt.split('+', 1)[0]!);
}

/** Layers that registries do not serve: fetched from the descriptor's `urls`, or not at all. */
export function isForeignLayer(mediaType: string): boolean {
  const mt = base(mediaType);
  return mt.startsWith(DOCKER_LAYER_FOREIGN) || mt.startsWith(OCI_LAYER_NONDISTRIBUTABLE);
}

/**
 * How a layer blob is compressed, as containerd's DiffCompression decides it. `unknown` is a
 * plain Docker tar type, which builders have been known to use for gzip data: sniff the bytes.
 * `undefined` means the type is not a layer, or is wrapped (e.g. encrypted) in a way we don't
 * unpack.
 */
export function layerCompression(mediaType: string): 'none' | 'gzip' | 'zstd' | 'unknown' | undefined {
  const [mt = '', ...suffixes] = base(mediaType).split('+');
  switch (mt) {
    case DOCKER_LAYER:
    case DOCKER_LAYER_FOREIGN:
      return suffixes.length > 0 ? undefined : 'unknown';
    case DOCKER_LAYER_GZIP:
    case DOCKER_LAYER_FOREIGN_GZIP:
      return suffixes.length > 0 ? undefined : 'gzip';
    case DOCKER_LAYER_ZSTD:
      return suffixes.length > 0 ? undefined : 'zstd';
    case OCI_LAYER:
    case OCI_LAYER_NONDISTRIBUTABLE:
      if (suffixes.length === 0) return 'none';
      return suffixes.length === 1 && (suffixes[0] === 'gzip' || suffixes[0] === 'zstd') ? suffixes[0] : undefined;
    default:
      return undefined;
  }
}

export function isGzipLayer(mediaType: string): boolean {
  return layerCompression(mediaType) === 'gzip';
}

export function isZstdLayer(mediaType: string): boolean {
  return layerCompression(mediaType) === 'zstd';
}
