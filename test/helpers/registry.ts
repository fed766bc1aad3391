// A real OCI distribution registry (Debian's `docker-registry`, distribution v2.8) for tests
// of image pull and push, on 127.0.0.1 only, in a temporary directory of its own.
//
//   const registry = await startRegistry({ auth: 'token', tls: true });
//   t.teardown(() => registry.stop());
//
// Modes:
// - auth 'none': anyone may pull and push.
// - auth 'basic': `auth.htpasswd` with a bcrypt htpasswd file made by `htpasswd -Bbn`.
// - auth 'token': `auth.token`, with the realm pointing at a small token server run here
//   (node:http on 127.0.0.1). It checks HTTP basic credentials and the `service` and `scope`
//   query parameters, and issues RS256 JWTs signed with an RSA key made with node:crypto.
//   The registry trusts the key through `rootcertbundle`, a self-signed certificate for the key
//   made with `openssl req -x509`. distribution v2.8 finds the signing key from the JWT header:
//   `x5c` (a chain that verifies up to a root of the bundle; a self-signed leaf is its own root)
//   is tried first, then `jwk`, then `kid`, which must be the libtrust fingerprint of a bundle
//   certificate's public key (base32 of the first 240 bits of SHA-256 over the DER
//   SubjectPublicKeyInfo, in 12 groups of 4 joined by ':'). Claims checked: `iss` equal to the
//   configured issuer, `aud` (one string in v2.8) equal to the configured service, `exp` and
//   `nbf` with 60 s leeway, and the `access` list against each action the request needs.
// - tls: `http.tls` with a self-signed certificate for IP 127.0.0.1; `caFile` is that
//   certificate, to trust it (for skopeo: a directory with it as `*.crt`, `--dest-cert-dir`).
// - clientCerts (with tls): `http.tls.clientcas`, so that only a client with a certificate from
//   that CA gets an answer; `client` holds one such certificate and its key.
import { execa, type ResultPromise } from 'execa';
import { createHash, generateKeyPairSync, randomBytes, sign, X509Certificate } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from './cli.js';

export type RegistryAuth = 'none' | 'basic' | 'token';

export interface RegistryOptions {
  auth?: RegistryAuth;
  tls?: boolean;
  /** With tls: clients must show a certificate signed by a CA of the test's (see `client`). */
  clientCerts?: boolean;
  /** token mode: how the JWT header names its signing key (default 'x5c'). */
  tokenKeyHint?: 'x5c' | 'kid';
  /** basic and token modes: the one user (default: 'podctl' and a random password). */
  credentials?: Credentials;
}

export interface Credentials {
  username: string;
  password: string;
}

export interface TokenRequest {
  service: string | null;
  scopes: string[];
  account: string | null;
  /** The user whose basic credentials were accepted; undefined for an anonymous request. */
  username?: string;
  status: number;
}

export interface TokenServer {
  url: string;
  realm: string;
  service: string;
  issuer: string;
  /** Every request the token server answered, in order. */
  requests: TokenRequest[];
}

export interface Registry {
  /** `127.0.0.1:<port>`, as used in image references. */
  host: string;
  /** `http://127.0.0.1:<port>` or `https://…`. */
  url: string;
  /** The temporary directory: config, storage, keys. Removed by stop(). */
  dir: string;
  auth: RegistryAuth;
  tls: boolean;
  credentials?: Credentials;
  /** tls: the PEM certificate that the registry serves (self-signed, so also its CA). */
  caFile?: string;
  /** tls: a directory holding the CA as `ca.crt`, for skopeo's `--*-cert-dir`. */
  certDir?: string;
  /** clientCerts: a client certificate the registry accepts, and its key (PEM files). */
  client?: { cert: string; key: string };
  tokenServer?: TokenServer;
  pid: number;
  /** What the registry printed on stderr so far (log level warn). */
  logs(): string;
  stop(): Promise<void>;
}

const REGISTRY_BIN = 'docker-registry';
const READY_TIMEOUT_MS = 15_000;
const TOKEN_TTL_S = 300;
const ACTIONS = new Set(['pull', 'push', 'delete', '*']);

/** Registries still running: killed synchronously if the test worker exits without stop(). */
const live = new Set<{ pid: number }>();
let exitHookInstalled = false;
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const r of live) {
      try {
        process.kill(r.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  });
}

/** A TCP port that was free on 127.0.0.1 a moment ago (bind port 0, read it, close). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      if (addr === null || typeof addr === 'string') {
        srv.close();
        reject(new Error('no port from listen(0)'));
        return;
      }
      srv.close(() => resolve(addr.port));
    });
  });
}

export interface HttpAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** One GET (or other method) against the registry, trusting its CA when it serves TLS. */
export async function registryRequest(
  registry: Pick<Registry, 'url' | 'caFile'>,
  pathname: string,
  init: { method?: string; headers?: Record<string, string>; timeoutMs?: number } = {},
): Promise<HttpAnswer> {
  const ca = registry.caFile ? await readFile(registry.caFile) : undefined;
  return request(new URL(pathname, registry.url), { ...init, ca });
}

function request(
  url: URL,
  init: {
    method?: string;
    headers?: Record<string, string>;
    timeoutMs?: number;
    ca?: Buffer;
    cert?: Buffer;
    key?: Buffer;
  },
): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const mod = url.protocol === 'https:' ? https : http;
    const req = mod.request(
      url,
      {
        method: init.method ?? 'GET',
        headers: init.headers,
        timeout: init.timeoutMs ?? 5_000,
        ...(init.ca ? { ca: init.ca } : {}),
        ...(init.cert && init.key ? { cert: init.cert, key: init.key } : {}),
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`timeout: ${url.href}`)));
    req.on('error', reject);
    req.end();
  });
}

export function basicAuthHeader(c: Credentials): string {
  return `Basic ${Buffer.from(`${c.username}:${c.password}`).toString('base64')}`;
}

function b64url(data: Buffer | string): string {
  return Buffer.from(data).toString('base64url');
}

/** libtrust's key ID: what distribution v2.8 matches a JWT header's `kid` against. */
export function libtrustKeyId(spkiDer: Buffer): string {
  const digest = createHash('sha256').update(spkiDer).digest().subarray(0, 30);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of digest) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += alphabet[(value << (5 - bits)) & 31];
  return out.match(/.{1,4}/g)!.join(':');
}

async function openssl(args: string[]): Promise<void> {
  await execa('openssl', args, { stdin: 'ignore' });
}

async function selfSignedCert(
  dir: string,
  name: string,
  subject: string,
  extra: string[] = [],
): Promise<{ key: string; cert: string }> {
  const key = path.join(dir, `${name}.key`);
  const cert = path.join(dir, `${name}.crt`);
  await openssl([
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-sha256',
    '-days',
    '2',
    '-subj',
    subject,
    '-keyout',
    key,
    '-out',
    cert,
    ...extra,
  ]);
  return { key, cert };
}

interface TokenSigner {
  certFile: string;
  signJwt(claims: Record<string, unknown>): string;
}

async function tokenSigner(dir: string, keyHint: 'x5c' | 'kid'): Promise<TokenSigner> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const keyFile = path.join(dir, 'token-signer.key');
  const certFile = path.join(dir, 'token-signer.crt');
  await writeFile(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  await openssl([
    'req',
    '-x509',
    '-new',
    '-key',
    keyFile,
    '-sha256',
    '-days',
    '2',
    '-subj',
    '/CN=podctl-test-token-signer',
    '-out',
    certFile,
  ]);
  const x509 = new X509Certificate(await readFile(certFile));
  const header: Record<string, unknown> = { typ: 'JWT', alg: 'RS256' };
  if (keyHint === 'x5c') header.x5c = [x509.raw.toString('base64')];
  else header.kid = libtrustKeyId(publicKey.export({ type: 'spki', format: 'der' }));
  const encodedHeader = b64url(JSON.stringify(header));
  return {
    certFile,
    signJwt(claims) {
      const signingInput = `${encodedHeader}.${b64url(JSON.stringify(claims))}`;
      const signature = sign('sha256', Buffer.from(signingInput), privateKey);
      return `${signingInput}.${b64url(signature)}`;
    },
  };
}

function parseScope(scope: string): { type: string; name: string; actions: string[] } | undefined {
  const first = scope.indexOf(':');
  const last = scope.lastIndexOf(':');
  if (first <= 0 || last <= first + 1) return undefined;
  const type = scope.slice(0, first);
  const name = scope.slice(first + 1, last);
  const actions = scope
    .slice(last + 1)
    .split(',')
    .filter(Boolean);
  if (!['repository', 'registry'].includes(type) || actions.length === 0 || !actions.every((a) => ACTIONS.has(a))) {
    return undefined;
  }
  return { type, name, actions };
}

function parseBasic(header: string | undefined): Credentials | undefined | null {
  if (!header) return undefined;
  const [scheme, value] = header.split(' ', 2);
  if (scheme?.toLowerCase() !== 'basic' || !value) return null;
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

async function startTokenServer(
  signer: TokenSigner,
  credentials: Credentials,
  service: string,
  issuer: string,
): Promise<{ server: http.Server; info: TokenServer }> {
  const requests: TokenRequest[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const entry: TokenRequest = {
      service: url.searchParams.get('service'),
      // A client may send several scope parameters, or several scopes in one, space-separated.
      scopes: url.searchParams
        .getAll('scope')
        .flatMap((s) => s.split(' '))
        .filter(Boolean),
      account: url.searchParams.get('account'),
      status: 0,
    };
    requests.push(entry);
    const answer = (status: number, body: unknown, headers: Record<string, string> = {}): void => {
      entry.status = status;
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    const fail = (status: number, code: string, message: string, headers: Record<string, string> = {}): void =>
      answer(status, { errors: [{ code, message }], details: message }, headers);

    if (req.method !== 'GET' || url.pathname !== '/token') {
      fail(404, 'NOT_FOUND', `no such endpoint: ${req.method} ${url.pathname}`);
      return;
    }
    if (entry.service !== service) {
      fail(400, 'INVALID_REQUEST', `unknown service ${JSON.stringify(entry.service)}, want ${JSON.stringify(service)}`);
      return;
    }
    const parsed = entry.scopes.map((s) => ({ raw: s, scope: parseScope(s) }));
    const bad = parsed.find((p) => p.scope === undefined);
    if (bad) {
      fail(400, 'INVALID_REQUEST', `malformed scope ${JSON.stringify(bad.raw)}`);
      return;
    }
    const given = parseBasic(req.headers.authorization);
    if (
      given === null ||
      (given && (given.username !== credentials.username || given.password !== credentials.password))
    ) {
      fail(401, 'UNAUTHORIZED', 'authentication required: bad username or password', {
        'www-authenticate': 'Basic realm="podctl-test-token"',
      });
      return;
    }
    // Anonymous requests get a valid token with no access, as public token servers do:
    // the registry then answers 401 insufficient_scope for anything but GET /v2/.
    entry.username = given?.username;
    const access = given ? parsed.map((p) => p.scope!) : [];
    const now = Math.floor(Date.now() / 1000);
    const token = signer.signJwt({
      iss: issuer,
      sub: given?.username ?? '',
      aud: service,
      exp: now + TOKEN_TTL_S,
      nbf: now - 1,
      iat: now,
      jti: randomBytes(16).toString('hex'),
      access,
    });
    answer(200, { token, access_token: token, expires_in: TOKEN_TTL_S, issued_at: new Date(now * 1000).toISOString() });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const addr = server.address() as net.AddressInfo;
  const url = `http://127.0.0.1:${addr.port}`;
  return { server, info: { url, realm: `${url}/token`, service, issuer, requests } };
}

function yamlString(s: string): string {
  return JSON.stringify(s); // a JSON string is a YAML double-quoted scalar
}

function registryConfig(o: {
  dir: string;
  port: number;
  auth: RegistryAuth;
  htpasswdFile?: string;
  token?: { realm: string; service: string; issuer: string; rootcertbundle: string };
  tls?: { certificate: string; key: string; clientCa?: string };
}): string {
  const lines = [
    'version: 0.1',
    'log:',
    '  level: warn',
    '  accesslog:',
    '    disabled: true',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${yamlString(path.join(o.dir, 'storage'))}`,
    '  delete:',
    '    enabled: true',
    '  maintenance:',
    '    uploadpurging:',
    '      enabled: false',
    'http:',
    `  addr: 127.0.0.1:${o.port}`,
    `  secret: ${yamlString(randomBytes(16).toString('hex'))}`,
    '  headers:',
    '    X-Content-Type-Options: [nosniff]',
  ];
  if (o.tls) {
    lines.push('  tls:', `    certificate: ${yamlString(o.tls.certificate)}`, `    key: ${yamlString(o.tls.key)}`);
    if (o.tls.clientCa) lines.push('    clientcas:', `      - ${yamlString(o.tls.clientCa)}`);
  }
  if (o.auth === 'basic') {
    lines.push('auth:', '  htpasswd:', '    realm: podctl-test-registry', `    path: ${yamlString(o.htpasswdFile!)}`);
  } else if (o.auth === 'token') {
    const t = o.token!;
    lines.push(
      'auth:',
      '  token:',
      `    realm: ${yamlString(t.realm)}`,
      `    service: ${yamlString(t.service)}`,
      `    issuer: ${yamlString(t.issuer)}`,
      `    rootcertbundle: ${yamlString(t.rootcertbundle)}`,
    );
  }
  lines.push('health:', '  storagedriver:', '    enabled: false', '');
  return lines.join('\n');
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Starts a registry on 127.0.0.1 and waits until `GET /v2/` answers 200 or 401.
 * Always pair it with `t.teardown(() => registry.stop())` or `test.after.always`.
 */
export async function startRegistry(options: RegistryOptions = {}): Promise<Registry> {
  const auth = options.auth ?? 'none';
  const tls = options.tls ?? false;
  const dir = await mkdtemp(path.join(tmpdir(), 'podctl-registry-'));
  let tokenHttp: http.Server | undefined;
  const cleanupEarly = async () => {
    if (tokenHttp) await new Promise<void>((r) => tokenHttp!.close(() => r()));
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await mkdir(path.join(dir, 'storage'));
    const credentials =
      auth === 'none'
        ? undefined
        : (options.credentials ?? { username: 'podctl', password: randomBytes(12).toString('hex') });

    let htpasswdFile: string | undefined;
    if (auth === 'basic') {
      const r = await execa('htpasswd', ['-Bbn', credentials!.username, credentials!.password], { stdin: 'ignore' });
      htpasswdFile = path.join(dir, 'htpasswd');
      await writeFile(htpasswdFile, `${r.stdout.trim()}\n`, { mode: 0o600 });
    }

    let token: { realm: string; service: string; issuer: string; rootcertbundle: string } | undefined;
    let tokenServer: TokenServer | undefined;
    if (auth === 'token') {
      const signer = await tokenSigner(dir, options.tokenKeyHint ?? 'x5c');
      const started = await startTokenServer(signer, credentials!, 'podctl-test-registry', 'podctl-test-token-issuer');
      tokenHttp = started.server;
      tokenServer = started.info;
      token = {
        realm: started.info.realm,
        service: started.info.service,
        issuer: started.info.issuer,
        rootcertbundle: signer.certFile,
      };
    }

    let tlsFiles: { certificate: string; key: string; clientCa?: string } | undefined;
    let caFile: string | undefined;
    let certDir: string | undefined;
    let client: { cert: string; key: string } | undefined;
    if (tls) {
      const { key, cert } = await selfSignedCert(dir, 'registry-tls', '/CN=127.0.0.1', [
        '-addext',
        'subjectAltName=IP:127.0.0.1',
        '-addext',
        'basicConstraints=critical,CA:TRUE',
        '-addext',
        'keyUsage=critical,digitalSignature,keyEncipherment,keyCertSign',
        '-addext',
        'extendedKeyUsage=serverAuth',
      ]);
      tlsFiles = { certificate: cert, key };
      if (options.clientCerts) {
        const clientCa = await selfSignedCert(dir, 'client-ca', '/CN=podctl test client CA', [
          '-addext',
          'basicConstraints=critical,CA:TRUE',
          '-addext',
          'keyUsage=critical,keyCertSign',
        ]);
        client = { key: path.join(dir, 'client.key'), cert: path.join(dir, 'client.crt') };
        const csr = path.join(dir, 'client.csr');
        await openssl([
          'req',
          '-new',
          '-newkey',
          'rsa:2048',
          '-nodes',
          '-subj',
          '/CN=podctl test client',
          '-keyout',
          client.key,
          '-out',
          csr,
        ]);
        const ext = path.join(dir, 'client.ext');
        await writeFile(ext, 'extendedKeyUsage=clientAuth\n');
        await openssl([
          'x509',
          '-req',
          '-in',
          csr,
          '-CA',
          clientCa.cert,
          '-CAkey',
          clientCa.key,
          '-CAcreateserial',
          '-days',
          '2',
          '-sha256',
          '-extfile',
          ext,
          '-out',
          client.cert,
        ]);
        tlsFiles.clientCa = clientCa.cert;
      }
      caFile = cert;
      certDir = path.join(dir, 'certs.d');
      await mkdir(certDir);
      await writeFile(path.join(certDir, 'ca.crt'), await readFile(cert));
    }

    const scheme = tls ? 'https' : 'http';
    // A port picked free can be taken before the registry binds it: try a few.
    let lastError: unknown;
    for (let attempt = 0; attempt < 3; attempt++) {
      const port = await freePort();
      const configFile = path.join(dir, 'config.yml');
      await writeFile(configFile, registryConfig({ dir, port, auth, htpasswdFile, token, tls: tlsFiles }));
      const host = `127.0.0.1:${port}`;
      const url = `${scheme}://${host}`;
      try {
        return await launch({
          dir,
          configFile,
          host,
          url,
          auth,
          tls,
          credentials,
          caFile,
          certDir,
          client,
          tokenServer,
          tokenHttp,
        });
      } catch (err) {
        lastError = err;
        if (!(err instanceof PortInUseError)) throw err;
      }
    }
    throw lastError;
  } catch (err) {
    await cleanupEarly();
    throw err;
  }
}

class PortInUseError extends Error {}

async function launch(o: {
  dir: string;
  configFile: string;
  host: string;
  url: string;
  auth: RegistryAuth;
  tls: boolean;
  credentials?: Credentials;
  caFile?: string;
  certDir?: string;
  client?: { cert: string; key: string };
  tokenServer?: TokenServer;
  tokenHttp?: http.Server;
}): Promise<Registry> {
  installExitHook();
  const child: ResultPromise = execa(REGISTRY_BIN, ['serve', o.configFile], {
    cwd: o.dir,
    stdin: 'ignore',
    stdout: 'pipe',
    stderr: 'pipe',
    reject: false,
    buffer: false,
    cleanup: true,
  });
  const pid = child.pid;
  if (pid === undefined) {
    await child;
    throw new Error(`${REGISTRY_BIN} did not start (is it installed? scripts/prepare-host.sh installs it)`);
  }
  const handle = { pid };
  live.add(handle);
  let output = '';
  const keep = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    if (output.length > 64_000) output = output.slice(-32_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let exited = false;
  const exitedPromise = child.then(() => {
    exited = true;
    live.delete(handle);
  });

  const ca = o.caFile ? await readFile(o.caFile) : undefined;
  const clientPems = o.client ? { cert: await readFile(o.client.cert), key: await readFile(o.client.key) } : {};
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let lastProbe = '';
  let ready = false;
  while (!ready) {
    if (exited) {
      if (/address already in use/i.test(output)) throw new PortInUseError(`${o.host}: address already in use`);
      throw new Error(`${REGISTRY_BIN} exited before answering on ${o.url}:\n${output}`);
    }
    if (Date.now() > deadline) {
      await killAndWait(pid, exitedPromise);
      throw new Error(
        `${REGISTRY_BIN} did not answer GET ${o.url}/v2/ within ${READY_TIMEOUT_MS} ms (last: ${lastProbe}):\n${output}`,
      );
    }
    try {
      const r = await request(new URL('/v2/', o.url), { ca, ...clientPems, timeoutMs: 1_000 });
      lastProbe = `HTTP ${r.status}`;
      ready = r.status === 200 || r.status === 401;
    } catch (err) {
      lastProbe = String(err);
    }
    if (!ready) await sleep(50);
  }

  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      await killAndWait(pid, exitedPromise);
      if (o.tokenHttp) {
        o.tokenHttp.closeAllConnections?.();
        await new Promise<void>((r) => o.tokenHttp!.close(() => r()));
      }
      await rm(o.dir, { recursive: true, force: true });
    })());

  return {
    host: o.host,
    url: o.url,
    dir: o.dir,
    auth: o.auth,
    tls: o.tls,
    credentials: o.credentials,
    caFile: o.caFile,
    certDir: o.certDir,
    ...(o.client ? { client: o.client } : {}),
    tokenServer: o.tokenServer,
    pid,
    logs: () => output,
    stop,
  };
}

/** SIGTERM the process by its PID, then SIGKILL if it has not exited after 5 s. */
async function killAndWait(pid: number, exited: Promise<void>): Promise<void> {
  const signal = (sig: NodeJS.Signals) => {
    try {
      process.kill(pid, sig);
    } catch {
      // already gone
    }
  };
  signal('SIGTERM');
  const timedOut = await Promise.race([exited.then(() => false), sleep(5_000).then(() => true)]);
  if (timedOut) {
    signal('SIGKILL');
    await exited;
  }
}

export interface SkopeoOptions {
  /** Credentials to send; default the registry's own. `false`: send none. */
  creds?: Credentials | false;
  /** Verify TLS with the CA certificates in this directory (files named *.crt). */
  certDir?: string;
  /** Extra arguments before the source and destination. */
  extraArgs?: string[];
  timeoutMs?: number;
}

function skopeoAuthArgs(prefix: 'dest' | 'src' | '', registry: Registry, options: SkopeoOptions): string[] {
  const flag = (name: string) => (prefix ? `--${prefix}-${name}` : `--${name}`);
  const args: string[] = [];
  // An auth file that does not exist: never pick up credentials stored by someone else.
  args.push(flag('authfile'), path.join(registry.dir, 'no-such-auth.json'));
  if (options.certDir) args.push(flag('cert-dir'), options.certDir, `${flag('tls-verify')}=true`);
  else args.push(`${flag('tls-verify')}=false`);
  const creds = options.creds === undefined ? registry.credentials : options.creds;
  if (creds) args.push(flag('creds'), `${creds.username}:${creds.password}`);
  else args.push(flag('no-creds'));
  return args;
}

/**
 * `skopeo copy oci-archive:<file> docker://<host>/<ref>`, with `--dest-tls-verify=false` (or
 * the CA in `certDir`) and the registry's credentials unless told otherwise. Throws on failure
 * (execa's error carries skopeo's stderr); `{ reject: false }` style callers use `skopeo()`.
 */
export async function pushWithSkopeo(
  ociArchive: string,
  ref: string,
  registry: Registry,
  options: SkopeoOptions = {},
): Promise<void> {
  await execa(
    'skopeo',
    [
      'copy',
      '--retry-times',
      '0',
      ...skopeoAuthArgs('dest', registry, options),
      ...(options.extraArgs ?? []),
      `oci-archive:${ociArchive}`,
      `docker://${registry.host}/${ref}`,
    ],
    { stdin: 'ignore', timeout: options.timeoutMs ?? 60_000 },
  );
}

/** `skopeo inspect docker://<host>/<ref>`: the parsed JSON, or throws. */
export async function inspectWithSkopeo(
  ref: string,
  registry: Registry,
  options: SkopeoOptions = {},
): Promise<Record<string, unknown>> {
  const r = await execa(
    'skopeo',
    [
      'inspect',
      '--retry-times',
      '0',
      ...skopeoAuthArgs('', registry, options),
      ...(options.extraArgs ?? []),
      `docker://${registry.host}/${ref}`,
    ],
    { stdin: 'ignore', timeout: options.timeoutMs ?? 60_000 },
  );
  return JSON.parse(r.stdout) as Record<string, unknown>;
}

/** The prebuilt test images (scripts/build-*.sh), when they exist. */
export async function existingTestImage(...names: string[]): Promise<string | undefined> {
  for (const name of names) {
    const file = path.join(repoRoot, 'images', `${name}.oci.tar`);
    if (
      await stat(file).then(
        (s) => s.isFile(),
        () => false,
      )
    )
      return file;
  }
  return undefined;
}

function sha256(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

const DETERMINISTIC_TAR = [
  '--sort=name',
  '--mtime=@0',
  '--owner=0',
  '--group=0',
  '--numeric-owner',
  '--format=posix',
  '--pax-option=exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime',
];

/**
 * A tiny single-layer OCI image archive (one text file, no binary: not runnable), built with
 * tar, gzip and node:crypto, for tests that only move images around. Returns the archive path.
 */
export async function buildTinyOciArchive(dir: string, content = 'hello from podctl tests\n'): Promise<string> {
  const rootfs = path.join(dir, 'rootfs');
  const layout = path.join(dir, 'layout');
  const blobs = path.join(layout, 'blobs', 'sha256');
  await mkdir(rootfs, { recursive: true });
  await mkdir(blobs, { recursive: true });
  await writeFile(path.join(rootfs, 'hello.txt'), content);
  const tarred = await execa('tar', [...DETERMINISTIC_TAR, '-C', rootfs, '-cf', '-', '.'], {
    encoding: 'buffer',
    stdin: 'ignore',
  });
  const layerTar = Buffer.from(tarred.stdout);
  const gz = await execa('gzip', ['-n', '-c'], { input: layerTar, encoding: 'buffer' });
  const layer = Buffer.from(gz.stdout);
  const layerDigest = sha256(layer);
  await writeFile(path.join(blobs, layerDigest), layer);
  const config = Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      config: { Cmd: ['/hello.txt'] },
      rootfs: { type: 'layers', diff_ids: [`sha256:${sha256(layerTar)}`] },
    }),
  );
  const configDigest = sha256(config);
  await writeFile(path.join(blobs, configDigest), config);
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: {
        mediaType: 'application/vnd.oci.image.config.v1+json',
        digest: `sha256:${configDigest}`,
        size: config.length,
      },
      layers: [
        {
          mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
          digest: `sha256:${layerDigest}`,
          size: layer.length,
        },
      ],
    }),
  );
  const manifestDigest = sha256(manifest);
  await writeFile(path.join(blobs, manifestDigest), manifest);
  await writeFile(path.join(layout, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
  await writeFile(
    path.join(layout, 'index.json'),
    JSON.stringify({
      schemaVersion: 2,
      manifests: [
        {
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          digest: `sha256:${manifestDigest}`,
          size: manifest.length,
          annotations: { 'org.opencontainers.image.ref.name': 'latest' },
        },
      ],
    }),
  );
  const archive = path.join(dir, 'tiny.oci.tar');
  await execa('tar', [...DETERMINISTIC_TAR, '-C', layout, '-cf', archive, '.'], { stdin: 'ignore' });
  return archive;
}
