#!/usr/bin/env bash
# Builds podctl-logger, podctl's per-container log driver (a containerd logging binary, see
# native/logger/podctl-logger.c), into native/build/podctl-logger, compiled static.
#
# Usage: scripts/build-logger.sh [--force] [--out FILE] [--install DIR] [--print-path]
#
#   --force        rebuild even when the binary is newer than its sources
#   --out FILE     where to build (default: native/build/podctl-logger)
#   --install DIR  then copy it to DIR/podctl-logger (mode 0755; DIR created 0755), replacing
#                  an installed one atomically (running loggers keep their old file). Proposed
#                  system location: /usr/local/libexec/podctl, i.e. log URIs of the form
#                  binary:///usr/local/libexec/podctl/podctl-logger?path=...
#   --print-path   print where the binary is built, and exit
#
# Needs gcc with a static libc (libc6-dev). Prints the binary's path and size.
set -euo pipefail

VERSION=0.1.0
LOGGER_VERSION="podctl-${VERSION}"

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)

say() { echo "build-logger: $*"; }
die() { echo "build-logger: error: $*" >&2; exit 1; }
usage() { sed -n '5,15s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"; }

out="$root/native/build/podctl-logger"
force=0
install_dir=""
while [ $# -gt 0 ]; do
  case "$1" in
    --force) force=1 ;;
    --out) [ $# -ge 2 ] || die "--out needs a file"; out="$2"; shift ;;
    --out=*) out="${1#--out=}" ;;
    --install) [ $# -ge 2 ] || die "--install needs a directory"; install_dir="$2"; shift ;;
    --install=*) install_dir="${1#--install=}" ;;
    --print-path) echo "$out"; exit 0 ;;
    -h | --help) usage; exit 0 ;;
    *) echo "build-logger: unknown option: $1" >&2; usage >&2; exit 2 ;;
  esac
  shift
done
[ -z "$install_dir" ] || case "$install_dir" in /*) ;; *) install_dir="$PWD/$install_dir" ;; esac

src="$root/native/logger/podctl-logger.c"
sources=("$src" "$here/build-logger.sh")

up_to_date() {
  local s
  [ -x "$out" ] || return 1
  for s in "${sources[@]}"; do
    [ "$out" -nt "$s" ] || return 1
  done
}

if [ "$force" = 0 ] && up_to_date; then
  say "$out is up to date ($(stat -c %s "$out") bytes)"
else
  command -v gcc >/dev/null || die "gcc is missing (scripts/prepare-host.sh installs it)"
  mkdir -p "$(dirname "$out")"
  tmp="$out.tmp.$$"
  trap 'rm -f "$tmp"' EXIT
  # Compiled from the repository root with a relative source path, so that no directory of
  # this machine can end up in the binary.
  (cd "$root" && gcc -Os -static -s -Wall -Wextra -Werror \
    -DLOGGER_VERSION="\"$LOGGER_VERSION\"" \
    -o "$tmp" native/logger/podctl-logger.c)
  chmod 0755 "$tmp"
  got=$("$tmp" --version) || die "the built logger failed to run with --version"
  [ "$got" = "podctl-logger $LOGGER_VERSION" ] || die "the built logger says '$got', expected 'podctl-logger $LOGGER_VERSION'"
  mv -f "$tmp" "$out"
  trap - EXIT
  say "built $out ($(stat -c %s "$out") bytes, $got)"
fi

if [ -n "$install_dir" ]; then
  if [ ! -d "$install_dir" ]; then
    mkdir -p "$install_dir"
    chmod 0755 "$install_dir"
  fi
  dest="$install_dir/podctl-logger"
  if [ -f "$dest" ] && cmp -s "$out" "$dest"; then
    say "$dest is up to date"
  else
    # Copy next to the destination, then rename over it: writing into an executable that a
    # running logger maps fails (ETXTBSY), and a rename is atomic for new tasks.
    tmp="$install_dir/.podctl-logger.tmp.$$"
    trap 'rm -f "$tmp"' EXIT
    cp "$out" "$tmp"
    chmod 0755 "$tmp"
    mv -f "$tmp" "$dest"
    trap - EXIT
    say "installed $dest"
  fi
fi
