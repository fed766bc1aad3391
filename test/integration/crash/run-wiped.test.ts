// Issue 12: /run wiped, as a reboot wipes it, under one pod (on a private containerd, so that
// nothing of another owner is touched). The pod's tasks are killed and deleted, containerd
// restarts, and what a reboot loses of this pod goes: its pinned netns (and with it the veth
// pair), its CNI state, its run directory, its iptables rules; host-local's reservations under
// /var/lib stay, as they do across a reboot. `pod start` then brings the pod back on the same
// published port, with its member, its /etc files as they were made (--add-host, --dns
// included), and nothing of it twice. About 15 s.
import test from 'ava';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { execa } from 'execa';
import { ContainerdClient } from '../../../src/containerd/client.js';
import { podRunDir } from '../../../src/host/run-dirs.js';
import { CNI_STATE_ROOT } from '../../../src/network/attach.js';
import { netnsPath, removePinnedNetns } from '../../../src/network/netns.js';
import { getPod, listMemberContainers } from '../../../src/records/pods.js';
import { podctl, testNamespace } from '../../helpers/cli.js';
import { quietly } from '../../helpers/containerd.js';
import { httpdArgs, httpGet } from '../network/_net.js';
import { unique } from '../pod/_helpers.js';
import { podTraces } from './_host-state.js';
import { BUSYBOX, loadTestImages, removeNamespaceOf } from './_images.js';
import { privateContainerd, type PrivateContainerd } from './_private-containerd.js';

/** Kills the container's task (all its processes) through containerd, and deletes it. */
async function killTask(client: ContainerdClient, id: string): Promise<void> {
  await quietly(() => client.tasks.kill(id, 9, { all: true }));
  await quietly(() => client.tasks.wait(id, '', { timeoutMs: 10_000 }));
  await client.tasks.delete(id);
}

/** The host-side veth of the pod, from its CNI state's result (the interface without a sandbox). */
async function hostVeth(podId: string): Promise<string> {
  const state = JSON.parse(await readFile(join(CNI_STATE_ROOT, `${podId}.json`), 'utf8')) as {
    result?: { interfaces?: { name: string; sandbox?: string }[] };
  };
  const veth = state.result?.interfaces?.find((i) => i.name.startsWith('veth') && !i.sandbox)?.name;
  if (veth === undefined) throw new Error(`no host veth in the CNI state of ${podId}`);
  return veth;
}

/**
 * The pod's iptables rules, gone as a reboot takes them: in nat, the rules naming its ID and the
 * chains they jump to (portmap's CNI-DN-…, bridge's masquerade CNI-…); in filter, the firewall
 * plugin's rules for its IP. Through iptables-restore --noflush, which reads iptables-save's quoting.
 */
async function dropRules(podId: string, ip: string): Promise<void> {
  const nat = (await execa('iptables-save', ['-t', 'nat'])).stdout.split('\n');
  const mine = nat.filter((l) => l.startsWith('-A ') && l.includes(podId));
  const chains = new Set(mine.flatMap((l) => /-j (CNI-(?:DN-)?[0-9a-f]{10,})\b/.exec(l)?.[1] ?? []));
  const inChains = nat.filter((l) => [...chains].some((c) => l.startsWith(`-A ${c} `)));
  const filter = (await execa('iptables-save', ['-t', 'filter'])).stdout
    .split('\n')
    .filter((l) => l.startsWith('-A CNI-FORWARD ') && new RegExp(`\\b${ip.replace(/\./g, '\\.')}/32\\b`).test(l));
  const script = [
    '*nat',
    ...new Set([...mine, ...inChains].map((l) => l.replace(/^-A /, '-D '))),
    ...[...chains].map((c) => `-X ${c}`),
    'COMMIT',
    '*filter',
    ...filter.map((l) => l.replace(/^-A /, '-D ')),
    'COMMIT',
    '',
  ].join('\n');
  await execa('iptables-restore', ['-w', '5', '--noflush'], { input: script });
}

/** What a reboot does to the pod: its tasks die, containerd restarts, /run's files of it go, and its rules. */
async function reboot(d: PrivateContainerd, client: ContainerdClient, ns: string, podId: string, ip: string) {
  const pod = await getPod(client, podId);
  for (const c of await listMemberContainers(client, podId)) await killTask(client, c.id);
  await killTask(client, pod.sandboxId);
  await d.crash();
  await removePinnedNetns(netnsPath(podId));
  await rm(join(CNI_STATE_ROOT, `${podId}.json`));
  await rm(podRunDir(ns, podId), { recursive: true });
  await dropRules(podId, ip);
  await d.start();
}

const count = (traces: readonly string[], prefix: string) => traces.filter((x) => x.startsWith(prefix)).length;

/** Whether the link exists; the kernel takes a namespace's links down a moment after its last user has gone. */
async function linkGone(name: string): Promise<boolean> {
  for (let i = 0; i < 50; i++) {
    if ((await execa('ip', ['link', 'show', name], { reject: false })).exitCode !== 0) return true;
    await sleep(100);
  }
  return false;
}

test.serial('/run wiped under a pod (a reboot): pod start brings it back on its port, once', async (t) => {
  t.timeout(110_000);
  const started = Date.now();
  const phase = (what: string) => t.log(`${((Date.now() - started) / 1000).toFixed(1)} s: ${what}`);
  const ns = testNamespace('crash-wiped');
  const d = await privateContainerd('wiped');
  t.teardown(() => d.remove());
  await d.start();
  const cli = (args: string[]) => podctl(['--address', d.address, '-n', ns, ...args]);
  const ok = async (args: string[]) => {
    const r = await cli(args);
    t.is(r.exitCode, 0, `podctl ${args.join(' ')}: ${r.stderr}`);
    return r.stdout;
  };
  const client = new ContainerdClient({ address: d.address, namespace: ns });
  t.teardown(() => removeNamespaceOf(client, ns));
  await loadTestImages(cli);
  phase('private containerd up, images loaded');

  const pod = unique('rebooted');
  t.teardown(async () => {
    if (d.pid === undefined) await d.start().catch(() => undefined);
    await cli(['pod', 'rm', '-f', pod]);
  });
  const etcFlags = ['--add-host', 'db.example:10.1.2.3', '--dns', '10.9.9.9', '--dns-search', 'example.test'];
  await ok(['pod', 'create', '--name', pod, '-p', '80', ...etcFlags]);
  const web = unique('httpd');
  await ok(httpdArgs(BUSYBOX, pod, web));
  const before = await getPod(client, pod);
  const port = before.ports[0]?.hostPort ?? 0;
  t.true(port > 0);
  t.deepEqual(await httpGet(`http://127.0.0.1:${port}/`), { status: 200, body: `hello from ${pod}\n` });
  const cat = async (file: string) => {
    const r = await cli(['exec', web, 'cat', file]);
    t.is(r.exitCode, 0, `cat ${file}: ${r.stderr}`);
    return r.stdout;
  };
  const etcBefore = {
    hosts: await cat('/etc/hosts'),
    resolv: await cat('/etc/resolv.conf'),
    hostname: await cat('/etc/hostname'),
  };
  const veth = await hostVeth(before.id);
  t.is((await execa('ip', ['link', 'show', veth], { reject: false })).exitCode, 0, 'the pod has its veth');
  phase(`pod up on port ${port}, IP ${before.ip}`);

  await reboot(d, client, ns, before.id, before.ip);
  t.true(await linkGone(veth), 'its veth went with its netns');
  const wiped = await podTraces(ns, before.id);
  t.deepEqual(
    wiped.filter((x) => !x.startsWith('reservation ')),
    [],
    'nothing of the pod is left in /run, nor in iptables',
  );
  t.is(count(wiped, 'reservation '), 1, "host-local's reservation stays, as across a reboot");
  t.is((await getPod(client, pod)).state, 'exited', 'containerd knows the pod, without a task');
  phase('rebooted: tasks killed, containerd restarted, /run and rules of the pod gone');

  await ok(['pod', 'start', pod]);
  phase('pod start');
  const after = await getPod(client, pod);
  t.is(after.state, 'running');
  t.deepEqual(after.ports, before.ports, 'the same published port');
  t.regex((await ok(['port', pod])).trim(), new RegExp(`^80/tcp -> 0\\.0\\.0\\.0:${port}$`));
  t.deepEqual(await httpGet(`http://127.0.0.1:${port}/`), { status: 200, body: `hello from ${pod}\n` }, 'it answers');
  t.regex(await ok(['ps']), new RegExp(`^${web}\\s.*\\sUp\\s`, 'm'), 'the member runs');
  t.is((await ok(['exec', web, 'sh', '-c', 'echo reachable'])).trim(), 'reachable');
  t.is(
    await cat('/etc/hosts'),
    etcBefore.hosts.replace(`${before.ip}\t`, `${after.ip}\t`),
    '/etc/hosts as made, --add-host included, with the address the pod has now',
  );
  t.regex(await cat('/etc/hosts'), /^10\.1\.2\.3\tdb\.example$/m);
  t.is(await cat('/etc/resolv.conf'), etcBefore.resolv, '/etc/resolv.conf as made (--dns)');
  t.is(await cat('/etc/hostname'), etcBefore.hostname);

  const traces = await podTraces(ns, after.id);
  t.is(count(traces, 'netns file '), 1, 'one netns pin');
  t.is(count(traces, 'netns mount '), 1, 'mounted once');
  t.is(count(traces, 'cni state '), 1, 'one CNI state');
  t.deepEqual(
    traces.filter((x) => x.startsWith('reservation ')),
    [`reservation ${after.ip} ${after.id}`],
    'one host-local reservation: the address it has now',
  );
  t.is(count(traces, 'iptables -A POSTROUTING '), 1, 'one masquerade rule');
  t.is(count(traces, 'iptables -A CNI-HOSTPORT-DNAT '), 1, 'one port-forward rule');
  phase('checked: port, member, /etc files, nothing twice');

  await ok(['pod', 'rm', '-f', pod]);
  t.deepEqual(await podTraces(ns, after.id), [], 'pod rm -f leaves nothing');
});
