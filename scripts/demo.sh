#!/usr/bin/env bash
# The main demo, as root on a fresh Debian 12 host: the classic pause-container walk-through.
# It prepares the host, builds podctl and its images, then, in a containerd namespace of its own
# (podctl-demo), makes a pod that publishes port 80 on host port 8880, with nginx in front of an
# app that listens only on the pod's loopback, and shows what that looks like from the host and
# from inside the pod. At the end it offers to clean up.
#
#   scripts/demo.sh             ask before cleaning up (clean up when stdin is not a terminal)
#   scripts/demo.sh --cleanup   clean up without asking
#   scripts/demo.sh --keep      leave the pod running (remove it later: podctl -n podctl-demo pod rm -f blog)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

say() { echo "demo.sh: $*"; }
die() { echo "demo.sh: error: $*" >&2; exit 1; }

mode=ask
case "${1:-}" in
  '') ;;
  --cleanup) mode=cleanup ;;
  --keep) mode=keep ;;
  -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  *) die "unknown option: $1 (use --cleanup or --keep)" ;;
esac
[ "$mode" = ask ] && [ ! -t 0 ] && mode=cleanup

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
say "building podctl's pause image and logger, and the busybox and nginx test images"
npm run --silent build:pause
npm run --silent build:logger
npm run --silent build:test-images

# The podctl command, as package.json names it (bin/podctl, which starts Node.js itself).
podctl_bin=./$(node -p 'require("./package.json").bin.podctl')
export CONTAINERD_NAMESPACE=podctl-demo
podctl() { "$podctl_bin" "$@"; }
# Arguments as a shell would need them: quoted when they hold anything but plain characters.
quoted() {
  local out='' arg
  for arg in "$@"; do
    if [[ "$arg" =~ ^[A-Za-z0-9_./:=@%+,-]+$ ]]; then out+=" $arg"; else out+=" '${arg//\'/\'\\\'\'}'"; fi
  done
  printf '%s' "${out# }"
}
show() {
  echo
  echo "\$ podctl $(quoted "$@")"
  podctl "$@"
}
note() {
  echo
  sed 's/^/# /' <<<"$*"
}

PORT=8880
BUSYBOX=localhost/podctl/busybox:latest
NGINX=localhost/podctl/nginx:latest
cleanup() {
  podctl pod rm -f blog >/dev/null 2>&1 || true
  podctl rmi "$BUSYBOX" "$NGINX" localhost/podctl/pause:0.1.0 >/dev/null 2>&1 || true
  ctr namespaces rm "$CONTAINERD_NAMESPACE" >/dev/null 2>&1 || true
}
# A failure part-way leaves nothing behind.
trap 'status=$?; [ $status -ne 0 ] && { say "failed; cleaning up"; cleanup; }; exit $status' EXIT
podctl pod rm -f blog >/dev/null 2>&1 || true

note "podctl's images, built above from this repository and Debian's packages, go into containerd:"
show load -i images/pause.oci.tar
show load -i images/busybox.oci.tar
show load -i images/nginx.oci.tar

note "A pod: its pause container owns the network, IPC, UTS and PID namespaces and publishes
port 80 of the pod on port $PORT of the host."
show pod create --name blog -p "$PORT:80"

note "nginx joins the pod, with a config that proxies / to 127.0.0.1:2368:"
show run -d --pod blog --name nginx -v ./examples/walkthrough/nginx.conf:/etc/nginx/nginx.conf:ro "$NGINX"
note "and the app, which listens on the pod's loopback only, 127.0.0.1:2368:"
show run -d --pod blog --name app "$BUSYBOX" \
  sh -c 'mkdir -p /www && echo "Hello from the app, through nginx, in a pod." > /www/index.html && exec httpd -f -p 127.0.0.1:2368 -h /www'

show pod ps
show ps --pod blog

note "From the host, the published port reaches nginx, which reaches the app on the pod's localhost:"
echo "\$ curl -sI http://127.0.0.1:$PORT/"
for _ in $(seq 1 50); do
  curl -sf -o /dev/null "http://127.0.0.1:$PORT/" && break
  sleep 0.1
done
curl -sI "http://127.0.0.1:$PORT/"
echo "\$ curl -s http://127.0.0.1:$PORT/"
curl -s "http://127.0.0.1:$PORT/"

note "Inside the pod, every container shares one PID namespace, with /pause as PID 1:"
show exec app ps aux

note "What you are looking at: three containers made by containerd, one pod. pause (PID 1) holds
the namespaces and reaps orphans; nginx and the app joined them through /proc/<pause-pid>/ns/*,
so nginx reaches the app on 127.0.0.1 and ps in the app sees nginx. One runc shim serves the
whole pod, and the pod's IP on the podctl0 bridge is in 'podctl pod inspect blog'."

trap - EXIT
case "$mode" in
  keep)
    say "kept: the pod blog in containerd namespace $CONTAINERD_NAMESPACE (remove it: $podctl_bin -n $CONTAINERD_NAMESPACE pod rm -f blog)"
    exit 0 ;;
  ask)
    echo
    read -r -p "Remove the pod, its images and the namespace now? [Y/n] " answer
    case "$answer" in
      [nN]*) say "kept: remove later with: $podctl_bin -n $CONTAINERD_NAMESPACE pod rm -f blog"; exit 0 ;;
    esac ;;
esac
cleanup
say "cleaned up: no pod, container, image, network namespace or port mapping of the demo is left"
