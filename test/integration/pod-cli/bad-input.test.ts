// Bad input to the pod and container commands: one line on stderr, exit code 125, and nothing
// created: ctr shows the same containers, tasks, snapshots and leases before and after.
import test, { type ExecutionContext } from 'ava';
import { podCli } from '../../helpers/pod-cli.js';
import { cleanNamespace, namespaceInventory, podFixture, type PodFixture, unique } from '../pod/_helpers.js';

const fixture: Promise<PodFixture> = podFixture('pod-cli-bad');
fixture.catch(() => undefined);
// One pod with one member, made once: the names the duplicate cases collide with.
const POD = unique('pod');
const MEMBER = unique('app');
const ready = fixture.then(async ({ client, busybox }) => {
  const made = [
    await podCli(client.namespace, ['pod', 'create', '--name', POD]),
    await podCli(client.namespace, ['run', '-d', '--pod', POD, '--name', MEMBER, busybox, 'sleep', '300']),
  ];
  const failed = made.find((r) => r.exitCode !== 0);
  if (failed) throw new Error(failed.stderr);
});
ready.catch(() => undefined);
test.after.always(async () => {
  const f = await fixture.catch(() => undefined);
  if (!f) return;
  await podCli(f.client.namespace, ['pod', 'rm', '-f', POD]);
  await cleanNamespace(f.client);
});

const rejects = test.macro({
  async exec(t: ExecutionContext, args: (image: string) => string[], message: RegExp) {
    await ready;
    const { client, busybox } = await fixture;
    const before = await namespaceInventory(client.namespace);
    const r = await podCli(client.namespace, args(busybox));
    t.is(r.exitCode, 125);
    t.is(r.stdout, '');
    t.regex(r.stderr, /^podctl: [^\n]+\n$/, 'one line');
    t.regex(r.stderr, message);
    t.deepEqual(await namespaceInventory(client.namespace), before, 'nothing created');
  },
  title: (given = '', args: (image: string) => string[]) => `${given} ${args('IMAGE').join(' ')}`.trim(),
});

const NEW = 'fresh-pod';
test.serial(
  'bad --share',
  rejects,
  () => ['pod', 'create', '--name', NEW, '--share', 'net,disk'],
  /--share: must be a comma list of net, ipc, uts, pid/,
);
test.serial(
  'bad --label',
  rejects,
  () => ['pod', 'create', '--name', NEW, '--label', 'novalue'],
  /--label: must be key=value/,
);
test.serial(
  'reserved --label',
  rejects,
  () => ['pod', 'create', '--name', NEW, '--label', 'podctl.io/role=app'],
  /reserved prefix/,
);
test.serial(
  'unknown --network',
  rejects,
  () => ['pod', 'create', '--name', NEW, '--network', 'no-such-net'],
  /no such network: no-such-net/,
);
test.serial(
  '-p with --network none',
  rejects,
  () => ['pod', 'create', '--name', NEW, '--network', 'none', '-p', '80'],
  /-p\/--publish needs a bridge network/,
);
test.serial(
  'bad --add-host',
  rejects,
  () => ['pod', 'create', '--name', NEW, '--add-host', 'db'],
  /invalid value for --add-host: "db"/,
);
test.serial(
  'bad --dns',
  rejects,
  () => ['pod', 'create', '--name', NEW, '--dns', 'resolver'],
  /--dns: "resolver" is not an IP address/,
);
test.serial('bad pod name', rejects, () => ['pod', 'create', '--name', 'no/slash'], /invalid pod name/);
test.serial('duplicate pod', rejects, () => ['pod', 'create', '--name', POD], /already exists/);
test.serial('bad -t', rejects, () => ['pod', 'stop', '-t', 'soon', POD], /--time/);
test.serial(
  '--pod naming no pod',
  rejects,
  (image) => ['run', '-d', '--pod', 'no-such-pod', '--name', 'x1', image],
  /no such pod: no-such-pod/,
);
test.serial(
  'duplicate container name',
  rejects,
  (image) => ['run', '-d', '--pod', POD, '--name', MEMBER, image],
  /name \S+ is already in use/,
);
test.serial(
  'container named like the pod',
  rejects,
  (image) => ['run', '-d', '--pod', POD, '--name', POD, image],
  /already in use/,
);
test.serial(
  'malformed -e',
  rejects,
  (image) => ['run', '-d', '--pod', POD, '--name', 'x2', '-e', '=oops', image],
  /--env: must be KEY=VALUE/,
);
test.serial(
  '-p on a member',
  rejects,
  (image) => ['run', '-d', '--pod', POD, '--name', 'x3', '-p', '8080:80', image],
  /publish ports on the pod/,
);
test.serial(
  '-it without a terminal on stdin',
  rejects,
  (image) => ['run', '-it', '--pod', POD, '--name', 'x4', image],
  /the input device is not a TTY/,
);
test.serial('exec -d with -t', rejects, () => ['exec', '-d', '-t', MEMBER, 'true'], /exec -d does not take -i or -t/);
test.serial(
  'unknown run option',
  rejects,
  (image) => ['run', '-d', '--pod', POD, '--bogus', image],
  /unknown option '--bogus'/,
);
test.serial('exec in no container', rejects, () => ['exec', 'no-such-ctr', 'true'], /no such container: no-such-ctr/);
test.serial('logs of no container', rejects, () => ['logs', 'no-such-ctr'], /no such container/);
test.serial('pod logs of no container', rejects, () => ['pod', 'logs', '-c', 'nope', POD], /has no container nope/);
test.serial('pod inspect of no pod', rejects, () => ['pod', 'inspect', 'no-such-pod'], /no such pod/);
test.serial('ps of no pod', rejects, () => ['ps', '--pod', 'no-such-pod'], /no such pod/);
