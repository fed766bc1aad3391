/**
 * IPv4 subnets for podctl's networks (pure): parsing, overlap, and the choice of a subnet that
 * no route of the host and no other network already covers.
 */
import { invalidArgument } from '../errors.js';

export interface Subnet {
  /** The network address, as a 32-bit unsigned number. */
  base: number;
  prefix: number;
}

const OCTET = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/** `10.88.0.1` → 32-bit number; undefined when it is no dotted IPv4 address. */
export function parseIPv4(text: string): number | undefined {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((p) => OCTET.test(p))) return undefined;
  return parts.reduce((n, p) => n * 256 + Number(p), 0);
}

export const formatIPv4 = (n: number): string => [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');

const maskOf = (prefix: number): number => (prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0);

/** `10.88.0.0/16`; the address must be the network's own (no host bits), prefix 8 to 30. */
export function parseSubnet(text: string): Subnet {
  const m = /^([\d.]+)\/(\d{1,2})$/.exec(text);
  const base = m ? parseIPv4(m[1]!) : undefined;
  const prefix = m ? Number(m[2]) : NaN;
  if (base === undefined || !(prefix >= 8 && prefix <= 30)) {
    throw invalidArgument(
      `invalid subnet ${JSON.stringify(text)}: use an IPv4 CIDR such as 10.89.0.0/24, with a prefix of 8 to 30`,
    );
  }
  if ((base & ~maskOf(prefix)) >>> 0 !== 0) {
    throw invalidArgument(`invalid subnet ${JSON.stringify(text)}: host bits are set`, {
      hint: `use ${formatSubnet({ base: (base & maskOf(prefix)) >>> 0, prefix })}`,
    });
  }
  return { base, prefix };
}

export const formatSubnet = (s: Subnet): string => `${formatIPv4(s.base)}/${s.prefix}`;

const size = (s: Subnet): number => 2 ** (32 - s.prefix);

export function contains(s: Subnet, ip: number): boolean {
  return ip >= s.base && ip < s.base + size(s);
}

export function overlaps(a: Subnet, b: Subnet): boolean {
  return a.base < b.base + size(b) && b.base < a.base + size(a);
}

/** The first host address of the subnet: the usual gateway. */
export const firstHost = (s: Subnet): string => formatIPv4(s.base + 1);

/** A gateway given by the user must be a host address inside the subnet. */
export function checkGateway(s: Subnet, text: string): string {
  const ip = parseIPv4(text);
  if (ip === undefined || !contains(s, ip) || ip === s.base || ip === s.base + size(s) - 1) {
    throw invalidArgument(
      `invalid gateway ${JSON.stringify(text)}: it must be a host address inside ${formatSubnet(s)}`,
    );
  }
  return text;
}

/**
 * The destinations of /proc/net/route (addresses and masks in the host's byte order, which is
 * little-endian on every platform podctl runs on); the default route is left out.
 */
export function parseProcRoutes(text: string): Subnet[] {
  const out: Subnet[] = [];
  for (const line of text.split('\n').slice(1)) {
    const cols = line.trim().split(/\s+/);
    if (cols.length < 8) continue;
    const le = (hex: string) => Buffer.from(hex.padStart(8, '0'), 'hex').readUInt32LE(0);
    const dest = le(cols[1]!);
    const mask = le(cols[7]!);
    if (mask === 0) continue;
    const prefix = 32 - Math.log2(2 ** 32 - mask);
    if (Number.isInteger(prefix)) out.push({ base: dest, prefix });
  }
  return out;
}

/** The default network's subnet, then /24s of 10.89.0.0 to 10.99.255.0 for the others. */
export function* subnetCandidates(preferred?: Subnet): Generator<Subnet> {
  if (preferred) yield preferred;
  for (let second = 89; second <= 99; second++) {
    for (let third = 0; third < 256; third++)
      yield { base: ((10 << 24) | (second << 16) | (third << 8)) >>> 0, prefix: 24 };
  }
}

/** The first candidate that overlaps none of the taken subnets. */
export function chooseSubnet(taken: readonly Subnet[], preferred?: Subnet): Subnet {
  for (const c of subnetCandidates(preferred)) if (!taken.some((t) => overlaps(c, t))) return c;
  throw invalidArgument('no free subnet left in 10.88.0.0/16 to 10.99.255.0/24', {
    hint: 'give one with the `subnet` option',
  });
}
