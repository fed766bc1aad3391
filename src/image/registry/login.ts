/**
 * `login` and `logout`: credentials checked against the registry's `/v2/` (through the same
 * auth flow a pull takes) before they are stored in docker's config file; removed on logout.
 */
import { RegistryClient, type RegistryClientOptions } from './client.js';
import {
  dockerConfigPath,
  normalizeServer,
  removeCredentials,
  storeCredentials,
  type Credentials,
} from './credentials.js';
import { unexpected } from './distribution.js';
import { registryEndpoints } from './hosts.js';

export interface LoginOptions {
  hostsDir?: string;
  insecureRegistries?: string[];
  /** Docker's config.json (default $DOCKER_CONFIG/config.json). */
  dockerConfig?: string;
  client?: Omit<RegistryClientOptions, 'credentials'>;
  signal?: AbortSignal;
}

/** Checks the credentials against the registry, then stores them; returns the host and the file. */
export async function login(
  server: string,
  creds: Credentials,
  options: LoginOptions = {},
): Promise<{ host: string; file: string }> {
  const host = normalizeServer(server);
  const file = options.dockerConfig ?? dockerConfigPath();
  await verifyCredentials(host, creds, options);
  await storeCredentials(host, creds, file);
  return { host, file };
}

/** `GET /v2/` with the credentials: 200 once the challenge (if any) is answered. */
export async function verifyCredentials(server: string, creds: Credentials, options: LoginOptions = {}): Promise<void> {
  const host = normalizeServer(server);
  const endpoints = await registryEndpoints(host, {
    ...(options.hostsDir ? { hostsDir: options.hostsDir } : {}),
    ...(options.insecureRegistries ? { insecureRegistries: options.insecureRegistries } : {}),
  });
  // The upstream: mirrors do not hold the account.
  const upstream = endpoints.at(-1)!;
  const client = new RegistryClient({ ...options.client, credentials: async () => creds });
  try {
    const res = await client.send(upstream, {
      method: 'GET',
      path: '/',
      scope: '',
      ...(options.signal ? { signal: options.signal } : {}),
    });
    if (res.status !== 200) throw await unexpected(upstream, res, 'login');
    res.body.resume();
  } finally {
    client.close();
  }
}

/** Removes the stored credentials; false when there were none. */
export async function logout(
  server: string,
  options: Pick<LoginOptions, 'dockerConfig'> = {},
): Promise<{ host: string; removed: boolean }> {
  const host = normalizeServer(server);
  return { host, removed: await removeCredentials(host, options.dockerConfig ?? dockerConfigPath()) };
}
