import test from 'ava';
import { readFileSync } from 'node:fs';
import { podctl } from '../../helpers/cli.js';

// Every command routed to a start-up chunk must be known to that chunk's bundle, and the chunk
// must answer exactly as the whole CLI does.
const chunks = JSON.parse(readFileSync(new URL('../../../src/cli/chunks.json', import.meta.url), 'utf8')) as Record<
  string,
  unknown
>;
delete chunks['//'];
const words = Object.values(chunks).flatMap((w) => w as string[]);

test('every routed command answers --help from its chunk as the whole CLI does', async (t) => {
  for (const word of words) {
    const [chunked, whole] = await Promise.all([
      podctl([word, '--help']),
      podctl([word, '--help'], { PODCTL_NO_CHUNKS: '1' }),
    ]);
    t.is(chunked.exitCode, 0, `${word} --help: ${chunked.stderr}`);
    t.is(chunked.stdout, whole.stdout, word);
  }
});

test('global flags before the command still route it, and errors read the same', async (t) => {
  const argv = ['-n', 'version', '--address', '/nonexistent/podctl.sock', '--debug', 'version'];
  const [chunked, whole] = await Promise.all([podctl(argv), podctl(argv, { PODCTL_NO_CHUNKS: '1' })]);
  t.is(chunked.exitCode, 125);
  const failure = (stderr: string) => stderr.split('\n').find((line) => line.startsWith('podctl: '));
  t.regex(failure(chunked.stderr) ?? '', /^podctl: cannot connect to containerd at \/nonexistent\/podctl\.sock: /);
  t.is(failure(chunked.stderr), failure(whole.stderr));
  t.regex(chunked.stderr, /^podctl debug: grpc \/containerd\.services\.version\.v1\.Version\/Version ns=version /m);
  const bogus = await podctl(['version', '--bogus']);
  t.is(bogus.stderr, "podctl: unknown option '--bogus'; see 'podctl version --help'");
});

test('top-level help and unknown commands are answered by the whole CLI', async (t) => {
  const help = await podctl(['--help']);
  t.is(help.exitCode, 0);
  for (const word of words) t.regex(help.stdout, new RegExp(`\\n  ${word}\\b`), word);
  const unknown = await podctl(['-n', 'x', 'frobnicate']);
  t.is(unknown.exitCode, 125);
  t.regex(unknown.stderr, /^podctl: unknown command 'frobnicate'/);
});
