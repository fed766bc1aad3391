// Linux capability names, and docker's rules for --cap-add and --cap-drop.
import { invalidArgument } from '../errors.js';

/** Every capability Linux knows (linux/capability.h up to CAP_LAST_CAP = 40), in number order. */
export const ALL_CAPABILITIES: readonly string[] = Object.freeze([
  'CAP_CHOWN',
  'CAP_DAC_OVERRIDE',
  'CAP_DAC_READ_SEARCH',
  'CAP_FOWNER',
  'CAP_FSETID',
  'CAP_KILL',
  'CAP_SETGID',
  'CAP_SETUID',
  'CAP_SETPCAP',
  'CAP_LINUX_IMMUTABLE',
  'CAP_NET_BIND_SERVICE',
  'CAP_NET_BROADCAST',
  'CAP_NET_ADMIN',
  'CAP_NET_RAW',
  'CAP_IPC_LOCK',
  'CAP_IPC_OWNER',
  'CAP_SYS_MODULE',
  'CAP_SYS_RAWIO',
  'CAP_SYS_CHROOT',
  'CAP_SYS_PTRACE',
  'CAP_SYS_PACCT',
  'CAP_SYS_ADMIN',
  'CAP_SYS_BOOT',
  'CAP_SYS_NICE',
  'CAP_SYS_RESOURCE',
  'CAP_SYS_TIME',
  'CAP_SYS_TTY_CONFIG',
  'CAP_MKNOD',
  'CAP_LEASE',
  'CAP_AUDIT_WRITE',
  'CAP_AUDIT_CONTROL',
  'CAP_SETFCAP',
  'CAP_MAC_OVERRIDE',
  'CAP_MAC_ADMIN',
  'CAP_SYSLOG',
  'CAP_WAKE_ALARM',
  'CAP_BLOCK_SUSPEND',
  'CAP_AUDIT_READ',
  'CAP_PERFMON',
  'CAP_BPF',
  'CAP_CHECKPOINT_RESTORE',
]);

const KNOWN = new Set(ALL_CAPABILITIES);

/** "net_admin", "NET_ADMIN" or "CAP_NET_ADMIN" → "CAP_NET_ADMIN"; "all" → "ALL"; unknown → invalid-argument. */
export function normalizeCapability(name: string): string {
  const upper = name.trim().toUpperCase();
  if (upper === 'ALL') return 'ALL';
  const cap = upper.startsWith('CAP_') ? upper : `CAP_${upper}`;
  if (!KNOWN.has(cap)) {
    throw invalidArgument(`unknown capability ${JSON.stringify(name)}`, {
      hint: 'capabilities are named as in capabilities(7), with or without CAP_, or ALL',
    });
  }
  return cap;
}

const normalizeAll = (names: readonly string[]) => [...new Set(names.map(normalizeCapability))];

/**
 * The capability set after --cap-add and --cap-drop, as docker's TweakCapabilities: add ALL
 * gives every capability but the dropped ones; drop ALL keeps only the added ones; otherwise
 * the drops come out of base and the adds go on the end.
 */
export function adjustCapabilities(base: readonly string[], add: readonly string[], drop: readonly string[]): string[] {
  const adds = normalizeAll(add);
  const drops = normalizeAll(drop);
  if (adds.includes('ALL')) return ALL_CAPABILITIES.filter((c) => !drops.includes(c));
  if (drops.includes('ALL')) return adds;
  const kept = base.filter((c) => !drops.includes(c));
  return [...kept, ...adds.filter((c) => !kept.includes(c))];
}
