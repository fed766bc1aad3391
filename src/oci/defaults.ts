/**
 * The defaults of containerd 1.6's Unix spec (`oci/spec.go` populateDefaultUnixSpec and
 * `oci/mounts.go` defaultMounts), transcribed so that a podctl container starts from the same
 * place as one made by `ctr run`. test/unit/oci/containerd-defaults.test.ts holds them against
 * an independent transcription, so a change here is a visible decision.
 */
import type { LinuxNamespace, Mount, Rlimit } from './types.js';

/**
 * The runtime-spec version the specs claim, the one containerd 1.6 writes. The schema's
 * ociVersion is any string; every runc since 1.0 accepts this, and the fields podctl sets
 * existed by then (defaultErrnoRet, which came later, is ignored by a runtime that lacks it).
 */
export const OCI_VERSION = '1.0.2-dev';

export const DEFAULT_ROOTFS_PATH = 'rootfs';

export const DEFAULT_PATH_ENV = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** The capabilities of a default container: bounding, effective and permitted (no inheritable, no ambient). */
export const DEFAULT_CAPABILITIES: readonly string[] = Object.freeze([
  'CAP_CHOWN',
  'CAP_DAC_OVERRIDE',
  'CAP_FSETID',
  'CAP_FOWNER',
  'CAP_MKNOD',
  'CAP_NET_RAW',
  'CAP_SETGID',
  'CAP_SETUID',
  'CAP_SETFCAP',
  'CAP_SETPCAP',
  'CAP_NET_BIND_SERVICE',
  'CAP_SYS_CHROOT',
  'CAP_KILL',
  'CAP_AUDIT_WRITE',
]);

/** Paths over which the runtime mounts /dev/null (files) or an empty read-only tmpfs (directories). */
export const DEFAULT_MASKED_PATHS: readonly string[] = Object.freeze([
  '/proc/acpi',
  '/proc/asound',
  '/proc/kcore',
  '/proc/keys',
  '/proc/latency_stats',
  '/proc/timer_list',
  '/proc/timer_stats',
  '/proc/sched_debug',
  '/sys/firmware',
  '/proc/scsi',
]);

/** Paths the runtime bind-mounts read-only over themselves. */
export const DEFAULT_READONLY_PATHS: readonly string[] = Object.freeze([
  '/proc/bus',
  '/proc/fs',
  '/proc/irq',
  '/proc/sys',
  '/proc/sysrq-trigger',
]);

const mount = (destination: string, type: string, source: string, options: string[]): Readonly<Mount> =>
  Object.freeze({ destination, type, source, options: Object.freeze(options) as string[] });

export const DEFAULT_MOUNTS: readonly Readonly<Mount>[] = Object.freeze([
  mount('/proc', 'proc', 'proc', ['nosuid', 'noexec', 'nodev']),
  mount('/dev', 'tmpfs', 'tmpfs', ['nosuid', 'strictatime', 'mode=755', 'size=65536k']),
  mount('/dev/pts', 'devpts', 'devpts', ['nosuid', 'noexec', 'newinstance', 'ptmxmode=0666', 'mode=0620', 'gid=5']),
  mount('/dev/shm', 'tmpfs', 'shm', ['nosuid', 'noexec', 'nodev', 'mode=1777', 'size=65536k']),
  mount('/dev/mqueue', 'mqueue', 'mqueue', ['nosuid', 'noexec', 'nodev']),
  mount('/sys', 'sysfs', 'sysfs', ['nosuid', 'noexec', 'nodev', 'ro']),
  mount('/run', 'tmpfs', 'tmpfs', ['nosuid', 'strictatime', 'mode=755', 'size=65536k']),
]);

/** Fresh namespaces of a default container, in containerd's order. */
export const DEFAULT_NAMESPACES: readonly Readonly<LinuxNamespace>[] = Object.freeze(
  (['pid', 'ipc', 'uts', 'mount', 'network'] as const).map((type) => Object.freeze({ type })),
);

export const DEFAULT_RLIMITS: readonly Readonly<Rlimit>[] = Object.freeze([
  Object.freeze({ type: 'RLIMIT_NOFILE', hard: 1024, soft: 1024 }),
]);
