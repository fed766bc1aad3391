#!/usr/bin/env bash
# Builds podctl's pause image: native/pause/pause.c compiled static, as the only file (/pause)
# of a one-layer OCI image, packed as an OCI image layout in an uncompressed tar. No docker and
# no registry; the result is reproducible (same sources and toolchain: byte-identical archive).
#
# Usage: scripts/build-pause-image.sh [--out FILE] [--force] [--print-ref]
#
#   --out FILE    where to write the archive (default: images/pause.oci.tar)
#   --force       rebuild even when the archive is newer than its sources
#   --print-ref   print the image name (localhost/podctl/pause:<version>) and exit
#
# Needs gcc with a static libc (libc6-dev), GNU tar, gzip and node.
set -euo pipefail

VERSION=0.1.0
IMAGE="localhost/podctl/pause:${VERSION}"
PAUSE_VERSION="podctl-${VERSION}"

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
# shellcheck source-path=SCRIPTDIR source=lib/oci-layout.sh
. "$here/lib/oci-layout.sh"

say() { echo "build-pause-image: $*"; }
die() { echo "build-pause-image: error: $*" >&2; exit 1; }
usage() { sed -n '6,10s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"; }

out="$root/images/pause.oci.tar"
force=0
while [ $# -gt 0 ]; do
  case "$1" in
    --out) [ $# -ge 2 ] || die "--out needs a file"; out="$2"; shift ;;
    --out=*) out="${1#--out=}" ;;
    --force) force=1 ;;
    --print-ref) echo "$IMAGE"; exit 0 ;;
    -h | --help) usage; exit 0 ;;
    *) echo "build-pause-image: unknown option: $1" >&2; usage >&2; exit 2 ;;
  esac
  shift
done

src="$root/native/pause/pause.c"
mapfile -t sources < <(echo "$src"; echo "$here/build-pause-image.sh"; oci_lib_sources)
if [ "$force" = 0 ] && oci_up_to_date "$out" "${sources[@]}"; then
  say "$out is up to date ($IMAGE)"
  exit 0
fi

for tool in gcc tar gzip node; do
  command -v "$tool" >/dev/null || die "$tool is missing (scripts/prepare-host.sh installs it)"
done

work=$(mktemp -d "${TMPDIR:-/tmp}/podctl-pause.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir "$work/rootfs"
chmod 0755 "$work/rootfs"

# Compiled from the repository root with a relative source path, so that no directory of this
# machine can end up in the binary.
(cd "$root" && gcc -Os -static -s -Wall -Wextra -Werror \
  -DPAUSE_VERSION="\"$PAUSE_VERSION\"" \
  -o "$work/rootfs/pause" native/pause/pause.c)
chmod 0755 "$work/rootfs/pause"

got=$("$work/rootfs/pause" -v) || die "the built pause failed to run with -v"
[ "$got" = "pause $PAUSE_VERSION" ] || die "the built pause says '$got', expected 'pause $PAUSE_VERSION'"
say "pause: $(stat -c %s "$work/rootfs/pause") bytes, $got"

oci_pack "$work/rootfs" "$IMAGE" "$out" '{"Entrypoint":["/pause"]}'
