// The classic pause-container walk-through (issue 4, point 6), through the built CLI as a user
// runs it: nginx with examples/walkthrough/nginx.conf in front of an app that listens only on
// 127.0.0.1:2368, in the docker style (containers joining a pause container) and in the pod
// style, port 80 published on host port 8880 as in the issue (5: on 127.0.0.1 and on the host's
// own address). Then interop with ctr (issue 4, point 8), and rm leaving nothing behind (point 7),
// iptables rules and the pinned netns included.
import test, { type ExecutionContext } from 'ava';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { execa } from 'execa';
import { DEFAULT_INFRA_IMAGE } from '../../../src/image/defaults.js';
import { podctlBin, repoRoot, type CliResult } from '../../helpers/cli.js';
import { testImageArchive } from '../../helpers/oci-dir.js';
import { hostAddress, httpGet, inspectPod, leftovers } from '../network/_net.js';
import { cleanNamespace, namespaceInventory, podFixture, type PodFixture, unique } from '../pod/_helpers.js';

const NGINX = 'localhost/podctl/nginx:latest';
const walkthroughDir = join(repoRoot, 'examples', 'walkthrough');

const fixture: Promise<PodFixture> = podFixture('walkthrough').then(async (f) => {
  await execa('ctr', ['-n', f.client.namespace, 'images', 'import', await testImageArchive('nginx')], {
    timeout: 120_000,
  });
  return f;
});
fixture.catch(() => undefined);
test.after.always(async () => {
  const f = await fixture.catch(() => undefined);
  if (f) await cleanNamespace(f.client);
});

/** The built CLI in the fixture's namespace, run from the walk-through's directory (for ./nginx.conf). */
async function cli(ns: string, args: string[]): Promise<CliResult> {
  const r = await execa(process.execPath, [podctlBin, '-n', ns, ...args], {
    cwd: walkthroughDir,
    reject: false,
    timeout: 60_000,
  });
  return { exitCode: r.exitCode ?? -1, stdout: r.stdout, stderr: r.stderr };
}

async function ok(t: ExecutionContext, ns: string, args: string[]): Promise<string> {
  const r = await cli(ns, args);
  t.is(r.exitCode, 0, `podctl ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

const APP_PAGE = 'hello from the app on 127.0.0.1:2368';
const appCommand = [
  'sh',
  '-c',
  `mkdir -p /www && echo '${APP_PAGE}' > /www/index.html && exec httpd -f -p 127.0.0.1:2368 -h /www`,
];

/** What the pod must show once nginx and the app run: PID 1, both servers, and a request through nginx. */
async function checkPod(t: ExecutionContext, ns: string, app: string): Promise<void> {
  const ps = await ok(t, ns, ['exec', app, 'ps', 'aux']);
  t.regex(ps, /^\s*1\s+\S+\s+.*\/pause\s*$/m, `/pause is PID 1:\n${ps}`);
  t.regex(ps, /nginx: master process/, 'the nginx master is in the PID namespace');
  t.regex(ps, /nginx: worker process/, 'and its worker');
  t.regex(ps, /httpd -f -p 127\.0\.0\.1:2368/, 'and the app');
  // Only nginx listens on port 80, and it answers with the app's page: the request went through it.
  let page = await cli(ns, ['exec', app, 'wget', '-q', '-O', '-', 'http://localhost:80/']);
  for (let i = 0; i < 50 && page.stdout.trim() !== APP_PAGE; i++) {
    await sleep(100);
    page = await cli(ns, ['exec', app, 'wget', '-q', '-O', '-', 'http://localhost:80/']);
  }
  t.is(page.stdout.trim(), APP_PAGE, page.stderr);
}

const PORT = 8880;

/** The published port reaches nginx, which reaches the app, from the host: on 127.0.0.1 and on the host's address. */
async function checkPublished(t: ExecutionContext): Promise<void> {
  for (const host of ['127.0.0.1', await hostAddress()]) {
    t.deepEqual(await httpGet(`http://${host}:${PORT}/`), { status: 200, body: `${APP_PAGE}\n` }, `${host}:${PORT}`);
  }
}

/** ctr sees podctl's containers and tasks, and each carries nerdctl's name label. */
async function checkInterop(t: ExecutionContext, ns: string, names: string[]): Promise<void> {
  const containers = (await execa('ctr', ['-n', ns, 'containers', 'ls', '-q'])).stdout.split('\n');
  const tasks = (await execa('ctr', ['-n', ns, 'tasks', 'ls'])).stdout;
  for (const name of names) {
    t.true(containers.includes(name), `ctr containers ls shows ${name}`);
    t.regex(tasks, new RegExp(`^${name}\\s+\\d+\\s+RUNNING$`, 'm'), `ctr tasks ls shows ${name} running`);
    const info = JSON.parse((await execa('ctr', ['-n', ns, 'containers', 'info', name])).stdout) as {
      Labels: Record<string, string>;
    };
    t.is(info.Labels['nerdctl/name'], name, `${name} carries nerdctl/name`);
  }
}

test.serial('docker style: pause publishing 8880:80, then nginx and the app joining its namespaces', async (t) => {
  const { client, busybox } = await fixture;
  const ns = client.namespace;
  const [pause, nginx, app] = [unique('pause'), unique('nginx'), unique('app')];
  const before = await namespaceInventory(ns);
  t.teardown(async () => void (await cli(ns, ['rm', '-f', app, nginx, pause])));

  t.is(await ok(t, ns, ['run', '-d', '--name', pause, '-p', `${PORT}:80`, DEFAULT_INFRA_IMAGE]), pause);
  const join = [`--net=container:${pause}`, `--ipc=container:${pause}`, `--pid=container:${pause}`];
  await ok(t, ns, ['run', '-d', '--name', nginx, '-v', './nginx.conf:/etc/nginx/nginx.conf:ro', ...join, NGINX]);
  await ok(t, ns, ['run', '-d', '--name', app, ...join, busybox, ...appCommand]);

  await checkPod(t, ns, app);
  await checkPublished(t);
  await checkInterop(t, ns, [pause, nginx, app]);
  const labels = (
    JSON.parse((await execa('ctr', ['-n', ns, 'containers', 'info', pause])).stdout) as {
      Labels: Record<string, string>;
    }
  ).Labels;
  const network = {
    id: labels['podctl.io/network-id'] ?? '',
    ip: (labels['podctl.io/ip'] ?? '').replace(/\/\d+$/, ''),
  };
  t.regex(network.id, /^[0-9a-f]{64}$/, "pause's CNI container ID is in its labels");
  t.regex(network.ip, /^\d+\.\d+\.\d+\.\d+$/, 'and its IP');

  await ok(t, ns, ['rm', '-f', app, nginx, pause]);
  t.deepEqual(await namespaceInventory(ns), before, 'rm -f leaves nothing');
  t.deepEqual(await leftovers([network]), [], 'nor any iptables rule, netns or CNI state');
});

test.serial('pod style: pod create -p 8880:80, then nginx and the app with --pod', async (t) => {
  const { client, busybox } = await fixture;
  const ns = client.namespace;
  const [blog, nginx, app] = [unique('blog'), unique('nginx'), unique('app')];
  const before = await namespaceInventory(ns);
  t.teardown(async () => void (await cli(ns, ['pod', 'rm', '-f', blog])));

  const podId = (await ok(t, ns, ['pod', 'create', '--name', blog, '-p', `${PORT}:80`])).trim();
  t.regex(podId, /^[0-9a-f]{12,64}$/, 'pod create prints the pod ID');
  await ok(t, ns, [
    'run',
    '-d',
    '--pod',
    blog,
    '--name',
    nginx,
    '-v',
    `${join(walkthroughDir, 'nginx.conf')}:/etc/nginx/nginx.conf:ro`,
    NGINX,
  ]);
  await ok(t, ns, ['run', '-d', '--pod', blog, '--name', app, busybox, ...appCommand]);

  await checkPod(t, ns, app);
  await checkPublished(t);
  const { id, ip } = await inspectPod(ns, blog);
  t.regex(ip, /^\d+\.\d+\.\d+\.\d+$/, 'the pod has an IP');
  const pods = JSON.parse(await ok(t, ns, ['pod', 'ls', '--format', 'json'])) as { name: string; containers: number }[];
  t.like(
    pods.find((p) => p.name === blog),
    { name: blog },
  );
  const listed = await ok(t, ns, ['ps', '--pod', blog]);
  for (const name of [nginx, app]) t.regex(listed, new RegExp(`^${name}\\s`, 'm'), `ps --pod lists ${name}`);

  await ok(t, ns, ['pod', 'rm', '-f', blog]);
  t.deepEqual(await namespaceInventory(ns), before, 'pod rm -f leaves nothing');
  t.deepEqual(await leftovers([{ id, ip }]), [], 'nor any iptables rule, netns or CNI state');
});

test.serial('ten concurrent pod create --name same: exactly one succeeds, the rest say it exists', async (t) => {
  const { client } = await fixture;
  const ns = client.namespace;
  const name = unique('same');
  const before = await namespaceInventory(ns);
  t.teardown(async () => void (await cli(ns, ['pod', 'rm', '-f', name])));
  const results = await Promise.all(Array.from({ length: 10 }, () => cli(ns, ['pod', 'create', '--name', name])));
  const won = results.filter((r) => r.exitCode === 0);
  t.is(won.length, 1, results.map((r) => r.stderr).join('\n'));
  for (const r of results.filter((x) => x.exitCode !== 0)) {
    t.is(r.exitCode, 125);
    t.regex(r.stderr, /^podctl: [^\n]*already exists[^\n]*$/, 'one line, saying the pod exists');
  }
  const pods = JSON.parse(await ok(t, ns, ['pod', 'ls', '--format', 'json'])) as { name: string }[];
  t.is(pods.filter((p) => p.name === name).length, 1);
  await ok(t, ns, ['pod', 'rm', '-f', name]);
  t.deepEqual(await namespaceInventory(ns), before, 'the losers left nothing either');
});
