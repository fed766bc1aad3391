/** podctl's embedded infra image: built from native/pause by scripts/build-pause-image.sh. */
export const PAUSE_IMAGE_VERSION = '0.1.0';
export const DEFAULT_INFRA_IMAGE = `localhost/podctl/pause:${PAUSE_IMAGE_VERSION}`;
