#!/usr/bin/env node
// podctl's benchmarks. Each figure is a ratio against a baseline measured in the same run,
// runs interleaved, so that a noisy shared machine affects both sides alike.
//
//   npm run bench                 all benchmarks
//   npm run bench -- --runs 50    more runs per side (default 30)
//   npm run bench -- --json       machine-readable output
//   npm run bench -- --only pull  one benchmark: startup, pull or podup (repeatable)
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
// The podctl command as npm installs it: bin/podctl, which starts Node.js on bin/podctl.cjs.
const podctl = fileURLToPath(new URL('../bin/podctl', import.meta.url));
// It runs the `node` of PATH: the one running this script, as the baselines do.
process.env.PATH = `${process.execPath.slice(0, process.execPath.lastIndexOf('/'))}:${process.env.PATH ?? ''}`;

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '30' },
    json: { type: 'boolean', default: false },
    only: { type: 'string', multiple: true },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 3) {
  console.error('bench: --runs takes an integer of at least 3');
  process.exit(2);
}

function timeOnce(command, args, env = process.env) {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr.toString().trim()}`);
  }
  return ms;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** Runs both commands `runs` times, interleaved, after two warm-up rounds. */
function compare(name, baseline, subject, target, env = process.env) {
  const times = { baseline: [], subject: [] };
  for (let i = 0; i < runs + 2; i++) {
    const b = timeOnce(...baseline, env);
    const s = timeOnce(...subject, env);
    if (i >= 2) {
      times.baseline.push(b);
      times.subject.push(s);
    }
  }
  const baselineMs = median(times.baseline);
  const subjectMs = median(times.subject);
  return {
    name,
    baseline: baseline.flat().join(' ').replace(root, ''),
    subject: subject.flat().join(' ').replace(root, ''),
    baselineMedianMs: Number(baselineMs.toFixed(1)),
    subjectMedianMs: Number(subjectMs.toFixed(1)),
    ratio: Number((subjectMs / baselineMs).toFixed(2)),
    target,
    pass: subjectMs / baselineMs <= target,
  };
}

const sections = ['startup', 'pull', 'podup'];
const only = new Set(values.only ?? sections);
for (const name of only) {
  if (!sections.includes(name)) {
    console.error(`bench: --only takes ${sections.join(', ')}`);
    process.exit(2);
  }
}

const results = [];
if (only.has('startup')) {
  results.push(
    compare(
      'CLI start-up: podctl version (connect and one RPC) vs node -e 0',
      [process.execPath, ['-e', '0']],
      [podctl, ['version']],
      1.5,
    ),
  );
}

// NODE_EXTRA_CA_CERTS makes Node.js parse a CA bundle at every start. `node -e 0` pays for it;
// the podctl command does not (bin/podctl defers the file to podctl's TLS code), which flatters
// the ratio above: report the figure without it as well, where both sides start alike.
if (only.has('startup') && process.env.NODE_EXTRA_CA_CERTS) {
  const { NODE_EXTRA_CA_CERTS: _, ...env } = process.env;
  results.push({
    ...compare(
      'CLI start-up, without NODE_EXTRA_CA_CERTS (information)',
      [process.execPath, ['-e', '0']],
      [podctl, ['version']],
      1.5,
      env,
    ),
    informational: true,
  });
}

// ---- Pull: podctl pull vs ctr images pull --plain-http, from a local registry ----
// Cold pulls of the nginx test image (three layers) from docker-registry (distribution) on
// 127.0.0.1, started here with the image pushed by skopeo. Each run pulls into a namespace of
// its own, which is emptied (image removed with a synchronous GC) and removed before the next.
// Runs interleave the two sides, alternating which goes first. --runs N sets the runs; 10 by
// default here, as each one is a whole pull.
if (only.has('pull')) {
  const { mkdtempSync, rmSync, writeFileSync, existsSync } = await import('node:fs');
  const { spawn } = await import('node:child_process');
  const http = await import('node:http');
  const net = await import('node:net');
  const { tmpdir } = await import('node:os');
  const path = await import('node:path');

  const pullRuns = process.argv.includes('--runs') ? runs : 10;
  const archive = path.join(root, 'images', 'nginx.oci.tar');
  const missing = ['docker-registry', 'skopeo', 'ctr'].filter(
    (bin) => spawnSync('sh', ['-c', `command -v ${bin}`]).status !== 0,
  );
  const skip =
    process.getuid?.() !== 0
      ? 'needs root (containerd)'
      : missing.length > 0
        ? `missing ${missing.join(', ')} (scripts/prepare-host.sh installs them)`
        : spawnSync('ctr', ['version'], { stdio: 'ignore' }).status !== 0
          ? 'containerd is not reachable'
          : undefined;
  if (skip) {
    console.error(`bench: pull benchmark skipped: ${skip}`);
  } else {
    if (!existsSync(archive))
      spawnSync('bash', [path.join(root, 'scripts', 'build-nginx-image.sh')], { stdio: 'inherit' });
    const freePort = () =>
      new Promise((resolve, reject) => {
        const srv = net.createServer().on('error', reject);
        srv.listen(0, '127.0.0.1', () => {
          const { port } = srv.address();
          srv.close(() => resolve(port));
        });
      });
    const answers = (url) =>
      new Promise((resolve) => {
        http
          .get(url, { timeout: 1_000 }, (res) => {
            res.resume();
            resolve(res.statusCode === 200);
          })
          .on('error', () => resolve(false));
      });
    const dir = mkdtempSync(path.join(tmpdir(), 'podctl-bench-registry-'));
    const port = await freePort();
    const host = `127.0.0.1:${port}`;
    writeFileSync(
      path.join(dir, 'config.yml'),
      [
        'version: 0.1',
        'log:',
        '  level: warn',
        '  accesslog:',
        '    disabled: true',
        'storage:',
        '  filesystem:',
        `    rootdirectory: ${JSON.stringify(path.join(dir, 'storage'))}`,
        '  delete:',
        '    enabled: true',
        'http:',
        `  addr: ${host}`,
        'health:',
        '  storagedriver:',
        '    enabled: false',
        '',
      ].join('\n'),
    );
    const registry = spawn('docker-registry', ['serve', path.join(dir, 'config.yml')], { stdio: 'ignore' });
    const exited = new Promise((resolve) => registry.once('exit', resolve));
    try {
      const deadline = Date.now() + 15_000;
      while (!(await answers(`http://${host}/v2/`))) {
        if (Date.now() > deadline || registry.exitCode !== null)
          throw new Error(`bench: docker-registry did not answer on ${host}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      const ref = `${host}/bench/nginx:v1`;
      const pushed = spawnSync(
        'skopeo',
        [
          'copy',
          '--retry-times',
          '0',
          '--dest-tls-verify=false',
          '--dest-no-creds',
          `oci-archive:${archive}`,
          `docker://${ref}`,
        ],
        { stdio: ['ignore', 'ignore', 'pipe'] },
      );
      if (pushed.status !== 0) throw new Error(`bench: skopeo copy failed: ${pushed.stderr}`);

      const empty = (ns) => {
        spawnSync('ctr', ['-n', ns, 'images', 'rm', '--sync', ref], { stdio: 'ignore' });
        spawnSync('ctr', ['namespaces', 'rm', ns], { stdio: 'ignore' });
      };
      const pullBench = (label, env) => {
        const times = { baseline: [], subject: [] };
        const sides = {
          baseline: (ns) => timeOnce('ctr', ['-n', ns, 'images', 'pull', '--plain-http', ref], env),
          subject: (ns) => timeOnce(podctl, ['-n', ns, 'pull', ref], env),
        };
        // One warm-up round, then the measured ones.
        for (let i = 0; i < pullRuns + 1; i++) {
          const order = i % 2 === 0 ? ['baseline', 'subject'] : ['subject', 'baseline'];
          for (const side of order) {
            const ns = `podctl-bench-pull-${process.pid}-${side}-${i}`;
            empty(ns);
            try {
              const ms = sides[side](ns);
              if (i > 0) times[side].push(ms);
            } finally {
              empty(ns);
            }
          }
        }
        const baselineMs = median(times.baseline);
        const subjectMs = median(times.subject);
        return {
          name: `Pull nginx (3 layers, cold) from a local registry: podctl pull vs ctr images pull${label}`,
          baseline: `ctr -n <ns> images pull --plain-http ${ref}`,
          subject: `podctl -n <ns> pull ${ref}`,
          runs: pullRuns,
          baselineMedianMs: Number(baselineMs.toFixed(1)),
          subjectMedianMs: Number(subjectMs.toFixed(1)),
          ratio: Number((subjectMs / baselineMs).toFixed(2)),
          target: 1.0,
          pass: subjectMs / baselineMs <= 1.0,
        };
      };
      results.push(pullBench('', process.env));
      // NODE_EXTRA_CA_CERTS would cost podctl's side alone (ctr is Go); the podctl command
      // defers it (bin/podctl). The pull without it, for information.
      if (process.env.NODE_EXTRA_CA_CERTS) {
        const { NODE_EXTRA_CA_CERTS: _, ...env } = process.env;
        results.push({ ...pullBench(', without NODE_EXTRA_CA_CERTS (information)', env), informational: true });
      }
    } finally {
      registry.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
      if (registry.exitCode === null && registry.signalCode === null) registry.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

// ---- Pod up: a pod of pause + two busybox members, through the library and the CLI, vs ctr ----
// From nothing to three running tasks (network none), each run in a containerd namespace of its
// own into which the images are imported beforehand (not timed), emptied and removed after it,
// even when it fails. The sides interleave, rotating which goes first, after one warm-up round:
// the library (createPod + runMember x2, timed in-process, the import excluded; the members one
// after the other, and both at once), the library with a bridge and a published port, the CLI
// (pod create + run -d x2, three processes), and a bash script of ctr run -d --null-io, the
// members joining the pause task's namespaces. --runs N sets the runs; 5 by default here. Then
// one more pod, made by the library, for the runc shims serving it and their memory.
if (only.has('podup')) {
  const { existsSync, readdirSync, readFileSync } = await import('node:fs');
  const path = await import('node:path');
  const { pathToFileURL } = await import('node:url');

  const podRuns = process.argv.includes('--runs') ? runs : 5;
  const pauseImage = 'localhost/podctl/pause:0.1.0';
  const busyboxImage = 'localhost/podctl/busybox:latest';
  const archives = [path.join(root, 'images', 'pause.oci.tar'), path.join(root, 'images', 'busybox.oci.tar')];
  const libEntry = path.join(root, 'dist', 'index.js');
  const skip =
    process.getuid?.() !== 0
      ? 'needs root (containerd)'
      : spawnSync('sh', ['-c', 'command -v ctr']).status !== 0
        ? 'missing ctr (scripts/prepare-host.sh installs it)'
        : spawnSync('ctr', ['version'], { stdio: 'ignore' }).status !== 0
          ? 'containerd is not reachable'
          : !existsSync(libEntry)
            ? 'dist/index.js is missing (npm run build)'
            : undefined;
  if (skip) {
    console.error(`bench: pod-up benchmark skipped: ${skip}`);
  } else {
    const script = (name) =>
      spawnSync('bash', [path.join(root, 'scripts', name)], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    if (!existsSync(archives[0])) script('build-pause-image.sh');
    if (!existsSync(archives[1])) script('build-test-images.sh');
    if (!existsSync(path.join(root, 'native', 'build', 'podctl-logger'))) script('build-logger.sh');
    const lib = await import(pathToFileURL(libEntry).href);
    const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
    const quiet = { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' };
    const ctrList = (ns, what) =>
      (spawnSync('ctr', ['-n', ns, ...what, 'ls', '-q'], quiet).stdout ?? '').split('\n').filter(Boolean);
    const must = (cmd, args) => {
      const r = spawnSync(cmd, args, quiet);
      if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${(r.stderr ?? '').trim()}`);
    };
    const prepare = (ns) => {
      for (const archive of archives) must('ctr', ['-n', ns, 'images', 'import', archive]);
    };
    /** Everything in the namespace, then the namespace: pod rm -f, then ctr for whatever is left. */
    const empty = async (ns) => {
      if (!ctrList('', ['namespaces']).includes(ns)) return;
      spawnSync(podctl, ['-n', ns, 'pod', 'rm', '-f', 'p'], quiet);
      for (let attempt = 0; attempt < 20; attempt++) {
        for (const task of ctrList(ns, ['tasks'])) spawnSync('ctr', ['-n', ns, 'tasks', 'rm', '-f', task], quiet);
        for (const c of ctrList(ns, ['containers'])) spawnSync('ctr', ['-n', ns, 'containers', 'rm', c], quiet);
        for (const lease of ctrList(ns, ['leases'])) spawnSync('ctr', ['-n', ns, 'leases', 'rm', lease], quiet);
        const images = ctrList(ns, ['images']);
        if (images.length > 0) spawnSync('ctr', ['-n', ns, 'images', 'rm', '--sync', ...images], quiet);
        if (spawnSync('ctr', ['namespaces', 'rm', ns], quiet).status === 0 && !ctrList('', ['namespaces']).includes(ns))
          return;
        await sleep(250);
      }
      console.error(`bench: could not remove containerd namespace ${ns}`);
    };
    const timeLibrary = async (ns, network = { network: 'none' }, atOnce = false) => {
      const started = process.hrtime.bigint();
      const client = new lib.ContainerdClient({ namespace: ns });
      try {
        const pod = await lib.createPod(client, { name: 'p', ...network });
        const member = (name) => ({ name, image: busyboxImage, args: ['sleep', '300'] });
        if (atOnce) await lib.runMembers(client, pod, ['a1', 'a2'].map(member));
        else for (const name of ['a1', 'a2']) await lib.runMember(client, pod, member(name));
        return Number(process.hrtime.bigint() - started) / 1e6;
      } finally {
        client.close();
      }
    };
    // The members started together (runMembers), as a script that knows them all would.
    const timeLibraryAtOnce = (ns) => timeLibrary(ns, { network: 'none' }, true);
    const timeCli = (ns) => {
      const started = process.hrtime.bigint();
      must(podctl, ['-n', ns, 'pod', 'create', '--name', 'p', '--network', 'none']);
      for (const name of ['a1', 'a2'])
        must(podctl, ['-n', ns, 'run', '-d', '--pod', 'p', '--name', name, busyboxImage, 'sleep', '300']);
      return Number(process.hrtime.bigint() - started) / 1e6;
    };
    const ctrScript = [
      'set -euo pipefail',
      'ns=$1',
      `ctr -n "$ns" run -d --null-io ${pauseImage} pause`,
      `pid=$(ctr -n "$ns" tasks ls | awk '$1 == "pause" { print $2 }')`,
      'for name in a1 a2; do',
      '  ctr -n "$ns" run -d --null-io --with-ns pid:/proc/$pid/ns/pid --with-ns network:/proc/$pid/ns/net \\',
      `    --with-ns ipc:/proc/$pid/ns/ipc --with-ns uts:/proc/$pid/ns/uts ${busyboxImage} "$name" sleep 300`,
      'done',
    ].join('\n');
    const timeCtr = (ns) => timeOnce('bash', ['-c', ctrScript, 'bash', ns]);
    // The bridge side: podctl's default network, one port published on a free host port.
    const timeBridge = (ns) =>
      timeLibrary(ns, {
        network: 'bridge',
        publish: [{ hostIP: '0.0.0.0', hostPort: 0, containerPort: 80, protocol: 'tcp' }],
      });
    const sides = {
      library: timeLibrary,
      libraryAtOnce: timeLibraryAtOnce,
      bridge: timeBridge,
      cli: timeCli,
      ctr: timeCtr,
    };
    const running = (ns) => {
      const out = spawnSync('ctr', ['-n', ns, 'tasks', 'ls'], quiet).stdout ?? '';
      return out
        .split('\n')
        .slice(1)
        .filter((l) => /\bRUNNING\b/.test(l)).length;
    };

    const times = { library: [], libraryAtOnce: [], bridge: [], cli: [], ctr: [] };
    const names = Object.keys(sides);
    for (let i = 0; i < podRuns + 1; i++) {
      const order = names.map((_, k) => names[(k + i) % names.length]);
      for (const side of order) {
        const ns = `podctl-bench-podup-${process.pid}-${side}-${i}`;
        await empty(ns);
        try {
          prepare(ns);
          const ms = await sides[side](ns);
          const up = running(ns);
          if (up !== 3) throw new Error(`bench: pod-up ${side}: ${up} tasks running, not 3`);
          if (i > 0) times[side].push(ms);
        } finally {
          await empty(ns);
        }
      }
    }

    // The shims serving one podctl pod: those of its containerd namespace (a shim's arguments
    // name it), so that other work on the host does not count, and their VmRSS.
    const shims = (ns) => {
      const pids = [];
      for (const entry of readdirSync('/proc')) {
        if (!/^\d+$/.test(entry)) continue;
        try {
          const argv = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
          const at = argv.indexOf('-namespace');
          if (path.basename(argv[0]) === 'containerd-shim-runc-v2' && at > 0 && argv[at + 1] === ns)
            pids.push(Number(entry));
        } catch {
          /* gone */
        }
      }
      return pids;
    };
    const rssKiB = (pid) =>
      Number(/^VmRSS:\s*(\d+)\s*kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN);
    const shimsOf = async (label, up) => {
      const ns = `podctl-bench-podup-${process.pid}-shims-${label}`;
      await empty(ns);
      try {
        prepare(ns);
        await up(ns);
        const added = shims(ns);
        return { count: added.length, rssKiB: added.map(rssKiB) };
      } finally {
        await empty(ns);
      }
    };
    const podShims = await shimsOf('podctl', timeLibrary);
    const ctrShims = await shimsOf('ctr', timeCtr);
    const shimCount = podShims.count;
    const shimRss = podShims.rssKiB;
    const mib = (xs) => xs.map((k) => `${(k / 1024).toFixed(1)} MiB`).join(', ') || 'n/a';

    const ctrMs = median(times.ctr);
    const shimNote = `runc shims serving the podctl pod: ${shimCount}, VmRSS ${mib(shimRss)} (the ctr script's: ${ctrShims.count}, VmRSS ${mib(ctrShims.rssKiB)})`;
    const podUp = (label, side, subject, target) => ({
      name: `Pod up (pause + 2 busybox, network none): ${label} vs a ctr run script`,
      baseline: 'bash -c "ctr run -d --null-io pause; ctr run -d --null-io --with-ns ... busybox x2"',
      subject,
      runs: podRuns,
      baselineMedianMs: Number(ctrMs.toFixed(1)),
      subjectMedianMs: Number(median(times[side]).toFixed(1)),
      ratio: Number((median(times[side]) / ctrMs).toFixed(2)),
      target,
      pass: median(times[side]) / ctrMs <= target,
      shims: shimCount,
      shimRssKiB: shimRss,
      notes: [shimNote],
    });
    const bridgeCost = median(times.bridge) - median(times.library);
    results.push(
      podUp('library', 'library', 'createPod + runMember x2 (in-process, import excluded)', 0.6),
      podUp(
        'library, members at once',
        'libraryAtOnce',
        'createPod + runMembers([a1, a2]) (in-process, import excluded)',
        0.6,
      ),
      podUp('CLI', 'cli', 'podctl pod create + podctl run -d --pod x2', 1.0),
      {
        name: 'Pod up (pause + 2 busybox, library): --network bridge with one published port vs --network none',
        baseline: 'createPod({ network: "none" }) + runMember x2',
        subject: 'createPod({ network: "bridge", publish: [80] }) + runMember x2',
        runs: podRuns,
        baselineMedianMs: Number(median(times.library).toFixed(1)),
        subjectMedianMs: Number(median(times.bridge).toFixed(1)),
        ratio: Number((median(times.bridge) / median(times.library)).toFixed(2)),
        target: 'bridge costs at most 80 ms more at the median',
        pass: bridgeCost <= 80,
        notes: [
          `the bridge's extra cost: ${bridgeCost.toFixed(1)} ms at the median (containerd's CRI plugin pays about 63 ms here)`,
        ],
      },
    );
  }
}

if (values.json) {
  console.log(JSON.stringify({ runs, results }, null, 2));
} else {
  for (const r of results) {
    console.log(`${r.name}`);
    console.log(`  baseline median: ${r.baselineMedianMs} ms   (${r.baseline})`);
    console.log(`  podctl median:   ${r.subjectMedianMs} ms   (${r.subject})`);
    console.log(`  podctl's own cost: ${(r.subjectMedianMs - r.baselineMedianMs).toFixed(1)} ms`);
    console.log(
      `  ratio: ${r.ratio} (target <= ${r.target}) ${r.informational ? '' : r.pass ? 'PASS' : 'FAIL'}`.trimEnd(),
    );
    for (const note of r.notes ?? []) console.log(`  ${note}`);
  }
}
