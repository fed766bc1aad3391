/**
 * A host-wide lock around CNI ADD and DEL. host-local locks only its own store; the bridge
 * plugin's first creation of a bridge, portmap's and firewall's shared iptables chains and
 * podctl's own checks of published ports race when pods start together, so podctl runs each
 * pod's whole plugin chain under one flock(2) on a file under /run/podctl. node has no flock, so
 * util-linux's flock(1) holds it: it prints a line once it has the lock, and lets go when its
 * stdin closes, which also happens when podctl dies.
 */
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { execa } from 'execa';
import { unavailable } from '../errors.js';

export const CNI_LOCK_FILE = '/run/podctl/cni.lock';

export async function withHostLock<T>(body: () => Promise<T>, file = CNI_LOCK_FILE): Promise<T> {
  await mkdir(dirname(file), { recursive: true, mode: 0o755 });
  const holder = execa('flock', ['--exclusive', file, 'sh', '-c', 'echo locked; read _ || true'], {
    stdin: 'pipe',
    stdout: 'pipe',
    stderr: 'pipe',
    buffer: false,
    reject: false,
  });
  const exited = holder.then((r) => r);
  try {
    await new Promise<void>((resolve, reject) => {
      holder.stdout.once('data', () => resolve());
      void exited.then((r) =>
        reject(
          unavailable(
            `cannot lock ${file}: ${r.failed && r.code === 'ENOENT' ? 'flock(1) is not installed (Debian package util-linux)' : `flock exited with ${String(r.exitCode)}`}`,
          ),
        ),
      );
    });
    return await body();
  } finally {
    holder.stdin.end();
    await exited;
  }
}
