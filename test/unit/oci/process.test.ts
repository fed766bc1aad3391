// The process options: args, env, cwd, user, terminal, no_new_privs, OOM score, rlimits.
import test from 'ava';
import { generateSpec } from '../../../src/oci/spec.js';
import {
  mergeEnv,
  normalizeRlimitType,
  withCwd,
  withEnv,
  withNoNewPrivileges,
  withOomScoreAdj,
  withProcessArgs,
  withRlimits,
  withTerminal,
  withUser,
} from '../../../src/oci/process.js';
import { throwsInvalid } from './_helpers.js';

const PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

test('withProcessArgs sets argv, copied', (t) => {
  const args = ['sh', '-c', 'echo hi'];
  const spec = generateSpec('c', withProcessArgs(...args));
  args.push('x');
  t.deepEqual(spec.process?.args, ['sh', '-c', 'echo hi']);
});

const merges = test.macro({
  exec(t, base: string[], overrides: string[], expected: string[]) {
    t.deepEqual(mergeEnv(base, overrides), expected);
  },
  title: (provided = '') => `mergeEnv: ${provided}`,
});
test('a new key is appended', merges, ['A=1'], ['B=2'], ['A=1', 'B=2']);
test('a known key is replaced where it stands', merges, ['A=1', 'B=2'], ['A=3'], ['A=3', 'B=2']);
test('the last of repeated overrides wins', merges, [], ['A=1', 'A=2'], ['A=2']);
test('a bare key unsets it', merges, ['A=1', 'B=2'], ['A'], ['B=2']);
test('a value may hold =', merges, [], ['A=b=c'], ['A=b=c']);
test('an empty value is a value', merges, ['A=1'], ['A='], ['A=']);

test('withEnv merges over the default PATH, from a list or a record', (t) => {
  t.deepEqual(generateSpec('c', withEnv(['A=1']), withEnv({ B: '2', A: '3' })).process?.env, [PATH, 'A=3', 'B=2']);
  t.deepEqual(generateSpec('c', withEnv(['PATH=/bin'])).process?.env, ['PATH=/bin']);
});

test('withEnv refuses an empty name, a name with =, and NUL', (t) => {
  throwsInvalid(t, () => withEnv(['=x']), /invalid environment variable "=x"/);
  throwsInvalid(t, () => withEnv({ 'A=B': 'c' }), /invalid environment variable/);
  throwsInvalid(t, () => withEnv({ '': 'c' }), /invalid environment variable/);
  throwsInvalid(t, () => withEnv(['A=\0']), /invalid environment variable/);
});

test('withCwd normalizes an absolute path and refuses a relative one', (t) => {
  t.is(generateSpec('c', withCwd('/a/./b/')).process?.cwd, '/a/b');
  throwsInvalid(t, () => withCwd('a/b'), /the working directory must be an absolute path, got "a\/b"/);
});

test('withUser sets uid, gid and distinct supplementary groups', (t) => {
  t.deepEqual(generateSpec('c', withUser(5, 6, [7, 8, 7])).process?.user, { uid: 5, gid: 6, additionalGids: [7, 8] });
  t.deepEqual(generateSpec('c', withUser(5, 6, [7]), withUser(0, 0)).process?.user, { uid: 0, gid: 0 });
});

test('withUser refuses IDs runc refuses', (t) => {
  throwsInvalid(t, () => withUser(-1, 0), /uid must be an integer from 0 to 2147483647, got -1/);
  throwsInvalid(t, () => withUser(0, 2 ** 31), /gid must be/);
  throwsInvalid(t, () => withUser(0, 0, [1.5]), /additional gid must be/);
});

test('withTerminal sets terminal and TERM=xterm, keeping a TERM already set', (t) => {
  const spec = generateSpec('c', withTerminal());
  t.true(spec.process?.terminal);
  t.deepEqual(spec.process?.env, [PATH, 'TERM=xterm']);
  t.deepEqual(generateSpec('c', withEnv(['TERM=dumb']), withTerminal()).process?.env, [PATH, 'TERM=dumb']);
  t.deepEqual(generateSpec('c', withTerminal(false)).process?.env, [PATH]);
  t.false(generateSpec('c', withTerminal(false)).process?.terminal);
});

test('withNoNewPrivileges sets and clears no_new_privs', (t) => {
  t.true(generateSpec('c', withNoNewPrivileges()).process?.noNewPrivileges);
  t.false(generateSpec('c', withNoNewPrivileges(), withNoNewPrivileges(false)).process?.noNewPrivileges);
});

test('withOomScoreAdj: only when asked, -1000..1000', (t) => {
  t.false('oomScoreAdj' in generateSpec('c').process!);
  t.is(generateSpec('c', withOomScoreAdj(-998)).process?.oomScoreAdj, -998);
  t.is(generateSpec('c', withOomScoreAdj(1000)).process?.oomScoreAdj, 1000);
  throwsInvalid(t, () => withOomScoreAdj(1001), /oom_score_adj must be an integer from -1000 to 1000/);
  throwsInvalid(t, () => withOomScoreAdj(0.5), /oom_score_adj/);
});

test('rlimit names: any case, with or without RLIMIT_', (t) => {
  t.is(normalizeRlimitType('nofile'), 'RLIMIT_NOFILE');
  t.is(normalizeRlimitType('RLIMIT_MEMLOCK'), 'RLIMIT_MEMLOCK');
  t.is(normalizeRlimitType('Nproc'), 'RLIMIT_NPROC');
  throwsInvalid(t, () => normalizeRlimitType('files'), /unknown rlimit "files"/);
});

test('withRlimits merges by type, replacing the default RLIMIT_NOFILE in place', (t) => {
  const spec = generateSpec(
    'c',
    withRlimits([{ type: 'nproc', soft: 10, hard: 20 }]),
    withRlimits([{ type: 'NOFILE', soft: 1, hard: 2 }]),
  );
  t.deepEqual(spec.process?.rlimits, [
    { type: 'RLIMIT_NOFILE', hard: 2, soft: 1 },
    { type: 'RLIMIT_NPROC', hard: 20, soft: 10 },
  ]);
});

test('withRlimits refuses a soft limit over the hard one, and negative or unsafe numbers', (t) => {
  throwsInvalid(
    t,
    () => withRlimits([{ type: 'core', soft: 2, hard: 1 }]),
    /RLIMIT_CORE: the soft limit 2 exceeds the hard limit 1/,
  );
  throwsInvalid(t, () => withRlimits([{ type: 'core', soft: -1, hard: 1 }]), /RLIMIT_CORE soft limit must be/);
  throwsInvalid(t, () => withRlimits([{ type: 'core', soft: 0, hard: 2 ** 64 }]), /RLIMIT_CORE hard limit must be/);
});
