#!/usr/bin/env node
// podctl's benchmarks. Each figure is a ratio against a baseline measured in the same run,
// runs interleaved, so that a noisy shared machine affects both sides alike.
//
//   npm run bench                 all benchmarks
//   npm run bench -- --runs 50    more runs per side (default 30)
//   npm run bench -- --json       machine-readable output
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const podctl = fileURLToPath(new URL('../bin/podctl.cjs', import.meta.url));

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '30' }, json: { type: 'boolean', default: false } },
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

const results = [
  compare(
    'CLI start-up: podctl version (connect and one RPC) vs node -e 0',
    [process.execPath, ['-e', '0']],
    [process.execPath, [podctl, 'version']],
    1.5,
  ),
];

// NODE_EXTRA_CA_CERTS makes Node parse a CA bundle at every start, which costs both sides the
// same tens of milliseconds and so flatters the ratio: report the figure without it as well.
if (process.env.NODE_EXTRA_CA_CERTS) {
  const { NODE_EXTRA_CA_CERTS: _, ...env } = process.env;
  results.push({
    ...compare(
      'CLI start-up, without NODE_EXTRA_CA_CERTS (information)',
      [process.execPath, ['-e', '0']],
      [process.execPath, [podctl, 'version']],
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
{
  const { mkdtempSync, rmSync, writeFileSync, existsSync } = await import('node:fs');
  const { spawn } = await import('node:child_process');
  const http = await import('node:http');
  const net = await import('node:net');
  const { tmpdir } = await import('node:os');
  const path = await import('node:path');

  const pullRuns = process.argv.includes('--runs') ? runs : 10;
  const archive = path.join(root, 'images', 'nginx.oci.tar');
  const missing = ['docker-registry', 'skopeo', 'ctr'].filter((bin) => spawnSync('sh', ['-c', `command -v ${bin}`]).status !== 0);
  const skip =
    process.getuid?.() !== 0 ? 'needs root (containerd)'
    : missing.length > 0 ? `missing ${missing.join(', ')} (scripts/prepare-host.sh installs them)`
    : spawnSync('ctr', ['version'], { stdio: 'ignore' }).status !== 0 ? 'containerd is not reachable'
    : undefined;
  if (skip) {
    console.error(`bench: pull benchmark skipped: ${skip}`);
  } else {
    if (!existsSync(archive)) spawnSync('bash', [path.join(root, 'scripts', 'build-nginx-image.sh')], { stdio: 'inherit' });
    const freePort = () => new Promise((resolve, reject) => {
      const srv = net.createServer().on('error', reject);
      srv.listen(0, '127.0.0.1', () => {
        const { port } = srv.address();
        srv.close(() => resolve(port));
      });
    });
    const answers = (url) => new Promise((resolve) => {
      http.get(url, { timeout: 1_000 }, (res) => {
        res.resume();
        resolve(res.statusCode === 200);
      }).on('error', () => resolve(false));
    });
    const dir = mkdtempSync(path.join(tmpdir(), 'podctl-bench-registry-'));
    const port = await freePort();
    const host = `127.0.0.1:${port}`;
    writeFileSync(path.join(dir, 'config.yml'), [
      'version: 0.1',
      'log:', '  level: warn', '  accesslog:', '    disabled: true',
      'storage:', '  filesystem:', `    rootdirectory: ${JSON.stringify(path.join(dir, 'storage'))}`, '  delete:', '    enabled: true',
      'http:', `  addr: ${host}`,
      'health:', '  storagedriver:', '    enabled: false', '',
    ].join('\n'));
    const registry = spawn('docker-registry', ['serve', path.join(dir, 'config.yml')], { stdio: 'ignore' });
    const exited = new Promise((resolve) => registry.once('exit', resolve));
    try {
      const deadline = Date.now() + 15_000;
      while (!(await answers(`http://${host}/v2/`))) {
        if (Date.now() > deadline || registry.exitCode !== null) throw new Error(`bench: docker-registry did not answer on ${host}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      const ref = `${host}/bench/nginx:v1`;
      const pushed = spawnSync('skopeo', ['copy', '--retry-times', '0', '--dest-tls-verify=false', '--dest-no-creds', `oci-archive:${archive}`, `docker://${ref}`], { stdio: ['ignore', 'ignore', 'pipe'] });
      if (pushed.status !== 0) throw new Error(`bench: skopeo copy failed: ${pushed.stderr}`);

      const empty = (ns) => {
        spawnSync('ctr', ['-n', ns, 'images', 'rm', '--sync', ref], { stdio: 'ignore' });
        spawnSync('ctr', ['namespaces', 'rm', ns], { stdio: 'ignore' });
      };
      const pullBench = (label, env) => {
        const times = { baseline: [], subject: [] };
        const sides = {
          baseline: (ns) => timeOnce('ctr', ['-n', ns, 'images', 'pull', '--plain-http', ref], env),
          subject: (ns) => timeOnce(process.execPath, [podctl, '-n', ns, 'pull', ref], env),
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
      // As for start-up: NODE_EXTRA_CA_CERTS costs podctl's side alone here (ctr is Go).
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

if (values.json) {
  console.log(JSON.stringify({ runs, results }, null, 2));
} else {
  for (const r of results) {
    console.log(`${r.name}`);
    console.log(`  baseline median: ${r.baselineMedianMs} ms   (${r.baseline})`);
    console.log(`  podctl median:   ${r.subjectMedianMs} ms   (${r.subject})`);
    console.log(`  podctl's own cost: ${(r.subjectMedianMs - r.baselineMedianMs).toFixed(1)} ms`);
    console.log(`  ratio: ${r.ratio} (target <= ${r.target}) ${r.informational ? '' : r.pass ? 'PASS' : 'FAIL'}`.trimEnd());
  }
}
