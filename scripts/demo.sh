#!/usr/bin/env bash
# The demo, as root on a fresh Debian 12 host: prepare the host, build, then show what podctl
# sees of this host's containerd. (The pod walk-through will take this place.)
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
run info
run version
