/**
 * A user's seccomp profile file, in the OCI format (linux.seccomp of a runtime spec) or docker's
 * (which adds archMap, a singular `name`, and includes/excludes by capability, architecture and
 * kernel). Parsing checks it; resolving it for a container gives the OCI profile, as docker's
 * setupSeccomp does.
 */
import { release } from 'node:os';
import * as z from 'zod/mini';
import { invalidArgument } from '../errors.js';
import { parseInput } from '../schema-issues.js';
import { normalizeCapability } from './capabilities.js';
import { hostSeccompArch, kernelAtLeast, SECCOMP_NATIVE_ARCH, type SeccompHostArch } from './seccomp-rules.js';
import { ensureLinux, type SpecOpt } from './spec.js';
import type { Seccomp, SeccompArch, SeccompSyscall } from './types.js';

const ACTIONS = [
  'SCMP_ACT_KILL',
  'SCMP_ACT_KILL_PROCESS',
  'SCMP_ACT_KILL_THREAD',
  'SCMP_ACT_TRAP',
  'SCMP_ACT_ERRNO',
  'SCMP_ACT_TRACE',
  'SCMP_ACT_ALLOW',
  'SCMP_ACT_LOG',
  'SCMP_ACT_NOTIFY',
] as const;
const OPERATORS = [
  'SCMP_CMP_NE',
  'SCMP_CMP_LT',
  'SCMP_CMP_LE',
  'SCMP_CMP_EQ',
  'SCMP_CMP_GE',
  'SCMP_CMP_GT',
  'SCMP_CMP_MASKED_EQ',
] as const;
const FLAGS = [
  'SECCOMP_FILTER_FLAG_TSYNC',
  'SECCOMP_FILTER_FLAG_LOG',
  'SECCOMP_FILTER_FLAG_SPEC_ALLOW',
  'SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV',
] as const;
const ARCHES = [
  'X86',
  'X86_64',
  'X32',
  'ARM',
  'AARCH64',
  'LOONGARCH64',
  'M68K',
  'MIPS',
  'MIPS64',
  'MIPS64N32',
  'MIPSEL',
  'MIPSEL64',
  'MIPSEL64N32',
  'PPC',
  'PPC64',
  'PPC64LE',
  'S390',
  'S390X',
  'SH',
  'SHEB',
  'PARISC',
  'PARISC64',
  'RISCV64',
].map((a): SeccompArch => `SCMP_ARCH_${a}`) as [SeccompArch, ...SeccompArch[]];

const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, {
    // A missing value is left to the shared wording: `required`.
    error: (iss) =>
      iss.input === undefined ? undefined : `expected one of ${values.join(', ')}, got ${JSON.stringify(iss.input)}`,
  });
const uint = (max: number) =>
  z
    .int()
    .check(
      z.minimum(0, { error: (iss) => `must not be negative, got ${String(iss.input)}` }),
      z.maximum(max, { error: (iss) => `must be at most ${max}, got ${String(iss.input)}` }),
    );
const errno = uint(0xffffffff);
const arch = oneOf(ARCHES);
const kernelVersion = z.string().check(z.regex(/^\d+\.\d+$/, { error: 'expected a kernel version such as "4.8"' }));
const filter = z.strictObject({
  caps: z.optional(z.array(z.string())),
  arches: z.optional(z.array(z.string())),
  minKernel: z.optional(kernelVersion),
});

const syscallSchema = z
  .strictObject({
    names: z.optional(
      z
        .array(z.string().check(z.minLength(1, { error: 'a syscall name must not be empty' })))
        .check(z.minLength(1, { error: 'names must not be empty' })),
    ),
    name: z.optional(z.string().check(z.minLength(1, { error: 'a syscall name must not be empty' }))),
    action: oneOf(ACTIONS),
    errnoRet: z.optional(errno),
    args: z.optional(
      z.nullable(
        z.array(
          z.strictObject({
            index: uint(5),
            value: uint(Number.MAX_SAFE_INTEGER),
            valueTwo: z.optional(uint(Number.MAX_SAFE_INTEGER)),
            op: oneOf(OPERATORS),
          }),
        ),
      ),
    ),
    comment: z.optional(z.string()),
    includes: z.optional(filter),
    excludes: z.optional(filter),
  })
  .check(
    z.refine((s) => (s.names === undefined) !== (s.name === undefined), { error: "give either 'names' or 'name'" }),
  );

const profileSchema = z
  .strictObject({
    defaultAction: oneOf(ACTIONS),
    defaultErrnoRet: z.optional(errno),
    architectures: z.optional(z.nullable(z.array(arch))),
    archMap: z.optional(
      z.nullable(
        z.array(z.strictObject({ architecture: arch, subArchitectures: z.optional(z.nullable(z.array(arch))) })),
      ),
    ),
    flags: z.optional(z.nullable(z.array(oneOf(FLAGS)))),
    listenerPath: z.optional(z.string()),
    listenerMetadata: z.optional(z.string()),
    syscalls: z.optional(z.nullable(z.array(syscallSchema))),
  })
  .check(
    z.refine((p) => !(p.architectures?.length && p.archMap?.length), {
      error: "give either 'architectures' or 'archMap'",
    }),
  );

/** A checked seccomp profile file, still in the form the user wrote. */
export type SeccompProfileFile = z.infer<typeof profileSchema>;

/** Checks a profile file (its text, bytes or parsed JSON); a problem is one line naming its JSON path. */
export function parseSeccompProfile(input: unknown): SeccompProfileFile {
  let doc = input;
  if (typeof input === 'string' || input instanceof Uint8Array) {
    const text = typeof input === 'string' ? input : new TextDecoder().decode(input);
    try {
      doc = JSON.parse(text);
    } catch (err) {
      throw invalidArgument(`invalid seccomp profile: not JSON: ${(err as Error).message}`, { cause: err });
    }
  }
  return parseInput(profileSchema, doc, 'invalid seccomp profile: ', { got: 'value' });
}

/** What a docker-format profile's includes and excludes are judged against. */
export interface SeccompContext {
  /** The container's bounding capabilities. */
  capabilities: readonly string[];
  arch?: SeccompHostArch;
  /** The kernel release, e.g. "6.8.0-45-generic"; the host's by default. */
  kernel?: string;
}

/** The OCI profile a file means for a container, as docker's setupSeccomp resolves it. */
export function resolveSeccompProfile(file: SeccompProfileFile, context: SeccompContext): Seccomp {
  const arch = context.arch ?? hostSeccompArch();
  const kernel = context.kernel ?? release();
  const caps = new Set(context.capabilities.map(normalizeCapability));
  const native = SECCOMP_NATIVE_ARCH[arch];
  // A capability a profile names but Linux lacks is one the container does not hold.
  const hasCap = (c: string) => caps.has(/^CAP_/i.test(c) ? c.toUpperCase() : `CAP_${c.toUpperCase()}`);
  const syscalls: SeccompSyscall[] = (file.syscalls ?? [])
    .filter(
      ({ includes: inc = {}, excludes: exc = {} }) =>
        (!inc.arches?.length || inc.arches.includes(arch)) &&
        (inc.caps ?? []).every(hasCap) &&
        (inc.minKernel === undefined || kernelAtLeast(kernel, inc.minKernel)) &&
        !exc.arches?.includes(arch) &&
        !(exc.caps ?? []).some(hasCap) &&
        !(exc.minKernel !== undefined && kernelAtLeast(kernel, exc.minKernel)),
    )
    .map((s) => ({
      names: s.names ?? [s.name!],
      action: s.action,
      ...(s.errnoRet === undefined ? {} : { errnoRet: s.errnoRet }),
      ...(s.args?.length ? { args: s.args.map((a) => ({ ...a })) } : {}),
    }));
  const architectures = file.archMap?.length
    ? file.archMap
        .filter((m) => m.architecture === native)
        .flatMap((m) => [m.architecture, ...(m.subArchitectures ?? [])])
    : [...(file.architectures ?? [])];
  return {
    defaultAction: file.defaultAction,
    ...(file.defaultErrnoRet === undefined ? {} : { defaultErrnoRet: file.defaultErrnoRet }),
    ...(architectures.length ? { architectures } : {}),
    ...(file.flags?.length ? { flags: [...file.flags] } : {}),
    ...(file.listenerPath === undefined ? {} : { listenerPath: file.listenerPath }),
    ...(file.listenerMetadata === undefined ? {} : { listenerMetadata: file.listenerMetadata }),
    syscalls,
  };
}

/** A profile file resolved against the spec's bounding capabilities when the option runs. */
export function withSeccompProfile(
  file: SeccompProfileFile,
  options: Omit<SeccompContext, 'capabilities'> = {},
): SpecOpt {
  return (spec) => {
    ensureLinux(spec).seccomp = resolveSeccompProfile(file, {
      ...options,
      capabilities: spec.process?.capabilities?.bounding ?? [],
    });
  };
}
