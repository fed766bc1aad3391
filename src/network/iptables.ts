/**
 * What podctl reads of, and in one case removes from, the iptables rules the CNI plugins make.
 * Every rule it touches carries one of its pods' container IDs in its comment: the plugins
 * write `name: "<net>" id: "<id>"` (bridge) and `dnat name: "<net>" id: "<id>"` (portmap).
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
