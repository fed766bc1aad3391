#!/usr/bin/env bash
# Builds the images the integration tests run, without docker or a registry, packed the same
# way as the pause image (scripts/lib/pack-oci-layout.mjs):
#
#   localhost/podctl/busybox:latest -> images/busybox.oci.tar
#     /bin/busybox from busybox-static, a symlink per applet where `busybox --list-full` puts it,
#     /etc/passwd and /etc/group with root and nobody, /root, and /tmp (1777).
#
# Usage: scripts/build-test-images.sh [--out-dir DIR] [--force] [--print-ref]
#
#   --out-dir DIR  where to write the archives (default: images/)
#   --force        rebuild even when an archive is newer than its sources
#   --print-ref    print the busybox image's name and exit
#
# Reproducible for a given busybox binary: two runs give byte-identical archives.
set -euo pipefail

BUSYBOX_IMAGE="localhost/podctl/busybox:latest"
BUSYBOX_BIN="${BUSYBOX_BIN:-/bin/busybox}"

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
# shellcheck source-path=SCRIPTDIR source=lib/oci-layout.sh
. "$here/lib/oci-layout.sh"

say() { echo "build-test-images: $*"; }
die() { echo "build-test-images: error: $*" >&2; exit 1; }
usage() { sed -n '9,13s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"; }

out_dir="$root/images"
force=0
while [ $# -gt 0 ]; do
  case "$1" in
    --out-dir) [ $# -ge 2 ] || die "--out-dir needs a directory"; out_dir="$2"; shift ;;
    --out-dir=*) out_dir="${1#--out-dir=}" ;;
    --force) force=1 ;;
    --print-ref) echo "$BUSYBOX_IMAGE"; exit 0 ;;
    -h | --help) usage; exit 0 ;;
    *) echo "build-test-images: unknown option: $1" >&2; usage >&2; exit 2 ;;
  esac
  shift
done

build_busybox() {
  local out="$out_dir/busybox.oci.tar" sources
  mapfile -t sources < <(echo "$BUSYBOX_BIN"; echo "$here/build-test-images.sh"; oci_lib_sources)
  if [ "$force" = 0 ] && oci_up_to_date "$out" "${sources[@]}"; then
    say "$out is up to date ($BUSYBOX_IMAGE)"
    return
  fi
  [ -x "$BUSYBOX_BIN" ] || die "$BUSYBOX_BIN is missing (apt-get install busybox-static)"
  # A dynamically linked busybox would need its libraries in the image.
  if LC_ALL=C readelf -l "$BUSYBOX_BIN" 2>/dev/null | grep -q 'Requesting program interpreter'; then
    die "$BUSYBOX_BIN is not statically linked (install busybox-static)"
  fi

  local rootfs="$work/busybox" applet dir
  # Every mode is set explicitly: the caller's umask must not reach the image.
  mkdir -p "$rootfs"/{bin,sbin,usr/bin,usr/sbin,etc,root,tmp}
  chmod 0755 "$rootfs" "$rootfs"/{bin,sbin,usr,usr/bin,usr/sbin,etc}
  chmod 0700 "$rootfs/root"
  chmod 1777 "$rootfs/tmp"
  cp "$BUSYBOX_BIN" "$rootfs/bin/busybox"
  chmod 0755 "$rootfs/bin/busybox"

  while IFS= read -r applet; do
    [ -n "$applet" ] || continue
    case "$applet" in
      bin/busybox) continue ;;
      */*) ;;
      *) applet="bin/$applet" ;; # a busybox without --list-full paths: all in /bin
    esac
    dir=$(dirname "$applet")
    [ -d "$rootfs/$dir" ] || { mkdir -p "$rootfs/$dir"; chmod 0755 "$rootfs/$dir"; }
    [ -e "$rootfs/$applet" ] || ln -s /bin/busybox "$rootfs/$applet"
  done < <("$BUSYBOX_BIN" --list-full 2>/dev/null || "$BUSYBOX_BIN" --list)
  [ -L "$rootfs/bin/sh" ] || die "$BUSYBOX_BIN has no sh applet"

  printf '%s\n' \
    'root:x:0:0:root:/root:/bin/sh' \
    'nobody:x:65534:65534:nobody:/nonexistent:/bin/false' >"$rootfs/etc/passwd"
  printf '%s\n' \
    'root:x:0:' \
    'nobody:x:65534:' >"$rootfs/etc/group"
  chmod 0644 "$rootfs/etc/passwd" "$rootfs/etc/group"

  say "busybox: $(stat -c %s "$rootfs/bin/busybox") bytes, $(find "$rootfs" -type l | wc -l) applet links"
  oci_pack "$rootfs" "$BUSYBOX_IMAGE" "$out" \
    '{"Cmd":["sh"],"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"]}'
}

for tool in tar gzip node; do
  command -v "$tool" >/dev/null || die "$tool is missing (scripts/prepare-host.sh installs it)"
done
work=$(mktemp -d "${TMPDIR:-/tmp}/podctl-test-images.XXXXXX")
trap 'rm -rf "$work"' EXIT
build_busybox
