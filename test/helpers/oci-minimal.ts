// The least a runc container needs: a rootfs directory holding a static busybox, and an OCI
// spec that runs a command in it with fresh namespaces, a read-only root, /proc and a tmpfs /dev.
import { constants } from 'node:fs';
import { access, copyFile, mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Mount } from '../../src/containerd/services/types.js';

const BUSYBOX = '/bin/busybox';
const APPLETS = ['sh', 'echo', 'sleep', 'cat', 'true'];

export interface BusyboxRootfs {
  /** A scratch directory of the test's own. */
  dir: string;
  /** The root filesystem: dir/rootfs. */
  rootfs: string;
  remove(): Promise<void>;
}

/** A temporary rootfs with /bin/busybox and a few applet links; mount points made in advance, as the root is read-only. */
export async function makeBusyboxRootfs(): Promise<BusyboxRootfs> {
  await access(BUSYBOX, constants.X_OK);
  const dir = await mkdtemp(join(tmpdir(), 'podctl-rootfs-'));
  const rootfs = join(dir, 'rootfs');
  for (const sub of ['bin', 'proc', 'dev', 'sys', 'tmp', 'etc']) await mkdir(join(rootfs, sub), { recursive: true });
  await copyFile(BUSYBOX, join(rootfs, 'bin', 'busybox'));
  for (const applet of APPLETS) await symlink('busybox', join(rootfs, 'bin', applet));
  return { dir, rootfs, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** The rootfs as the one mount of tasks.create: a read-only recursive bind. */
export function bindRootfs(rootfs: string): Mount[] {
  return [{ type: 'bind', source: rootfs, options: ['rbind', 'ro'] }];
}

const CAPS = [
  'CAP_CHOWN',
  'CAP_DAC_OVERRIDE',
  'CAP_FOWNER',
  'CAP_KILL',
  'CAP_SETGID',
  'CAP_SETUID',
  'CAP_NET_BIND_SERVICE',
];

/** An OCI process: root, in /, with PATH=/bin. */
export function minimalProcess(args: string[]): object {
  return {
    terminal: false,
    user: { uid: 0, gid: 0 },
    args,
    env: ['PATH=/bin'],
    cwd: '/',
    capabilities: { bounding: CAPS, effective: CAPS, permitted: CAPS },
    noNewPrivileges: true,
  };
}

/** A spec that runs `args`; `cgroupsPath` is /<namespace>/<id> as containerd's default. */
export function minimalSpec(args: string[], opts: { namespace: string; id: string }): object {
  return {
    ociVersion: '1.0.2',
    process: minimalProcess(args),
    root: { path: 'rootfs', readonly: true },
    hostname: opts.id.slice(0, 63),
    mounts: [
      { destination: '/proc', type: 'proc', source: 'proc', options: ['nosuid', 'noexec', 'nodev'] },
      {
        destination: '/dev',
        type: 'tmpfs',
        source: 'tmpfs',
        options: ['nosuid', 'strictatime', 'mode=755', 'size=65536k'],
      },
      { destination: '/tmp', type: 'tmpfs', source: 'tmpfs', options: ['nosuid', 'nodev', 'size=16m'] },
    ],
    linux: {
      cgroupsPath: `/${opts.namespace}/${opts.id}`,
      namespaces: ['pid', 'ipc', 'uts', 'mount', 'network'].map((type) => ({ type })),
      maskedPaths: ['/proc/kcore', '/proc/keys', '/proc/timer_list', '/sys/firmware'],
      readonlyPaths: ['/proc/sys', '/proc/sysrq-trigger'],
    },
  };
}
