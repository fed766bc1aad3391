// Registry auth through the CLI: `podctl login` then pull (and push), against distribution with token auth
// and with basic auth (and TLS, trusting its CA through hosts.toml); wrong credentials end in
// one line that names the registry, exit 125. DOCKER_CONFIG is a temporary directory.
import test from 'ava';
import { execa } from 'execa';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { podctl, repoRoot } from '../../helpers/cli.js';
import { namespacedClient, quietly, removeNamespace } from '../../helpers/containerd.js';
import { inspectWithSkopeo, pushWithSkopeo, startRegistry, type Registry } from '../../helpers/registry.js';

const client = namespacedClient('regauth');
const ns = client.namespace;
let token: Registry;
let basic: Registry;
let scratch: string;
let archive: string;

/** A fresh docker config directory per test. */
async function dockerConfig(): Promise<string> {
  return mkdtemp(path.join(scratch, 'docker-'));
}

const cli = (args: string[], config: string, options: { input?: string; env?: Record<string, string> } = {}) =>
  options.input === undefined
    ? podctl(['-n', ns, ...args], { DOCKER_CONFIG: config, ...options.env })
    : execa(process.execPath, [path.join(repoRoot, 'bin', 'podctl.cjs'), '-n', ns, ...args], {
        reject: false,
        input: options.input,
        env: { DOCKER_CONFIG: config, ...options.env },
        timeout: 60_000,
      }).then((r) => ({ exitCode: r.exitCode ?? -1, stdout: String(r.stdout), stderr: String(r.stderr) }));

test.before(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'podctl-auth-test-'));
  await execa('bash', [path.join(repoRoot, 'scripts', 'build-test-images.sh')], { timeout: 180_000 });
  archive = path.join(repoRoot, 'images', 'busybox.oci.tar');
  [token, basic] = await Promise.all([startRegistry({ auth: 'token' }), startRegistry({ auth: 'basic', tls: true })]);
  await Promise.all([
    pushWithSkopeo(archive, 'private/busybox:v1', token),
    pushWithSkopeo(archive, 'private/busybox:v1', basic, { certDir: basic.certDir! }),
  ]);
});

test.after.always(async () => {
  for (const image of await client.images.list().catch(() => []))
    await quietly(() => client.images.delete(image.name, true));
  for (const lease of await client.leases.list().catch(() => []))
    await quietly(() => client.leases.delete(lease.id, { sync: true }));
  await removeNamespace(client);
  await Promise.all([token?.stop(), basic?.stop()]);
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

/** One line on stderr, `podctl: registry <host>: …`, and exit 125. */
function failsInOneLine(
  t: { is(a: unknown, b: unknown, m?: string): void; regex(s: string, r: RegExp): void },
  r: { exitCode: number; stderr: string },
  pattern: RegExp,
) {
  t.is(r.exitCode, 125, r.stderr);
  t.is(r.stderr.trim().split('\n').length, 1, r.stderr);
  t.regex(r.stderr, pattern);
}

test.serial('token auth: login with --password-stdin, pull, push, logout', async (t) => {
  const config = await dockerConfig();
  const { username, password } = token.credentials!;
  const login = await cli(['login', '-u', username, '--password-stdin', token.host], config, {
    input: `${password}\n`,
  });
  t.is(login.exitCode, 0, login.stderr);
  t.is(login.stdout, 'Login Succeeded');
  const stored = JSON.parse(await readFile(path.join(config, 'config.json'), 'utf8')) as {
    auths: Record<string, { auth: string }>;
  };
  t.is(Buffer.from(stored.auths[token.host]!.auth, 'base64').toString(), `${username}:${password}`);

  const name = `${token.host}/private/busybox:v1`;
  const pull = await cli(['pull', '-q', name], config);
  t.is(pull.exitCode, 0, pull.stderr);
  t.is(pull.stdout, name);
  const asked = token.tokenServer!.requests.filter((r) => r.scopes.includes('repository:private/busybox:pull'));
  t.true(asked.length > 0 && asked.every((r) => r.username === username && r.status === 200));

  // Push needs pull,push: one token for the parallel uploads, credentials from the login.
  const copy = `${token.host}/private/copy:v2`;
  t.is((await execa('ctr', ['-n', ns, 'images', 'tag', name, copy], { reject: false })).exitCode, 0);
  const before = token.tokenServer!.requests.length;
  const push = await cli(['push', copy], config);
  t.is(push.exitCode, 0, push.stderr);
  const pushTokens = token.tokenServer!.requests.slice(before);
  t.is(pushTokens.length, 1, JSON.stringify(pushTokens));
  t.true(pushTokens[0]!.scopes.includes('repository:private/copy:pull,push'));
  t.is((await inspectWithSkopeo('private/copy:v2', token)).Digest, (await client.images.get(name)).target.digest);

  const logout = await cli(['logout', token.host], config);
  t.is(logout.stdout, `Removing login credentials for ${token.host}`);
  const anonymous = await cli(['pull', name], config);
  failsInOneLine(
    t,
    anonymous,
    /^podctl: registry 127\.0\.0\.1:\d+: access denied \(401\).*podctl login 127\.0\.0\.1:\d+/,
  );
});

test.serial('token auth, wrong password: login and pull fail in one line naming the registry', async (t) => {
  const config = await dockerConfig();
  const login = await cli(['login', '-u', token.credentials!.username, '--password-stdin', token.host], config, {
    input: 'wrong',
  });
  failsInOneLine(
    t,
    login,
    new RegExp(
      `^podctl: registry ${token.host.replace(/\./g, '\\.')}: authentication failed \\(401\\): .*; check the username and password \\(podctl login ${token.host.replace(/\./g, '\\.')}\\)$`,
      'm',
    ),
  );
  await writeFile(
    path.join(config, 'config.json'),
    JSON.stringify({
      auths: { [token.host]: { auth: Buffer.from(`${token.credentials!.username}:wrong`).toString('base64') } },
    }),
  );
  const pull = await cli(['pull', `${token.host}/private/busybox:v1`], config);
  failsInOneLine(t, pull, /^podctl: registry 127\.0\.0\.1:\d+: authentication failed \(401\)/);
});

test.serial('basic auth over TLS, the CA from hosts.toml: login with -p warns, pull works', async (t) => {
  const config = await dockerConfig();
  const hostsDir = path.join(scratch, 'certs.d');
  await mkdir(path.join(hostsDir, basic.host), { recursive: true });
  await writeFile(path.join(hostsDir, basic.host, 'hosts.toml'), `server = "${basic.url}"\nca = "${basic.caFile}"\n`);
  const env = { PODCTL_HOSTS_DIR: hostsDir };
  const { username, password } = basic.credentials!;

  const wrong = await cli(['login', '-u', username, '--password-stdin', basic.host], config, { env, input: 'nope\n' });
  failsInOneLine(
    t,
    wrong,
    /^podctl: registry 127\.0\.0\.1:\d+: authentication failed \(401\).*check the username and password/,
  );

  const login = await cli(['login', '-u', username, '-p', password, basic.host], config, { env });
  t.is(login.exitCode, 0, login.stderr);
  t.regex(login.stderr, /WARNING! Using --password via the CLI is insecure/);
  const name = `${basic.host}/private/busybox:v1`;
  const pull = await cli(['pull', name], config, { env });
  t.is(pull.exitCode, 0, pull.stderr);
  t.is(pull.stdout.split('\n').at(-1), name);
});

test.serial('NODE_EXTRA_CA_CERTS trusts the CA, also through bin/podctl, which reads it only for TLS', async (t) => {
  const hostsDir = path.join(scratch, 'certs.d-extra-ca');
  await mkdir(path.join(hostsDir, basic.host), { recursive: true });
  await writeFile(path.join(hostsDir, basic.host, 'hosts.toml'), `server = "${basic.url}"\n`);
  const { username, password } = basic.credentials!;
  const name = `${basic.host}/private/busybox:v1`;
  const launcher = path.join(repoRoot, 'bin', 'podctl');
  for (const command of [[launcher], [process.execPath, path.join(repoRoot, 'bin', 'podctl.cjs')]]) {
    const config = await dockerConfig();
    const run = (args: string[], input?: string) =>
      execa(command[0]!, [...command.slice(1), '-n', ns, '--debug', ...args], {
        reject: false,
        input,
        env: { DOCKER_CONFIG: config, PODCTL_HOSTS_DIR: hostsDir, NODE_EXTRA_CA_CERTS: basic.caFile },
        timeout: 60_000,
      });
    const login = await run(['login', '-u', username, '--password-stdin', basic.host], `${password}\n`);
    t.is(login.exitCode, 0, `${command.at(-1)}: ${login.stderr}`);
    const pull = await run(['pull', '-q', name]);
    t.is(pull.exitCode, 0, `${command.at(-1)}: ${pull.stderr}`);
    t.is(pull.stdout.trim().split('\n').at(-1), name);
    await client.images.delete(name, true);
  }
  // A hosts.toml `ca` adds to them, it does not replace them: with a CA there that did not sign
  // the registry's certificate, the one from NODE_EXTRA_CA_CERTS is still trusted.
  const otherCa = path.join(scratch, 'other-ca.pem');
  await execa('openssl', [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    path.join(scratch, 'other-ca.key'),
    '-out',
    otherCa,
    '-days',
    '1',
    '-subj',
    '/CN=podctl other test CA',
  ]);
  const withOther = path.join(scratch, 'certs.d-other-ca');
  await mkdir(path.join(withOther, basic.host), { recursive: true });
  await writeFile(path.join(withOther, basic.host, 'hosts.toml'), `server = "${basic.url}"\nca = "${otherCa}"\n`);
  const both = await execa(launcher, ['-n', ns, 'login', '-u', username, '--password-stdin', basic.host], {
    reject: false,
    input: `${password}\n`,
    env: { DOCKER_CONFIG: await dockerConfig(), PODCTL_HOSTS_DIR: withOther, NODE_EXTRA_CA_CERTS: basic.caFile },
  });
  t.is(both.exitCode, 0, both.stderr);
  const onlyOther = await execa(launcher, ['-n', ns, 'login', '-u', username, '--password-stdin', basic.host], {
    reject: false,
    input: `${password}\n`,
    env: { DOCKER_CONFIG: await dockerConfig(), PODCTL_HOSTS_DIR: withOther, NODE_EXTRA_CA_CERTS: otherCa },
  });
  t.is(onlyOther.exitCode, 125, 'neither CA signed it');
  t.regex(onlyOther.stderr, /certificate/i);

  // A file that cannot be read: the warning Node.js gives for it (podctl's, worded alike, as the
  // command reads the file itself), then verification without it fails.
  const config = await dockerConfig();
  const r = await execa(launcher, ['-n', ns, 'pull', name], {
    reject: false,
    env: { DOCKER_CONFIG: config, PODCTL_HOSTS_DIR: hostsDir, NODE_EXTRA_CA_CERTS: path.join(scratch, 'missing.pem') },
  });
  t.is(r.exitCode, 125);
  t.regex(r.stderr, /Ignoring extra certs from `.*missing\.pem`, load failed/);
  t.regex(r.stderr.trim().split('\n').at(-1)!, /^podctl: registry 127\.0\.0\.1:\d+: .*(self.signed|certificate)/i);
});

test.serial(
  'a client certificate from hosts.toml is shown, whether the CA comes from hosts.toml or NODE_EXTRA_CA_CERTS',
  async (t) => {
    const mtls = await startRegistry({ tls: true, clientCerts: true });
    t.teardown(() => mtls.stop());
    const client = mtls.client!;
    const hosts = async (name: string, lines: string[]) => {
      const dir = path.join(scratch, name);
      await mkdir(path.join(dir, mtls.host), { recursive: true });
      await writeFile(path.join(dir, mtls.host, 'hosts.toml'), `server = "${mtls.url}"\n${lines.join('\n')}\n`);
      return dir;
    };
    const clientLine = `client = [["${client.cert}", "${client.key}"]]`;
    const pull = async (hostsDir: string, env: Record<string, string> = {}) =>
      execa(path.join(repoRoot, 'bin', 'podctl'), ['-n', ns, 'pull', `${mtls.host}/none/here:v1`], {
        reject: false,
        env: { DOCKER_CONFIG: await dockerConfig(), PODCTL_HOSTS_DIR: hostsDir, ...env },
      });
    // The registry answers (the image is not there) only to a client that showed its certificate.
    const answered = /^podctl: image "127\.0\.0\.1:\d+\/none\/here:v1" not found in registry/m;
    const withCa = await pull(await hosts('certs.d-mtls-ca', [`ca = "${mtls.caFile}"`, clientLine]));
    t.is(withCa.exitCode, 125);
    t.regex(withCa.stderr, answered);
    const withExtra = await pull(await hosts('certs.d-mtls-extra', [clientLine]), {
      NODE_EXTRA_CA_CERTS: mtls.caFile!,
    });
    t.is(withExtra.exitCode, 125);
    t.regex(withExtra.stderr, answered);
    const without = await pull(await hosts('certs.d-mtls-none', [`ca = "${mtls.caFile}"`]));
    t.is(without.exitCode, 125);
    t.notRegex(without.stderr, answered);
    t.is(without.stderr.trim().split('\n').length, 1, without.stderr);
    t.regex(
      without.stderr,
      /bad certificate.*the registry wants a client certificate it trusts: give one with "client" in its hosts\.toml$/,
    );
  },
);

test.serial('TLS without the CA: verification fails in one line', async (t) => {
  const config = await dockerConfig();
  const hostsDir = path.join(scratch, 'certs.d-no-ca');
  await mkdir(path.join(hostsDir, basic.host), { recursive: true });
  await writeFile(path.join(hostsDir, basic.host, 'hosts.toml'), `server = "${basic.url}"\n`);
  const r = await cli(['pull', '--hosts-dir', hostsDir, `${basic.host}/private/busybox:v1`], config);
  failsInOneLine(t, r, /^podctl: registry 127\.0\.0\.1:\d+: .*(self.signed|certificate)/i);
});
