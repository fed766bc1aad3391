// What podctl leaves on the host, for the crash tests: a listing of its host-wide state (pinned
// network namespaces, CNI state, host-local reservations, iptables rules that name an ID) and of
// a namespace's own files (run directories, FIFOs, logs), compared before and after a command;
// and every trace of one pod, to check that it is gone, or that nothing of it is there twice.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { execa } from 'execa';
import { ContainerdClient } from '../../../src/containerd/client.js';
import { LABELS } from '../../../src/state/labels.js';
import { CNI_STATE_ROOT } from '../../../src/network/attach.js';
import { NETNS_ROOT } from '../../../src/network/netns.js';
import { POD_RUN_ROOT, CONTAINER_RUN_ROOT, podRunDir } from '../../../src/host/run-dirs.js';
import { listing } from '../pod/_helpers.js';

/** host-local's reservations of podctl's default network: one file per IP, holding the CNI container ID. */
export const DEFAULT_NETWORK_RESERVATIONS = '/var/lib/cni/networks/podctl';
const ID = /[0-9a-f]{64}/g;

const names = async (dir: string) => (await readdir(dir).catch(() => [] as string[])).sort();
const iptablesRules = async () =>
  (await execa('iptables-save')).stdout.split('\n').filter((l) => l.startsWith('-A ') || l.startsWith(':'));

/** The reservations under `dir` as `ip id` lines. */
async function reservations(dir = DEFAULT_NETWORK_RESERVATIONS): Promise<string[]> {
  const found: string[] = [];
  for (const ip of await names(dir)) {
    if (!/^\d+\.\d+\.\d+\.\d+$/.test(ip)) continue;
    const owner = (await readFile(join(dir, ip), 'utf8').catch(() => '')).split(/\r?\n/)[0] ?? '';
    found.push(`${ip} ${owner}`);
  }
  return found;
}

/**
 * podctl's host-wide state (other owners' included) and the namespace's own files, one entry a
 * line: `netns ID`, `cni ID.json`, `reservation IP ID`, `iptables RULE`, `file PATH`.
 */
export async function hostState(ns: string): Promise<string[]> {
  const [netns, cni, reserved, rules, files] = await Promise.all([
    names(NETNS_ROOT),
    names(CNI_STATE_ROOT),
    reservations(),
    iptablesRules(),
    listing(
      [POD_RUN_ROOT, CONTAINER_RUN_ROOT, '/run/podctl/io', '/run/podctl/exec', '/var/lib/podctl/logs'].map((d) =>
        join(d, ns),
      ),
    ),
  ]);
  return [
    ...netns.map((n) => `netns ${n}`),
    ...cni.map((n) => `cni ${n}`),
    ...reserved.map((r) => `reservation ${r}`),
    ...rules.filter((r) => r.match(ID) !== null).map((r) => `iptables ${r}`),
    ...files.map((f) => `file ${f}`),
  ];
}

/** The IDs of every pod and standalone container the host's own containerd knows, in any namespace. */
async function idsOfHostContainerd(): Promise<Set<string>> {
  const ids = new Set<string>();
  const client = new ContainerdClient({});
  try {
    for (const ns of await client.namespaces.list()) {
      for (const c of await client.withNamespace(ns.name).containers.list())
        for (const key of [LABELS.podId, LABELS.networkId]) if (c.labels[key]) ids.add(c.labels[key]);
    }
  } catch {
    // No host containerd to ask: every new entry counts.
  } finally {
    client.close();
  }
  return ids;
}

/**
 * What `after` has that `before` had not, less what belongs to other owners: other tests may
 * run against the host's containerd meanwhile (not on CI, where test files run one at a time).
 * An entry is another owner's when it names an ID the host's containerd knows, or has gone a
 * moment later (a pod made and removed meanwhile).
 */
export async function madeSince(ns: string, before: readonly string[], after: readonly string[]): Promise<string[]> {
  const had = new Set(before);
  let made = after.filter((e) => !had.has(e));
  if (made.length === 0) return [];
  await sleep(2_000);
  const [known, still] = [await idsOfHostContainerd(), new Set(await hostState(ns))];
  made = made.filter((e) => still.has(e) && !(e.match(ID) ?? []).some((id) => known.has(id)));
  return made;
}

/** Every trace of the pod on the host: netns pin (file, mount), CNI state, reservations, iptables rules, run directory. */
export async function podTraces(ns: string, podId: string): Promise<string[]> {
  const mounts = (await readFile('/proc/self/mountinfo', 'utf8')).split('\n');
  const pin = join(NETNS_ROOT, podId);
  const runDir = podRunDir(ns, podId);
  return [
    ...(await names(NETNS_ROOT)).filter((n) => n === podId).map((n) => `netns file ${n}`),
    ...mounts.filter((l) => l.split(' ')[4] === pin).map(() => `netns mount ${pin}`),
    ...(await names(CNI_STATE_ROOT)).filter((n) => n.startsWith(podId)).map((n) => `cni state ${n}`),
    ...(await reservations()).filter((r) => r.endsWith(` ${podId}`)).map((r) => `reservation ${r}`),
    ...(await iptablesRules()).filter((r) => r.includes(podId)).map((r) => `iptables ${r}`),
    ...(await listing([runDir])).map((f) => `run file ${f}`),
    ...((await names(join(POD_RUN_ROOT, ns))).includes(podId) ? [`run dir ${runDir}`] : []),
  ];
}
