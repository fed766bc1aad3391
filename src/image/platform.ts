/**
 * OCI platforms as containerd handles them (github.com/containerd/platforms): parsing
 * `os/arch[/variant]` specifiers, normalising aliases (`aarch64`, `x86_64`, `armhf`), and
 * choosing an index's manifest for a host, preferring the exact variant over older ones.
 */
import { invalidArgument } from '../errors.js';

/** The OCI platform object, with the image spec's JSON keys. */
export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
  'os.version'?: string;
  'os.features'?: string[];
}

const NODE_TO_OCI_ARCH: Readonly<Record<string, string>> = {
  x64: 'amd64',
  arm64: 'arm64',
  arm: 'arm',
  ia32: '386',
  ppc64: 'ppc64le', // Node only runs on little-endian POWER
  s390x: 's390x',
  riscv64: 'riscv64',
  loong64: 'loong64',
  mips: 'mips',
  mipsel: 'mipsle',
};

export interface HostFacts {
  /** As `process.arch`. */
  arch?: string;
  /** As `process.config.variables.arm_version`: the ARM architecture Node was built for. */
  armVersion?: string | number;
}

/** The platform this process runs on, with containerd's default variants (arm64 v8, arm v7). */
export function hostPlatform(facts: HostFacts = {}): Platform {
  const arch = facts.arch ?? process.arch;
  const architecture = NODE_TO_OCI_ARCH[arch] ?? arch;
  if (architecture === 'arm64') return { os: 'linux', architecture, variant: 'v8' };
  if (architecture === 'arm') {
    const variables: Readonly<Record<string, unknown>> = process.config.variables;
    const fromNode = variables['arm_version'];
    const version = String(
      facts.armVersion ?? (typeof fromNode === 'string' || typeof fromNode === 'number' ? fromNode : '7'),
    );
    return { os: 'linux', architecture, variant: version === '6' ? 'v6' : 'v7' };
  }
  return { os: 'linux', architecture };
}

/** containerd's normalizeArch: aliases to GOARCH names, default variants made explicit or dropped. */
function normalizeArch(arch: string, variant: string): [string, string] {
  const a = arch.toLowerCase();
  const v = variant.toLowerCase();
  switch (a) {
    case 'i386':
      return ['386', ''];
    case 'x86_64':
    case 'x86-64':
    case 'amd64':
      return ['amd64', v === 'v1' ? '' : v];
    case 'aarch64':
    case 'arm64':
      return ['arm64', v === '8' || v === 'v8' ? '' : v];
    case 'armhf':
      return ['arm', 'v7'];
    case 'armel':
      return ['arm', 'v6'];
    case 'arm':
      return ['arm', v === '' || v === '7' ? 'v7' : ['5', '6', '8'].includes(v) ? `v${v}` : v];
    default:
      return [a, v];
  }
}

/** The canonical form used for comparisons; arm64 v8 becomes the empty variant. */
export function normalizePlatform(platform: Platform): Platform {
  const os = platform.os === '' ? 'linux' : platform.os.toLowerCase();
  const [architecture, variant] = normalizeArch(platform.architecture, platform.variant ?? '');
  const normalized: Platform = { os: os === 'macos' ? 'darwin' : os, architecture };
  if (variant !== '') normalized.variant = variant;
  if (platform['os.version'] !== undefined) normalized['os.version'] = platform['os.version'];
  if (platform['os.features']?.length) normalized['os.features'] = [...new Set(platform['os.features'])].sort();
  return normalized;
}

const KNOWN_OS = new Set(
  'aix android darwin dragonfly freebsd hurd illumos ios js linux nacl netbsd openbsd plan9 solaris windows zos'.split(
    ' ',
  ),
);
const KNOWN_ARCH = new Set(
  '386 amd64 amd64p32 arm armbe arm64 arm64be ppc64 ppc64le loong64 mips mipsle mips64 mips64le mips64p32 mips64p32le ppc riscv riscv64 s390 s390x sparc sparc64 wasm'.split(
    ' ',
  ),
);
const COMPONENT = /^[A-Za-z0-9_-]+$/;

/**
 * Parses `os`, `arch`, `os/arch` or `os/arch/variant` as containerd's platforms.Parse does; a
 * lone OS or architecture is completed from the host. OS versions (`windows(10.0)`) and
 * wildcards are not supported.
 */
export function parsePlatform(specifier: string, host: Platform = hostPlatform()): Platform {
  const fail = (problem: string) =>
    invalidArgument(`invalid platform ${JSON.stringify(specifier)}: ${problem}`, {
      hint: 'write os/arch[/variant], e.g. linux/amd64 or linux/arm64/v8',
    });
  const parts = specifier.split('/');
  if (parts.length > 3) throw fail('expected at most os/arch/variant');
  const bad = parts.find((part) => !COMPONENT.test(part));
  if (bad !== undefined) throw fail(`component ${JSON.stringify(bad)} must match ${COMPONENT.source}`);
  const [first = '', arch, variant] = parts;
  const os = first.toLowerCase() === 'macos' ? 'darwin' : first.toLowerCase();

  if (arch === undefined) {
    if (KNOWN_OS.has(os)) {
      const hostArch: Platform = { os, architecture: host.architecture };
      return host.architecture === 'arm' && host.variant !== 'v7' && host.variant
        ? { ...hostArch, variant: host.variant }
        : hostArch;
    }
    const [architecture, v] = normalizeArch(first, '');
    if (!KNOWN_ARCH.has(architecture)) throw fail('unknown operating system or architecture');
    return withVariant({ os: host.os, architecture }, architecture === 'arm' && v === 'v7' ? '' : v);
  }
  if (variant === undefined) {
    const [architecture, v] = normalizeArch(arch, '');
    return withVariant({ os, architecture }, architecture === 'arm' && v === 'v7' ? '' : v);
  }
  const [architecture, v] = normalizeArch(arch, variant);
  return withVariant({ os, architecture }, architecture === 'arm64' && v === '' ? 'v8' : v);
}

function withVariant(platform: Platform, variant: string): Platform {
  return variant === '' ? platform : { ...platform, variant };
}

export function formatPlatform(platform: Platform): string {
  if (platform.os === '') return 'unknown';
  return [platform.os, platform.architecture, platform.variant].filter((part) => part).join('/');
}

/** Exact equality after normalisation; the candidate's OS features must be among the wanted ones. */
function matchesExactly(wanted: Platform, candidate: Platform): boolean {
  const c = normalizePlatform(candidate);
  return (
    wanted.os === c.os &&
    wanted.architecture === c.architecture &&
    (wanted.variant ?? '') === (c.variant ?? '') &&
    (c['os.features'] ?? []).every((f) => wanted['os.features']?.includes(f))
  );
}

/**
 * The platforms a host can run, best first (containerd's platformVector): the platform itself,
 * then older arm variants (v7 runs v6 and v5), arm64 v8.x/v9.x minor versions, 32-bit arm on
 * arm64, and 386 on amd64.
 */
export function compatiblePlatforms(wanted: Platform): Platform[] {
  const p = normalizePlatform(wanted);
  const vector: Platform[] = [p];
  const at = (architecture: string, variant?: string): Platform => {
    const { variant: _, ...rest } = p;
    return variant === undefined ? { ...rest, architecture } : { ...rest, architecture, variant };
  };
  const version = (v: string | undefined) => Number.parseInt((v ?? '').replace(/^v/, ''), 10);
  if (p.architecture === 'amd64') {
    for (let n = version(p.variant) - 1; n >= 1; n--) vector.push(at('amd64', n === 1 ? undefined : `v${n}`));
    vector.push(at('386'));
  } else if (p.architecture === 'arm') {
    for (let n = version(p.variant) - 1; n >= 5; n--) vector.push(at('arm', `v${n}`));
  } else if (p.architecture === 'arm64') {
    let variant = p.variant ?? 'v8';
    let [major = 8, minor = 0] = variant.replace(/^v/, '').split('.').map(Number);
    if (major === 9) {
      for (let m = minor - 1; m >= 0; m--) vector.push(at('arm64', m === 0 ? 'v9' : `v9.${m}`));
      [major, minor] = [8, minor + 5]; // v9.0 diverged from v8.5
      vector.push(at('arm64', `v8.${minor}`));
    }
    if (major === 8) for (let m = minor - 1; m >= 0; m--) vector.push(at('arm64', m === 0 ? undefined : `v8.${m}`));
    if (variant.startsWith('v8.') || variant.startsWith('v9.')) variant = 'v8';
    vector.push(...compatiblePlatforms({ ...p, architecture: 'arm', variant }));
  }
  return vector;
}

/** containerd's `platforms.Only(wanted)`: true for any platform the wanted one can run. */
export function platformMatcher(wanted: Platform): (platform: Platform) => boolean {
  const vector = compatiblePlatforms(wanted);
  return (platform) => vector.some((p) => matchesExactly(p, platform));
}

/**
 * The index entry to pull for `wanted`: the best-ranked compatible platform, and among equals
 * the first in the index. Entries without a platform are never chosen: the caller decides
 * whether to fall back to them and check their config instead.
 */
export function selectManifest<D extends { platform?: Platform | undefined }>(
  manifests: readonly D[],
  wanted: Platform,
): D | undefined {
  const vector = compatiblePlatforms(wanted);
  let best: D | undefined;
  let bestRank = vector.length;
  for (const descriptor of manifests) {
    const platform = descriptor.platform;
    if (platform === undefined) continue;
    const rank = vector.findIndex((p) => matchesExactly(p, platform));
    if (rank !== -1 && rank < bestRank) [best, bestRank] = [descriptor, rank];
  }
  return best;
}
