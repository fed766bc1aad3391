#!/usr/bin/env bash
# Prepare a Debian 12 or Ubuntu host for podctl: install what is missing, make sure containerd
# answers on its socket, and check Node.js. Idempotent; takes a second or so when all is there.
#
# Usage: sudo scripts/prepare-host.sh [--quiet]
#
# Environment:
#   CONTAINERD_ADDRESS        containerd's socket (default /run/containerd/containerd.sock)
#   PODCTL_CONTAINERD_CONFIG  if containerd must be started: pass this --config file to it
#                             (needed for a non-default address; give it its own root and state)
#   PODCTL_CONTAINERD_LOG     where a containerd started here logs
#                             (default /var/log/podctl-containerd.log)
set -euo pipefail

readonly DEFAULT_SOCK=/run/containerd/containerd.sock
readonly WAIT_SECONDS=30

QUIET=0
usage() {
  cat <<'EOF'
Usage: prepare-host.sh [--quiet]

Installs podctl's host packages where missing (containerd, runc, CNI plugins, iptables,
gcc, libc6-dev, busybox-static, docker-registry, skopeo, containerd's API sources,
iproute2, procps, apache2-utils, nginx, openssl), starts containerd if its socket does not
answer, and checks Node.js >= 20. Must run as root.

  -q, --quiet   print errors only
  -h, --help    this text
EOF
}
for arg in "$@"; do
  case "$arg" in
    -q | --quiet) QUIET=1 ;;
    -h | --help) usage; exit 0 ;;
    *) echo "prepare-host: unknown option: $arg" >&2; usage >&2; exit 2 ;;
  esac
done

say() { if [ "$QUIET" = 0 ]; then echo "prepare-host: $*"; fi; }
die() { echo "prepare-host: error: $*" >&2; exit 1; }
started_ns=$(date +%s%N)

if [ "$(id -u)" -ne 0 ]; then
  die "must run as root (installs packages, starts containerd). Try: sudo $0 $*"
fi

# --- Node.js --------------------------------------------------------------------------------
# Checked first: without it nothing else is of use, and it is the one thing we do not install.
node_hint="install Node.js 20 or newer (official binaries, NodeSource or nvm); Debian 12's own nodejs package is 18, too old. Under sudo, keep your PATH: sudo -E env \"PATH=\$PATH\" $0"
if ! command -v node >/dev/null 2>&1; then
  die "node is not on PATH ($PATH). Hint: $node_hint"
fi
node_version=$(node -p 'process.versions.node' 2>/dev/null) || die "cannot run $(command -v node). Hint: $node_hint"
node_major="${node_version%%.*}"
if ! [[ "$node_major" =~ ^[0-9]+$ ]] || [ "$node_major" -lt 20 ]; then
  die "Node.js $node_version at $(command -v node) is too old, podctl needs >= 20. Hint: $node_hint"
fi
say "node $node_version ok"

# --- packages -------------------------------------------------------------------------------
if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
  die "this script supports Debian and Ubuntu hosts (dpkg-query and apt-get not found)"
fi

packages=(containerd runc containernetworking-plugins iptables gcc libc6-dev busybox-static
  docker-registry skopeo golang-github-containerd-containerd-dev golang-github-containerd-cgroups-dev
  iproute2 procps apache2-utils nginx openssl)

declare -A installed=()
while read -r name status; do
  if [[ "$status" == *" ok installed" ]]; then installed[$name]=1; fi
done < <(dpkg-query -W -f='${Package} ${Status}\n' "${packages[@]}" 2>/dev/null || true)

# Docker's containerd.io package ships containerd, ctr and runc, and conflicts with the
# distribution's containerd and runc packages: where those binaries exist, keep them.
for p in containerd runc; do
  if [ -z "${installed[$p]:-}" ] && command -v "$p" >/dev/null 2>&1; then
    say "$p found at $(command -v "$p"), not installing the $p package"
    installed[$p]=1
  fi
done

missing=()
for p in "${packages[@]}"; do
  if [ -z "${installed[$p]:-}" ]; then missing+=("$p"); fi
done

if [ "${#missing[@]}" -gt 0 ]; then
  say "installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # --no-remove: never let a conflict take away what is there (e.g. Docker's containerd.io).
  apt_install=(apt-get install -y --no-install-recommends --no-remove "${missing[@]}")
  # nginx and docker-registry are here for building and serving test images, not as host
  # services: keep their packages from starting them (on port 80 and 5000). policy-rc.d is
  # Debian's switch for that; one that is there already is left as it is.
  cleanup=()
  trap 'rm -f "${cleanup[@]}"' EXIT
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
    chmod 755 /usr/sbin/policy-rc.d
    cleanup+=(/usr/sbin/policy-rc.d)
  fi
  if [ "$QUIET" = 1 ]; then
    # apt's -qq does not silence dpkg: keep the output aside and show it on failure only.
    apt_log=$(mktemp)
    cleanup+=("$apt_log")
    if ! { apt-get -q update && "${apt_install[@]}"; } >"$apt_log" 2>&1; then
      cat "$apt_log" >&2
      die "installing packages failed: ${missing[*]}"
    fi
  else
    apt-get update || die "apt-get update failed"
    "${apt_install[@]}" || die "apt-get install failed for: ${missing[*]}"
  fi
else
  say "packages ok"
fi

for cmd in containerd ctr runc; do
  command -v "$cmd" >/dev/null 2>&1 || die "$cmd is not on PATH after installing packages"
done

# --- containerd -----------------------------------------------------------------------------
address="${CONTAINERD_ADDRESS:-$DEFAULT_SOCK}"
sock="${address#unix://}"
config="${PODCTL_CONTAINERD_CONFIG:-}"
log="${PODCTL_CONTAINERD_LOG:-/var/log/podctl-containerd.log}"

answers() {
  # A missing socket would make ctr wait for its 10 s default dial timeout: look first.
  [ -S "$sock" ] && timeout 10 ctr --address "$sock" --connect-timeout 3s version >/dev/null 2>&1
}

# Wait until the socket answers. $1: pid to watch (a containerd we started), or empty.
wait_for_socket() {
  local pid="$1" deadline=$((SECONDS + WAIT_SECONDS))
  while ! answers; do
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then
      return 1
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then return 1; fi
    sleep 0.5
  done
}

log_tail() {
  if [ -f "$log" ]; then
    echo "--- last lines of $log ---" >&2
    tail -n 30 "$log" >&2 || true
    echo "---" >&2
  fi
}

if answers; then
  say "containerd answers on $sock"
else
  if [ -n "$config" ] && [ ! -r "$config" ]; then
    die "PODCTL_CONTAINERD_CONFIG=$config is not a readable file"
  fi
  if [ "$sock" != "$DEFAULT_SOCK" ] && [ -z "$config" ]; then
    die "containerd does not answer on $sock (CONTAINERD_ADDRESS). Not starting one there with containerd's default root and state, which belong to the containerd at $DEFAULT_SOCK. Start it yourself, or set PODCTL_CONTAINERD_CONFIG to a config with its own root and state directories."
  fi
  if [ -z "$config" ] && running=$(pgrep -x containerd | paste -sd ' '); then
    # Starting a second containerd on the same root would fight the first one: give the
    # running one (perhaps just starting up) the time to answer instead.
    say "containerd is running (pid $running) but $sock does not answer yet; waiting up to ${WAIT_SECONDS}s"
    wait_for_socket "" ||
      die "containerd is running (pid $running) but $sock does not answer after ${WAIT_SECONDS}s. Check that process, or point CONTAINERD_ADDRESS at its socket."
  elif [ -d /run/systemd/system ] && [ -z "$config" ]; then
    say "starting containerd: systemctl start containerd"
    systemctl start containerd || die "systemctl start containerd failed; see: journalctl -u containerd"
    wait_for_socket "" ||
      die "containerd does not answer on $sock ${WAIT_SECONDS}s after systemctl start containerd; see: systemctl status containerd; journalctl -u containerd"
  else
    args=()
    if [ -n "$config" ]; then args+=(--config "$config"); fi
    if [ "$sock" != "$DEFAULT_SOCK" ]; then args+=(--address "$sock"); fi
    mkdir -p "$(dirname "$log")"
    say "starting containerd${config:+ with $config} (log: $log)"
    # A host service: it outlives this script, in its own session, with no tie to our stdio.
    setsid nohup containerd ${args[@]+"${args[@]}"} </dev/null >>"$log" 2>&1 &
    pid=$!
    if ! wait_for_socket "$pid"; then
      log_tail
      if kill -0 "$pid" 2>/dev/null; then
        die "containerd (pid $pid) does not answer on $sock after ${WAIT_SECONDS}s; it is still running, see $log"
      fi
      die "containerd exited before answering on $sock; see $log"
    fi
  fi
  say "containerd answers on $sock"
fi

elapsed_ms=$((($(date +%s%N) - started_ns) / 1000000))
say "host ready ($((elapsed_ms / 1000)).$(printf '%03d' $((elapsed_ms % 1000)))s)"
