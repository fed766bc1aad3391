/**
 * The registry client: requests against an endpoint's API root with its headers and TLS
 * settings, the auth flow on 401, bounded retries with backoff on 5xx, 429 and dropped
 * connections, and the HTTPS→HTTP fallback that localhost and insecure registries get.
 * It answers with the HTTP response: what a status means is for the caller to say.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { PodctlError } from '../../errors.js';
import { PODCTL_VERSION } from '../../version.js';
import { Authorizer, authFailed, errorDetail } from './auth.js';
import { findChallenge, parseChallenges } from './challenge.js';
import { normalizeServer, type Credentials } from './credentials.js';
import { apiRoot, isLocalhost, type RegistryEndpoint } from './hosts.js';
import { errorCode, HttpTransport, readText, type HttpRequest, type HttpResponse, type TlsSettings } from './http.js';
import { DEFAULT_RETRY, retryDelay, type RetryPolicy } from './retry.js';

export interface RegistryClientOptions {
  /** Credentials for a registry host (`docker.io`, `127.0.0.1:5000`); undefined: anonymous. */
  credentials?: (host: string) => Promise<Credentials | undefined>;
  /** How long a connection may stay silent, per request (default 30 s). */
  timeoutMs?: number;
  retry?: RetryPolicy;
  /** In [0, 1): the jitter's source, for tests. */
  random?: () => number;
}

export interface RegistryRequest {
  method: 'GET' | 'HEAD' | 'POST' | 'PUT';
  /** Under the endpoint's API root (`/library/busybox/manifests/latest`), or absolute (an upload's Location). */
  path: string | URL;
  /** The token scope the request needs: `repository:library/busybox:pull`. */
  scope: string;
  headers?: Record<string, string>;
  /** A stream body is a function, called again for each try. */
  body?: Buffer | (() => AsyncIterable<Uint8Array>);
  /** Redirects to follow: blob downloads are sent on to storage. */
  redirects?: number;
  signal?: AbortSignal;
}

const USER_AGENT = `podctl/${PODCTL_VERSION}`;
const DEFAULT_TIMEOUT_MS = 30_000;

/** The registry host an endpoint stands for, as users and docker's config name it. */
export function endpointHost(endpoint: Pick<RegistryEndpoint, 'url'>): string {
  return new URL(endpoint.url).host;
}

/** A TLS handshake that met a plain-HTTP server. */
function isTlsMismatch(err: unknown): boolean {
  const code = errorCode(err) ?? '';
  return (
    code === 'EPROTO' ||
    code.startsWith('ERR_SSL_') ||
    code === 'ECONNRESET' ||
    /wrong version number|packet length too long/i.test(String(err))
  );
}

/** A request that failed for good, in one line, with what to do about it. */
function unreachable(err: unknown, host: string, method: string, href: string): PodctlError {
  const message = (err as Error).message;
  const tlsProblem = /CERT|SIGNED|TLS|SSL|EPROTO/.test(errorCode(err) ?? '');
  // TLS alerts 42 (bad certificate) and 116 (certificate required): the server's verdict on ours.
  const wantsClientCert = /alert (bad certificate|certificate required)|SSL alert number (42|116)\b/.test(message);
  // OpenSSL's messages end in a newline, and may hold several lines: the error stays one line.
  return new PodctlError(
    'unavailable',
    `registry ${host}: ${method} ${href}: ${message.trim().replace(/\s*\n\s*/g, '; ')}`,
    {
      cause: err,
      hint: wantsClientCert
        ? `the registry wants a client certificate it trusts: give one with "client" in its hosts.toml`
        : tlsProblem
          ? `trust the registry's CA with "ca" in its hosts.toml, or pass the \`insecureRegistries\` option ${host}`
          : 'is the registry running and reachable?',
    },
  );
}

function canceled(signal: AbortSignal | undefined, host: string): PodctlError | undefined {
  if (!signal?.aborted) return undefined;
  return new PodctlError('canceled', `registry ${host}: canceled`, { cause: signal.reason });
}

export class RegistryClient {
  readonly #http = new HttpTransport();
  readonly #auth: Authorizer;
  /** Origins that answered in plain HTTP after a TLS handshake failed. */
  readonly #plain = new Set<string>();
  /** Origins of endpoints that may fall back to plain HTTP (localhost, --insecure-registry). */
  readonly #fallbackOrigins = new Set<string>();
  /** Origins that answered over TLS: a later dropped connection there is no reason to fall back. */
  readonly #spokeTls = new Set<string>();
  readonly #timeoutMs: number;
  readonly #retry: RetryPolicy;
  readonly #random: () => number;
  /** Credentials by registry host, read once per client. */
  readonly #credentials: (host: string) => Promise<Credentials | undefined>;

  constructor(options: RegistryClientOptions = {}) {
    const lookup = options.credentials ?? (async () => undefined);
    const known = new Map<string, Promise<Credentials | undefined>>();
    const credentials = (host: string) => {
      const key = normalizeServer(host);
      let creds = known.get(key);
      if (creds === undefined) known.set(key, (creds = lookup(key)));
      return creds;
    };
    this.#timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.#retry = options.retry ?? DEFAULT_RETRY;
    this.#random = options.random ?? Math.random;
    this.#auth = new Authorizer(
      (url, tls, init) => this.#exchange(url, tls, { ...init, scope: '', anonymous: true }),
      credentials,
    );
    this.#credentials = credentials;
  }

  get retryPolicy(): RetryPolicy {
    return this.#retry;
  }

  /** A request against an endpoint, authorised, retried; the caller reads or drains the body. */
  async send(endpoint: RegistryEndpoint, request: RegistryRequest): Promise<HttpResponse> {
    const host = endpointHost(endpoint);
    const tls: TlsSettings = {
      skipVerify: endpoint.skipVerify,
      ...(endpoint.ca ? { ca: endpoint.ca } : {}),
      ...(endpoint.client ? { client: endpoint.client } : {}),
    };
    const headers: Record<string, string> = {
      ...Object.fromEntries(Object.entries(endpoint.headers).map(([k, v]) => [k, v.join(', ')])),
      ...request.headers,
    };
    const url = typeof request.path === 'string' ? new URL(apiRoot(endpoint) + request.path) : request.path;
    if (endpoint.plainHttpFallback) this.#fallbackOrigins.add(new URL(endpoint.url).origin);
    let answered: { scheme: string; withCredentials: boolean } | undefined;
    for (;;) {
      const res = await this.#exchange(url, tls, { ...request, headers, host });
      if (res.status !== 401 && res.status !== 403) return res;
      const detail = errorDetail(await readText(res.body));
      const challenges = parseChallenges(res.headersDistinct['www-authenticate']);
      if (answered !== undefined || res.status === 403 || challenges.length === 0) {
        this.#auth.forget(this.#origin(url), request.scope);
        const withCredentials = answered?.withCredentials ?? (await this.#credentials(host)) !== undefined;
        throw authFailed(
          host,
          res.status,
          detail,
          answered?.scheme === 'basic' && withCredentials ? 'credentials' : withCredentials ? 'access' : 'anonymous',
        );
      }
      await this.#auth.respond(
        { origin: this.#origin(url), host, tls },
        challenges,
        request.scope,
        res.status,
        detail,
        request.signal,
      );
      answered = {
        scheme: findChallenge(challenges, 'bearer') ? 'bearer' : 'basic',
        withCredentials: (await this.#credentials(host)) !== undefined,
      };
    }
  }

  /** The origin a URL is actually sent to: plain HTTP once the endpoint answered that way. */
  #origin(url: URL): string {
    const plain = url.origin.replace(/^https:/, 'http:');
    return this.#plain.has(plain) ? plain : url.origin;
  }

  /** One request with retries and the HTTP fallback, without the auth flow. */
  async #exchange(
    url: URL,
    tls: TlsSettings,
    request: Omit<RegistryRequest, 'path'> & { headers: Record<string, string>; host?: string; anonymous?: boolean },
  ): Promise<HttpResponse> {
    const host = request.host ?? url.host;
    for (let attempt = 1; ; attempt++) {
      const target = new URL(url);
      if (target.origin !== this.#origin(url)) target.protocol = 'http:';
      const authorization = request.anonymous ? undefined : this.#auth.header(target.origin, request.scope);
      const http: HttpRequest = {
        method: request.method,
        url: target,
        headers: { 'user-agent': USER_AGENT, ...request.headers, ...(authorization ? { authorization } : {}) },
        timeoutMs: this.#timeoutMs,
        maxRedirects: request.redirects ?? 0,
        ...(request.signal ? { signal: request.signal } : {}),
      };
      const body = () => (typeof request.body === 'function' ? request.body() : request.body);
      // The first anonymous read from localhost, which may answer in plain HTTP, asks both
      // ways at once (nothing of it leaves the machine); the plain answer counts only when the
      // TLS try fails as a TLS try to a plain-HTTP server does. A remote --insecure-registry host
      // is asked over TLS first, and in plain HTTP only after that failed.
      const fallback = this.#fallbackOrigins.has(url.origin) && !this.#spokeTls.has(url.origin);
      const race =
        target.protocol === 'https:' &&
        fallback &&
        isLocalhost(target.host) &&
        !Object.keys(http.headers).some((h) => h.toLowerCase() === 'authorization') &&
        !request.body &&
        (request.method === 'GET' || request.method === 'HEAD');
      const dropPlain = race ? new AbortController() : undefined;
      const plain = dropPlain
        ? this.#http
            .send(
              {
                ...http,
                url: Object.assign(new URL(target), { protocol: 'http:' }),
                signal: request.signal ? AbortSignal.any([request.signal, dropPlain.signal]) : dropPlain.signal,
              },
              tls,
            )
            .then(
              (answer) => ({ answer }),
              (error: unknown) => ({ error }),
            )
        : undefined;
      let res: HttpResponse;
      let scheme = target.protocol;
      try {
        res = await this.#http.send({ ...http, ...(request.body ? { body: body()! } : {}) }, tls);
        dropPlain?.abort();
        void plain?.then((p) => 'answer' in p && p.answer.body.destroy());
      } catch (err) {
        const stop = canceled(request.signal, host);
        if (stop) throw stop;
        const mismatch = target.protocol === 'https:' && fallback && isTlsMismatch(err);
        const other = plain && (await plain);
        const plainAnswer = other && 'answer' in other ? other.answer : undefined;
        if (mismatch) this.#plain.add(url.origin.replace(/^https:/, 'http:'));
        if (!(mismatch && plainAnswer)) {
          plainAnswer?.body.destroy();
          if (mismatch) {
            attempt--;
            continue;
          }
          const delay = retryDelay(
            { attempt, ...(errorCode(err) ? { errorCode: errorCode(err)! } : {}) },
            this.#retry,
            this.#random,
          );
          if (delay === undefined) throw unreachable(err, host, request.method, target.href);
          await sleep(delay, undefined, request.signal ? { signal: request.signal } : {}).catch(() => undefined);
          continue;
        }
        res = plainAnswer;
        scheme = 'http:';
      }
      if (scheme === 'https:') this.#spokeTls.add(url.origin);
      const header = res.headers['retry-after'];
      const delay = retryDelay(
        { attempt, status: res.status, ...(header ? { retryAfter: header } : {}) },
        this.#retry,
        this.#random,
      );
      if (delay === undefined) return res;
      res.body.resume();
      await sleep(delay, undefined, request.signal ? { signal: request.signal } : {}).catch(() => undefined);
      const stop = canceled(request.signal, host);
      if (stop) throw stop;
    }
  }

  close(): void {
    this.#http.close();
  }
}
