/**
 * What podctl reads of, and removes from, the iptables rules the CNI plugins make. Every rule
 * it touches carries one of its pods' container IDs in its comment: the plugins write
 * `name: "<net>" id: "<id>"` (bridge) and `dnat name: "<net>" id: "<id>"` (portmap).
 */
import { execa } from 'execa';

async function iptables(args: string[]): Promise<{ ok: boolean; stdout: string }> {
  const r = await execa('iptables', ['-w', ...args], { reject: false, timeout: 60_000 });
  return { ok: r.exitCode === 0, stdout: typeof r.stdout === 'string' ? r.stdout : '' };
}

/** iptables-save's quoting undone: words, with "…" holding spaces and \" inside. Pure. */
export function splitRule(line: string): string[] {
  const words: string[] = [];
  const re = /"((?:[^"\\]|\\.)*)"|(\S+)/g;
  for (const m of line.matchAll(re)) words.push(m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : m[2]!);
  return words;
}

/** The container ID in a plugin's comment, if the rule has one. Pure. */
export function commentId(words: readonly string[]): string | undefined {
  const at = words.indexOf('--comment');
  const comment = at >= 0 ? words[at + 1] : undefined;
  return comment === undefined ? undefined : /\bid: "([^"]+)"/.exec(comment)?.[1];
}

/** The network in a plugin's comment, if the rule has one. Pure. */
export function commentNetwork(words: readonly string[]): string | undefined {
  const at = words.indexOf('--comment');
  const comment = at >= 0 ? words[at + 1] : undefined;
  return comment === undefined ? undefined : /\bname: "([^"]+)"/.exec(comment)?.[1];
}

/**
 * The chains the plugins make for one container, named after a hash of its network and ID:
 * `CNI-<24 hex>` (bridge's masquerade) and `CNI-DN-<21 hex>` (portmap's DNAT); never their shared
 * chains (CNI-HOSTPORT-DNAT, CNI-FORWARD…). Pure.
 */
export const isContainerChain = (chain: string): boolean => /^CNI-(?:DN-|SN-)?[0-9a-f]{16,24}$/.test(chain);

/** A rule of the nat table that a plugin made for one container. */
export interface OwnedRule {
  containerId: string;
  network: string;
  /** The rule as `-S` lists it, split into words, `-A` first. */
  words: string[];
}

/** The rules of a `-S` listing whose comment names a network and a container ID. Pure. */
export function ownedRules(listing: string): OwnedRule[] {
  return listing.split('\n').flatMap((line) => {
    const words = splitRule(line);
    const containerId = commentId(words);
    const network = commentNetwork(words);
    return words[0] === '-A' && containerId !== undefined && network !== undefined
      ? [{ containerId, network, words }]
      : [];
  });
}

/** Every rule of the nat table a plugin made for a container (bridge's masquerade, portmap's DNAT). */
export async function natRuleOwners(): Promise<OwnedRule[]> {
  const r = await iptables(['-t', 'nat', '-S']);
  return r.ok ? ownedRules(r.stdout) : [];
}

/**
 * Removes the nat rules whose comment names this container ID, and the chains of its own they
 * jump to: what DEL leaves when it cannot run (no state, a namespace gone, a plugin missing).
 * Returns how many rules went.
 */
export async function removeRulesOf(containerId: string): Promise<number> {
  const rules = (await natRuleOwners()).filter((r) => r.containerId === containerId);
  let removed = 0;
  for (const { words } of rules) if ((await iptables(['-t', 'nat', '-D', ...words.slice(1)])).ok) removed++;
  const chains = new Set(rules.map((r) => r.words[r.words.indexOf('-j') + 1] ?? '').filter(isContainerChain));
  for (const chain of chains) {
    await iptables(['-t', 'nat', '-F', chain]);
    await iptables(['-t', 'nat', '-X', chain]);
  }
  return removed;
}

export interface PublishedRule {
  containerId: string;
  protocol: string;
  ports: number[];
}

/** The host ports portmap forwards, from the `-S CNI-HOSTPORT-DNAT` listing. Pure. */
export function parsePublishedRules(listing: string): PublishedRule[] {
  const out: PublishedRule[] = [];
  for (const line of listing.split('\n')) {
    if (!line.startsWith('-A ')) continue;
    const words = splitRule(line);
    const id = commentId(words);
    const proto = words[words.indexOf('-p') + 1];
    const at = words.findIndex((w) => w === '--dports' || w === '--destination-ports');
    if (id === undefined || proto === undefined || at < 0) continue;
    const ports = (words[at + 1] ?? '').split(',').flatMap((p) => {
      const [lo, hi = lo] = p.split(':').map(Number);
      return lo === undefined || hi === undefined
        ? []
        : Array.from({ length: Math.max(0, hi - lo + 1) }, (_, i) => lo + i);
    });
    out.push({ containerId: id, protocol: proto, ports });
  }
  return out;
}

/** Every host port the portmap plugin forwards now, on this host, with the container it goes to. */
export async function publishedPorts(): Promise<PublishedRule[]> {
  const r = await iptables(['-t', 'nat', '-S', 'CNI-HOSTPORT-DNAT']);
  return r.ok ? parsePublishedRules(r.stdout) : [];
}

/**
 * Removes the bridge plugin's masquerade rule and chain for one container. The plugin does it
 * itself on DEL, but only when it can still enter the namespace: this is for a pod whose pinned
 * namespace is gone. Only rules whose comment names this container ID are deleted.
 */
export async function removeMasquerade(containerId: string): Promise<void> {
  const r = await iptables(['-t', 'nat', '-S', 'POSTROUTING']);
  if (!r.ok) return;
  for (const line of r.stdout.split('\n')) {
    const words = splitRule(line);
    if (words[0] !== '-A' || commentId(words) !== containerId) continue;
    const target = words[words.indexOf('-j') + 1];
    await iptables(['-t', 'nat', '-D', ...words.slice(1)]);
    if (target?.startsWith('CNI-')) {
      await iptables(['-t', 'nat', '-F', target]);
      await iptables(['-t', 'nat', '-X', target]);
    }
  }
}
