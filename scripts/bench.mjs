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
