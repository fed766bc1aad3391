#!/usr/bin/env bash
# The whole test suite, as root on a fresh Debian 12 host (or a CI runner):
# prepare the host, install dependencies if needed, build, then run lint and format checks, the unit
# tests and the integration tests (against the real containerd, in a containerd namespace of their own).
# Exits with ava's status: the first non-zero one, else 0.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

say() { echo "test.sh: $*"; }
die() { echo "test.sh: error: $*" >&2; exit 1; }

if [ "$(id -u)" -ne 0 ]; then
  die "must run as root (the integration tests drive containerd). Try: sudo $0"
fi

bash scripts/prepare-host.sh

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "npm ci"
  npm ci --no-audit --no-fund
fi

say "npm run build"
npm run build

say "building the pause image and the test images"
npm run --silent build:pause
npm run --silent build:test-images

# Runs one ava suite with its output teed aside, so that its counts can be summed up at the end.
# $1: label, $2: npm script. Adds to passed and failed, and keeps the first non-zero status.
out_dir=$(mktemp -d)
trap 'rm -rf "$out_dir"' EXIT
passed=0
failed=0
status=0
run_suite() {
  local label="$1" script="$2" out="$out_dir/$1.log"
  say "npm run $script"
  set +e
  npm run "$script" 2>&1 | tee "$out"
  local rc="${PIPESTATUS[0]}"
  set -e
  # ava marks each passing test with ✔, and each failing test or hook, test file that crashed
  # and timeout with ✘ (no colours here: its output is a pipe, but strip escape codes in case
  # FORCE_COLOR is set). A run that failed without any ✘ counts as one failure.
  local p f
  p=$(sed 's/\x1b\[[0-9;]*m//g' "$out" | grep -cE '^\s*✔ ' || true)
  f=$(sed 's/\x1b\[[0-9;]*m//g' "$out" | grep -cE '^\s*✘ ' || true)
  if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  passed=$((passed + p))
  failed=$((failed + f))
  say "$label: $p passed, $f failed (ava exited $rc)"
  if [ "$status" -eq 0 ] && [ "$rc" -ne 0 ]; then status="$rc"; fi
}

# Lint (eslint: layers, no any, no floating promises) and format (prettier) fail the run like a test.
run_suite lint lint
run_suite format format:check
run_suite unit test:unit

PODCTL_TEST_NAMESPACE="podctl-test-$(date +%Y%m%d%H%M%S)-$$"
export PODCTL_TEST_NAMESPACE
if find test/integration -name '*.test.ts' -print -quit 2>/dev/null | grep -q .; then
  say "integration tests in containerd namespaces prefixed $PODCTL_TEST_NAMESPACE"
  run_suite integration test:integration
else
  say "no integration tests yet (test/integration/**/*.test.ts): skipped"
fi

# One plain closing line for whoever reads the log, over both suites.
echo "summary: $passed passed, $failed failed"
exit "$status"
