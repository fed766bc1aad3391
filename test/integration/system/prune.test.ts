// `podctl system prune` and `system df` on the real containerd and CNI plugins (issue 12): what a
// crash leaves is found and removed, each item printed, and the host is as it was; nothing of a
// live or stopped pod, of another namespace or of another program is touched; --all, --session,
// the refusal without -f, and df before and after. A prune is host-wide, so the tests of this
// file run one after another, and compare only what they made: other test runs share the host.
import test from 'ava';
import { randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { execa } from 'execa';
import { createContainer } from '../../../src/container/create.js';
import { runContainer, runMember } from '../../../src/container/start.js';
import { removeContainer as removeStandalone } from '../../../src/container/standalone.js';
import { waitContainers } from '../../../src/container/stop.js';
import { containerRunDir, podRunDir, removeRunFiles } from '../../../src/host/run-dirs.js';
import { tagImage } from '../../../src/image/store.js';
import { DEFAULT_SNAPSHOTTER } from '../../../src/image/unpack.js';
import { detachNetwork } from '../../../src/network/attach.js';
import { createPinnedNetns, isPinned, netnsPath, removePinnedNetns } from '../../../src/network/netns.js';
import { createPod, stopPod } from '../../../src/pod/pod.js';
import { getPod } from '../../../src/records/pods.js';
import { randomId } from '../../../src/state/ids.js';
import { creatorLabels } from '../../../src/state/creator.js';
import { CREATED_BY, LABELS } from '../../../src/state/labels.js';
import { GRACE_MS } from '../../../src/system/grace.js';
import { containerIoDir } from '../../../src/task/init-task.js';
import { podctlBin } from '../../helpers/cli.js';
import { quietly } from '../../helpers/containerd.js';
import { createTestNetwork, httpGet, removeTestNetwork, type TestNetwork } from '../network/_net.js';
import { cleanNamespace, podFixture, removePodQuietly, unique, type PodFixture } from '../pod/_helpers.js';
import {
  chainsOf,
  df,
  inventory,
  killedCreate,
  logDir,
  loseSandbox,
  mine,
  prune,
  removeKilledCreate,
} from './_prune.js';

const fixture: Promise<PodFixture> = podFixture('prune');
fixture.catch(() => undefined);
const otherFixture: Promise<PodFixture> = podFixture('prune-other');
otherFixture.catch(() => undefined);
const network: Promise<TestNetwork> = fixture.then((f) => createTestNetwork(f.client.namespace));
network.catch(() => undefined);
test.after.always(async () => {
  const [f, o] = await Promise.all([fixture.catch(() => undefined), otherFixture.catch(() => undefined)]);
  if (f) await cleanNamespace(f.client);
  if (o) await cleanNamespace(o.client);
  if (f) await removeTestNetwork(f.client.namespace, await network.catch(() => undefined));
});

const published = [{ hostIP: '0.0.0.0', hostPort: 0, containerPort: 80, protocol: 'tcp' as const }];
/** Host remains are pruned only once past the grace, as what a crash left a while ago is. */
const pastGrace = () => sleep(GRACE_MS + 1_000);

test.serial('--session takes only what carries the session, and the host remains its pruned leases name', async (t) => {
  const { client, busybox } = await fixture;
  const ns = client.namespace;
  const session = unique('session');
  const tag = { [LABELS.session]: session };
  const [tied, untied] = [randomId(), randomId()];
  for (const id of [tied, untied]) {
    t.teardown(() => quietly(() => removePinnedNetns(netnsPath(id))));
    await createPinnedNetns(id);
  }
  // The containers first: a create clears what killed creates left (container/interrupted.ts).
  const [tagged, plain] = [unique('tagged'), unique('plain')];
  for (const name of [tagged, plain]) {
    t.teardown(() => quietly(() => removeStandalone(client, name, { force: true })));
    await createContainer(client, { name, image: busybox });
  }
  const ours = await killedCreate(client, busybox, unique('ghost-s'), { ...tag, [LABELS.podId]: tied });
  const theirs = await killedCreate(client, busybox, unique('ghost-n'), { [LABELS.podId]: untied });
  t.teardown(() => removeKilledCreate(client, ours));
  t.teardown(() => removeKilledCreate(client, theirs));
  const record = await client.containers.get(tagged);
  await client.containers.update({ id: tagged, labels: { ...record.labels, ...tag } }, ['labels']);
  await pastGrace();

  const r = await prune(ns, '-f', '--all', '--session', session);
  t.is(r.exitCode, 0, r.stderr);
  const tokens = [tied, untied, ours.lease, ours.key, theirs.lease, theirs.key, tagged, plain];
  t.deepEqual(
    mine(r.items, tokens).sort(),
    [
      `netns ${tied}`,
      `lease ${ours.lease}`,
      `snapshot ${DEFAULT_SNAPSHOTTER}/${ours.key}`,
      `container ${tagged}`,
    ].sort(),
  );
  t.false(await isPinned(netnsPath(tied)));
  t.true(await isPinned(netnsPath(untied)), 'a remain no lease of the session names stays');
  t.true((await client.leases.list()).some((l) => l.id === theirs.lease));
  await t.notThrowsAsync(client.snapshots.stat(DEFAULT_SNAPSHOTTER, theirs.key));
  await t.notThrowsAsync(client.containers.get(plain));
  await t.throwsAsync(client.containers.get(tagged));
});

test.serial('without -f, with stdin no terminal, prune refuses in one line and removes nothing', async (t) => {
  const { client, busybox } = await fixture;
  const made = await killedCreate(client, busybox, unique('ghost'));
  t.teardown(() => removeKilledCreate(client, made));
  const r = await prune(client.namespace, '--all');
  t.is(r.exitCode, 125);
  t.is(r.stdout, '');
  t.is(r.stderr, 'podctl: system prune asks for confirmation, and stdin is not a terminal: pass -f to prune');
  t.true((await client.leases.list()).some((l) => l.id === made.lease));
  await t.notThrowsAsync(client.snapshots.stat(DEFAULT_SNAPSHOTTER, made.key));
});

test.serial('on a terminal, prune asks first: no keeps everything, yes prunes', async (t) => {
  const { client, busybox } = await fixture;
  const made = await killedCreate(client, busybox, unique('ghost'));
  t.teardown(() => removeKilledCreate(client, made));
  // script(1) gives the command a terminal, and passes what it reads to it as typed.
  const onTerminal = (answer: string) =>
    execa('script', ['-qec', `${process.execPath} ${podctlBin} -n ${client.namespace} system prune`, '/dev/null'], {
      input: `${answer}\n`,
      reject: false,
      timeout: 60_000,
    });
  const no = await onTerminal('n');
  t.is(no.exitCode, 0, no.stderr);
  t.regex(no.stdout, /^WARNING! This will remove:\r?$/m);
  t.regex(no.stdout, /Are you sure you want to continue\? \[y\/N\] /);
  t.notRegex(no.stdout, /Total reclaimed space/);
  t.true(
    (await client.leases.list()).some((l) => l.id === made.lease),
    'nothing removed',
  );
  const yes = await onTerminal('y');
  t.is(yes.exitCode, 0, yes.stderr);
  t.regex(yes.stdout, new RegExp(`^lease ${made.lease}\r?$`, 'm'));
  t.regex(yes.stdout, /Total reclaimed space: /);
  t.false((await client.leases.list()).some((l) => l.id === made.lease));
});

test.serial(
  'prune removes what a lost pod and a killed create leave, prints each, and the host is as it was',
  async (t) => {
    const { client, busybox } = await fixture;
    const net = await network;
    const ns = client.namespace;
    const before = await inventory([client]);

    // A pod on a bridge network with a published port, whose sandbox containerd then loses.
    const name = unique('lost');
    t.teardown(() => removePodQuietly(client, name));
    const pod = await createPod(client, { name, network: net.name, publish: published });
    t.teardown(() => quietly(() => detachNetwork(pod.id)));
    t.teardown(() => quietly(() => removeRunFiles(podRunDir(ns, pod.id))));
    await loseSandbox(client, pod.sandboxId);
    // A create killed after its snapshot; a standalone container's files, FIFOs and log, and a
    // half-written CNI state, of no container.
    const killed = await killedCreate(client, busybox, unique('killed'));
    t.teardown(() => removeKilledCreate(client, killed));
    const ghost = unique('ghost');
    const [runDir, ioDir, logs] = [containerRunDir(ns, ghost), containerIoDir(ns, ghost), logDir(ns, ghost)];
    const tmpId = randomId();
    const tmp = `/run/podctl/cni/${tmpId}.json.tmp`;
    for (const path of [runDir, ioDir, logs, tmp]) t.teardown(() => rm(path, { recursive: true, force: true }));
    await mkdir(runDir, { recursive: true });
    await writeFile(join(runDir, 'hosts'), '127.0.0.1\tlocalhost\n');
    await mkdir(ioDir, { recursive: true });
    await execa('mkfifo', [join(ioDir, 'stdin')]);
    await mkdir(logs, { recursive: true });
    await writeFile(join(logs, 'container.log'), 'x'.repeat(5_000));
    await writeFile(tmp, '{"containerId"');

    const lost = await inventory([client]);
    const tokens = [pod.id, pod.ip, name, ns, net.name, net.bridge, ghost, tmpId, killed.lease, killed.key];
    tokens.push(...chainsOf(lost, [pod.id]));
    const left = mine(lost, tokens);
    // What the pod left is real: its namespace pinned and mounted, its rules, address and veth.
    for (const line of [
      `pin ${pod.id}`,
      `mount /run/podctl/netns/${pod.id}`,
      `file /run/podctl/cni/${pod.id}.json`,
      `file /var/lib/cni/networks/${net.name}/${pod.ip}`,
      `file ${podRunDir(ns, pod.id)}`,
    ])
      t.true(left.includes(line), line);
    t.true(
      left.some((l) => l.startsWith('nat -A CNI-HOSTPORT-DNAT') && l.includes(pod.id)),
      'port mapping',
    );
    t.true(
      left.some((l) => l.startsWith('nat -A POSTROUTING') && l.includes(pod.id)),
      'masquerade',
    );
    t.true(
      left.some((l) => l.startsWith('filter ') && l.includes(`${pod.ip}/32`)),
      'firewall',
    );
    t.true(
      left.some((l) => l.startsWith('link ') && l.endsWith(` master ${net.bridge}`)),
      'veth',
    );
    t.false(
      left.some((l) => l.startsWith(`container ${ns} `)),
      'no container owns them',
    );
    await pastGrace();

    const r = await prune(ns, '-f');
    t.is(r.exitCode, 0, r.stderr);
    t.deepEqual(
      mine(r.items, tokens).sort(),
      [
        `netns ${pod.id}`,
        `cni-state ${pod.id}`,
        `ip ${net.name}/${pod.ip}`,
        `iptables ${pod.id}`,
        `pod-dir ${podRunDir(ns, pod.id)}`,
        `container-dir ${runDir}`,
        `io-dir ${ioDir}`,
        `log-dir ${logs}`,
        `cni-state ${tmpId}.json.tmp`,
        `snapshot ${DEFAULT_SNAPSHOTTER}/${killed.key}`,
        `lease ${killed.lease}`,
      ].sort(),
    );
    t.regex(r.total, /^\d+(\.\d+)?kB$/, 'the log alone is 5kB');
    // host-local's store of the network (its lock, the last address it gave) stays with the network.
    const store = new RegExp(`^file /var/lib/cni/networks/${net.name}(/lock|/last_reserved_ip\\.\\d+)?$`);
    const withoutStore = (lines: string[]) => mine(lines, tokens).filter((l) => !store.test(l));
    t.deepEqual(withoutStore(await inventory([client])), withoutStore(before));
  },
);

test.serial(
  "prune leaves live and stopped pods, creates in progress, other namespaces' and other programs' things alone",
  async (t) => {
    const { client, busybox } = await fixture;
    const { client: otherClient } = await otherFixture;
    const net = await network;
    const ns = client.namespace;
    const [live, stopped, elsewhere] = [unique('live'), unique('stopped'), unique('elsewhere')];
    t.teardown(() => removePodQuietly(client, live));
    t.teardown(() => removePodQuietly(client, stopped));
    t.teardown(() => removePodQuietly(otherClient, elsewhere));
    const livePod = await createPod(client, { name: live, network: net.name, publish: published });
    const httpd = 'mkdir -p /srv && echo hello > /srv/index.html && exec httpd -f -p 80 -h /srv';
    await runMember(client, live, { name: `${live}-web`, image: busybox, args: ['sh', '-c', httpd] });
    const stoppedPod = await createPod(client, { name: stopped, network: net.name });
    await runMember(client, stopped, { name: `${stopped}-m`, image: busybox, args: ['sleep', '300'] });
    await stopPod(client, stopped, { timeoutMs: 2_000 });
    const otherPod = await createPod(otherClient, { name: elsewhere, network: net.name });
    await runMember(otherClient, elsewhere, { name: `${elsewhere}-m`, image: busybox, args: ['sleep', '300'] });
    // What another namespace leaves is its own: a killed create there, a stopped container.
    const otherKilled = await killedCreate(otherClient, busybox, unique('other-killed'));
    t.teardown(() => removeKilledCreate(otherClient, otherKilled));
    const otherStopped = unique('other-stopped');
    t.teardown(() => quietly(() => removeStandalone(otherClient, otherStopped, { force: true })));
    await createContainer(otherClient, { name: otherStopped, image: busybox });

    // A create in progress: its lease names this (running) process and the pod it makes, whose
    // namespace is pinned and whose snapshot and container files are made, but no container yet.
    const making = { id: randomId(), key: unique('making') };
    t.teardown(() => quietly(() => removePinnedNetns(netnsPath(making.id))));
    t.teardown(() => removeRunFiles(containerRunDir(ns, making.key)));
    await createPinnedNetns(making.id);
    const creating = await client.leases.create({ labels: { ...creatorLabels(), [LABELS.podId]: making.id } });
    t.teardown(() => quietly(() => client.leases.delete(creating.id, { sync: true })));
    await client
      .withLease(creating.id)
      .snapshots.prepare(DEFAULT_SNAPSHOTTER, making.key, '', { [LABELS.createdBy]: CREATED_BY });
    await mkdir(containerRunDir(ns, making.key), { recursive: true });
    await writeFile(join(containerRunDir(ns, making.key), 'hostname'), making.key);
    // Another program's: a container and a lease without podctl's labels, each holding a snapshot;
    // a pinned namespace outside /run/podctl; an address on a network not podctl's; a nat rule.
    const foreign = `foreign-${randomBytes(3).toString('hex')}`;
    const leased = client.withLease((await client.leases.create({ labels: { 'example.com/owner': foreign } })).id);
    t.teardown(async () => {
      for (const l of await client.leases.list())
        if (l.labels['example.com/owner'] === foreign) await quietly(() => client.leases.delete(l.id, { sync: true }));
    });
    await leased.snapshots.prepare(DEFAULT_SNAPSHOTTER, `${foreign}-leased`, '');
    await leased.snapshots.prepare(DEFAULT_SNAPSHOTTER, `${foreign}-ctr`, '');
    t.teardown(() => quietly(() => client.containers.delete(`${foreign}-ctr`)));
    await client.containers.create({
      id: `${foreign}-ctr`,
      runtime: { name: 'io.containerd.runc.v2' },
      spec: {},
      snapshotter: DEFAULT_SNAPSHOTTER,
      snapshotKey: `${foreign}-ctr`,
    });
    const pin = `/run/podctl-test-${foreign}`;
    t.teardown(() => quietly(() => removePinnedNetns(pin)));
    await writeFile(pin, '');
    await execa('unshare', [`--net=${pin}`, 'true']);
    const reservation = `/var/lib/cni/networks/${foreign}/10.123.0.5`;
    t.teardown(() => rm(`/var/lib/cni/networks/${foreign}`, { recursive: true, force: true }));
    await mkdir(`/var/lib/cni/networks/${foreign}`, { recursive: true });
    await writeFile(reservation, `${randomId()}\neth0`);
    const chain = `PODCTL-TEST-${randomBytes(3).toString('hex')}`;
    t.teardown(async () => {
      await execa('iptables', ['-w', '-t', 'nat', '-F', chain], { reject: false });
      await execa('iptables', ['-w', '-t', 'nat', '-X', chain], { reject: false });
    });
    await execa('iptables', ['-w', '-t', 'nat', '-N', chain]);
    const comment = `name: "${foreign}" id: "${randomId()}"`;
    await execa('iptables', ['-w', '-t', 'nat', '-A', chain, '-m', 'comment', '--comment', comment, '-j', 'RETURN']);
    // Past the grace: only ownership keeps them now.
    await pastGrace();

    const clients = [client, otherClient];
    const ids = [livePod.id, stoppedPod.id, otherPod.id];
    const ips = [livePod.ip, stoppedPod.ip, otherPod.ip];
    const names = [
      live,
      stopped,
      elsewhere,
      otherStopped,
      otherKilled.lease,
      otherKilled.key,
      foreign,
      chain,
      net.bridge,
      making.id,
      making.key,
      creating.id,
    ];
    const all = await inventory(clients, /^\/run\/podctl-test-/);
    const tokens = [...ids, ...ips, ...names, ...chainsOf(all, ids)];
    const before = mine(all, tokens);
    t.true(before.includes(`mount ${pin}`));
    t.true(before.includes(`pin ${stoppedPod.id}`), 'a stopped pod keeps its network');
    t.true(before.includes(`pin ${making.id}`) && before.includes(`snapshot ${ns} ${making.key} active`));

    const r = await prune(ns, '-f');
    t.is(r.exitCode, 0, r.stderr);
    t.deepEqual(mine(r.items, tokens), []);
    t.deepEqual(mine(await inventory(clients, /^\/run\/podctl-test-/), tokens), before);
    const port = (await getPod(client, live)).ports[0]!.hostPort;
    t.is((await httpGet(`http://127.0.0.1:${port}/`)).body.trim(), 'hello', 'the live pod still answers on its port');
  },
);

test.serial(
  '--all removes stopped pods and containers and unused images, not running ones, images in use, or other namespaces; df follows',
  async (t) => {
    const { client, busybox } = await fixture;
    const { client: otherClient } = await otherFixture;
    const ns = client.namespace;
    const [running, exited, created, podUp, podDown, otherStopped] = [
      unique('running'),
      unique('exited'),
      unique('created'),
      unique('pod-up'),
      unique('pod-down'),
      unique('other-stopped'),
    ];
    for (const name of [running, exited, created])
      t.teardown(() => quietly(() => removeStandalone(client, name, { force: true })));
    t.teardown(() => quietly(() => removeStandalone(otherClient, otherStopped, { force: true })));
    for (const name of [podUp, podDown]) t.teardown(() => removePodQuietly(client, name));
    await runContainer(client, { name: running, image: busybox, args: ['sleep', '300'] });
    await runContainer(client, {
      name: exited,
      image: busybox,
      args: ['sh', '-c', 'echo bye; head -c 100000 /dev/zero > /big'],
    });
    await waitContainers(client, [exited]);
    await createContainer(client, { name: created, image: busybox });
    for (const name of [podUp, podDown]) {
      await createPod(client, { name, network: 'none' });
      await runMember(client, name, { name: `${name}-m`, image: busybox, args: ['sleep', '300'] });
    }
    await stopPod(client, podDown, { timeoutMs: 2_000 });
    const unused = `localhost/podctl-test/${unique('unused')}:1`;
    t.teardown(() => quietly(() => client.images.delete(unused)));
    await tagImage(client, busybox, unused);
    await createContainer(otherClient, { name: otherStopped, image: busybox });
    const otherImages = (await otherClient.images.list()).map((i) => i.name).sort();
    const dfBefore = await df(ns);

    const r = await prune(ns, '-f', '-a');
    t.is(r.exitCode, 0, r.stderr);
    const tokens = [running, exited, created, podUp, podDown, otherStopped, unused];
    t.deepEqual(
      mine(r.items, tokens).sort(),
      [`container ${exited}`, `container ${created}`, `pod ${podDown}`, `image ${unused}`].sort(),
    );
    t.not(r.total, '0B', "the exited container's files");
    const left = (await client.containers.list()).map((c) => c.id);
    t.true(left.includes(running) && left.includes(podUp) && left.includes(`${podUp}-m`));
    t.false(left.includes(exited) || left.includes(created) || left.includes(podDown) || left.includes(`${podDown}-m`));
    const images = (await client.images.list()).map((i) => i.name);
    t.true(images.includes(busybox), 'used by the running container');
    t.true(
      images.some((i) => i.includes('pause')),
      'used by the running pod',
    );
    t.false(images.includes(unused));
    await t.notThrowsAsync(otherClient.containers.get(otherStopped));
    t.deepEqual((await otherClient.images.list()).map((i) => i.name).sort(), otherImages);

    const dfAfter = await df(ns);
    t.is(dfAfter.Images!.total, dfBefore.Images!.total - 1);
    t.is(dfAfter.Containers!.total, dfBefore.Containers!.total - 3, 'exited, created and the stopped pod member');
    t.is(dfAfter.Containers!.active, dfBefore.Containers!.active);
    t.true(dfBefore.Containers!.reclaimable >= 100_000, "the exited container's file");
    t.is(dfAfter.Containers!.reclaimable, 0);
    t.is(dfAfter.Pods!.total, dfBefore.Pods!.total - 1);
    t.is(dfAfter.Pods!.reclaimable, 0);
  },
);
