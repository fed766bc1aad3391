// Docker-style standalone containers through the in-process CLI (issue 4, walk-through (a)): a
// pause container, two busybox containers joining its net, ipc and pid namespaces, and rm -f
// leaving nothing; then the bad-input table.
import test, { type ExecutionContext } from 'ava';
import { readlink } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { DEFAULT_INFRA_IMAGE } from '../../../src/image/defaults.js';
import { POD_GROUP_ANNOTATION } from '../../../src/oci/spec.js';
import { podCli } from '../../helpers/pod-cli.js';
import { cleanNamespace, namespaceInventory, podFixture, type PodFixture, unique } from '../pod/_helpers.js';

const fixture: Promise<PodFixture> = podFixture('standalone');
fixture.catch(() => undefined);
test.after.always(async () => {
  const f = await fixture.catch(() => undefined);
  if (f) await cleanNamespace(f.client);
});

const rmQuietly =
  (ns: string, ...names: string[]) =>
  async () =>
    void (await podCli(ns, ['rm', '-f', ...names]));

test.serial(
  'pause, then two containers in its namespaces: ps, PID 1, shared inodes, a request across, rm -f',
  async (t) => {
    const { client, busybox } = await fixture;
    const ns = client.namespace;
    const [pause, app, web] = [unique('pause'), unique('app'), unique('web')];
    const before = await namespaceInventory(ns);
    t.teardown(rmQuietly(ns, app, web, pause));
    const ran = await podCli(ns, ['run', '-d', '--name', pause, DEFAULT_INFRA_IMAGE]);
    t.is(ran.exitCode, 0, ran.stderr);
    t.is(ran.stdout, `${pause}\n`);
    const join = [`--net=container:${pause}`, `--ipc=container:${pause}`, `--pid=container:${pause}`];
    const server = 'mkdir -p /www && echo hi-from-web > /www/index.html && exec httpd -f -p 127.0.0.1:2368 -h /www';
    for (const [name, args] of [
      [web, ['sh', '-c', server]],
      [app, ['sleep', '300']],
    ] as const) {
      const r = await podCli(ns, ['run', '-d', '--name', name, ...join, busybox, ...args]);
      t.is(r.exitCode, 0, r.stderr);
    }

    const ps = await podCli(ns, ['ps']);
    for (const name of [pause, app, web])
      t.regex(ps.stdout, new RegExp(`^${name}\\s.*\\sUp\\s+${name}\\s*$`, 'm'), `ps lists ${name}`);

    const top = await podCli(ns, ['exec', app, 'ps', 'aux']);
    t.is(top.exitCode, 0, top.stderr);
    t.regex(top.stdout, /^\s*1\s+\S+\s+.*\/pause\s*$/m, '/pause is PID 1');
    t.regex(top.stdout, /httpd -f/, "web's httpd is in the same PID namespace");

    const pids = await Promise.all([pause, app, web].map(async (id) => (await client.tasks.get(id)).pid));
    const nsOf = (pid: number, type: string) => readlink(`/proc/${pid}/ns/${type}`);
    for (const type of ['net', 'ipc', 'pid']) {
      const [p, a, w] = await Promise.all(pids.map((pid) => nsOf(pid, type)));
      t.is(a, p, `${app} ${type}`);
      t.is(w, p, `${web} ${type}`);
    }
    t.not(await nsOf(pids[1]!, 'uts'), await nsOf(pids[0]!, 'uts'), 'uts stays its own without --uts');
    const groups = await Promise.all(
      [pause, app, web].map(
        async (id) =>
          JSON.stringify((await client.containers.get(id)).spec).match(
            new RegExp(`"${POD_GROUP_ANNOTATION.replaceAll('.', '\\.')}":"([^"]+)"`),
          )?.[1],
      ),
    );
    t.deepEqual(groups, [pause, pause, pause], "the joined containers share pause's shim group");

    let got = await podCli(ns, ['exec', app, 'wget', '-q', '-O', '-', 'http://127.0.0.1:2368']);
    for (let i = 0; i < 30 && got.stdout !== 'hi-from-web\n'; i++) {
      await sleep(100);
      got = await podCli(ns, ['exec', app, 'wget', '-q', '-O', '-', 'http://127.0.0.1:2368']);
    }
    t.is(got.stdout, 'hi-from-web\n', got.stderr);

    const rm = await podCli(ns, ['rm', '-f', app, web, pause]);
    t.is(rm.exitCode, 0, rm.stderr);
    t.deepEqual(await namespaceInventory(ns), before);
  },
);

test.serial(
  'a standalone container is on the bridge network by default; --net none has only loopback, --net host is the host',
  async (t) => {
    const { client, busybox } = await fixture;
    const ns = client.namespace;
    const [own, none, host] = [unique('own'), unique('none'), unique('host')];
    t.teardown(rmQuietly(ns, own, none, host));
    for (const [name, flags] of [
      [own, []],
      [none, ['--net', 'none']],
      [host, ['--net', 'host']],
    ] as const)
      t.is((await podCli(ns, ['run', '-d', '--name', name, ...flags, busybox, 'sleep', '300'])).exitCode, 0);
    const [ownPid, nonePid, hostPid] = await Promise.all(
      [own, none, host].map(async (id) => (await client.tasks.get(id)).pid),
    );
    t.not(await readlink(`/proc/${ownPid}/ns/net`), await readlink('/proc/self/ns/net'));
    t.not(await readlink(`/proc/${nonePid}/ns/net`), await readlink('/proc/self/ns/net'));
    t.is(await readlink(`/proc/${hostPid}/ns/net`), await readlink('/proc/self/ns/net'));
    t.deepEqual(
      (await podCli(ns, ['exec', own, 'ls', '/sys/class/net'])).stdout.split(/\s+/).filter(Boolean).sort(),
      ['eth0', 'lo'],
      'a veth on the bridge',
    );
    t.is((await podCli(ns, ['exec', none, 'ls', '/sys/class/net'])).stdout.trim(), 'lo', 'only loopback');
    const [inspected] = JSON.parse((await podCli(ns, ['inspect', own])).stdout) as { name: string }[];
    t.is(inspected?.name, own);
  },
);

const rejects = test.macro({
  async exec(t: ExecutionContext, args: (image: string, stopped: string) => string[], message: RegExp) {
    const { client, busybox } = await fixture;
    const ns = client.namespace;
    const stopped = unique('stopped');
    t.teardown(rmQuietly(ns, stopped));
    t.is((await podCli(ns, ['run', '-d', '--name', stopped, busybox, 'sleep', '300'])).exitCode, 0);
    t.is((await podCli(ns, ['stop', '-t', '0', stopped])).exitCode, 0);
    const before = await namespaceInventory(ns);
    const r = await podCli(ns, args(busybox, stopped));
    t.is(r.exitCode, 125);
    t.is(r.stdout, '');
    t.regex(r.stderr, /^podctl: [^\n]+\n$/, 'one line');
    t.regex(r.stderr, message);
    t.deepEqual(await namespaceInventory(ns), before, 'nothing created');
  },
  title: (what = '') => `bad input: ${what}`,
});

test.serial(
  '--net container:missing',
  rejects,
  (image) => ['run', '-d', '--name', unique('x'), '--net', 'container:missing', image],
  /container:missing: no such container/,
);
test.serial(
  '--net container:Y with Y not running',
  rejects,
  (image, y) => ['run', '-d', '--name', unique('x'), '--net', `container:${y}`, image],
  /is not running/,
);
test.serial(
  '--pid bogus',
  rejects,
  (image) => ['run', '-d', '--name', unique('x'), '--pid', 'bogus', image],
  /invalid value for --pid: "bogus"/,
);
test.serial(
  '--net container:Y with --pod',
  rejects,
  (image, y) => ['run', '-d', '--pod', 'any', '--name', unique('x'), '--net', `container:${y}`, image],
  /do not go with --pod/,
);
test.serial(
  '--net naming no network',
  rejects,
  (image) => ['run', '-d', '--name', unique('x'), '--net', 'no-such-net', image],
  /no such network: no-such-net/,
);
test.serial(
  '-p with --net none',
  rejects,
  (image) => ['run', '-d', '--name', unique('x'), '--net', 'none', '-p', '80', image],
  /-p\/--publish needs a bridge network/,
);
test.serial(
  '-p abc on run',
  rejects,
  (image) => ['run', '-d', '--name', unique('x'), '-p', 'abc', image],
  /invalid value for -p\/--publish: "abc"/,
);

test.serial('kill, wait, top and inspect work on a standalone container', async (t) => {
  const { client, busybox } = await fixture;
  const ns = client.namespace;
  const name = unique('solo');
  t.teardown(rmQuietly(ns, name));
  const script = 'trap "exit 7" TERM; while :; do sleep 1; done';
  t.is((await podCli(ns, ['run', '-d', '--name', name, busybox, 'sh', '-c', script])).exitCode, 0);
  const inspected = await podCli(ns, ['inspect', name]);
  t.is(inspected.exitCode, 0, inspected.stderr);
  t.is((JSON.parse(inspected.stdout) as { name: string; pod?: string }[])[0]?.name, name);
  const top = await podCli(ns, ['top', name]);
  t.is(top.exitCode, 0, top.stderr);
  t.regex(top.stdout, /sh -c trap/);
  t.is((await podCli(ns, ['kill', '-s', 'TERM', name])).exitCode, 0);
  const waited = await podCli(ns, ['wait', name]);
  t.is(waited.stdout.trim(), '7');
  t.is(waited.exitCode, 7);
});

test.serial(
  '--hostname, else the name, is the hostname; /etc/hosts names it; a joined container shares the files',
  async (t) => {
    const { client, busybox } = await fixture;
    const ns = client.namespace;
    const [named, plain, joined] = [unique('named'), unique('plain'), unique('joined')];
    t.teardown(rmQuietly(ns, joined, named, plain));
    t.is(
      (await podCli(ns, ['run', '-d', '--name', named, '--hostname', 'web-1', busybox, 'sleep', '300'])).exitCode,
      0,
    );
    t.is((await podCli(ns, ['run', '-d', '--name', plain, busybox, 'sleep', '300'])).exitCode, 0);
    t.is(
      (await podCli(ns, ['run', '-d', '--name', joined, `--net=container:${named}`, busybox, 'sleep', '300'])).exitCode,
      0,
    );
    t.is((await podCli(ns, ['exec', named, 'hostname'])).stdout, 'web-1\n');
    t.is((await podCli(ns, ['exec', plain, 'hostname'])).stdout, `${plain}\n`);
    const hosts = (await podCli(ns, ['exec', joined, 'cat', '/etc/hosts'])).stdout;
    t.regex(hosts, /^127\.0\.0\.1\s+localhost$/m);
    const ip = (await client.containers.get(named)).labels['podctl.io/ip']?.split('/')[0];
    t.regex(ip ?? '', /^\d+\.\d+\.\d+\.\d+$/, 'on the bridge network by default');
    t.regex(
      hosts,
      new RegExp(`^${(ip ?? '').replace(/\./g, '\\.')}\\s+web-1$`, 'm'),
      "the joined container has the other's /etc/hosts: its hostname on its IP",
    );
    t.is(
      (await podCli(ns, ['exec', joined, 'ping', '-c', '1', '-W', '1', 'localhost'])).exitCode,
      0,
      'localhost resolves',
    );
  },
);

test.serial("what follows the image is the container's, flags of podctl's own included", async (t) => {
  const { client, busybox } = await fixture;
  const r = await podCli(client.namespace, ['run', '--rm', busybox, 'echo', '-n', '--debug', '-v', '-n', 'x']);
  t.is(r.exitCode, 0, r.stderr);
  t.is(r.stdout, '--debug -v -n x');
});

test.serial(
  '--hostname with --uts host',
  rejects,
  (image) => ['run', '-d', '--name', unique('x'), '--uts', 'host', '--hostname', 'h', image],
  /--hostname does not go with --uts host/,
);
test.serial(
  '--hostname with --net container:Y',
  rejects,
  (image, y) => ['run', '-d', '--name', unique('x'), `--net=container:${y}`, '--hostname', 'h', image],
  /--hostname does not go with --net container:/,
);
test.serial(
  '--hostname with --pod',
  rejects,
  (image) => ['run', '-d', '--pod', 'any', '--name', unique('x'), '--hostname', 'h', image],
  /--hostname does not go with --pod/,
);
test.serial(
  '--hostname not a hostname',
  rejects,
  (image) => ['run', '-d', '--name', unique('x'), '--hostname', 'bad_host!', image],
  /hostname/,
);
