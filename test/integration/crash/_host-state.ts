// What podctl leaves on the host, for the crash tests: a listing of its host-wide state (pinned
// network namespaces, CNI state, host-local reservations, iptables rules that name an ID) and of
// a namespace's own files (run directories, FIFOs, logs), compared before and after a command;
// and every trace of one pod, to check that it is gone, or that nothing of it is there twice.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { execa } from 'execa';
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
    ...rules.filter((r) => r.match(ID) !== null || /^(-A |:)CNI-/.test(r)).map((r) => `iptables ${r}`),
    ...files.map((f) => `file ${f}`),
  ];
}

/**
 * What `after` has that `before` had not, and that commands given the marker host ports (`-p
 * MARKER:80`) made: other programs may change the host meanwhile (other tests against the host's
 * containerd, prune's tests and their foreign rules and pins), though not on CI, where test files
 * run one at a time. podctl writes a pod's CNI state, with its ports, as soon as it pins the
 * namespace and keeps it until the rest has gone, so what such a command leaves names either a
 * marker port or the ID of a CNI state that does; the namespace's own files are the test's alone.
 */
export async function madeSince(
  before: readonly string[],
  after: readonly string[],
  markerPorts: readonly number[],
): Promise<string[]> {
  const had = new Set(before);
  const marked = (text: string) =>
    markerPorts.some((p) => new RegExp(`"hostPort":${p}\\b|--dports ${p}\\b|--dport ${p}\\b`).test(text));
  const stateMarked = async (id: string) =>
    marked(await readFile(join(CNI_STATE_ROOT, `${id}.json`), 'utf8').catch(() => ''));
  const made: string[] = [];
  for (const entry of after.filter((e) => !had.has(e))) {
    if (entry.startsWith('file ') || marked(entry)) made.push(entry);
    else {
      for (const id of entry.match(ID) ?? []) {
        if (await stateMarked(id)) {
          made.push(entry);
          break;
        }
      }
    }
  }
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
