/**
 * A pod's network namespace, pinned as a bind mount under /run/podctl/netns before its sandbox
 * starts, as the CRI plugin pins its own: the sandbox's spec joins that path, so the namespace
 * (and the pod's address) outlives a restart of pause, and CNI DEL can still reach it after
 * pause has died. util-linux's `unshare --net=FILE` makes the namespace and bind-mounts
 * /proc/<pid>/ns/net on FILE before it runs its command, here `ip link set lo up`: a namespace
 * given by path gets no loopback from runc.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { execa } from 'execa';
import { failedPrecondition } from '../errors.js';

export const NETNS_ROOT = '/run/podctl/netns';

export const netnsPath = (id: string, root = NETNS_ROOT): string => path.join(root, id);

/** Mount points of the host's mount table (octal escapes decoded), from /proc/self/mountinfo. */
export async function mountPoints(): Promise<Set<string>> {
  const text = await readFile('/proc/self/mountinfo', 'utf8');
  const decode = (s: string) => s.replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8)));
  return new Set(text.split('\n').flatMap((l) => (l === '' ? [] : [decode(l.split(' ')[4] ?? '')])));
}

const errorText = (err: unknown): string => {
  const e = err as { stderr?: unknown; shortMessage?: unknown; message?: unknown };
  const stderr = typeof e.stderr === 'string' ? e.stderr.trim() : '';
  return stderr !== '' ? stderr.split('\n')[0]! : String(e.shortMessage ?? e.message ?? err);
};

/** Makes and pins a fresh network namespace with loopback up; returns its path. */
export async function createPinnedNetns(id: string, root = NETNS_ROOT): Promise<string> {
  const file = netnsPath(id, root);
  await mkdir(root, { recursive: true, mode: 0o755 });
  await writeFile(file, '', { flag: 'wx', mode: 0o444 });
  try {
    await execa('unshare', [`--net=${file}`, 'ip', 'link', 'set', 'lo', 'up'], { timeout: 30_000 });
  } catch (err) {
    await removePinnedNetns(file).catch(() => undefined);
    throw failedPrecondition(`cannot create the network namespace ${file}: ${errorText(err)}`, {
      cause: err,
      hint: 'podctl needs root, and unshare (util-linux) and ip (iproute2) on PATH',
    });
  }
  return file;
}

/** Unmounts and removes a pinned namespace; one that is not mounted, or gone, is simply removed. */
export async function removePinnedNetns(file: string): Promise<void> {
  if ((await mountPoints()).has(file)) {
    try {
      await execa('umount', [file], { timeout: 30_000 });
    } catch (err) {
      if ((await mountPoints()).has(file))
        throw failedPrecondition(`cannot unmount ${file}: ${errorText(err)}`, { cause: err });
    }
  }
  await rm(file, { force: true });
}

/** Whether the pinned namespace is there, mounted: a DEL can reach into it. */
export async function isPinned(file: string): Promise<boolean> {
  return (await mountPoints()).has(file);
}
