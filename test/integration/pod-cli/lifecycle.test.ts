// create and start through the in-process CLI: Created in ps, start and start -a, joins resolved
// at start from the PID of that moment, and the bad input of both.
import test, { type ExecutionContext } from 'ava';
import { readlink, rm } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { execa } from 'execa';
import { DEFAULT_INFRA_IMAGE } from '../../../src/image/defaults.js';
import { podCli } from '../../helpers/pod-cli.js';
import { leftovers } from '../network/_net.js';
import { cleanNamespace, namespaceInventory, podFixture, type PodFixture, unique } from '../pod/_helpers.js';

const fixture: Promise<PodFixture> = podFixture('pod-cli-lifecycle');
fixture.catch(() => undefined);
test.after.always(async () => {
  const f = await fixture.catch(() => undefined);
  if (f) await cleanNamespace(f.client);
});

const rmQuietly =
  (ns: string, ...names: string[]) =>
  async () =>
    void (await podCli(ns, ['rm', '-f', ...names]));
const podRmQuietly = (ns: string, name: string) => async () => void (await podCli(ns, ['pod', 'rm', '-f', name]));
const ok = async (t: ExecutionContext, ns: string, args: string[]) => {
  const r = await podCli(ns, args);
  t.is(r.exitCode, 0, `${args.join(' ')}: ${r.stderr}`);
  return r;
};

interface Inspected {
  state: { status: string; pid: number; exitCode?: number };
  restartPolicy: string;
  autoRemove: boolean;
  spec: { namespaces: { type: string; path?: string; inode?: number }[] };
}
const inspect = async (ns: string, name: string): Promise<Inspected> =>
  (JSON.parse((await podCli(ns, ['inspect', name])).stdout) as Inspected[])[0]!;
const psLine = async (ns: string, name: string, all = true) =>
  (await podCli(ns, ['ps', ...(all ? ['-a'] : [])])).stdout.split('\n').find((l) => l.startsWith(`${name} `));

test.serial('create makes no task and shows as Created; start starts it; a second start changes nothing', async (t) => {
  const { client, busybox } = await fixture;
  const ns = client.namespace;
  const name = unique('c');
  t.teardown(rmQuietly(ns, name));
  const created = await ok(t, ns, [
    'create',
    '--name',
    name,
    '--net',
    'none',
    '--restart',
    'no',
    busybox,
    'sleep',
    '300',
  ]);
  t.is(created.stdout, `${name}\n`);
  await t.throwsAsync(client.tasks.get(name), undefined, 'no task');
  t.regex((await psLine(ns, name)) ?? '', /\sCreated\s/);
  t.is(await psLine(ns, name, false), undefined, 'ps without -a shows running containers only');
  t.is(
    (await podCli(ns, ['ps', '-q', '--filter', 'status=created', '--filter', `name=^${name}$`])).stdout,
    `${name}\n`,
    'status=created finds it',
  );
  t.like(await inspect(ns, name), { state: { status: 'created', pid: 0 }, restartPolicy: 'no', autoRemove: false });

  t.is((await ok(t, ns, ['start', name])).stdout, `${name}\n`);
  const { pid } = await client.tasks.get(name);
  t.regex((await psLine(ns, name, false)) ?? '', /\sUp\s/);
  t.false('podctl.io/not-started' in (await client.containers.get(name)).labels, 'the Created mark is gone');
  t.is((await ok(t, ns, ['start', name])).stdout, `${name}\n`, 'starting a running container succeeds, as in docker');
  t.is((await client.tasks.get(name)).pid, pid, 'and leaves it as it was');
});

test.serial(
  'start -a streams only this run, on stdout and stderr, and exits with the code; start again runs it again',
  async (t) => {
    const { client, busybox } = await fixture;
    const ns = client.namespace;
    const name = unique('a');
    t.teardown(rmQuietly(ns, name));
    await ok(t, ns, ['create', '--name', name, '--net', 'none', busybox, 'sh', '-c', 'echo out; echo err >&2; exit 4']);
    for (const round of [1, 2]) {
      const r = await podCli(ns, ['start', '-a', name]);
      t.deepEqual(r, { exitCode: 4, stdout: 'out\n', stderr: 'err\n' }, `round ${round}`);
    }
    t.is((await podCli(ns, ['logs', name])).stdout, 'out\nout\n', 'the log keeps both runs');
    t.regex((await psLine(ns, name)) ?? '', /\sExited \(4\)/);
  },
);

test.serial(
  'create --rm, then start -a: the container goes after its output; -a of a running container follows it',
  async (t) => {
    const { client, busybox } = await fixture;
    const ns = client.namespace;
    const [gone, long] = [unique('rm'), unique('long')];
    t.teardown(rmQuietly(ns, gone, long));
    await ok(t, ns, ['create', '--rm', '--name', gone, '--net', 'none', busybox, 'sh', '-c', 'echo bye; exit 2']);
    t.true((await inspect(ns, gone)).autoRemove);
    t.deepEqual(await podCli(ns, ['start', '-a', gone]), { exitCode: 2, stdout: 'bye\n', stderr: '' });
    await t.throwsAsync(client.containers.get(gone), undefined, 'removed');

    await ok(t, ns, [
      'run',
      '-d',
      '--name',
      long,
      '--net',
      'none',
      busybox,
      'sh',
      '-c',
      'echo early; sleep 2; echo late; exit 5',
    ]);
    for (let i = 0; i < 250 && (await podCli(ns, ['logs', long])).stdout !== 'early\n'; i++) await sleep(20);
    const r = await podCli(ns, ['start', '-a', long]);
    t.deepEqual(r, { exitCode: 5, stdout: 'late\n', stderr: '' }, 'attached from now on, to the end');
  },
);

test.serial('--net=container:X joins the PID X has when the container starts, not when it was created', async (t) => {
  const { client, busybox } = await fixture;
  const ns = client.namespace;
  const [x, c] = [unique('x'), unique('joiner')];
  t.teardown(rmQuietly(ns, c, x));
  await ok(t, ns, ['run', '-d', '--name', x, '--net', 'none', DEFAULT_INFRA_IMAGE]);
  const first = (await client.tasks.get(x)).pid;
  await ok(t, ns, ['create', '--name', c, `--net=container:${x}`, `--pid=container:${x}`, busybox, 'sleep', '300']);
  await ok(t, ns, ['stop', '-t', '1', x]);
  const refused = await podCli(ns, ['start', c]);
  t.is(refused.exitCode, 125);
  t.regex(refused.stderr, /^podctl: --net container:\S+: container \S+ is not running; [^\n]*\n$/);
  t.regex((await psLine(ns, c)) ?? '', /\sCreated\s/, 'still created');

  await ok(t, ns, ['start', x]);
  const second = (await client.tasks.get(x)).pid;
  t.not(second, first);
  await ok(t, ns, ['start', c]);
  const pid = (await client.tasks.get(c)).pid;
  for (const type of ['net', 'pid'])
    t.is(await readlink(`/proc/${pid}/ns/${type}`), await readlink(`/proc/${second}/ns/${type}`), type);
  const net = (await inspect(ns, c)).spec.namespaces.find((n) => n.type === 'network');
  t.is(net?.path, `/proc/${second}/ns/net`, 'the stored spec says what the task runs with');
});

test.serial(
  "a pod member: created while the pod runs, started only while it runs, in the pause task's namespaces of then",
  async (t) => {
    const { client, busybox } = await fixture;
    const ns = client.namespace;
    const [pod, m] = [unique('pod'), unique('m')];
    t.teardown(podRmQuietly(ns, pod));
    await ok(t, ns, ['pod', 'create', '--name', pod, '--network', 'none']);
    await ok(t, ns, ['create', '--pod', pod, '--name', m, busybox, 'sleep', '300']);
    t.regex((await psLine(ns, m)) ?? '', /\sCreated\s/);
    await ok(t, ns, ['pod', 'stop', '-t', '1', pod]);
    const refused = await podCli(ns, ['start', m]);
    t.is(refused.exitCode, 125);
    t.regex(refused.stderr, new RegExp(`^podctl: pod ${pod} is not running; start it: podctl pod start ${pod}\\n$`));
    await ok(t, ns, ['pod', 'start', pod]);
    const pause = (await client.tasks.get(pod)).pid;
    await ok(t, ns, ['stop', '-t', '1', m]);
    await ok(t, ns, ['start', m]);
    const pid = (await client.tasks.get(m)).pid;
    for (const type of ['net', 'ipc', 'uts', 'pid'])
      t.is(await readlink(`/proc/${pid}/ns/${type}`), await readlink(`/proc/${pause}/ns/${type}`), type);
  },
);

test.serial(
  'start after /run was lost (a reboot): the network namespace is made again and the /etc files written again, --add-host and --dns included',
  async (t) => {
    const { client, busybox } = await fixture;
    const ns = client.namespace;
    const name = unique('reboot');
    t.teardown(rmQuietly(ns, name));
    const etcFlags = ['--add-host', 'db.example:10.1.2.3', '--dns', '10.9.9.9'];
    await ok(t, ns, ['create', '--name', name, ...etcFlags, busybox, 'sleep', '300']);
    const id = (await client.containers.get(name)).labels['podctl.io/network-id'] ?? '';
    t.regex(id, /^[0-9a-f]{64}$/, 'create made its network (bridge, the default)');
    // What a reboot loses: the pinned namespace, the CNI state and the files under /run.
    await execa('umount', [`/run/podctl/netns/${id}`]);
    await rm(`/run/podctl/netns/${id}`, { force: true });
    await rm(`/run/podctl/cni/${id}.json`, { force: true });
    await rm(`/run/podctl/containers/${ns}/${name}`, { recursive: true, force: true });
    await ok(t, ns, ['start', name]);
    const ip = ((await client.containers.get(name)).labels['podctl.io/ip'] ?? '').replace(/\/\d+$/, '');
    t.regex(ip, /^\d+\.\d+\.\d+\.\d+$/);
    const addr = await podCli(ns, ['exec', name, 'ip', '-4', '-o', 'addr', 'show', 'eth0']);
    t.true(addr.stdout.includes(` ${ip}/`), `eth0 has ${ip}: ${addr.stdout}`);
    const hosts = (await podCli(ns, ['exec', name, 'cat', '/etc/hosts'])).stdout;
    t.regex(hosts, new RegExp(`^${ip.replace(/\./g, '\\.')}\\s+${name}$`, 'm'));
    t.regex(hosts, /^10\.1\.2\.3\s+db\.example$/m, 'the --add-host entry is written again');
    t.regex(
      (await podCli(ns, ['exec', name, 'cat', '/etc/resolv.conf'])).stdout,
      /^nameserver 10\.9\.9\.9$/m,
      'and the --dns server',
    );
    await ok(t, ns, ['rm', '-f', name]);
    t.deepEqual(await leftovers([{ id, ip }]), [], 'rm leaves no netns, CNI state or iptables rule');
  },
);

const POD = unique('bad-pod');
const EXISTING = unique('taken');
const ready = fixture.then(async ({ client, busybox }) => {
  for (const args of [
    ['pod', 'create', '--name', POD, '--network', 'none'],
    ['create', '--name', EXISTING, '--net', 'none', busybox],
  ]) {
    const r = await podCli(client.namespace, args);
    if (r.exitCode !== 0) throw new Error(r.stderr);
  }
});
ready.catch(() => undefined);
test.after.always(async () => {
  const f = await fixture.catch(() => undefined);
  if (f) await podCli(f.client.namespace, ['pod', 'rm', '-f', POD]);
});

const rejects = test.macro({
  async exec(t, args: (image: string, name: string) => string[], message: RegExp) {
    await ready;
    const { client, busybox } = await fixture;
    const before = await namespaceInventory(client.namespace);
    const r = await podCli(client.namespace, args(busybox, unique('never')));
    t.is(r.exitCode, 125);
    t.is(r.stdout, '');
    t.regex(r.stderr, /^podctl: [^\n]+\n$/, 'one line');
    t.regex(r.stderr, message);
    t.deepEqual(await namespaceInventory(client.namespace), before, 'nothing created');
  },
  title: (given = '', args: (image: string, name: string) => string[]) =>
    `bad input: ${given || args('IMAGE', 'NAME').join(' ').replace(EXISTING, 'EXISTING').replace(POD, 'POD')}`,
});

for (const verb of ['run', 'create'] as const) {
  const d = verb === 'run' ? ['-d'] : [];
  test.serial(
    rejects,
    (image, name) => [verb, ...d, '--name', name, '--restart', 'sometimes', image],
    /^podctl: invalid value for --restart: "sometimes"; use no, always, on-failure\[:N\] or unless-stopped\n$/,
  );
  test.serial(
    rejects,
    (image, name) => [verb, ...d, '--name', name, '--restart', 'on-failure:x', image],
    /"on-failure:x": the retry count must be a whole number/,
  );
  test.serial(
    rejects,
    (image, name) => [verb, ...d, '--name', name, '--restart', 'always:2', image],
    /only on-failure takes a retry count/,
  );
  test.serial(
    rejects,
    (image, name) => [verb, ...d, '--rm', '--name', name, '--restart', 'always', image],
    /--restart always and --rm do not go together/,
  );
  test.serial(
    rejects,
    (image, name) => [verb, ...d, '--pod', 'no-such-pod', '--name', name, image],
    /no such pod: no-such-pod/,
  );
  test.serial(
    rejects,
    (image, name) => [verb, ...d, '--name', name, '--net', 'container:no-such-ctr', image],
    /container:no-such-ctr: no such container/,
  );
  test.serial(rejects, (image) => [verb, ...d, '--name', EXISTING, image], /container name \S+ is already in use/);
  test.serial(
    rejects,
    (image, name) => [verb, ...d, '--name', name, '--pod', POD, '--net', 'host', image],
    /do not go with --pod/,
  );
}
test.serial(rejects, (image, name) => ['create', '-d', '--name', name, image], /unknown option '-d'/);
test.serial(rejects, () => ['start', 'no-such-ctr'], /^podctl: no such container: no-such-ctr; /);
test.serial(rejects, () => ['start', '-a', EXISTING, 'no-such-ctr'], /start -a takes one container/);
test.serial(rejects, () => ['start'], /missing required argument/);
test.serial(rejects, () => ['start', '--pod', POD, EXISTING], /unknown option '--pod'/);
test.serial(rejects, () => ['rm', '--auto', '-f', EXISTING], /--auto does not go with -f/);

test.serial(
  '--restart on-failure and unless-stopped: refused in one line where the restart monitor lacks them, else taken',
  async (t) => {
    await ready;
    const { client, busybox } = await fixture;
    const ns = client.namespace;
    const [plugin] = (await client.introspection.plugins(['id==restart'])).filter(
      (p) => p.type === 'io.containerd.internal.v1',
    );
    t.truthy(plugin, 'the restart plugin is loaded here');
    const version = (await client.version.version()).version;
    for (const policy of ['on-failure:2', 'unless-stopped']) {
      const name = unique('policy');
      t.teardown(rmQuietly(ns, name));
      const before = await namespaceInventory(ns);
      const r = await podCli(ns, ['create', '--name', name, '--net', 'none', '--restart', policy, busybox]);
      if (plugin!.capabilities.includes(policy.split(':')[0]!)) {
        t.is(r.exitCode, 0, r.stderr);
        t.is((await inspect(ns, name)).restartPolicy, policy);
      } else {
        t.is(r.exitCode, 125);
        t.is(
          r.stderr,
          `podctl: --restart ${policy}: the restart monitor of containerd ${version} supports only always; on-failure and unless-stopped need containerd 1.7 or newer; use --restart always\n`,
        );
        t.deepEqual(await namespaceInventory(ns), before, 'nothing created');
      }
    }
  },
);
