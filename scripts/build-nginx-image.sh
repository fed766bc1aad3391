#!/usr/bin/env bash
# Builds a small nginx image for the integration tests from this host's Debian packages, without
# docker or a registry:
#
#   localhost/podctl/nginx:latest -> images/nginx.oci.tar, three layers, in this order:
#     1. libs:    the shared libraries `ldd /usr/sbin/nginx` names and the dynamic loader, at
#                 the paths ldd prints (copied dereferenced)
#     2. nginx:   /usr/sbin/nginx, /etc/nginx/{nginx.conf,mime.types}, a static page at
#                 /usr/share/nginx/html/index.html, /etc/passwd and /etc/group with root and
#                 www-data, /var/log/nginx (access.log -> /dev/stdout, error.log -> /dev/stderr),
#                 /var/lib/nginx, /run, /tmp
#     3. tools:   /bin/busybox from busybox-static, linked as sh, ps, wget, cat, ls and a few more
#   nginx listens on port 80 with `daemon off;` in its config; the image's Cmd is ["nginx"].
#
# Usage: scripts/build-nginx-image.sh [--out-dir DIR] [--force] [--print-ref]
#
#   --out-dir DIR  where to write nginx.oci.tar (default: images/)
#   --force        rebuild even when the archive is newer than its sources
#   --print-ref    print the image's name and exit
#
# Needs nginx and busybox-static (scripts/prepare-host.sh installs both). Reproducible for given
# binaries: two runs give byte-identical archives (GNU tar with sorted names, mtime 0, owner
# 0:0, gzip -n; JSON with sorted keys and no timestamps). The layout conventions, JSON encoding
# and tar flags come from scripts/lib/pack-oci-layout.mjs, whose own CLI packs one layer only.
set -euo pipefail

NGINX_IMAGE="localhost/podctl/nginx:latest"
NGINX_BIN="${NGINX_BIN:-/usr/sbin/nginx}"
NGINX_MIME_TYPES="${NGINX_MIME_TYPES:-/etc/nginx/mime.types}"
BUSYBOX_BIN="${BUSYBOX_BIN:-/bin/busybox}"
BUSYBOX_LINKS=(sh ps wget cat ls echo env id kill sleep hostname grep head tail)

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
# shellcheck source=lib/oci-layout.sh
. "$here/lib/oci-layout.sh"

say() { echo "build-nginx-image: $*"; }
die() { echo "build-nginx-image: error: $*" >&2; exit 1; }
usage() { sed -n '15,19s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"; }

out_dir="$root/images"
force=0
while [ $# -gt 0 ]; do
  case "$1" in
    --out-dir) [ $# -ge 2 ] || die "--out-dir needs a directory"; out_dir="$2"; shift ;;
    --out-dir=*) out_dir="${1#--out-dir=}" ;;
    --force) force=1 ;;
    --print-ref) echo "$NGINX_IMAGE"; exit 0 ;;
    -h | --help) usage; exit 0 ;;
    *) echo "build-nginx-image: unknown option: $1" >&2; usage >&2; exit 2 ;;
  esac
  shift
done

for tool in tar gzip node ldd readelf; do
  command -v "$tool" >/dev/null || die "$tool is missing (scripts/prepare-host.sh installs what is needed)"
done
[ -x "$NGINX_BIN" ] || die "$NGINX_BIN is missing (apt-get install nginx)"
[ -f "$NGINX_MIME_TYPES" ] || die "$NGINX_MIME_TYPES is missing (apt-get install nginx-common)"
[ -x "$BUSYBOX_BIN" ] || die "$BUSYBOX_BIN is missing (apt-get install busybox-static)"
if LC_ALL=C readelf -l "$BUSYBOX_BIN" 2>/dev/null | grep -q 'Requesting program interpreter'; then
  die "$BUSYBOX_BIN is not statically linked (install busybox-static)"
fi

# The libraries nginx loads, as ldd resolves them here, and the loader named in its ELF header.
libs=()
while read -r lib; do
  [ -n "$lib" ] && libs+=("$lib")
done < <(LC_ALL=C ldd "$NGINX_BIN" | awk '
  $2 == "=>" && $3 ~ /^\// { print $3; next }
  $1 ~ /^\// { print $1 }' | sort -u)
interp=$(LC_ALL=C readelf -l "$NGINX_BIN" | sed -n 's/.*Requesting program interpreter: \(.*\)]$/\1/p')
[ -n "$interp" ] || die "$NGINX_BIN has no program interpreter: is it dynamically linked?"
case " ${libs[*]} " in *" $interp "*) ;; *) libs+=("$interp") ;; esac
[ "${#libs[@]}" -ge 2 ] || die "ldd found no libraries for $NGINX_BIN"

out="$out_dir/nginx.oci.tar"
sources=("$NGINX_BIN" "$NGINX_MIME_TYPES" "$BUSYBOX_BIN" "$here/build-nginx-image.sh")
for lib in "${libs[@]}"; do sources+=("$(readlink -f "$lib")"); done
mapfile -t -O "${#sources[@]}" sources < <(oci_lib_sources)
if [ "$force" = 0 ] && oci_up_to_date "$out" "${sources[@]}"; then
  say "$out is up to date ($NGINX_IMAGE)"
  exit 0
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/podctl-nginx-image.XXXXXX")
trap 'rm -rf "$work"' EXIT
# Every mode below is set explicitly: the caller's umask must not reach the image.
umask 022

# mkdirs LAYER_ROOT MODE DIR...: directories with their parents, every one of them with MODE
# (parents 0755).
mkdirs() {
  local top="$1" mode="$2" d p part
  local -a parts
  shift 2
  for d in "$@"; do
    p=""
    IFS=/ read -ra parts <<<"${d#/}"
    for part in "${parts[@]}"; do
      p="$p/$part"
      if [ ! -d "$top$p" ]; then mkdir "$top$p"; chmod 0755 "$top$p"; fi
    done
    chmod "$mode" "$top/${d#/}"
  done
}

# --- layer 1: libs --------------------------------------------------------------------------
l1="$work/layers/1-libs"
mkdir -p "$l1"
for lib in "${libs[@]}"; do
  mkdirs "$l1" 0755 "$(dirname "$lib")"
  cp -L "$lib" "$l1$lib"
  chmod 0755 "$l1$lib"
done

# --- layer 2: nginx -------------------------------------------------------------------------
l2="$work/layers/2-nginx"
mkdir -p "$l2"
mkdirs "$l2" 0755 /usr/sbin /etc/nginx /usr/share/nginx/html /var/log/nginx /var/lib/nginx /run
mkdirs "$l2" 1777 /tmp
cp -L "$NGINX_BIN" "$l2/usr/sbin/nginx"
chmod 0755 "$l2/usr/sbin/nginx"
cp -L "$NGINX_MIME_TYPES" "$l2/etc/nginx/mime.types"
cat >"$l2/etc/nginx/nginx.conf" <<'EOF'
# podctl test image: one server on port 80, static files, logs to the container's stdio.
daemon off;
user www-data;
worker_processes 1;
pid /run/nginx.pid;
error_log /var/log/nginx/error.log warn;

events {
  worker_connections 64;
}

http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log /var/log/nginx/access.log;
  sendfile on;
  keepalive_timeout 15;

  server {
    listen 80 default_server;
    server_name _;
    root /usr/share/nginx/html;
    index index.html;
    location / {
      try_files $uri $uri/ =404;
    }
  }
}
EOF
cat >"$l2/usr/share/nginx/html/index.html" <<'EOF'
<!DOCTYPE html>
<html>
<head><title>podctl nginx</title></head>
<body><p>Hello from podctl's nginx test image.</p></body>
</html>
EOF
printf '%s\n' \
  'root:x:0:0:root:/root:/bin/sh' \
  'www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin' \
  'nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin' >"$l2/etc/passwd"
printf '%s\n' \
  'root:x:0:' \
  'www-data:x:33:' \
  'nogroup:x:65534:' >"$l2/etc/group"
chmod 0644 "$l2/etc/nginx/nginx.conf" "$l2/etc/nginx/mime.types" "$l2/usr/share/nginx/html/index.html" \
  "$l2/etc/passwd" "$l2/etc/group"
# As the official nginx image does: the logs go to the container's stdout and stderr.
ln -s /dev/stdout "$l2/var/log/nginx/access.log"
ln -s /dev/stderr "$l2/var/log/nginx/error.log"

# --- layer 3: busybox tools -----------------------------------------------------------------
l3="$work/layers/3-tools"
mkdir -p "$l3"
mkdirs "$l3" 0755 /bin
cp -L "$BUSYBOX_BIN" "$l3/bin/busybox"
chmod 0755 "$l3/bin/busybox"
applets=$("$BUSYBOX_BIN" --list)
for a in "${BUSYBOX_LINKS[@]}"; do
  grep -qx "$a" <<<"$applets" || die "$BUSYBOX_BIN has no $a applet"
  ln -s busybox "$l3/bin/$a"
done

# --- pack -----------------------------------------------------------------------------------
arch=$(oci_arch)
variant=$(oci_variant)
say "libs: ${libs[*]}"
node --input-type=module - "$here/lib/pack-oci-layout.mjs" "$NGINX_IMAGE" "$out" "$arch" "$variant" \
  "$l1" "$l2" "$l3" <<'EOF'
// Packs each rootfs directory given as one layer, in order, into one OCI image archive.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [packer, name, out, arch, variant, ...layerDirs] = process.argv.slice(2);
const { MEDIA_TYPES, TAR_FLAGS, canonicalJson, tagOf } = await import(pathToFileURL(packer).href);

function run(cmd, args, stdoutFile) {
  const fd = stdoutFile ? openSync(stdoutFile, 'w', 0o644) : undefined;
  try {
    const r = spawnSync(cmd, args, { stdio: ['ignore', fd ?? 'inherit', 'inherit'], env: { ...process.env, LC_ALL: 'C' } });
    if (r.error) throw r.error;
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status ?? r.signal}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
const tarDir = (dir, file) => run('tar', [...TAR_FLAGS, '-C', dir, '-cf', file, '--', ...readdirSync(dir).sort()]);
const sha256 = (bytes) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

const tag = tagOf(name);
if (!tag) throw new Error(`image name without a tag: ${name}`);
const work = mkdtempSync(join(tmpdir(), 'podctl-oci-'));
try {
  const blobs = join(work, 'layout', 'blobs', 'sha256');
  mkdirSync(blobs, { recursive: true });
  for (const d of [join(work, 'layout'), join(work, 'layout', 'blobs'), blobs]) chmodSync(d, 0o755);
  const putBlob = (mediaType, bytes) => {
    const digest = sha256(bytes);
    const file = join(blobs, digest.slice('sha256:'.length));
    writeFileSync(file, bytes);
    chmodSync(file, 0o644);
    return { mediaType, digest, size: bytes.length };
  };

  const layers = [];
  const diffIds = [];
  layerDirs.forEach((dir, i) => {
    const tar = join(work, `layer${i}.tar`);
    tarDir(dir, tar);
    diffIds.push(sha256(readFileSync(tar)));
    run('gzip', ['-n', '-9', '-c', tar], `${tar}.gz`);
    layers.push(putBlob(MEDIA_TYPES.layerGzip, readFileSync(`${tar}.gz`)));
  });

  const platform = { architecture: arch, os: 'linux', ...(variant ? { variant } : {}) };
  const imageConfig = {
    Cmd: ['nginx'],
    Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
    ExposedPorts: { '80/tcp': {} },
    StopSignal: 'SIGQUIT',
  };
  const config = putBlob(
    MEDIA_TYPES.config,
    Buffer.from(canonicalJson({ ...platform, config: imageConfig, rootfs: { type: 'layers', diff_ids: diffIds } })),
  );
  const manifest = putBlob(MEDIA_TYPES.manifest, Buffer.from(canonicalJson({ schemaVersion: 2, mediaType: MEDIA_TYPES.manifest, config, layers })));
  const index = {
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.index,
    manifests: [{ ...manifest, platform, annotations: { 'io.containerd.image.name': name, 'org.opencontainers.image.ref.name': tag } }],
  };
  writeFileSync(join(work, 'layout', 'index.json'), canonicalJson(index));
  writeFileSync(join(work, 'layout', 'oci-layout'), canonicalJson({ imageLayoutVersion: '1.0.0' }));
  for (const f of ['index.json', 'oci-layout']) chmodSync(join(work, 'layout', f), 0o644);

  mkdirSync(dirname(out), { recursive: true });
  const partial = `${out}.partial-${process.pid}`;
  try {
    tarDir(join(work, 'layout'), partial);
    chmodSync(partial, 0o644);
    renameSync(partial, out);
  } finally {
    rmSync(partial, { force: true });
  }
  const sizes = layers.map((l) => l.size).join(' + ');
  process.stdout.write(`build-nginx-image: ${name} ${manifest.digest} (${layers.length} layers: ${sizes} bytes) ${statSync(out).size} bytes -> ${out}\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
EOF
