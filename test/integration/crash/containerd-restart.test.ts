// Issue 12: containerd dies (SIGKILL) under running pods and comes back. The test runs a
// containerd of its own (_private-containerd.ts) so that the host's is never touched. While it
// is down, the pod's published port answers, `logs -f` follows on, and podctl's commands fail in
// one line with 125, leaving nothing half-made on the host. Once it is back: ps, exec, logs -f,
// events and stop work on the same pods, a --restart always member that died meanwhile is
// restarted into its pod and, once stopped, stays stopped, a library client of before the crash
// answers again, a `run -d --rm` container that exited meanwhile is removed, and pod rm -f
// leaves nothing. About 35 s.
import test, { type ExecutionContext } from 'ava';
import { execa, type ResultPromise } from 'execa';
import { createServer, type AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { ContainerdClient } from '../../../src/containerd/client.js';
import { isUnavailable } from '../../../src/errors.js';
import { listPods, getPod } from '../../../src/records/pods.js';
import { LABELS } from '../../../src/state/labels.js';
import { podctl, podctlBin, testNamespace, type CliResult } from '../../helpers/cli.js';
import { httpGet } from '../network/_net.js';
import { unique } from '../pod/_helpers.js';
import { hostState, madeSince, podTraces } from './_host-state.js';
import { privateContainerd, processesServing, type PrivateContainerd } from './_private-containerd.js';
import { BUSYBOX, loadTestImages, NGINX, removeNamespaceOf } from './_images.js';

const ONE_LINE = /^podctl: [^\n]+$/;
/** The restart monitor looks every 10 s: a stopped member that stays stopped this long was seen by it. */
const MONITOR_PASS_MS = 12_000;
/** Requests to the pod while containerd is down, one a second. */
const DOWN_REQUESTS = 10;

/** podctl (the built CLI) on the private containerd, in the test's namespace. */
const cliOn = (d: PrivateContainerd, ns: string) => (args: string[]) =>
  podctl(['--address', d.address, '-n', ns, ...args]);

/** A podctl command left running (logs -f, events); its output so far, and a stop that sends SIGINT. */
interface Follower {
  readonly output: () => string;
  readonly running: () => boolean;
  waitFor(what: string | RegExp, ms?: number): Promise<boolean>;
  stop(): Promise<CliResult>;
}

function follow(t: ExecutionContext, d: PrivateContainerd, ns: string, args: string[]): Follower {
  const child: ResultPromise = execa(process.execPath, [podctlBin, '--address', d.address, '-n', ns, ...args], {
    reject: false,
    timeout: 110_000,
  });
  let out = '';
  let exited = false;
  child.stdout?.on('data', (b: Buffer) => (out += b.toString('utf8')));
  const done = child.then((r) => {
    exited = true;
    return { exitCode: r.exitCode ?? -1, stdout: out, stderr: String(r.stderr) };
  });
  t.teardown(async () => {
    if (!exited && child.pid !== undefined) process.kill(child.pid, 'SIGKILL');
    await done;
  });
  const matches = (what: string | RegExp) => (typeof what === 'string' ? out.includes(what) : what.test(out));
  return {
    output: () => out,
    running: () => !exited,
    async waitFor(what, ms = 10_000) {
      for (const end = Date.now() + ms; !matches(what) && Date.now() < end;) await sleep(100);
      return matches(what);
    },
    async stop() {
      if (!exited && child.pid !== undefined) process.kill(child.pid, 'SIGINT');
      return done;
    },
  };
}

const hostPortOf = (portLine: string) => Number(/:(\d+)\s*$/m.exec(portLine)?.[1] ?? NaN);

/** ps's rows, by name: its STATUS column. */
function psStatus(table: string): Map<string, string> {
  const rows = table.split('\n').slice(1).filter(Boolean);
  return new Map(rows.map((r) => [r.split(/\s{2,}/)[5] ?? '', r.split(/\s{2,}/)[4] ?? '']));
}

test.serial(
  'containerd killed under running pods: the pods live on, podctl fails cleanly while it is down and works on them once it is back',
  async (t) => {
    t.timeout(110_000);
    const started = Date.now();
    const phase = (what: string) => t.log(`${((Date.now() - started) / 1000).toFixed(1)} s: ${what}`);
    const ns = testNamespace('crash-restart');
    const d = await privateContainerd('restart');
    t.teardown(() => d.remove());
    await d.start();
    const cli = cliOn(d, ns);
    const ok = async (args: string[]) => {
      const r = await cli(args);
      t.is(r.exitCode, 0, `podctl ${args.join(' ')}: ${r.stderr}`);
      return r.stdout;
    };
    // A library user's client, made before the crash and kept through it.
    const client = new ContainerdClient({ address: d.address, namespace: ns });
    t.teardown(() => removeNamespaceOf(client, ns));
    await loadTestImages(cli);
    phase('private containerd up, images loaded');

    const [pod, web, keeper] = [unique('crashpod'), unique('web'), unique('keeper')];
    t.teardown(async () => {
      // A test that failed while containerd was down: the pod goes through podctl all the same.
      if (d.pid === undefined) await d.start().catch(() => undefined);
      await cli(['pod', 'rm', '-f', pod]);
    });
    await ok(['pod', 'create', '--name', pod, '-p', '80']);
    const podId = (await getPod(client, pod)).id;
    await ok(['run', '-d', '--pod', pod, '--name', web, NGINX]);
    const keeperArgs = ['sh', '-c', 'echo started; exec sleep 3600'];
    await ok(['run', '-d', '--pod', pod, '--name', keeper, '--restart', 'always', BUSYBOX, ...keeperArgs]);
    const port = hostPortOf(await ok(['port', pod]));
    t.true(port > 0, 'port shows the chosen host port');
    const url = (tag: string) => `http://127.0.0.1:${port}/?${tag}`;
    t.is((await httpGet(url('before'))).status, 200, 'nginx answers on the published port');
    const podShims = await processesServing(d.address);
    const earlyLogs = follow(t, d, ns, ['logs', '-f', web]);
    const earlyEvents = follow(t, d, ns, ['events']);
    t.true(await earlyLogs.waitFor('?before'), 'logs -f shows the first request');
    phase('pod up: nginx and a --restart always member');

    // A `run -d --rm` container that exits while containerd is down: its logger asks for its removal then.
    const shortLived = unique('rm');
    await ok(['run', '-d', '--rm', '--net', 'none', '--name', shortLived, BUSYBOX, 'sleep', '2']);
    const keeperPid = (await client.tasks.get(keeper)).pid;
    const before = await hostState(ns);
    await d.crash();
    phase('containerd killed');
    // The --restart always member dies while containerd is down: the monitor is down too.
    process.kill(keeperPid, 'SIGKILL');
    const shims = await processesServing(d.address);
    t.deepEqual(
      podShims.filter((pid) => shims.includes(pid)),
      podShims,
      "the pod's shim lives on",
    );
    // The library client is asked all along, as a program using podctl would ask it.
    let polling = true;
    const poller = (async () => {
      while (polling) {
        await client.version.version().catch(() => undefined);
        await sleep(200);
      }
    })();
    t.teardown(async () => {
      polling = false;
      await poller;
    });
    // Down long enough for the client's reconnect backoff to grow as it would in a real outage.
    const during = `during-${unique('r')}`;
    for (let i = 0; i < DOWN_REQUESTS; i++) {
      t.is((await httpGet(url(`${during}-${i}`), 5)).status, 200, 'the port answers while containerd is down');
      await sleep(1_000);
    }
    t.true(await earlyLogs.waitFor(`${during}-${DOWN_REQUESTS - 1}`), 'logs -f follows on while containerd is down');
    t.true(earlyLogs.running(), 'and logs -f is still running');
    // Host ports of their own, by which what these commands might leave is told from what other programs do.
    const markers = [await freePort(), await freePort()];
    const failing: string[][] = [
      ['ps'],
      ['pod', 'create', '--name', unique('nopod'), '-p', `${markers[0]}:80`],
      ['run', '-d', '--pod', pod, '--name', unique('nomember'), BUSYBOX, 'sleep', '60'],
      ['run', '-d', '--name', unique('nostandalone'), '-p', `${markers[1]}:80`, BUSYBOX, 'sleep', '60'],
    ];
    for (const args of failing) {
      const r = await cli(args);
      t.is(r.exitCode, 125, `podctl ${args.join(' ')}: ${r.stderr}`);
      t.regex(r.stderr.trim(), ONE_LINE, `podctl ${args[0]} ${args[1]}: one line on stderr`);
      t.regex(r.stderr, /cannot connect to containerd/);
    }
    const err = await t.throwsAsync(listPods(client));
    t.true(isUnavailable(err), `the library says unavailable: ${String(err)}`);
    t.deepEqual(
      await madeSince(before, await hostState(ns), markers),
      [],
      'the failed commands left nothing on the host',
    );
    const ended = await earlyEvents.stop();
    t.is(ended.exitCode, 125, 'events, following when containerd died, ends with 125');
    t.regex(ended.stderr.trim(), ONE_LINE, 'in one line');
    phase('while down: port, logs -f, four commands failing in one line, nothing made');

    await d.start();
    const back = Date.now();
    await retryUntil(() => client.version.version());
    const reconnectMs = Date.now() - back;
    polling = false;
    phase(`containerd back; the library client answers after ${reconnectMs} ms`);
    t.true(reconnectMs < 2_500, `the library client of before answers within 2.5 s of containerd (${reconnectMs} ms)`);

    const keeperRuns = async () => (await ok(['logs', keeper])).split('\n').filter((l) => l === 'started').length;
    let runs = await keeperRuns();
    for (const end = Date.now() + MONITOR_PASS_MS; runs < 2 && Date.now() < end; await sleep(200))
      runs = await keeperRuns();
    t.is(runs, 2, 'the monitor restarts the member that died while containerd was down, into the same log');
    const ps = psStatus(await ok(['ps', '-a']));
    t.is(ps.get(web), 'Up', 'ps shows nginx running');
    t.is(ps.get(keeper), 'Up', 'and the --restart always member');
    t.regex(await ok(['exec', keeper, 'ps']), /^\s*1\s+\S+\s+\/pause\s*$/m, 'in the pod: /pause is its PID 1');
    t.is((await httpGet(url('after'))).status, 200, 'the port answers');
    t.is((await ok(['exec', keeper, 'sh', '-c', 'echo exec-after-restart'])).trim(), 'exec-after-restart');
    t.true(await earlyLogs.waitFor('?after'), 'logs -f of before the crash follows on after it');
    const lateLogs = follow(t, d, ns, ['logs', '-f', '--tail', '0', web]);
    await sleep(500);
    const late = `late-${unique('r')}`;
    t.is((await httpGet(url(late))).status, 200);
    t.true(await lateLogs.waitFor(late), 'logs -f started after the restart follows new lines');
    let removed = false;
    for (const end = Date.now() + 10_000; !removed && Date.now() < end; await sleep(200))
      removed = !psStatus(await ok(['ps', '-a'])).has(shortLived);
    t.true(removed, 'the --rm container that exited while containerd was down is removed once it is back');
    phase('after: ps, port, exec, logs -f, the --rm container gone');

    const events = follow(t, d, ns, ['events', '--filter', 'type=task']);
    await sleep(500);
    await ok(['stop', '-t', '2', keeper]);
    t.true(
      await events.waitFor(new RegExp(`/tasks/exit container=${keeper}\\b`)),
      `events prints the member's exit:\n${events.output()}`,
    );
    t.is((await client.containers.get(keeper)).labels[LABELS.monitorStatus], 'stopped', 'the monitor is told');
    const stoppedAt = Date.now();
    while (Date.now() - stoppedAt < MONITOR_PASS_MS) {
      t.not(psStatus(await ok(['ps', '-a'])).get(keeper), 'Up', 'the stopped member stays stopped');
      await sleep(1_000);
    }
    t.notRegex(events.output(), new RegExp(`/tasks/start container=${keeper}\\b`), 'no start by the monitor');
    await ok(['start', keeper]);
    t.true(await events.waitFor(new RegExp(`/tasks/start container=${keeper}\\b`)), 'events prints its start');
    t.is(psStatus(await ok(['ps'])).get(keeper), 'Up');
    phase('after: stop stays stopped through a monitor pass, events, start');

    for (const f of [earlyLogs, lateLogs, events]) await f.stop();
    await ok(['pod', 'rm', '-f', pod]);
    t.deepEqual(await podTraces(ns, podId), [], 'pod rm -f leaves no netns pin, CNI state, rule or run dir');
    t.deepEqual(await client.containers.list(), [], 'nor any container');
    t.deepEqual(
      (await processesServing(d.address)).filter((pid) => podShims.includes(pid)),
      [],
      "the pod's shim is gone",
    );
    phase('pod rm -f: nothing left');
  },
);

/** A TCP port nothing listens on now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '0.0.0.0', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Calls `probe` until it resolves (at most 30 s). */
async function retryUntil<T>(probe: () => Promise<T>): Promise<T> {
  const end = Date.now() + 30_000;
  for (;;) {
    try {
      return await probe();
    } catch (err) {
      if (Date.now() > end) throw err;
      await sleep(50);
    }
  }
}
