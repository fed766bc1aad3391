// CI files are checked offline: the workflow and the setup action against GitHub's schemas
// (@action-validator/core), and every way CI runs the tests against the README's command.
import test from 'ava';
import { validateAction, validateWorkflow, type ValidationState } from '@action-validator/core';
import { readFileSync, statSync } from 'node:fs';
import { parse, stringify } from 'yaml';

const root = new URL('../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

const WORKFLOW = '.github/workflows/ci.yml';
const ACTION = '.github/actions/setup-podctl/action.yml';

/** Every error, nested oneOf states included, as "path: detail" lines. */
function errorLines(state: Pick<ValidationState, 'errors'>): string[] {
  return state.errors.flatMap((e) => {
    const own = `${'path' in e && e.path ? e.path : '/'}: ${e.detail ?? e.title} (${e.code})`;
    const nested = 'states' in e && e.states ? e.states.flatMap((s) => errorLines(s)) : [];
    return [own, ...nested];
  });
}

function assertValid(t: import('ava').ExecutionContext, state: ValidationState, file: string) {
  t.deepEqual(errorLines(state), [], `${file} is not valid`);
}

// --- schema validation ------------------------------------------------------------------------

test('the CI workflow is valid', (t) => {
  const state = validateWorkflow(read(WORKFLOW));
  t.is(state.actionType, 'workflow');
  assertValid(t, state, WORKFLOW);
});

test('the setup-podctl action is valid', (t) => {
  const state = validateAction(read(ACTION));
  t.is(state.actionType, 'action');
  assertValid(t, state, ACTION);
});

test('a workflow job without runs-on is reported invalid', (t) => {
  const doc = parse(read(WORKFLOW));
  for (const job of Object.values<Record<string, unknown>>(doc.jobs)) delete job['runs-on'];
  const errors = errorLines(validateWorkflow(stringify(doc)));
  t.true(
    errors.some((e) => /\/runs-on: .*required/.test(e)),
    errors.join('\n'),
  );
});

test('a workflow job with an unknown key is reported invalid', (t) => {
  const doc = parse(read(WORKFLOW));
  for (const job of Object.values<Record<string, unknown>>(doc.jobs)) {
    job.stepz = job.steps;
    delete job.steps;
  }
  const errors = errorLines(validateWorkflow(stringify(doc)));
  t.true(
    errors.some((e) => e.includes("'stepz' is not allowed")),
    errors.join('\n'),
  );
});

test('a workflow that is not YAML is reported invalid', (t) => {
  const errors = errorLines(validateWorkflow('on: [push\njobs:\n'));
  t.true(errors.length > 0);
});

test('a composite action step that runs a command without a shell is reported invalid', (t) => {
  const doc = parse(read(ACTION));
  const step = doc.runs.steps.find((s: Record<string, unknown>) => 'run' in s);
  t.truthy(step, 'the action has a run step');
  delete step.shell;
  const errors = errorLines(validateAction(stringify(doc)));
  t.true(
    errors.some((e) => /\/shell: .*required/.test(e)),
    errors.join('\n'),
  );
});

// --- the test command -----------------------------------------------------------------------

/** Shell words of one line, quotes removed; good enough for our own one-line commands. */
function words(line: string): string[] {
  const out: string[] = [];
  const re = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g;
  for (const m of line.replace(/(^|\s)#.*$/, '').matchAll(re)) out.push(m[1] ?? m[2] ?? m[3] ?? '');
  return out;
}

/**
 * A command with what only changes how it is started taken away: `exec`, `sudo` and its flags,
 * `env` and its assignments, leading VAR=value and redirections.
 */
function normalize(line: string): string {
  const w = words(line).filter((x) => !/^\d*[<>]/.test(x));
  for (;;) {
    if (w[0] === 'exec') w.shift();
    else if (w[0] === 'sudo' || w[0] === 'env') {
      w.shift();
      while (w[0] !== undefined && (w[0].startsWith('-') || /^[A-Za-z_]\w*=/.test(w[0]))) w.shift();
    } else if (w[0] !== undefined && /^[A-Za-z_]\w*=/.test(w[0])) w.shift();
    else break;
  }
  return w.join(' ');
}

/** The lines of the first fenced code block after the heading whose text matches. */
function fencedBlockUnder(markdown: string, heading: RegExp): string[] {
  const lines = markdown.split('\n');
  const at = lines.findIndex((l) => /^#{1,6}\s/.test(l) && heading.test(l.replace(/^#+\s*/, '').trim()));
  if (at < 0) throw new Error(`README has no heading matching ${heading}`);
  const open = lines.findIndex((l, i) => i > at && /^\s*```/.test(l));
  const next = lines.findIndex((l, i) => i > at && /^#{1,6}\s/.test(l));
  if (open < 0 || (next >= 0 && next < open)) throw new Error(`no fenced block under ${heading}`);
  const close = lines.findIndex((l, i) => i > open && /^\s*```/.test(l));
  return lines.slice(open + 1, close < 0 ? undefined : close);
}

const commands = (lines: string[]) => lines.map((l) => normalize(l)).filter((c) => c !== '');

function readmeTestCommand(): string {
  const [command] = commands(fencedBlockUnder(read('README.md'), /^run the tests$/i));
  if (!command) throw new Error('the fenced block under "Run the tests" is empty');
  return command;
}

/** The script a command runs: `bash scripts/x.sh` and `./scripts/x.sh` run the same file. */
const scriptOf = (command: string) =>
  words(command)
    .find((w) => w.endsWith('.sh'))
    ?.replace(/^\.\//, '');

test('README names one test command, and it runs scripts/test.sh', (t) => {
  const command = readmeTestCommand();
  t.is(scriptOf(command), 'scripts/test.sh', command);
});

test('.ci/run runs the README test command, and nothing after it', (t) => {
  const expected = readmeTestCommand();
  const run = commands(read('.ci/run').split('\n')).filter((c) => !/^(set|cd|export) /.test(c));
  t.deepEqual(run, [expected], '.ci/run should only set up its shell and then run the README command');
  t.true((statSync(new URL('.ci/run', root)).mode & 0o111) !== 0, '.ci/run is executable');
});

test('the GitHub workflow runs the README test command on push and pull requests', (t) => {
  const expected = readmeTestCommand();
  const doc = parse(read(WORKFLOW));
  t.true('push' in doc.on && 'pull_request' in doc.on);
  const jobs = Object.values<{ 'runs-on': string; steps: Array<Record<string, string>> }>(doc.jobs);
  const runs = jobs.flatMap((j) => j.steps.flatMap((s) => (s.run ? s.run.split('\n') : [])));
  t.true(commands(runs).includes(expected), `no step runs "${expected}":\n${runs.join('\n')}`);
  t.true(jobs.every((j) => j['runs-on'] === 'ubuntu-24.04'));
});

test('the workflow sets up Node.js 20 with actions/setup-node@v4, itself or through setup-podctl', (t) => {
  const steps = Object.values<{ steps: Array<{ uses?: string; with?: Record<string, string> }> }>(
    parse(read(WORKFLOW)).jobs,
  ).flatMap((j) => j.steps);
  const direct = steps.find((s) => s.uses === 'actions/setup-node@v4');
  const viaAction = steps.find((s) => s.uses === './.github/actions/setup-podctl');
  t.truthy(direct ?? viaAction, 'no step sets up Node.js');
  if (direct) {
    t.is(String(direct.with?.['node-version']), '20');
    return;
  }
  const action = parse(read(ACTION));
  t.is(action.runs.using, 'composite');
  t.is(String(viaAction?.with?.['node-version'] ?? action.inputs['node-version'].default), '20');
  t.true(action.runs.steps.some((s: { uses?: string }) => s.uses === 'actions/setup-node@v4'));
  t.true(
    action.runs.steps.some((s: { run?: string }) => s.run?.includes('scripts/prepare-host.sh')),
    'the action runs prepare-host.sh',
  );
});

test('the Quick start runs the same test script, and the scripts it names are executable', (t) => {
  const quick = commands(fencedBlockUnder(read('README.md'), /^quick start$/i));
  const scripts = quick.map(scriptOf);
  t.true(scripts.includes('scripts/test.sh'), quick.join('\n'));
  t.true(scripts.includes('scripts/demo.sh'), quick.join('\n'));
  for (const script of scripts) {
    t.truthy(script);
    t.true((statSync(new URL(script!, root)).mode & 0o111) !== 0, `${script} is executable`);
  }
});

test('normalize() keeps the command and drops how it is started', (t) => {
  t.is(normalize('sudo -E env "PATH=$PATH" bash scripts/test.sh'), 'bash scripts/test.sh');
  t.is(normalize('exec bash scripts/test.sh </dev/null'), 'bash scripts/test.sh');
  t.is(normalize('CI=true bash scripts/test.sh # comment'), 'bash scripts/test.sh');
  t.is(normalize('# only a comment'), '');
  t.not(normalize('bash scripts/other.sh'), 'bash scripts/test.sh');
});
