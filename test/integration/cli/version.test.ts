import test from 'ava';
import { execa } from 'execa';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { podctl, podctlBin, testNamespace } from '../../helpers/cli.js';

const ns = testNamespace('version');

async function ctrServerVersion(): Promise<{ version: string; revision: string }> {
  const { stdout } = await execa('ctr', ['version']);
  const server = stdout.slice(stdout.indexOf('Server:'));
  // One field a line; a build without git metadata has an empty revision, which must not read the next line.
  const field = (key: string) => new RegExp(`^[ \\t]*${key}:[ \\t]*(\\S*)[ \\t]*$`, 'm').exec(server)?.[1] ?? '';
  return { version: field('Version'), revision: field('Revision') };
}

test('version shows the real server version, as ctr reports it', async (t) => {
  const expected = await ctrServerVersion();
  const r = await podctl(['version', '-n', ns]);
  t.is(r.exitCode, 0, r.stderr);
  t.regex(r.stdout, new RegExp(`Server: containerd\\n Version:\\s+${expected.version.replace(/[.~+]/g, '\\$&')}\\n`));
  t.true(r.stdout.includes(expected.revision));
});

test('version --format json carries client and server versions', async (t) => {
  const expected = await ctrServerVersion();
  const r = await podctl(['version', '--format', 'json']);
  t.is(r.exitCode, 0, r.stderr);
  const parsed = JSON.parse(r.stdout) as { client: { version: string }; server: { version: string; revision: string } };
  t.is(parsed.server.version, expected.version);
  t.is(parsed.server.revision, expected.revision);
  t.regex(parsed.client.version, /^\d+\.\d+\.\d+/);
});

test('with no containerd at the address: one line naming it, a hint, exit 125', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'podctl-noctd-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  const address = join(dir, 'containerd.sock');
  const r = await podctl(['version', '--format', 'json', '--address', address]);
  t.is(r.exitCode, 125);
  t.is(r.stdout, '');
  const lines = r.stderr.trimEnd().split('\n');
  t.is(lines.length, 1, r.stderr);
  t.true(lines[0]!.startsWith(`podctl: cannot connect to containerd at ${address}: no such socket; `), r.stderr);
  t.regex(lines[0]!, /start it/);
  t.notRegex(r.stderr, /\bat .*\.(c?js|ts):\d+/, 'no stack trace');
});

test('CONTAINERD_ADDRESS is used when --address is not given', async (t) => {
  const r = await podctl(['version'], { CONTAINERD_ADDRESS: '/nonexistent/podctl/containerd.sock' });
  t.is(r.exitCode, 125);
  t.regex(r.stderr, /^podctl: cannot connect to containerd at \/nonexistent\/podctl\/containerd\.sock: no such socket/);
});

test('a socket the user may not open: says root or socket access is needed', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'podctl-perm-'));
  const address = join(dir, 'containerd.sock');
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(address, resolve));
  t.teardown(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await rm(dir, { recursive: true, force: true });
  });
  await chmod(dir, 0o755);
  await chmod(address, 0o600);
  const r = await execa(
    'setpriv',
    ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, podctlBin, 'version', '--address', address],
    {
      reject: false,
    },
  );
  t.is(r.exitCode, 125);
  t.regex(r.stderr, new RegExp(`^podctl: cannot connect to containerd at ${address}: permission denied; .*root`));
});

test('--debug logs each gRPC call with its duration to stderr', async (t) => {
  const r = await podctl(['--debug', 'version', '-n', ns]);
  t.is(r.exitCode, 0, r.stderr);
  t.regex(
    r.stderr,
    new RegExp(`podctl debug: grpc /containerd\\.services\\.version\\.v1\\.Version/Version ns=${ns} OK \\d+\\.\\dms`),
  );
});

test('--debug shows the stack trace of a failure', async (t) => {
  const r = await podctl(['--debug', 'version', '--address', '/nonexistent/podctl.sock']);
  t.is(r.exitCode, 125);
  t.regex(r.stderr, /\n\s+at /);
});
