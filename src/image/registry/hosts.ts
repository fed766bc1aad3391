/**
 * Registry endpoints for a reference's domain, from containerd's `hosts.toml` (the format that
 * containerd and nerdctl read from `/etc/containerd/certs.d/<host>/hosts.toml`): mirrors in file
 * order, then the upstream (`server`, or the domain itself). Parsing is pure; reading the files
 * is the one effect here.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import * as z from 'zod/mini';
import { invalidArgument } from '../../errors.js';
import { checkSchema, problemLine } from '../../schema-issues.js';

export const DEFAULT_HOSTS_DIR = '/etc/containerd/certs.d';
export const CAPABILITIES = ['pull', 'resolve', 'push'] as const;
export type Capability = (typeof CAPABILITIES)[number];

export interface RegistryEndpoint {
  /** The endpoint as configured, scheme included: `https://mirror.example.com`. */
  url: string;
  capabilities: Capability[];
  /** CA certificate files (absolute) to trust on top of the system's. */
  ca?: string[];
  /** Client certificate and key files (absolute); no key: the key is in the certificate file. */
  client?: [cert: string, key?: string][];
  skipVerify: boolean;
  /** The URL's path is the API root as written; otherwise `/v2` is appended to it. */
  overridePath: boolean;
  headers: Record<string, string[]>;
  /** Try HTTPS, and plain HTTP when the server does not speak TLS (localhost, insecure hosts). */
  plainHttpFallback: boolean;
}

export interface EndpointOptions {
  /** Hosts whose default endpoint may skip TLS verification and fall back to plain HTTP. */
  insecureRegistries?: readonly string[];
}

const stringOrList = z.union([z.string(), z.array(z.string())], { error: 'expected a string or a list of strings' });
const hostFields = {
  capabilities: z.optional(z.array(z.string())),
  ca: z.optional(stringOrList),
  client: z.optional(
    z.union([z.string(), z.array(z.union([z.string(), z.tuple([z.string(), z.string()])]))], {
      error: 'expected a file, a list of files, or a list of [certificate, key] pairs',
    }),
  ),
  skip_verify: z.optional(z.boolean()),
  override_path: z.optional(z.boolean()),
  header: z.optional(z.record(z.string(), stringOrList)),
};
const hostSchema = z.object(hostFields);
const hostsFileSchema = z.object({
  ...hostFields,
  server: z.optional(z.string()),
  host: z.optional(z.record(z.string(), hostSchema)),
});
type HostFields = z.infer<typeof hostSchema>;

const LOCALHOSTS = new Set(['localhost', '127.0.0.1', '::1']);

/** `[::1]:5000` → `::1`, `localhost:5000` → `localhost`. */
export function hostname(host: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(host);
  if (bracketed) return bracketed[1]!;
  const colon = host.lastIndexOf(':');
  return colon > 0 && host.indexOf(':') === colon ? host.slice(0, colon) : host;
}

function port(host: string): string | undefined {
  const m = /:(\d+)$/.exec(host);
  return m && hostname(host) !== host ? m[1] : undefined;
}

export function isLocalhost(host: string): boolean {
  return LOCALHOSTS.has(hostname(host));
}

/** `--insecure-registry` entries match the host with its port, or any port when given without. */
export function isInsecure(host: string, insecureRegistries: readonly string[] = []): boolean {
  return insecureRegistries.some((h) => h === host || h === hostname(host) || hostname(h) === host);
}

/** The upstream for a domain when no `server` is configured: Docker Hub's API host, or the domain. */
export function defaultEndpoint(domain: string, options: EndpointOptions = {}): RegistryEndpoint {
  const host = domain === 'docker.io' ? 'registry-1.docker.io' : domain;
  return implicitScheme(host, [...CAPABILITIES], options);
}

/**
 * A host written without a scheme: HTTPS, except that localhost and insecure registries skip
 * verification and fall back to plain HTTP, as containerd does for localhost (on ports other
 * than 443; port 80 is plain HTTP outright) and nerdctl for `--insecure-registry`.
 */
function implicitScheme(host: string, capabilities: Capability[], options: EndpointOptions): RegistryEndpoint {
  const insecure = isInsecure(host, options.insecureRegistries);
  const lax = insecure || isLocalhost(host);
  const p = port(host);
  const plain = lax && p === '80';
  return {
    url: `${plain ? 'http' : 'https'}://${host}`,
    capabilities,
    skipVerify: lax && !plain,
    overridePath: false,
    headers: {},
    plainHttpFallback: lax && !plain && p !== '443' && (p !== undefined || insecure),
  };
}

function capabilitiesOf(list: string[] | undefined): Capability[] {
  if (list === undefined || list.length === 0) return [...CAPABILITIES];
  return list.map((c) => {
    const lower = c.toLowerCase();
    if (!(CAPABILITIES as readonly string[]).includes(lower))
      throw new Error(`unknown capability ${JSON.stringify(c)}`);
    return lower as Capability;
  });
}

/** An endpoint for a `server` or `[host."…"]` key, before its settings are applied. */
function endpointFor(server: string, capabilities: Capability[], options: EndpointOptions): RegistryEndpoint {
  if (!/^https?:\/\//i.test(server)) return implicitScheme(server.replace(/\/+$/, ''), capabilities, options);
  if (!URL.canParse(server)) throw new Error(`invalid URL ${JSON.stringify(server)}`);
  const url = new URL(server);
  const pathname = url.pathname === '/' ? '' : path.posix.normalize(url.pathname).replace(/\/$/, '');
  return {
    url: `${url.protocol}//${url.host}${pathname}`,
    capabilities,
    skipVerify: false,
    overridePath: false,
    headers: {},
    plainHttpFallback: false,
  };
}

/** A host table's settings on top of an endpoint; relative certificate paths are under baseDir. */
function withFields(endpoint: RegistryEndpoint, fields: HostFields, baseDir: string): RegistryEndpoint {
  const absolute = (p: string) => (path.isAbsolute(p) ? p : path.join(baseDir, p));
  const out: RegistryEndpoint = { ...endpoint, headers: { ...endpoint.headers } };
  if (fields.skip_verify !== undefined) out.skipVerify = fields.skip_verify;
  if (fields.override_path !== undefined) out.overridePath = fields.override_path;
  if (fields.ca !== undefined) out.ca = [fields.ca].flat().map(absolute);
  if (fields.client !== undefined) {
    out.client = [fields.client]
      .flat()
      .map((c): [string, string?] => (typeof c === 'string' ? [absolute(c)] : [absolute(c[0]), absolute(c[1])]));
  }
  for (const [key, value] of Object.entries(fields.header ?? {})) out.headers[key] = [value].flat();
  return out;
}

/**
 * The endpoints a hosts.toml configures for `domain`: each `[host."…"]` in file order, then
 * `server` with the top-level settings, or the default upstream when `server` is not set.
 * `file` names the file in errors; relative certificate paths are resolved against its directory.
 */
export function parseHostsFile(
  text: string,
  domain: string,
  file: string,
  options: EndpointOptions = {},
): RegistryEndpoint[] {
  const fail = (detail: string, cause?: unknown) => invalidArgument(`invalid hosts file ${file}: ${detail}`, { cause });
  let raw: unknown;
  try {
    raw = parseToml(text);
  } catch (err) {
    const e = err as { message?: string; line?: number; column?: number };
    const first = String(e.message ?? err)
      .split('\n', 1)[0]!
      .replace(/^Invalid TOML document: /, '');
    throw fail(`${first}${e.line ? ` (line ${e.line}, column ${e.column ?? 0})` : ''}`, err);
  }
  const parsed = checkSchema(hostsFileSchema, raw);
  if (!parsed.success) throw fail(problemLine(parsed.problem), parsed.error);
  const config = parsed.data;
  const baseDir = path.dirname(file);
  let where = '';
  try {
    const mirrors = Object.entries(config.host ?? {}).map(([server, fields]) => {
      where = `host."${server}": `;
      return withFields(endpointFor(server, capabilitiesOf(fields.capabilities), options), fields, baseDir);
    });
    where = config.server ? 'server: ' : '';
    const capabilities = capabilitiesOf(config.capabilities);
    const upstream = config.server
      ? withFields(endpointFor(config.server, capabilities, options), config, baseDir)
      : // containerd puts the default upstream's API root at /v2 whatever override_path says.
        { ...withFields({ ...defaultEndpoint(domain, options), capabilities }, config, baseDir), overridePath: false };
    return [...mirrors, upstream];
  } catch (err) {
    throw fail(`${where}${(err as Error).message}`, err);
  }
}

const exists = (p: string) =>
  stat(p).then(
    (s) => s.isDirectory(),
    () => false,
  );

/** containerd's directory names for a host: as is, `host_port_` (for file systems without `:`), `_default`. */
export function hostDirCandidates(hostsDir: string, domain: string): string[] {
  const colon = domain.lastIndexOf(':');
  const ported = colon > 0 ? `${domain.slice(0, colon)}_${domain.slice(colon + 1)}_` : undefined;
  return [domain, ported, '_default'].filter((d): d is string => d !== undefined).map((d) => path.join(hostsDir, d));
}

/**
 * The endpoints for a reference's domain: from the first host directory that exists (its
 * hosts.toml, else Docker-style `*.crt` CA files in it), else the default upstream alone.
 */
export async function registryEndpoints(
  domain: string,
  options: EndpointOptions & { hostsDir?: string } = {},
): Promise<RegistryEndpoint[]> {
  const hostsDir = options.hostsDir ?? DEFAULT_HOSTS_DIR;
  for (const dir of hostDirCandidates(hostsDir, domain)) {
    if (!(await exists(dir))) continue;
    const file = path.join(dir, 'hosts.toml');
    const text = await readFile(file, 'utf8').catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return undefined;
      throw invalidArgument(`cannot read hosts file ${file}: ${err.message}`, { cause: err });
    });
    if (text !== undefined && text.trim() !== '') return parseHostsFile(text, domain, file, options);
    const certs = (await readdir(dir)).filter((f) => f.endsWith('.crt')).map((f) => path.join(dir, f));
    const upstream = defaultEndpoint(domain, options);
    return [certs.length > 0 ? { ...upstream, ca: certs } : upstream];
  }
  return [defaultEndpoint(domain, options)];
}

/** The API root of an endpoint: its path plus `/v2`, unless `override_path` says the path is the root. */
export function apiRoot(endpoint: Pick<RegistryEndpoint, 'url' | 'overridePath'>): string {
  if (endpoint.overridePath) return endpoint.url.replace(/\/+$/, '');
  return /\/v2$/.test(endpoint.url) ? endpoint.url : `${endpoint.url}/v2`;
}
