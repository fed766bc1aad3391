// Issue 12: with containerd down, creating a pod fails before the host is touched. The network
// attach of `pod create` runs beside containerd's work; it waits for containerd's first answer,
// so that a containerd that is down gets no namespace pinned, no CNI plugin run (no veth, no
// iptables rule, no address reserved and released). The plugins here are stand-ins that log
// every call, in a network directory of the test's own; containerd is a socket that is not there.
import test from 'ava';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ContainerdClient } from '../../../src/containerd/client.js';
import { isUnavailable } from '../../../src/errors.js';
import { CNI_STATE_ROOT } from '../../../src/network/attach.js';
import { REQUIRED_CNI_PLUGINS } from '../../../src/network/cni-dirs.js';
import { netnsPath, removePinnedNetns } from '../../../src/network/netns.js';
import { createPod } from '../../../src/pod/pod.js';
import { podctl, testNamespace } from '../../helpers/cli.js';
import { unique } from '../pod/_helpers.js';

/**
 * What an attach with the stand-ins would leave if podctl ran them (their DEL fails too): the
 * pinned namespaces whose CNI state names the stand-ins' directory.
 */
async function removeAttachments(dir: string): Promise<void> {
  for (const file of await readdir(CNI_STATE_ROOT).catch(() => [] as string[])) {
    const text = await readFile(join(CNI_STATE_ROOT, file), 'utf8').catch(() => '');
    if (!text.includes(JSON.stringify(join(dir, 'bin')))) continue;
    await removePinnedNetns(netnsPath(file.replace(/\.json$/, '')));
    await rm(join(CNI_STATE_ROOT, file), { force: true });
  }
}

async function standIns(t: { teardown(fn: () => Promise<void>): void }) {
  const dir = await mkdtemp(join(tmpdir(), 'podctl-down-'));
  t.teardown(async () => {
    await removeAttachments(dir);
    await rm(dir, { recursive: true, force: true });
  });
  const [bin, conf, log] = [join(dir, 'bin'), join(dir, 'net.d'), join(dir, 'calls.log')];
  await mkdir(bin);
  await mkdir(conf);
  for (const plugin of [...REQUIRED_CNI_PLUGINS, 'loopback']) {
    const file = join(bin, plugin);
    await writeFile(
      file,
      `#!/bin/sh\necho "${plugin} $CNI_COMMAND $CNI_CONTAINERID" >> '${log}'\n` +
        `echo '{"cniVersion":"1.0.0","code":999,"msg":"stand-in"}'\nexit 1\n`,
    );
    await chmod(file, 0o755);
  }
  const calls = async () => (await readFile(log, 'utf8').catch(() => '')).split('\n').filter(Boolean);
  return { dirs: { pluginDirs: [bin], configDir: conf }, socket: join(dir, 'containerd.sock'), calls };
}

test('createPod with containerd down: unavailable, and no CNI plugin ran', async (t) => {
  const { dirs, socket, calls } = await standIns(t);
  const client = new ContainerdClient({ address: socket, namespace: testNamespace('crash-down') });
  t.teardown(() => client.close());
  const err = await t.throwsAsync(
    createPod(client, {
      name: unique('down'),
      publish: [{ hostIP: '0.0.0.0', hostPort: 0, containerPort: 80, protocol: 'tcp' }],
      cniDirs: dirs,
    }),
  );
  t.true(isUnavailable(err), String(err));
  t.deepEqual(await calls(), [], 'no ADD, no DEL');
});

test('pod create -p with containerd down: 125 in one line, and no CNI plugin ran', async (t) => {
  const { dirs, socket, calls } = await standIns(t);
  const r = await podctl(['--address', socket, '-n', testNamespace('crash-down'), 'pod', 'create', '-p', '80'], {
    CNI_PATH: dirs.pluginDirs.join(':'),
    NETCONFPATH: dirs.configDir,
  });
  t.is(r.exitCode, 125);
  t.regex(r.stderr.trim(), /^podctl: cannot connect to containerd at [^\n]+$/);
  t.deepEqual(await calls(), [], 'no ADD, no DEL');
});
