/**
 * How podctl's own pause runs (native/pause/pause.c, a static glibc binary): with no
 * capabilities, with no_new_privileges, and under a seccomp allowlist made for it. It needs no
 * privilege to wait for signals and reap children, and a filter of some sixty syscalls on the
 * native architecture alone is much cheaper for runc to compile than the default profile
 * (about 14 ms less per pod start here). Any other infra image gets the default profile.
 *
 * With no_new_privileges runc loads the filter as late as it can, right before execve (after
 * it has set the user, the capabilities and the working directory), so the list holds what
 * runc's init still does then (the Go runtime: threads, futexes, signals, sleeps, memory;
 * its last descriptors; a statfs), and what pause does (glibc's static start, sigaction,
 * waitpid, pause, write). Every entry is one the default profile allows as well. Names unknown
 * on an architecture are skipped by the runtime, so both x86_64 and aarch64 spellings are
 * listed. Anything else fails with EPERM. Pure.
 */
import {
  CLONE_NAMESPACE_FLAGS,
  ENOSYS,
  EPERM,
  hostSeccompArch,
  SECCOMP_NATIVE_ARCH,
  type SeccompHostArch,
} from './seccomp-rules.js';
import { ensureLinux, ensureProcess, type SpecOpt } from './spec.js';
import type { Seccomp } from './types.js';

export const PAUSE_SYSCALLS: readonly string[] = Object.freeze(
  `
  arch_prctl brk clock_gettime clock_nanosleep close close_range epoll_create1 epoll_ctl
  epoll_pwait epoll_wait execve exit exit_group fcntl fstat fstatfs futex getdents64 getegid
  geteuid getgid getpid getppid getrandom getrlimit gettid gettimeofday getuid lseek madvise
  mmap mprotect munmap nanosleep newfstatat openat pause ppoll prlimit64 read readlink
  readlinkat restart_syscall rseq rt_sigaction rt_sigprocmask rt_sigreturn rt_sigsuspend
  sched_getaffinity sched_yield set_robust_list set_tid_address sigaltstack statfs tgkill uname
  wait4 waitid write writev
`
    .trim()
    .split(/\s+/),
);

/** The allowlist above on the native architecture only. */
export function pauseSeccompProfile(arch: SeccompHostArch = hostSeccompArch()): Seccomp {
  return {
    defaultAction: 'SCMP_ACT_ERRNO',
    defaultErrnoRet: EPERM,
    architectures: [SECCOMP_NATIVE_ARCH[arch]],
    syscalls: [
      { names: [...PAUSE_SYSCALLS], action: 'SCMP_ACT_ALLOW' },
      // New threads of runc's Go runtime, as the default profile lets them be made: no namespaces; no clone3.
      {
        names: ['clone'],
        action: 'SCMP_ACT_ALLOW',
        args: [{ index: 0, value: CLONE_NAMESPACE_FLAGS, valueTwo: 0, op: 'SCMP_CMP_MASKED_EQ' }],
      },
      { names: ['clone3'], action: 'SCMP_ACT_ERRNO', errnoRet: ENOSYS },
    ],
  };
}

/** No capabilities, no_new_privileges, and the pause profile. */
export function withPauseSecurity(arch?: SeccompHostArch): SpecOpt {
  return (spec) => {
    const process = ensureProcess(spec);
    process.capabilities = { bounding: [], effective: [], permitted: [] };
    process.noNewPrivileges = true;
    ensureLinux(spec).seccomp = pauseSeccompProfile(arch);
  };
}
