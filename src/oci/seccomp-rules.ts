// The rules of containerd's default seccomp profile (`contrib/seccomp/seccomp_default.go`, as of
// containerd 1.7 and 2.0), as data; seccomp.ts assembles them. Transcribed, not generated:
// test/unit/oci/containerd-defaults.test.ts holds them against a second transcription.
import { PodctlError } from '../errors.js';
import type { SeccompArch } from './types.js';

/** Syscalls every container may make (socket and personality have their own, filtered rules). */
export const ALLOWED_SYSCALLS: readonly string[] = Object.freeze(
  `
  accept accept4 access adjtimex alarm bind brk cachestat capget capset chdir chmod chown chown32
  clock_adjtime clock_adjtime64 clock_getres clock_getres_time64 clock_gettime clock_gettime64
  clock_nanosleep clock_nanosleep_time64 close close_range connect copy_file_range creat dup dup2
  dup3 epoll_create epoll_create1 epoll_ctl epoll_ctl_old epoll_pwait epoll_pwait2 epoll_wait
  epoll_wait_old eventfd eventfd2 execve execveat exit exit_group faccessat faccessat2 fadvise64
  fadvise64_64 fallocate fanotify_mark fchdir fchmod fchmodat fchmodat2 fchown fchown32 fchownat
  fcntl fcntl64 fdatasync fgetxattr flistxattr flock fork fremovexattr fsetxattr fstat fstat64
  fstatat64 fstatfs fstatfs64 fsync ftruncate ftruncate64 futex futex_requeue futex_time64
  futex_wait futex_waitv futex_wake futimesat getcpu getcwd getdents getdents64 getegid getegid32
  geteuid geteuid32 getgid getgid32 getgroups getgroups32 getitimer getpeername getpgid getpgrp
  getpid getppid getpriority getrandom getresgid getresgid32 getresuid getresuid32 getrlimit
  get_robust_list getrusage getsid getsockname getsockopt get_thread_area gettid gettimeofday
  getuid getuid32 getxattr inotify_add_watch inotify_init inotify_init1 inotify_rm_watch io_cancel
  ioctl io_destroy io_getevents io_pgetevents io_pgetevents_time64 ioprio_get ioprio_set io_setup
  io_submit io_uring_enter io_uring_register io_uring_setup ipc kill landlock_add_rule
  landlock_create_ruleset landlock_restrict_self lchown lchown32 lgetxattr link linkat listen
  listxattr llistxattr _llseek lremovexattr lseek lsetxattr lstat lstat64 madvise membarrier
  memfd_create memfd_secret mincore mkdir mkdirat mknod mknodat mlock mlock2 mlockall
  map_shadow_stack mmap mmap2 mprotect mq_getsetattr mq_notify mq_open mq_timedreceive
  mq_timedreceive_time64 mq_timedsend mq_timedsend_time64 mq_unlink mremap msgctl msgget msgrcv
  msgsnd msync munlock munlockall munmap name_to_handle_at nanosleep newfstatat _newselect open
  openat openat2 pause pidfd_open pidfd_send_signal pipe pipe2 pkey_alloc pkey_free pkey_mprotect
  poll ppoll ppoll_time64 prctl pread64 preadv preadv2 prlimit64 process_mrelease pselect6
  pselect6_time64 pwrite64 pwritev pwritev2 read readahead readlink readlinkat readv recv recvfrom
  recvmmsg recvmmsg_time64 recvmsg remap_file_pages removexattr rename renameat renameat2
  restart_syscall rmdir rseq rt_sigaction rt_sigpending rt_sigprocmask rt_sigqueueinfo
  rt_sigreturn rt_sigsuspend rt_sigtimedwait rt_sigtimedwait_time64 rt_tgsigqueueinfo
  sched_getaffinity sched_getattr sched_getparam sched_get_priority_max sched_get_priority_min
  sched_getscheduler sched_rr_get_interval sched_rr_get_interval_time64 sched_setaffinity
  sched_setattr sched_setparam sched_setscheduler sched_yield seccomp select semctl semget semop
  semtimedop semtimedop_time64 send sendfile sendfile64 sendmmsg sendmsg sendto setfsgid
  setfsgid32 setfsuid setfsuid32 setgid setgid32 setgroups setgroups32 setitimer setpgid
  setpriority setregid setregid32 setresgid setresgid32 setresuid setresuid32 setreuid setreuid32
  setrlimit set_robust_list setsid setsockopt set_thread_area set_tid_address setuid setuid32
  setxattr shmat shmctl shmdt shmget shutdown sigaltstack signalfd signalfd4 sigprocmask sigreturn
  socketcall socketpair splice stat stat64 statfs statfs64 statx symlink symlinkat sync
  sync_file_range syncfs sysinfo tee tgkill time timer_create timer_delete timer_getoverrun
  timer_gettime timer_gettime64 timer_settime timer_settime64 timerfd_create timerfd_gettime
  timerfd_gettime64 timerfd_settime timerfd_settime64 times tkill truncate truncate64 ugetrlimit
  umask uname unlink unlinkat utime utimensat utimensat_time64 utimes vfork vmsplice wait4 waitid
  waitpid write writev
`
    .trim()
    .split(/\s+/),
);

/** The host architectures podctl builds profiles for, by their Go (and OCI image) names. */
export type SeccompHostArch = 'amd64' | 'arm64';

/** The native architecture first, then the ones its kernel also runs (32-bit and x32 ABIs). */
export const SECCOMP_ARCHITECTURES: Readonly<Record<SeccompHostArch, readonly SeccompArch[]>> = Object.freeze({
  amd64: Object.freeze(['SCMP_ARCH_X86_64', 'SCMP_ARCH_X86', 'SCMP_ARCH_X32'] as const),
  arm64: Object.freeze(['SCMP_ARCH_ARM', 'SCMP_ARCH_AARCH64'] as const),
});

/** The architecture of the kernel itself, which a docker profile's archMap is keyed by. */
export const SECCOMP_NATIVE_ARCH: Readonly<Record<SeccompHostArch, SeccompArch>> = Object.freeze({
  amd64: 'SCMP_ARCH_X86_64',
  arm64: 'SCMP_ARCH_AARCH64',
});

/** Allowed on one architecture only. */
export const ARCH_SYSCALLS: Readonly<Record<SeccompHostArch, readonly string[]>> = Object.freeze({
  amd64: Object.freeze(['arch_prctl', 'modify_ldt']),
  arm64: Object.freeze([
    'arm_fadvise64_64',
    'arm_sync_file_range',
    'sync_file_range2',
    'breakpoint',
    'cacheflush',
    'set_tls',
  ]),
});

/** Allowed when the bounding set holds the capability, in containerd's order. */
export const CAPABILITY_SYSCALLS: readonly (readonly [string, readonly string[]])[] = Object.freeze([
  ['CAP_DAC_READ_SEARCH', ['open_by_handle_at']],
  [
    'CAP_SYS_ADMIN',
    [
      'bpf',
      'clone',
      'clone3',
      'fanotify_init',
      'fsconfig',
      'fsmount',
      'fsopen',
      'fspick',
      'lookup_dcookie',
      'mount',
      'mount_setattr',
      'move_mount',
      'open_tree',
      'perf_event_open',
      'quotactl',
      'quotactl_fd',
      'setdomainname',
      'sethostname',
      'setns',
      'syslog',
      'umount',
      'umount2',
      'unshare',
    ],
  ],
  ['CAP_SYS_BOOT', ['reboot']],
  ['CAP_SYS_CHROOT', ['chroot']],
  ['CAP_SYS_MODULE', ['delete_module', 'init_module', 'finit_module']],
  ['CAP_SYS_PACCT', ['acct']],
  ['CAP_SYS_PTRACE', ['kcmp', 'pidfd_getfd', 'process_madvise', 'process_vm_readv', 'process_vm_writev', 'ptrace']],
  ['CAP_SYS_RAWIO', ['iopl', 'ioperm']],
  ['CAP_SYS_TIME', ['settimeofday', 'stime', 'clock_settime', 'clock_settime64']],
  ['CAP_SYS_TTY_CONFIG', ['vhangup']],
  ['CAP_SYS_NICE', ['get_mempolicy', 'mbind', 'set_mempolicy', 'set_mempolicy_home_node']],
  ['CAP_SYSLOG', ['syslog']],
  ['CAP_BPF', ['bpf']],
  ['CAP_PERFMON', ['perf_event_open']],
] as const);

/** Allowed to all from kernel 4.8, which closed the ptrace hole around seccomp. */
export const PTRACE_SYSCALLS: readonly string[] = Object.freeze(['process_vm_readv', 'process_vm_writev', 'ptrace']);
export const PTRACE_MIN_KERNEL = '4.8';

/** personality(2) personas allowed: PER_LINUX, PER_LINUX32, UNAME26, UNAME26|PER_LINUX32, query. */
export const PERSONALITY_VALUES: readonly number[] = Object.freeze([0x0, 0x8, 0x20000, 0x20008, 0xffffffff]);

/** CLONE_NEWNS | NEWCGROUP | NEWUTS | NEWIPC | NEWUSER | NEWPID | NEWNET: no new namespaces without CAP_SYS_ADMIN. */
export const CLONE_NAMESPACE_FLAGS =
  0x00020000 | 0x02000000 | 0x04000000 | 0x08000000 | 0x10000000 | 0x20000000 | 0x40000000;

export const AF_VSOCK = 40;
export const EPERM = 1;
export const ENOSYS = 38;

/** The seccomp arch of the machine podctl runs on. */
export function hostSeccompArch(arch: string = process.arch): SeccompHostArch {
  if (arch === 'x64' || arch === 'amd64') return 'amd64';
  if (arch === 'arm64') return 'arm64';
  throw new PodctlError('unimplemented', `no default seccomp profile for architecture ${arch}`, {
    hint: 'run with seccomp unconfined, or pass a profile of your own',
  });
}

/** Whether a kernel release ("6.8.0-45-generic") is at least min ("4.8"); false when unparsable. */
export function kernelAtLeast(release: string, min: string): boolean {
  const version = (s: string) => /^(\d+)\.(\d+)/.exec(s)?.slice(1, 3).map(Number);
  const have = version(release);
  const want = version(min);
  if (!have || !want) return false;
  return have[0]! > want[0]! || (have[0] === want[0] && have[1]! >= want[1]!);
}
