/**
 * The /etc files (DESIGN.md, "Pod files"): /etc/hosts, /etc/hostname and /etc/resolv.conf, written
 * once per pod (or standalone container) in its run directory and bind-mounted read-only into
 * every member, so that all of them see the same names. The texts are pure functions of the
 * owner's settings.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { invalidArgument } from '../errors.js';
import type { MountRequest } from '../oci/mounts.js';
import { isCniNetwork, type NetworkMode } from '../state/labels.js';

export interface ExtraHost {
  host: string;
  ip: string;
}

export interface DnsSettings {
  /** Replace the host's nameservers. */
  servers?: readonly string[];
  /** Replace the host's search domains. */
  search?: readonly string[];
  /** Replace the host's options. */
  options?: readonly string[];
}

export interface EtcFileSettings {
  hostname: string;
  network: NetworkMode;
  /** The pod's address on its CNI network. */
  ip?: string | undefined;
  addHosts?: readonly ExtraHost[];
  dns?: DnsSettings;
}

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const isIPv4 = (s: string) => IPV4.test(s) && s.split('.').every((o) => Number(o) <= 255);
/** An IPv4 address, or what may be an IPv6 one: hex digits and colons. */
export const isIPAddress = (s: string) => isIPv4(s) || (/^[0-9a-fA-F:]+$/.test(s) && s.includes(':'));
const HOSTNAME = /^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$/;
/** A host name /etc/hosts may hold: dot-separated labels of letters, digits and inner hyphens. */
export const isHostName = (s: string) => HOSTNAME.test(s);

/**
 * The extra hosts and DNS servers of a pod or container, checked before they are written into its
 * /etc files: each is one line there.
 */
export function checkEtcFileSettings(settings: Pick<EtcFileSettings, 'addHosts' | 'dns'>): void {
  for (const h of settings.addHosts ?? []) {
    if (!isHostName(h.host) || !isIPAddress(h.ip)) {
      throw invalidArgument(`invalid value for the \`addHosts\` option: ${JSON.stringify(h)}`, {
        hint: 'give each a host name and an IP address',
      });
    }
  }
  for (const server of settings.dns?.servers ?? []) {
    if (!isIPAddress(server))
      throw invalidArgument(`invalid value for the \`dns\` option: ${JSON.stringify(server)} is not an IP address`);
  }
}

/** /etc/hosts: loopback names, the pod's hostname on its address (127.0.1.1 without one), then the extra hosts. */
export function hostsFile(hostname: string, ip?: string, addHosts: readonly ExtraHost[] = []): string {
  return [
    '127.0.0.1\tlocalhost',
    '::1\tlocalhost ip6-localhost ip6-loopback',
    'fe00::0\tip6-localnet',
    'ff00::0\tip6-mcastprefix',
    'ff02::1\tip6-allnodes',
    'ff02::2\tip6-allrouters',
    `${ip ?? '127.0.1.1'}\t${hostname}`,
    ...addHosts.map((h) => `${h.ip}\t${h.host}`),
    '',
  ].join('\n');
}

const isLoopback = (ip: string) => ip.startsWith('127.') || ip === '::1';

/**
 * resolv.conf for a pod: the host's nameservers, search domains and options, each replaced by the
 * pod's own when given. Loopback nameservers are dropped where the pod has a network of its own: a
 * resolver on the host's 127.0.0.53 cannot be reached from the pod's namespace.
 */
export function resolvConf(hostText: string, dns: DnsSettings = {}, dropLoopback = true): string {
  const words = hostText
    .split('\n')
    .map((l) =>
      l
        .replace(/[#;].*$/, '')
        .trim()
        .split(/\s+/),
    )
    .filter((w) => w[0]);
  const pick = (key: string) => words.filter((w) => w[0] === key).flatMap((w) => w.slice(1));
  const servers = dns.servers ?? pick('nameserver').filter((s) => !(dropLoopback && isLoopback(s)));
  const search =
    dns.search ??
    words
      .filter((w) => w[0] === 'search' || w[0] === 'domain')
      .at(-1)
      ?.slice(1) ??
    [];
  const options = dns.options ?? pick('options');
  return [
    ...(search.length ? [`search ${search.join(' ')}`] : []),
    ...servers.map((s) => `nameserver ${s}`),
    ...(options.length ? [`options ${options.join(' ')}`] : []),
    '',
  ].join('\n');
}

async function hostFile(file: string): Promise<string> {
  return readFile(file, 'utf8').catch(() => '');
}

const hasDns = (dns: DnsSettings | undefined) =>
  dns !== undefined && (dns.servers !== undefined || dns.search !== undefined || dns.options !== undefined);

/** Writes the pod files; returns the read-only bind mounts every member gets. */
export async function writeEtcFiles(dir: string, settings: EtcFileSettings): Promise<MountRequest[]> {
  checkEtcFileSettings(settings);
  await mkdir(dir, { recursive: true, mode: 0o755 });
  const host = settings.network === 'host';
  const hosts = host
    ? `${await hostFile('/etc/hosts')}${(settings.addHosts ?? []).map((h) => `${h.ip}\t${h.host}\n`).join('')}`
    : hostsFile(settings.hostname, settings.ip, settings.addHosts);
  const hostResolv = await hostFile('/etc/resolv.conf');
  const resolv =
    host && !hasDns(settings.dns) ? hostResolv : resolvConf(hostResolv, settings.dns, isCniNetwork(settings.network));
  await Promise.all([
    writeFile(path.join(dir, 'hostname'), `${settings.hostname}\n`, { mode: 0o644 }),
    writeFile(path.join(dir, 'hosts'), hosts, { mode: 0o644 }),
    writeFile(path.join(dir, 'resolv.conf'), resolv, { mode: 0o644 }),
  ]);
  return etcFileMounts(dir);
}

/** Whether the pod's files are there (they are lost with /run on a reboot). */
export async function hasEtcFiles(dir: string): Promise<boolean> {
  return readFile(path.join(dir, 'hosts')).then(
    () => true,
    () => false,
  );
}

export function etcFileMounts(dir: string): MountRequest[] {
  return ['hostname', 'hosts', 'resolv.conf'].map((f) => ({
    source: path.join(dir, f),
    destination: `/etc/${f}`,
    readonly: true,
  }));
}
