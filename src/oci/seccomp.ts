/**
 * podctl's default seccomp profile: an allowlist equal in effect to containerd's default
 * (`contrib/seccomp/seccomp_default.go`). Everything not listed fails with EPERM; some syscalls
 * are allowed only with the capability that makes them meaningful (mount with CAP_SYS_ADMIN,
 * reboot with CAP_SYS_BOOT, …), and without CAP_SYS_ADMIN clone may not create namespaces and
 * clone3 fails with ENOSYS, so that libc falls back to clone.
 */
import { release } from 'node:os';
import { normalizeCapability } from './capabilities.js';
import {
  AF_VSOCK,
  ALLOWED_SYSCALLS,
  ARCH_SYSCALLS,
  CAPABILITY_SYSCALLS,
  CLONE_NAMESPACE_FLAGS,
  ENOSYS,
  EPERM,
  hostSeccompArch,
  kernelAtLeast,
  PERSONALITY_VALUES,
  PTRACE_MIN_KERNEL,
  PTRACE_SYSCALLS,
  SECCOMP_ARCHITECTURES,
  type SeccompHostArch,
} from './seccomp-rules.js';
import { ensureLinux, type SpecOpt } from './spec.js';
import type { Seccomp, SeccompSyscall } from './types.js';

export { hostSeccompArch, kernelAtLeast, type SeccompHostArch } from './seccomp-rules.js';
export {
  parseSeccompProfile,
  resolveSeccompProfile,
  withSeccompProfile,
  type SeccompProfileFile,
  type SeccompContext,
} from './seccomp-profile.js';

const allow = (names: readonly string[]): SeccompSyscall => ({ names: [...names], action: 'SCMP_ACT_ALLOW' });

/**
 * The default profile for a container with these capabilities (its bounding set; names with or
 * without CAP_), on arch, under a kernel of that release (the host's by default): containerd
 * allows ptrace to everyone from kernel 4.8 on.
 */
export function defaultSeccompProfile(
  capabilities: readonly string[],
  arch: SeccompHostArch = hostSeccompArch(),
  kernel: string = release(),
): Seccomp {
  const caps = new Set(capabilities.map(normalizeCapability));
  const syscalls: SeccompSyscall[] = [
    allow(ALLOWED_SYSCALLS),
    { ...allow(['socket']), args: [{ index: 0, value: AF_VSOCK, op: 'SCMP_CMP_NE' }] },
    ...PERSONALITY_VALUES.map((value) => ({
      ...allow(['personality']),
      args: [{ index: 0, value, op: 'SCMP_CMP_EQ' as const }],
    })),
  ];
  if (kernelAtLeast(kernel, PTRACE_MIN_KERNEL)) syscalls.push(allow(PTRACE_SYSCALLS));
  syscalls.push(allow(ARCH_SYSCALLS[arch]));
  for (const [cap, names] of CAPABILITY_SYSCALLS) if (caps.has(cap)) syscalls.push(allow(names));
  if (!caps.has('CAP_SYS_ADMIN')) {
    syscalls.push(
      {
        ...allow(['clone']),
        args: [{ index: 0, value: CLONE_NAMESPACE_FLAGS, valueTwo: 0, op: 'SCMP_CMP_MASKED_EQ' }],
      },
      { names: ['clone3'], action: 'SCMP_ACT_ERRNO', errnoRet: ENOSYS },
    );
  }
  return {
    defaultAction: 'SCMP_ACT_ERRNO',
    defaultErrnoRet: EPERM,
    architectures: [...SECCOMP_ARCHITECTURES[arch]],
    syscalls,
  };
}

/**
 * The default profile for the spec's capabilities as they stand when this option runs: put it
 * after withCapabilities and withPrivileged.
 */
export function withDefaultSeccomp(arch?: SeccompHostArch, kernel?: string): SpecOpt {
  return (spec) => {
    ensureLinux(spec).seccomp = defaultSeccompProfile(spec.process?.capabilities?.bounding ?? [], arch, kernel);
  };
}
