/**
 * `pull`: a reference resolved over the registry's endpoints (hosts.toml mirrors first, then
 * the upstream), then imported by importImage with the registry as its blob source. The image
 * record is named by the full normalised reference (`docker.io/library/busybox:latest`).
 */
import type { ContainerdClient } from '../containerd/client.js';
import type { Descriptor } from '../containerd/services/types.js';
import { PodctlError, invalidArgument, isCanceled } from '../errors.js';
import { importImage, type BlobSource, type ImportEvent, type ImportResult } from './import.js';
import { isLayer } from './media-types.js';
import type { Platform } from './platform.js';
import { parseReference } from './reference.js';
import { RegistryClient, endpointHost, type RegistryClientOptions } from './registry/client.js';
import { dockerConfigPath, readCredentials } from './registry/credentials.js';
import { openBlob, resolveManifest, type Resolved } from './registry/distribution.js';
import { registryEndpoints, type Capability, type RegistryEndpoint } from './registry/hosts.js';
import { counted } from './registry/counted.js';

export interface RegistryOptions {
  /** Where `<host>/hosts.toml` files live (default /etc/containerd/certs.d). */
  hostsDir?: string;
  /** Hosts that may skip TLS verification and fall back to plain HTTP. */
  insecureRegistries?: string[];
  /** Docker's config.json with the credentials (default $DOCKER_CONFIG/config.json). */
  dockerConfig?: string;
  /** Timeouts and retries of registry requests, for tests. */
  client?: Omit<RegistryClientOptions, 'credentials'>;
  signal?: AbortSignal;
}

export type PullEvent =
  | ImportEvent
  | { kind: 'resolved'; name: string; desc: Descriptor; registry: string }
  /** Bytes of a blob received so far. */
  | { kind: 'progress'; desc: Descriptor; bytes: number };

export interface PullOptions extends RegistryOptions {
  platform?: Platform;
  snapshotter?: string;
  onEvent?: (event: PullEvent) => void;
}

export interface PullResult extends ImportResult {
  /** The image record's name: the full normalised reference. */
  name: string;
  /** The digest the reference resolved to: the index's or the manifest's. */
  digest: string;
  /** What the image record pointed at before the pull, if it existed. */
  previousDigest?: string;
}

/** A registry client that reads credentials from the docker config file named in the options. */
export function registryClient(options: RegistryOptions): RegistryClient {
  const file = options.dockerConfig ?? dockerConfigPath();
  return new RegistryClient({ ...options.client, credentials: (host) => readCredentials(host, file) });
}

/** The endpoints with a capability, in order; a one-line error when hosts.toml leaves none. */
export function endpointsFor(
  endpoints: RegistryEndpoint[],
  capability: Capability,
  domain: string,
): RegistryEndpoint[] {
  const able = endpoints.filter((e) => e.capabilities.includes(capability));
  if (able.length === 0) {
    throw invalidArgument(`no endpoint for registry ${domain} has the ${capability} capability`, {
      hint: `check hosts.toml for ${domain}`,
    });
  }
  return able;
}

/** Tries each endpoint in turn; the last one's error when all fail (it is the upstream's). */
export async function firstAnswer<T>(
  endpoints: RegistryEndpoint[],
  attempt: (endpoint: RegistryEndpoint) => Promise<T>,
): Promise<T> {
  let last: unknown;
  for (const endpoint of endpoints) {
    try {
      return await attempt(endpoint);
    } catch (err) {
      if (isCanceled(err)) throw err;
      last = err;
    }
  }
  throw last;
}

function registrySource(
  registry: RegistryClient,
  endpoints: RegistryEndpoint[],
  repository: string,
  resolved: Resolved,
  onEvent?: (e: PullEvent) => void,
): BlobSource {
  const held = (desc: Descriptor) => (desc.digest === resolved.desc.digest ? resolved.bytes : undefined);
  return {
    held,
    async open(desc, signal) {
      const known = held(desc);
      if (known)
        return (async function* () {
          yield known;
        })();
      const stream = await firstAnswer(endpoints, (endpoint) => openBlob(registry, endpoint, repository, desc, signal));
      return onEvent && isLayer(desc.mediaType)
        ? counted(stream, (bytes) => onEvent({ kind: 'progress', desc, bytes }))
        : stream;
    },
  };
}

export async function pullImage(client: ContainerdClient, ref: string, options: PullOptions = {}): Promise<PullResult> {
  const reference = parseReference(ref);
  const { signal, onEvent } = options;
  const endpoints = await registryEndpoints(reference.domain, {
    ...(options.hostsDir ? { hostsDir: options.hostsDir } : {}),
    ...(options.insecureRegistries ? { insecureRegistries: options.insecureRegistries } : {}),
  });
  const registry = registryClient(options);
  // Asked while the registry resolves: it also opens the channel to containerd meanwhile.
  const previous = client.images.get(reference.string, { signal }).then(
    (image) => image.target.digest,
    () => undefined,
  );
  try {
    const target = reference.digest ?? reference.tag!;
    const resolved = await firstAnswer(endpointsFor(endpoints, 'resolve', reference.domain), (endpoint) =>
      resolveManifest(registry, endpoint, reference.path, target, reference.familiar, signal),
    );
    onEvent?.({
      kind: 'resolved',
      name: reference.string,
      desc: resolved.desc,
      registry: endpointHost(resolved.endpoint),
    });
    const pullers = endpointsFor(endpoints, 'pull', reference.domain);
    const ordered = pullers.includes(resolved.endpoint)
      ? [resolved.endpoint, ...pullers.filter((e) => e !== resolved.endpoint)]
      : pullers;
    const platform = options.platform;
    const result = await importImage(client, {
      name: reference.string,
      target: resolved.desc,
      source: registrySource(registry, ordered, reference.path, resolved, onEvent),
      ...(platform ? { platform: { ...platform, variant: platform.variant ?? '' } } : {}),
      ...(options.snapshotter ? { snapshotter: options.snapshotter } : {}),
      parallel: 3,
      ...(signal ? { signal } : {}),
      ...(onEvent ? { onEvent } : {}),
    });
    const previousDigest = await previous;
    return {
      ...result,
      name: reference.string,
      digest: resolved.desc.digest,
      ...(previousDigest ? { previousDigest } : {}),
    };
  } catch (err) {
    if (signal?.aborted && !(err instanceof PodctlError && err.kind === 'canceled')) {
      throw new PodctlError('canceled', `pull ${reference.familiar}: canceled`, { cause: err });
    }
    throw err;
  } finally {
    registry.close();
  }
}
