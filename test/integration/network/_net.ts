// Shared by the network tests: a bridge network of the file's own (its own name, bridge and
// subnet, so that other test runs on the host are left alone), HTTP through published ports,
// and the leak check of issue 5: after a pod is gone, no iptables rule, host-local reservation,
// veth, netns mount or state file of it is left.
import { randomBytes } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import http from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { execa } from 'execa';
import { podctl, type CliResult } from '../../helpers/cli.js';

export const unique = (prefix: string) => `${prefix}-${randomBytes(3).toString('hex')}`;

export interface TestNetwork {
  name: string;
  bridge: string;
  subnet: string;
  gateway: string;
}

/** A network of the test's own in the default config directory (the host lock keeps subnets and bridges apart). */
export async function createTestNetwork(ns: string): Promise<TestNetwork> {
  const name = unique('t-net');
  const r = await podctl(['-n', ns, 'network', 'create', name]);
  if (r.exitCode !== 0) throw new Error(`network create: ${r.stderr}`);
  const [info] = JSON.parse((await podctl(['-n', ns, 'network', 'inspect', name])).stdout) as TestNetwork[];
  return info!;
}

export async function removeTestNetwork(ns: string, net: TestNetwork | undefined): Promise<void> {
  if (net) await podctl(['-n', ns, 'network', 'rm', net.name]).catch(() => undefined);
}

export interface PodInfo {
  id: string;
  name: string;
  ip: string;
  gateway: string;
  mac: string;
  network: string;
  pid: number;
  ports: { hostIP: string; hostPort: number; containerPort: number; protocol: string }[];
}

export async function inspectPod(ns: string, name: string): Promise<PodInfo> {
  const r = await podctl(['-n', ns, 'pod', 'inspect', name]);
  if (r.exitCode !== 0) throw new Error(r.stderr);
  return (JSON.parse(r.stdout) as PodInfo[])[0]!;
}

export function check(r: CliResult, what: string): CliResult {
  if (r.exitCode !== 0) throw new Error(`${what}: exit ${r.exitCode}: ${r.stderr}`);
  return r;
}

/** The host's own first global IPv4 address. */
export async function hostAddress(): Promise<string> {
  const { stdout } = await execa('ip', ['-j', '-4', 'addr', 'show', 'scope', 'global']);
  const links = JSON.parse(stdout) as { ifname: string; addr_info: { local: string }[] }[];
  const addr = links.find((l) => !l.ifname.startsWith('podctl') && !l.ifname.startsWith('cni'))?.addr_info[0]?.local;
  if (!addr) throw new Error('no global IPv4 address on the host');
  return addr;
}

function get(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { timeout: 3000 }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
  });
}

/** GET with a few bounded retries while the server inside starts. */
export async function httpGet(url: string, tries = 40): Promise<{ status: number; body: string }> {
  let last: unknown;
  for (let i = 0; i < tries; i++) {
    try {
      return await get(url);
    } catch (err) {
      last = err;
      await sleep(100);
    }
  }
  throw new Error(`GET ${url}: ${String(last)}`);
}

/** A busybox httpd serving `hello from <pod>` on port 80 of the pod. */
export function httpdArgs(busybox: string, pod: string, member = unique('httpd')): string[] {
  return [
    'run',
    '-d',
    '--pod',
    pod,
    '--name',
    member,
    busybox,
    'sh',
    '-c',
    `mkdir -p /srv && echo "hello from ${pod}" > /srv/index.html && exec httpd -f -p 80 -h /srv`,
  ];
}

/** Whatever of the pods' networking is still on the host; [] when nothing is. */
export async function leftovers(pods: readonly { id: string; ip: string }[], net?: TestNetwork): Promise<string[]> {
  const found: string[] = [];
  const rules = (await execa('iptables-save')).stdout.split('\n');
  for (const p of pods) {
    for (const r of rules)
      if (r.includes(p.id) || (p.ip !== '' && new RegExp(`\\b${p.ip.replace(/\./g, '\\.')}(/32)?\\b`).test(r)))
        found.push(`iptables: ${r}`);
  }
  const mounts = await readFile('/proc/self/mountinfo', 'utf8');
  const states = await readdir('/run/podctl/cni').catch(() => [] as string[]);
  const pinned = await readdir('/run/podctl/netns').catch(() => [] as string[]);
  for (const p of pods) {
    if (mounts.includes(`/run/podctl/netns/${p.id}`)) found.push(`netns mount of ${p.id}`);
    if (pinned.includes(p.id)) found.push(`netns file of ${p.id}`);
    if (states.includes(`${p.id}.json`)) found.push(`CNI state of ${p.id}`);
  }
  if (net) {
    const reserved = (await readdir(`/var/lib/cni/networks/${net.name}`).catch(() => [] as string[])).filter((f) =>
      /^\d+\.\d+\.\d+\.\d+$/.test(f),
    );
    found.push(...reserved.map((ip) => `host-local reservation ${ip}`));
    const ports = await execa('ip', ['-j', 'link', 'show', 'master', net.bridge], { reject: false });
    if (ports.exitCode === 0 && ports.stdout.trim() !== '')
      for (const l of JSON.parse(ports.stdout) as { ifname: string }[]) found.push(`veth ${l.ifname} on ${net.bridge}`);
  }
  return found;
}
