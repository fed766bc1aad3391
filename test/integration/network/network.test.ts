// Pod networking on the real CNI plugins and iptables (issue 5): pods on a bridge network of
// this file's own reach each other by IP, published ports answer on 127.0.0.1, on the host's
// address and from other pods, 20 pods made at once get 20 addresses, and removing a pod
// leaves no iptables rule, reservation, veth, netns mount or state file behind.
import test, { type ExecutionContext } from 'ava';
import { execa } from 'execa';
import { createServer, type Server } from 'node:net';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { podctl } from '../../helpers/cli.js';
import { cleanNamespace, podFixture, type PodFixture } from '../pod/_helpers.js';
import {
  check,
  createTestNetwork,
  hostAddress,
  httpdArgs,
  httpGet,
  inspectPod,
  leftovers,
  removeTestNetwork,
  unique,
  type TestNetwork,
} from './_net.js';

const fixture: Promise<PodFixture> = podFixture('network');
fixture.catch(() => undefined);
const network: Promise<TestNetwork> = fixture.then((f) => createTestNetwork(f.client.namespace));
network.catch(() => undefined);
test.after.always(async () => {
  const f = await fixture.catch(() => undefined);
  if (f) await cleanNamespace(f.client);
  if (f) await removeTestNetwork(f.client.namespace, await network.catch(() => undefined));
});

async function setup() {
  const [{ client, busybox }, net] = await Promise.all([fixture, network]);
  const ns = client.namespace;
  const cli = (...args: string[]) => podctl(['-n', ns, ...args]);
  return { ns, busybox, net, cli };
}

const rmPods =
  (ns: string, ...pods: string[]) =>
  () =>
    podctl(['-n', ns, 'pod', 'rm', '-f', ...pods]).then(() => undefined);

test.serial(
  'two pods reach each other by pod IP; members of a pod share /etc/hosts and /etc/resolv.conf',
  async (t) => {
    const { ns, busybox, net, cli } = await setup();
    const [a, b] = [unique('pa'), unique('pb')];
    t.teardown(rmPods(ns, a, b));
    check(
      await cli(
        'pod',
        'create',
        '--name',
        a,
        '--network',
        net.name,
        '--add-host',
        'db.local:10.1.2.3',
        '--dns',
        '10.0.0.53',
        '--dns-search',
        'corp.example',
      ),
      'create a',
    );
    check(await cli('pod', 'create', '--name', b, '--network', net.name), 'create b');
    const [pa, pb] = await Promise.all([inspectPod(ns, a), inspectPod(ns, b)]);
    t.is(pa.network, net.name);
    t.not(pa.ip, pb.ip);
    t.is(pa.gateway, net.gateway);
    t.regex(pa.mac, /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/);
    t.true(pa.ip.startsWith(net.subnet.split('.').slice(0, 3).join('.')), `${pa.ip} in ${net.subnet}`);
    check(await cli(...httpdArgs(busybox, a, `${a}-web`)), 'httpd in a');
    check(await cli('run', '-d', '--pod', a, '--name', `${a}-side`, busybox, 'sleep', '300'), 'second member of a');
    check(await cli('run', '-d', '--pod', b, '--name', `${b}-cli`, busybox, 'sleep', '300'), 'member of b');
    let fetched = '';
    for (let i = 0; i < 40 && !fetched.includes('hello'); i++)
      fetched = (await cli('exec', `${b}-cli`, 'wget', '-qO-', `http://${pa.ip}/`)).stdout;
    t.is(fetched, `hello from ${a}`, 'b reaches a by its IP');
    const lo = await cli('exec', `${a}-side`, 'wget', '-qO-', 'http://127.0.0.1/');
    t.is(lo.stdout, `hello from ${a}`, 'loopback is up, and members share the network');
    const hosts = (await cli('exec', `${a}-web`, 'cat', '/etc/hosts')).stdout;
    t.regex(hosts, /^127\.0\.0\.1\tlocalhost$/m);
    t.regex(hosts, new RegExp(`^${pa.ip.replace(/\./g, '\\.')}\\t${a}$`, 'm'), 'the hostname maps to the pod IP');
    t.regex(hosts, /^10\.1\.2\.3\tdb\.local$/m, '--add-host');
    t.is((await cli('exec', `${a}-side`, 'cat', '/etc/hosts')).stdout, hosts, 'the same /etc/hosts in every member');
    const resolv = (await cli('exec', `${a}-web`, 'cat', '/etc/resolv.conf')).stdout;
    t.is(resolv, 'search corp.example\nnameserver 10.0.0.53');
    t.is((await cli('exec', `${a}-side`, 'cat', '/etc/resolv.conf')).stdout, resolv);
    t.is((await cli('exec', `${a}-side`, 'cat', '/etc/hostname')).stdout, a);
    const resolvB = (await cli('exec', `${b}-cli`, 'cat', '/etc/resolv.conf')).stdout;
    t.notRegex(resolvB, /nameserver (127\.|::1)/, "the host's resolv.conf, without loopback nameservers");

    check(await cli('pod', 'rm', '-f', a, b), 'rm');
    t.deepEqual(await leftovers([pa, pb], net), []);
  },
);

test.serial(
  'a published port answers on 127.0.0.1, on the host address and from another pod; podctl port shows it',
  async (t) => {
    const { ns, busybox, net, cli } = await setup();
    const [web, other] = [unique('web'), unique('other')];
    t.teardown(rmPods(ns, web, other));
    check(
      await cli('pod', 'create', '--name', web, '--network', net.name, '-p', '80', '-p', '127.0.0.1::80/udp'),
      'create web',
    );
    check(await cli('pod', 'create', '--name', other, '--network', net.name), 'create other');
    check(await cli(...httpdArgs(busybox, web)), 'httpd');
    const port = await cli('port', web);
    t.is(port.exitCode, 0, port.stderr);
    const m = /^80\/tcp -> 0\.0\.0\.0:(\d+)$/m.exec(port.stdout);
    t.truthy(m, port.stdout);
    t.regex(port.stdout, /^80\/udp -> 127\.0\.0\.1:\d+$/m, 'a random host port for each mapping');
    const hostPort = Number(m![1]);
    t.deepEqual(await httpGet(`http://127.0.0.1:${hostPort}/`), { status: 200, body: `hello from ${web}\n` });
    const addr = await hostAddress();
    t.deepEqual(await httpGet(`http://${addr}:${hostPort}/`), { status: 200, body: `hello from ${web}\n` });
    check(await cli('run', '-d', '--pod', other, '--name', `${other}-cli`, busybox, 'sleep', '300'), 'member of other');
    t.is(
      (await cli('exec', `${other}-cli`, 'wget', '-qO-', `http://${addr}:${hostPort}/`)).stdout,
      `hello from ${web}`,
      'from another pod',
    );
    t.is((await cli('port', `${other}-cli`)).stdout, '', 'a pod without published ports shows none');
    const [pw, po] = await Promise.all([inspectPod(ns, web), inspectPod(ns, other)]);

    check(await cli('pod', 'stop', '-t', '1', web), 'stop');
    check(await cli('pod', 'start', web), 'start');
    t.is((await inspectPod(ns, web)).ip, pw.ip, 'the pinned namespace keeps the address across a restart');
    t.deepEqual(
      await httpGet(`http://127.0.0.1:${hostPort}/`),
      { status: 200, body: `hello from ${web}\n` },
      'and the port answers again',
    );

    check(await cli('pod', 'rm', '-f', web, other), 'rm');
    t.deepEqual(await leftovers([pw, po], net), []);
  },
);

test.serial('bridge is the default: the default network podctl (bridge podctl0) is created on first use', async (t) => {
  const { ns, cli } = await setup();
  const pod = unique('dflt');
  t.teardown(rmPods(ns, pod));
  check(await cli('pod', 'create', '--name', pod), 'create');
  const p = await inspectPod(ns, pod);
  t.is(p.network, 'podctl');
  const [info] = JSON.parse((await cli('network', 'inspect', 'podctl')).stdout) as {
    bridge: string;
    subnet: string;
    users: { name: string }[];
  }[];
  t.is(info!.bridge, 'podctl0');
  t.true(info!.users.some((u) => u.name === pod));
  t.regex(p.ip, /^\d+\.\d+\.\d+\.\d+$/);
  check(await cli('pod', 'rm', '-f', pod), 'rm');
  t.deepEqual(await leftovers([p]), []);
});

test.serial('20 pods created in parallel get 20 distinct IPs, and every published port answers', async (t) => {
  const { ns, busybox, net, cli } = await setup();
  const names = Array.from({ length: 20 }, (_, i) => unique(`par${i}`));
  t.teardown(rmPods(ns, ...names));
  const started = Date.now();
  const created = await Promise.all(
    names.map((n) => cli('pod', 'create', '--name', n, '--network', net.name, '-p', '80')),
  );
  t.log(`20 pods in ${Date.now() - started} ms`);
  for (const r of created) t.is(r.exitCode, 0, r.stderr);
  await Promise.all(names.map(async (n) => check(await cli(...httpdArgs(busybox, n)), `httpd in ${n}`)));
  const pods = await Promise.all(names.map((n) => inspectPod(ns, n)));
  t.is(new Set(pods.map((p) => p.ip)).size, 20, 'distinct IPs');
  t.is(new Set(pods.map((p) => p.ports[0]?.hostPort)).size, 20, 'distinct host ports');
  const answers = await Promise.all(pods.map((p) => httpGet(`http://127.0.0.1:${p.ports[0]!.hostPort}/`)));
  t.deepEqual(
    answers.map((a) => a.body),
    names.map((n) => `hello from ${n}\n`),
  );
  check(await cli('pod', 'rm', '-f', ...names), 'rm');
  t.deepEqual(await leftovers(pods, net), []);
});

test.serial('removal cleans up after pause has died, and after the pinned netns is gone', async (t) => {
  const { ns, net, cli } = await setup();
  const [dead, gone] = [unique('dead'), unique('gone')];
  t.teardown(rmPods(ns, dead, gone));
  for (const n of [dead, gone]) check(await cli('pod', 'create', '--name', n, '--network', net.name, '-p', '80'), n);
  const [pd, pg] = await Promise.all([inspectPod(ns, dead), inspectPod(ns, gone)]);
  process.kill(pd.pid, 'SIGKILL');
  await execa('umount', [`/run/podctl/netns/${pg.id}`]);
  check(await cli('pod', 'rm', '-f', dead, gone), 'rm');
  t.deepEqual(await leftovers([pd, pg], net), []);
});

async function inventory(ns: string): Promise<string> {
  const ctr = await Promise.all(
    [
      ['containers', 'ls', '-q'],
      ['tasks', 'ls'],
      ['snapshots', 'ls'],
      ['leases', 'ls'],
    ].map(async (a) => (await execa('ctr', ['-n', ns, ...a])).stdout),
  );
  const dirs = await Promise.all(
    ['/run/podctl/netns', '/run/podctl/cni', `/run/podctl/pods/${ns}`].map(async (d) =>
      (await readdir(d).catch(() => [])).sort().join(' '),
    ),
  );
  const rules = (await execa('iptables-save')).stdout
    .split('\n')
    .filter((l) => l.startsWith('-A'))
    .sort();
  return [...ctr, ...dirs, ...rules].join('\n');
}

const rejects = test.macro({
  async exec(
    t: ExecutionContext,
    args: (net: string, taken: number) => string[],
    message: RegExp,
    env: Record<string, string> = {},
  ) {
    const { ns, net, cli } = await setup();
    const holder = unique('holder');
    t.teardown(rmPods(ns, holder));
    // A host port a program holds, and another a pod publishes.
    const server: Server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '0.0.0.0', resolve));
    t.teardown(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const held = (server.address() as { port: number }).port;
    check(await cli('pod', 'create', '--name', holder, '--network', net.name, '-p', '80'), 'holder');
    const published = (await inspectPod(ns, holder)).ports[0]!.hostPort;
    const before = await inventory(ns);
    const r = await podctl(
      ['-n', ns, ...args(net.name, message.source.includes('another pod') ? published : held)],
      env,
    );
    t.is(r.exitCode, 125);
    t.is(r.stdout, '');
    t.regex(r.stderr, /^podctl: [^\n]+$/, 'one line');
    t.regex(r.stderr, message);
    t.is(await inventory(ns), before, 'nothing left behind');
  },
  title: (what = '') => `bad input: ${what}`,
});

test.serial(
  '-p abc',
  rejects,
  (net) => ['pod', 'create', '--name', unique('x'), '--network', net, '-p', 'abc'],
  /invalid value for -p\/--publish: "abc"/,
);
test.serial(
  '-p 70000:80',
  rejects,
  (net) => ['pod', 'create', '--name', unique('x'), '--network', net, '-p', '70000:80'],
  /host port 70000 is out of range 1-65535/,
);
test.serial(
  'a host port a program holds',
  rejects,
  (net, port) => ['pod', 'create', '--name', unique('x'), '--network', net, '-p', `${port}:80`],
  /host port \d+\/tcp is not free: a program on the host is using it/,
);
test.serial(
  'a host port another pod publishes',
  rejects,
  (net, port) => ['pod', 'create', '--name', unique('x'), '--network', net, '-p', `${port}:80`],
  /host port \d+\/tcp is not free: another pod publishes it/,
);
test.serial(
  'an unknown network',
  rejects,
  () => ['pod', 'create', '--name', unique('x'), '--network', 'no-such-net'],
  /no such network: no-such-net/,
);
test.serial(
  'a missing CNI plugin',
  rejects,
  (net) => ['pod', 'create', '--name', unique('x'), '--network', net],
  /CNI plugin bridge not found in \/nonexistent\/cni.*containernetworking-plugins/s,
  { CNI_PATH: '/nonexistent/cni' },
);

test.serial('network create, ls, inspect and rm; rm refuses while a pod uses the network', async (t) => {
  const { ns, cli } = await setup();
  const name = unique('t-net');
  const pod = unique('user');
  t.teardown(async () => {
    await rmPods(ns, pod)();
    await cli('network', 'rm', name);
  });
  t.is((await cli('network', 'create', name)).stdout, name);
  t.is((await cli('network', 'create', name)).exitCode, 125, 'a name is taken once');
  const ls = await cli('network', 'ls');
  t.regex(ls.stdout, /^NAME\s+BRIDGE\s+SUBNET\s+GATEWAY\s+PODS\s+FILE$/m);
  t.regex(
    ls.stdout,
    new RegExp(
      `^${name}\\s+podctl\\d+\\s+10\\.\\d+\\.\\d+\\.0/24\\s+10\\.\\d+\\.\\d+\\.1\\s+0\\s+/etc/cni/net\\.d/87-podctl-${name}\\.conflist$`,
      'm',
    ),
  );
  const [info] = JSON.parse((await cli('network', 'inspect', name)).stdout) as {
    bridge: string;
    subnet: string;
    plugins: string[];
  }[];
  t.deepEqual(info!.plugins, ['bridge', 'portmap', 'firewall']);
  const routes = (await execa('ip', ['-j', 'route'])).stdout;
  t.false(routes.includes(`"${info!.subnet}"`), 'a subnet the host does not route');
  check(await cli('pod', 'create', '--name', pod, '--network', name), 'pod');
  const refused = await cli('network', 'rm', name);
  t.is(refused.exitCode, 125);
  t.regex(refused.stderr, new RegExp(`^podctl: network ${name} is in use by pod ${pod}`));
  check(await cli('pod', 'rm', '-f', pod), 'pod rm');
  t.is((await cli('network', 'rm', name)).stdout, name);
  t.is((await execa('ip', ['link', 'show', info!.bridge], { reject: false })).exitCode, 1, 'its bridge is gone');
  t.regex((await cli('network', 'inspect', name)).stderr, /no such network/);
});

test.serial(
  'network create: a subnet the host routes is refused; NETCONFPATH moves the config directory',
  async (t) => {
    const { cli, ns } = await setup();
    const { stdout } = await execa('ip', ['-j', '-4', 'route']);
    const routed = (JSON.parse(stdout) as { dst: string }[]).find((r) =>
      /^\d+\.\d+\.\d+\.\d+\/(8|9|1\d|2\d|30)$/.test(r.dst),
    )?.dst;
    if (routed !== undefined) {
      const r = await cli('network', 'create', unique('t-net'), '--subnet', routed);
      t.is(r.exitCode, 125);
      t.regex(
        r.stderr,
        new RegExp(`overlaps ${routed.replace(/\./g, '\\.').replace('/', '\\/')}, which the host already routes`),
      );
    }
    const dir = await mkdtemp(join(tmpdir(), 'podctl-netconf-'));
    t.teardown(() => rm(dir, { recursive: true, force: true }));
    const name = unique('t-net');
    const made = await podctl(
      ['-n', ns, 'network', 'create', name, '--subnet', '10.99.251.0/24', '--gateway', '10.99.251.254'],
      { NETCONFPATH: dir },
    );
    t.is(made.exitCode, 0, made.stderr);
    t.deepEqual(await readdir(dir), [`87-podctl-${name}.conflist`]);
    const [info] = JSON.parse((await podctl(['-n', ns, 'network', 'inspect', name], { NETCONFPATH: dir })).stdout) as {
      gateway: string;
      subnet: string;
    }[];
    t.like(info, { subnet: '10.99.251.0/24', gateway: '10.99.251.254' });
    t.is((await cli('network', 'inspect', name)).exitCode, 125, 'not in the default directory');
    t.is((await podctl(['-n', ns, 'network', 'rm', name], { NETCONFPATH: dir })).exitCode, 0);
    t.deepEqual(await readdir(dir), []);
  },
);

test.serial(
  'docker style: run -d --name pause -p HOST:80, then --net=container:pause members; -p on run answers the same way',
  async (t) => {
    const { ns, busybox, net, cli } = await setup();
    const [pause, web, side] = [unique('pause'), unique('web'), unique('side')];
    t.teardown(async () => void (await cli('rm', '-f', web, side, pause)));
    check(
      await cli('run', '-d', '--name', pause, '--net', net.name, '-p', '80', 'localhost/podctl/pause:0.1.0'),
      'pause',
    );
    const script = `mkdir -p /srv && echo "hello from ${web}" > /srv/index.html && exec httpd -f -p 80 -h /srv`;
    check(
      await cli(
        'run',
        '-d',
        '--name',
        web,
        `--net=container:${pause}`,
        `--pid=container:${pause}`,
        busybox,
        'sh',
        '-c',
        script,
      ),
      'web',
    );
    check(await cli('run', '-d', '--name', side, `--net=container:${pause}`, busybox, 'sleep', '300'), 'side');
    const port = await cli('port', web);
    const hostPort = Number(/^80\/tcp -> 0\.0\.0\.0:(\d+)$/m.exec(port.stdout)?.[1]);
    t.true(hostPort > 0, port.stdout);
    t.deepEqual(await httpGet(`http://127.0.0.1:${hostPort}/`), { status: 200, body: `hello from ${web}\n` });
    t.deepEqual(await httpGet(`http://${await hostAddress()}:${hostPort}/`), {
      status: 200,
      body: `hello from ${web}\n`,
    });
    t.regex((await cli('exec', web, 'ps')).stdout, /^\s*1\s+\S+\s+\/pause\s*$/m, '/pause is PID 1');
    const hosts = (await cli('exec', web, 'cat', '/etc/hosts')).stdout;
    t.regex(hosts, new RegExp(`\\t${pause}$`, 'm'));
    t.is(
      (await cli('exec', side, 'cat', '/etc/hosts')).stdout,
      hosts,
      'the joined container shares the files of the one it joined',
    );
    const labels = JSON.parse((await execa('ctr', ['-n', ns, 'containers', 'info', pause])).stdout) as {
      Labels: Record<string, string>;
    };
    const id = labels.Labels['podctl.io/network-id']!;
    const ip = labels.Labels['podctl.io/ip']!.split('/')[0]!;
    t.regex(id, /^[0-9a-f]{64}$/);
    check(await cli('rm', '-f', web, side, pause), 'rm');
    t.deepEqual(await leftovers([{ id, ip }], net), []);
  },
);
