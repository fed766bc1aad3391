/**
 * The OCI distribution API calls that pull and push make: resolving a tag to a descriptor,
 * reading manifests and blobs (resuming a download that dropped), checking for and uploading
 * blobs, and putting manifests. Statuses become podctl errors here, naming the registry.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Descriptor } from '../../containerd/services/types.js';
import { PodctlError, invalidArgument, notFound } from '../../errors.js';
import { isDigest, sha256Digest } from '../digest.js';
import { MANIFEST_ACCEPT, isIndex, isManifest } from '../media-types.js';
import { MAX_MANIFEST_BYTES } from '../schemas.js';
import { errorDetail } from './auth.js';
import { endpointHost, type RegistryClient } from './client.js';
import type { RegistryEndpoint } from './hosts.js';
import { errorCode, readBody, readText, type HttpResponse } from './http.js';
import { retryDelay } from './retry.js';

export const pullScope = (repository: string) => `repository:${repository}:pull`;
export const pushScope = (repository: string) => `repository:${repository}:pull,push`;
const ACCEPT = MANIFEST_ACCEPT.join(', ');
const MAX_REDIRECTS = 5;

/** The error for an answer that is not the one expected; reads (and so drains) the body. */
export async function unexpected(endpoint: RegistryEndpoint, res: HttpResponse, what: string): Promise<PodctlError> {
  const host = endpointHost(endpoint);
  const detail = errorDetail(await readText(res.body));
  const message = `registry ${host}: ${what}: ${res.status}${detail ? ` ${detail}` : ''}`;
  if (res.status === 404) return notFound(message);
  if (res.status === 429 || res.status >= 500)
    return new PodctlError('unavailable', message, { hint: 'the registry is failing or busy; try again later' });
  return new PodctlError('failed-precondition', message);
}

const baseType = (value: string | undefined) => value?.split(';', 1)[0]!.trim() ?? '';

export interface Resolved {
  endpoint: RegistryEndpoint;
  desc: Descriptor;
  /** The manifest's bytes, when resolving had to read them. */
  bytes?: Buffer;
}

/**
 * A tag or digest to the descriptor of its manifest or index: HEAD with every manifest type
 * accepted, and GET when the answer lacks the digest, type or size. `name` is for messages.
 */
export async function resolveManifest(
  client: RegistryClient,
  endpoint: RegistryEndpoint,
  repository: string,
  reference: string,
  name: string,
  signal?: AbortSignal,
): Promise<Resolved> {
  const request = {
    path: `/${repository}/manifests/${reference}`,
    scope: pullScope(repository),
    headers: { accept: ACCEPT },
    ...(signal ? { signal } : {}),
  };
  const head = await client.send(endpoint, { ...request, method: 'HEAD' });
  head.body.resume();
  const notThere = () =>
    notFound(`image "${name}" not found in registry ${endpointHost(endpoint)}`, { hint: 'check the name and tag' });
  if (head.status === 404) throw notThere();
  const header = head.headers['docker-content-digest'];
  let digest = typeof header === 'string' ? header : undefined;
  let mediaType = baseType(head.headers['content-type']);
  let size = Number(head.headers['content-length'] ?? NaN);
  let bytes: Buffer | undefined;
  const complete =
    head.status === 200 &&
    digest !== undefined &&
    isDigest(digest) &&
    (isIndex(mediaType) || isManifest(mediaType)) &&
    Number.isSafeInteger(size);
  if (!complete) {
    const res = await client.send(endpoint, { ...request, method: 'GET' });
    if (res.status === 404) throw notThere();
    if (res.status !== 200) throw await unexpected(endpoint, res, `manifest ${reference}`);
    bytes = await readBody(
      res.body,
      MAX_MANIFEST_BYTES,
      `manifest ${reference} from registry ${endpointHost(endpoint)}`,
    );
    digest = isDigest(reference) ? reference : sha256Digest(bytes);
    mediaType = baseType(res.headers['content-type']) || mediaTypeOf(bytes);
    size = bytes.length;
  }
  if (isDigest(reference) && digest !== reference) {
    throw invalidArgument(`registry ${endpointHost(endpoint)}: manifest ${reference} came back as ${digest}`);
  }
  if (!isIndex(mediaType) && !isManifest(mediaType)) {
    throw invalidArgument(`image "${name}": unsupported manifest type ${JSON.stringify(mediaType)}`, {
      hint: 'podctl pulls OCI and Docker schema 2 images',
    });
  }
  return { endpoint, desc: { mediaType, digest: digest!, size, annotations: {} }, ...(bytes ? { bytes } : {}) };
}

function mediaTypeOf(bytes: Buffer): string {
  try {
    const doc = JSON.parse(bytes.toString('utf8')) as { mediaType?: unknown; manifests?: unknown };
    if (typeof doc.mediaType === 'string') return doc.mediaType;
    return doc.manifests !== undefined ? MANIFEST_ACCEPT[0] : MANIFEST_ACCEPT[2];
  } catch {
    return '';
  }
}

/** A blob's or manifest's bytes; a connection that drops mid-way resumes with a Range request. */
export async function openBlob(
  client: RegistryClient,
  endpoint: RegistryEndpoint,
  repository: string,
  desc: Descriptor,
  signal?: AbortSignal,
): Promise<AsyncIterable<Uint8Array>> {
  const document = isIndex(desc.mediaType) || isManifest(desc.mediaType);
  const request = {
    method: 'GET' as const,
    path: `/${repository}/${document ? 'manifests' : 'blobs'}/${desc.digest}`,
    scope: pullScope(repository),
    redirects: MAX_REDIRECTS,
    ...(signal ? { signal } : {}),
  };
  const open = async (offset: number) => {
    const headers: Record<string, string> = document ? { accept: ACCEPT } : {};
    if (offset > 0) headers.range = `bytes=${offset}-`;
    const res = await client.send(endpoint, { ...request, headers });
    if (res.status !== 200 && !(offset > 0 && res.status === 206)) {
      throw await unexpected(endpoint, res, `${document ? 'manifest' : 'blob'} ${desc.digest}`);
    }
    return res;
  };
  return resumable(await open(0), open, client, desc.size);
}

async function* resumable(
  first: HttpResponse,
  open: (offset: number) => Promise<HttpResponse>,
  client: RegistryClient,
  size: number,
): AsyncGenerator<Uint8Array> {
  let res = first;
  let offset = 0;
  for (let attempt = 1; ; attempt++) {
    // A server that ignored the Range header sends it all again: skip what we have.
    let skip = res.status === 200 ? offset : 0;
    try {
      for await (const chunk of res.body as AsyncIterable<Buffer>) {
        const fresh = skip > 0 ? chunk.subarray(Math.min(skip, chunk.length)) : chunk;
        skip = Math.max(0, skip - chunk.length);
        if (fresh.length === 0) continue;
        offset += fresh.length;
        yield fresh;
      }
      return;
    } catch (err) {
      const code = errorCode(err);
      const delay =
        offset < size ? retryDelay({ attempt, ...(code ? { errorCode: code } : {}) }, client.retryPolicy) : undefined;
      if (delay === undefined) throw err;
      await sleep(delay);
      res = await open(offset);
    }
  }
}

/** HEAD on a blob: whether the repository has it. */
export async function hasBlob(
  client: RegistryClient,
  endpoint: RegistryEndpoint,
  repository: string,
  digest: string,
  signal?: AbortSignal,
): Promise<boolean> {
  const request = {
    method: 'HEAD' as const,
    path: `/${repository}/blobs/${digest}`,
    scope: pushScope(repository),
    redirects: MAX_REDIRECTS,
  };
  const res = await client.send(endpoint, { ...request, ...(signal ? { signal } : {}) });
  res.body.resume();
  if (res.status === 200) return true;
  if (res.status === 404) return false;
  throw await unexpected(endpoint, res, `blob ${digest}`);
}

/** A monolithic upload: POST for a session, then PUT the bytes with the digest. */
export async function uploadBlob(
  client: RegistryClient,
  endpoint: RegistryEndpoint,
  repository: string,
  desc: Descriptor,
  read: () => AsyncIterable<Uint8Array>,
  signal?: AbortSignal,
): Promise<void> {
  const common = { scope: pushScope(repository), ...(signal ? { signal } : {}) };
  const started = await client.send(endpoint, {
    ...common,
    method: 'POST',
    path: `/${repository}/blobs/uploads/`,
    headers: { 'content-length': '0' },
  });
  if (started.status !== 202 || !started.headers.location)
    throw await unexpected(endpoint, started, `upload of ${desc.digest}`);
  started.body.resume();
  const location = new URL(started.headers.location, started.url);
  location.searchParams.set('digest', desc.digest);
  const put = await client.send(endpoint, {
    ...common,
    method: 'PUT',
    path: location,
    headers: { 'content-type': 'application/octet-stream', 'content-length': String(desc.size) },
    body: read,
  });
  if (put.status !== 201) throw await unexpected(endpoint, put, `upload of ${desc.digest}`);
  put.body.resume();
}

/** PUT a manifest or index under a digest or tag, with its media type as Content-Type. */
export async function putManifest(
  client: RegistryClient,
  endpoint: RegistryEndpoint,
  repository: string,
  reference: string,
  mediaType: string,
  bytes: Buffer,
  signal?: AbortSignal,
): Promise<void> {
  const res = await client.send(endpoint, {
    method: 'PUT',
    path: `/${repository}/manifests/${reference}`,
    scope: pushScope(repository),
    headers: { 'content-type': mediaType, 'content-length': String(bytes.length) },
    body: bytes,
    ...(signal ? { signal } : {}),
  });
  if (res.status !== 201 && res.status !== 200) throw await unexpected(endpoint, res, `manifest ${reference}`);
  res.body.resume();
}
