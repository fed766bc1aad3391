import test from 'ava';
import { allCommands } from '../../../src/cli/commands/all.js';
import { main } from '../../../src/cli/main.js';

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(
    argv,
    {
      stdout: { write: (s: string) => (stdout += s) },
      stderr: { write: (s: string) => (stderr += s) },
      env: {},
    },
    allCommands,
  );
  return { code, stdout, stderr };
}

test('an unknown command says so, points to --help and exits 125', async (t) => {
  const r = await run(['frobnicate']);
  t.is(r.code, 125);
  t.regex(r.stderr, /^podctl: unknown command 'frobnicate'.*; see 'podctl --help'\n$/);
});

test("an unknown flag names the flag and the command's help", async (t) => {
  const r = await run(['version', '--bogus']);
  t.is(r.code, 125);
  t.is(r.stderr, "podctl: unknown option '--bogus'; see 'podctl version --help'\n");
});

test('a bad --format value is a one-line usage error', async (t) => {
  const r = await run(['info', '--format', 'yaml']);
  t.is(r.code, 125);
  t.is(r.stderr, "podctl: invalid value for --format: must be one of table, json; see 'podctl info --help'\n");
});

const helps = test.macro({
  async exec(t, argv: string[], expected: RegExp) {
    const r = await run(argv);
    t.is(r.code, 0);
    t.regex(r.stdout, expected);
    t.is(r.stderr, '');
  },
  title: (_, argv: string[]) => `podctl ${argv.join(' ')} prints help`,
});

test(helps, ['--help'], /Usage: podctl \[options\] \[command\][\s\S]*version[\s\S]*info/);
test(helps, ['version', '--help'], /Usage: podctl version[\s\S]*--format <format>/);
test(helps, ['info', '--help'], /Usage: podctl info[\s\S]*--format <format>/);
test(helps, ['help', 'info'], /Usage: podctl info/);
test(helps, [], /Usage: podctl/);

test('the help a usage error points to is the deepest command named', async (t) => {
  const r = await run(['image', 'ls', '--bogus']);
  t.is(r.code, 125);
  t.is(r.stderr, "podctl: unknown option '--bogus'; see 'podctl image ls --help'\n");
});

test("an unknown subcommand points to its parent's help", async (t) => {
  const r = await run(['image', 'frob']);
  t.is(r.code, 125);
  t.regex(r.stderr, /^podctl: unknown command 'frob'.*; see 'podctl image --help'\n$/);
});
