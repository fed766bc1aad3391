// The busybox test image (scripts/build-test-images.sh) in the real containerd: imported with
// ctr and run, its output read back. Needs root, containerd, ctr and busybox-static.
import test from 'ava';
import type { ExecutionContext } from 'ava';
import { execa } from 'execa';
import type { Options } from 'execa';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { repoRoot } from '../helpers/cli.js';

const script = join(repoRoot, 'scripts/build-test-images.sh');
const archivePath = join(repoRoot, 'images/busybox.oci.tar');

const ref: Promise<string> = (async () => {
  await execa('bash', [script], { timeout: 120_000 });
  return (await execa('bash', [script, '--print-ref'])).stdout.trim();
})();
ref.catch(() => undefined); // the tests that await it report a failure

function ctr(ns: string, args: string[], options: Options = {}) {
  return execa('ctr', ['-n', ns, ...args], { timeout: 60_000, ...options });
}

async function lines(ns: string, args: string[]): Promise<string[]> {
  const r = await ctr(ns, args, { reject: false });
  return r.exitCode === 0
    ? String(r.stdout)
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
    : [];
}

/** Removes everything in ns, then ns itself; throws if the namespace is still there after. */
async function removeNamespace(ns: string): Promise<void> {
  for (const id of (await lines(ns, ['tasks', 'ls'])).slice(1).map((l) => l.split(/\s+/)[0]!)) {
    await ctr(ns, ['tasks', 'kill', '-s', 'SIGKILL', id], { reject: false });
    await ctr(ns, ['tasks', 'delete', '-f', id], { reject: false });
  }
  for (const id of await lines(ns, ['containers', 'ls', '-q']))
    await ctr(ns, ['containers', 'rm', id], { reject: false });
  const images = await lines(ns, ['images', 'ls', '-q']);
  if (images.length > 0) await ctr(ns, ['images', 'rm', '--sync', ...images], { reject: false });
  for (const lease of await lines(ns, ['leases', 'ls', '-q']))
    await ctr(ns, ['leases', 'rm', '--sync', lease], { reject: false });
  await execa('ctr', ['namespaces', 'rm', ns], { reject: false, timeout: 60_000 });
  if ((await execa('ctr', ['namespaces', 'ls', '-q'])).stdout.split('\n').includes(ns)) {
    throw new Error(`containerd namespace ${ns} is left over`);
  }
}

/** A fresh containerd namespace with the busybox image imported; removed at teardown. */
async function namespaceWithImage(t: ExecutionContext): Promise<{ ns: string; image: string }> {
  const image = await ref;
  const ns = `${process.env.PODCTL_TEST_NAMESPACE ?? 'podctl-test'}-busybox-${randomBytes(4).toString('hex')}`;
  t.teardown(() => removeNamespace(ns));
  await ctr(ns, ['images', 'import', '--all-platforms', archivePath]);
  t.true((await lines(ns, ['images', 'ls', '-q'])).includes(image));
  return { ns, image };
}

test('ctr runs busybox: echo hello prints hello', async (t) => {
  const { ns, image } = await namespaceWithImage(t);
  const r = await ctr(ns, ['run', '--rm', image, 'echo-hello', 'echo', 'hello'], { reject: false });
  t.is(r.exitCode, 0, String(r.stderr));
  t.is(r.stdout, 'hello');
});

test('the default command is sh, applets resolve on PATH, users and /tmp are in place', async (t) => {
  const { ns, image } = await namespaceWithImage(t);
  // No command: the image's Cmd ["sh"] reads the script from stdin.
  const r = await ctr(ns, ['run', '--rm', image, 'sh-stdin'], {
    reject: false,
    input: 'whoami; id -u nobody; id -gn nobody; stat -c %a /tmp; echo "$PATH"; exit 3\n',
  });
  t.is(r.exitCode, 3, "the shell's own exit status comes back");
  const [user, nobodyUid, nobodyGroup, tmpMode, path] = String(r.stdout).split('\n');
  t.is(user, 'root');
  t.is(nobodyUid, '65534');
  t.is(nobodyGroup, 'nobody');
  t.is(tmpMode, '1777');
  t.regex(path ?? '', /(^|:)\/bin(:|$)/);
});
