# shellcheck shell=bash
# Shared by scripts/build-pause-image.sh and scripts/build-test-images.sh (source it; needs bash).
# The packing itself is scripts/lib/pack-oci-layout.mjs: these are the shell-side helpers around it.

# The OCI architecture of this host, from dpkg's name for it (uname -m where dpkg is missing).
oci_arch() {
  local a
  a=$(dpkg --print-architecture 2>/dev/null || uname -m)
  case "$a" in
    amd64 | x86_64) echo amd64 ;;
    arm64 | aarch64) echo arm64 ;;
    armhf | armv7l) echo arm ;;
    i386 | i686) echo 386 ;;
    ppc64el | ppc64le) echo ppc64le ;;
    s390x) echo s390x ;;
    riscv64) echo riscv64 ;;
    *) echo "oci-layout: unsupported architecture: $a" >&2; return 1 ;;
  esac
}

# The OCI variant that goes with oci_arch (empty when there is none).
oci_variant() {
  case "$(oci_arch)" in
    arm) echo v7 ;;
    *) echo "" ;;
  esac
}

# Succeeds when the file $1 exists and is newer than every one of the files after it.
oci_up_to_date() {
  local out="$1" src
  shift
  [ -f "$out" ] || return 1
  for src in "$@"; do
    [ "$out" -nt "$src" ] || return 1
  done
}

# oci_pack ROOTFS NAME OUT CONFIG_JSON: packs ROOTFS as the one layer of image NAME into the
# OCI archive OUT, with CONFIG_JSON as the image config's "config" object.
oci_pack() {
  oci_pack_layers "$2" "$3" "$4" "$1"
}

# oci_pack_layers NAME OUT CONFIG_JSON ROOTFS...: the same with one layer per ROOTFS, lowest first.
oci_pack_layers() {
  local name="$1" out="$2" config="$3" arch variant dir
  shift 3
  local args=()
  for dir in "$@"; do args+=(--rootfs "$dir"); done
  arch=$(oci_arch)
  variant=$(oci_variant)
  node "$(dirname "${BASH_SOURCE[0]}")/pack-oci-layout.mjs" \
    "${args[@]}" --name "$name" --out "$out" --arch "$arch" \
    ${variant:+--variant "$variant"} --config "$config"
}

# The sources every image depends on: this library and the packer.
oci_lib_sources() {
  local dir
  dir=$(dirname "${BASH_SOURCE[0]}")
  echo "$dir/oci-layout.sh"
  echo "$dir/pack-oci-layout.mjs"
}
