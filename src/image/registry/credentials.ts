/**
 * Registry credentials in Docker's config file (`$DOCKER_CONFIG/config.json`, else
 * `~/.docker/config.json`), the file that docker, nerdctl and skopeo share: `auths.<server>`
 * with `auth` (base64 of user:password), or `username`/`password`, and `identitytoken`.
 * Credential helpers (`credsStore`, `credHelpers`) are not supported: reading them is an error
 * that says so. Writes replace the file atomically, mode 0600, keeping every other key.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import * as z from 'zod/mini';
import { failedPrecondition, invalidArgument } from '../../errors.js';
import { formatIssuePath, parseInput } from '../../schema-issues.js';

export interface Credentials {
  username: string;
  password: string;
  /** An OAuth2 refresh token from `docker login`, used in place of the password at token servers. */
  identityToken?: string;
}

/** The key docker writes Docker Hub's credentials under. */
export const DOCKER_HUB_KEY = 'https://index.docker.io/v1/';
const DOCKER_HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io', 'registry.hub.docker.com']);

const authEntry = z.object({
  auth: z.optional(z.string()),
  username: z.optional(z.string()),
  password: z.optional(z.string()),
  identitytoken: z.optional(z.string()),
});
const configSchema = z.object({
  auths: z.optional(z.record(z.string(), authEntry)),
  credsStore: z.optional(z.string()),
  credHelpers: z.optional(z.record(z.string(), z.string())),
});
type DockerConfig = z.infer<typeof configSchema>;

export function dockerConfigPath(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(env.DOCKER_CONFIG || path.join(env.HOME || homedir(), '.docker'), 'config.json');
}

/** A server as typed or stored (`https://index.docker.io/v1/`, `http://h:5000/`) → its host, Docker Hub as `docker.io`. */
export function normalizeServer(server: string): string {
  const host = server
    .trim()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .split('/', 1)[0]!
    .toLowerCase();
  return DOCKER_HUB_ALIASES.has(host) ? 'docker.io' : host;
}

/** Where `login` stores a server's credentials: docker's key for Docker Hub, else the host. */
export function storageKey(server: string): string {
  const host = normalizeServer(server);
  return host === 'docker.io' ? DOCKER_HUB_KEY : host;
}

async function readRaw(file: string): Promise<Record<string, unknown> | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw invalidArgument(`cannot read ${file}: ${(err as Error).message}`, { cause: err });
  }
  if (text.trim() === '') return {};
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch (err) {
    throw invalidArgument(`invalid docker config ${file}: not JSON: ${(err as Error).message}`, { cause: err });
  }
  throw invalidArgument(`invalid docker config ${file}: not a JSON object`);
}

async function readConfig(file: string): Promise<DockerConfig> {
  const raw = await readRaw(file);
  if (raw === undefined) return {};
  return parseInput(configSchema, raw, `invalid docker config ${file}: `);
}

function decodeEntry(entry: z.infer<typeof authEntry>, key: string, file: string): Credentials | undefined {
  let username = entry.username ?? '';
  let password = entry.password ?? '';
  if (entry.auth) {
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0)
      throw invalidArgument(
        `invalid docker config ${file}: ${formatIssuePath(['auths', key, 'auth'])} is not base64 of user:password`,
      );
    [username, password] = [decoded.slice(0, colon), decoded.slice(colon + 1)];
  }
  const creds: Credentials = { username, password };
  if (entry.identitytoken) creds.identityToken = entry.identitytoken;
  return username || password || creds.identityToken ? creds : undefined;
}

/** The stored credentials for a registry host, or undefined to go anonymous. */
export async function readCredentials(server: string, file = dockerConfigPath()): Promise<Credentials | undefined> {
  const host = normalizeServer(server);
  const config = await readConfig(file);
  const entries = Object.entries(config.auths ?? {}).filter(([key]) => normalizeServer(key) === host);
  for (const [key, entry] of entries) {
    const creds = decodeEntry(entry, key, file);
    if (creds) return creds;
  }
  const helper =
    Object.entries(config.credHelpers ?? {}).find(([key]) => normalizeServer(key) === host)?.[1] ??
    (entries.length > 0 ? config.credsStore : undefined);
  if (helper !== undefined) {
    throw failedPrecondition(
      `credentials for ${host} are kept by the credential helper docker-credential-${helper} (${file}), which podctl does not support`,
      {
        hint: `log in again with 'podctl login ${host}' after removing credsStore/credHelpers from ${file}`,
      },
    );
  }
  return undefined;
}

async function writeAtomically(file: string, value: unknown): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(tmp, `${JSON.stringify(value, null, '\t')}\n`, { mode: 0o600, flag: 'wx' });
    await rename(tmp, file);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

/** Stores credentials for a server, replacing any under another spelling of the same host. */
export async function storeCredentials(server: string, creds: Credentials, file = dockerConfigPath()): Promise<void> {
  const raw = (await readRaw(file)) ?? {};
  const config = await readConfig(file);
  if (config.credsStore !== undefined) {
    throw failedPrecondition(
      `${file} sets credsStore "${config.credsStore}": podctl does not support credential helpers and would store the password where docker does not look`,
      {
        hint: `remove credsStore from ${file} to keep credentials in the file`,
      },
    );
  }
  const host = normalizeServer(server);
  const auths = Object.fromEntries(Object.entries(config.auths ?? {}).filter(([key]) => normalizeServer(key) !== host));
  const rawAuths = typeof raw.auths === 'object' && raw.auths !== null ? (raw.auths as Record<string, unknown>) : {};
  const kept = Object.fromEntries(Object.entries(rawAuths).filter(([key]) => key in auths));
  const entry: Record<string, string> = { auth: Buffer.from(`${creds.username}:${creds.password}`).toString('base64') };
  if (creds.identityToken) entry.identitytoken = creds.identityToken;
  await writeAtomically(file, { ...raw, auths: { ...kept, [storageKey(server)]: entry } });
}

/** Removes a server's credentials; false when there were none. */
export async function removeCredentials(server: string, file = dockerConfigPath()): Promise<boolean> {
  const raw = await readRaw(file);
  if (raw === undefined || typeof raw.auths !== 'object' || raw.auths === null) return false;
  const host = normalizeServer(server);
  const entries = Object.entries(raw.auths as Record<string, unknown>);
  const kept = entries.filter(([key]) => normalizeServer(key) !== host);
  if (kept.length === entries.length) return false;
  await writeAtomically(file, { ...raw, auths: Object.fromEntries(kept) });
  return true;
}
