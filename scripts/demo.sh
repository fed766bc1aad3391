#!/usr/bin/env bash
# The demo, as root on a fresh Debian 12 host: prepare the host, build, then show what podctl
# sees of this host's containerd and what it does with images, in a containerd namespace of its
# own that it removes at the end (--keep leaves it). The pod walk-through will take this place.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

say() { echo "demo.sh: $*"; }
die() { echo "demo.sh: error: $*" >&2; exit 1; }

if [ "$(id -u)" -ne 0 ]; then
  die "must run as root (podctl talks to containerd's root-owned socket). Try: sudo $0"
fi

bash scripts/prepare-host.sh

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "npm ci"
  npm ci --no-audit --no-fund
fi

say "npm run build"
npm run build

# The CLI's entry point, as package.json names it.
podctl=$(node -p 'require("./package.json").bin.podctl')

run() {
  echo
  echo "\$ podctl $*"
  node "$podctl" "$@"
}
keep=0
[ "${1:-}" = "--keep" ] && keep=1

say "building the pause image and the busybox test image"
npm run --silent build:pause
bash scripts/build-test-images.sh

export CONTAINERD_NAMESPACE=podctl-demo
cleanup() {
  [ "$keep" = 1 ] && { say "kept namespace $CONTAINERD_NAMESPACE (remove: ctr namespaces rm $CONTAINERD_NAMESPACE)"; return; }
  node "$podctl" rmi localhost/podctl/pause:0.1.0 localhost/podctl/busybox:latest >/dev/null 2>&1 || true
  ctr namespaces rm "$CONTAINERD_NAMESPACE" >/dev/null 2>&1 || true
}
trap cleanup EXIT

run version
run info
echo
echo "# podctl's own pause image ships with it; load it and a busybox image into this namespace:"
run load -i images/pause.oci.tar
run load -i images/busybox.oci.tar
run images
echo
echo "# ctr sees the same images, unpacked into snapshots podctl made:"
echo "\$ ctr -n $CONTAINERD_NAMESPACE run --rm localhost/podctl/busybox:latest demo /bin/busybox echo hello"
ctr -n "$CONTAINERD_NAMESPACE" run --rm localhost/podctl/busybox:latest "demo-$$" /bin/busybox echo hello
