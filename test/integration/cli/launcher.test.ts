// bin/podctl, the command npm installs: a /bin/sh script that runs bin/podctl.cjs, with
// NODE_EXTRA_CA_CERTS kept from Node.js's start-up and handed to podctl's own TLS code.
import test from 'ava';
import { execa } from 'execa';
import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { podctlBin, repoRoot } from '../../helpers/cli.js';

const launcher = path.join(repoRoot, 'bin', 'podctl');
const missing = '/nonexistent/podctl-test-ca.pem';
// What Node.js prints at start-up when NODE_EXTRA_CA_CERTS names a file it cannot read.
const nodeWarning = /Ignoring extra certs from/;

test('the command answers as bin/podctl.cjs does, from any path to it', async (t) => {
  const direct = await execa(process.execPath, [podctlBin, 'version', '--help']);
  const dir = await mkdtemp(path.join(tmpdir(), 'podctl-launcher-'));
  try {
    await symlink(launcher, path.join(dir, 'podctl'));
    for (const [file, options] of [
      [launcher, {}],
      [path.join(dir, 'podctl'), {}],
      ['podctl', { env: { PATH: `${dir}:${process.env.PATH}` } }],
      ['./podctl', { cwd: path.dirname(launcher) }],
    ] as const) {
      const r = await execa(file, ['version', '--help'], { reject: false, ...options });
      t.is(r.exitCode, 0, `${file}: ${r.stderr}`);
      t.is(r.stdout, direct.stdout, file);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('NODE_EXTRA_CA_CERTS is not read at start-up by the command, as Node.js reads it for podctl.cjs', async (t) => {
  const env = { NODE_EXTRA_CA_CERTS: missing };
  const viaNode = await execa(process.execPath, [podctlBin, 'version', '--help'], { env, reject: false });
  t.is(viaNode.exitCode, 0);
  t.regex(viaNode.stderr, nodeWarning, 'Node.js itself tried to read the file');
  const viaLauncher = await execa(launcher, ['version', '--help'], { env, reject: false });
  t.is(viaLauncher.exitCode, 0, viaLauncher.stderr);
  t.notRegex(viaLauncher.stderr, nodeWarning);
  t.is(viaLauncher.stdout, viaNode.stdout);
});
