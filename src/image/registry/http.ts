/**
 * One HTTP(S) exchange with node:http and node:https: keep-alive agents per TLS setting (a
 * hosts.toml CA is trusted on top of the system's roots, client certificates, skip_verify), an
 * idle timeout on the socket for the whole exchange, and redirects for GET and HEAD. No retries,
 * no auth: the registry client adds those.
 */
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import { Readable, pipeline } from 'node:stream';
import { createSecureContext, rootCertificates, type SecureContext } from 'node:tls';
import { invalidArgument } from '../../errors.js';

export interface TlsSettings {
  ca?: string[];
  client?: [cert: string, key?: string][];
  skipVerify?: boolean;
}

export interface HttpRequest {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body?: Buffer | AsyncIterable<Uint8Array>;
  timeoutMs: number;
  /** Redirects to follow (GET and HEAD only); Authorization is dropped when the origin changes. */
  maxRedirects?: number;
  signal?: AbortSignal;
}

export interface HttpResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** Repeated headers kept apart (several WWW-Authenticate challenges). */
  headersDistinct: NodeJS.Dict<string[]>;
  body: http.IncomingMessage;
  /** Where the answer came from, after redirects. */
  url: URL;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** An error with a Node-style code: what the retry policy and the HTTP fallback look at. */
export function errorCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

export class HttpTransport {
  #agents = new Map<string, Promise<http.Agent>>();

  async #agent(protocol: string, tls: TlsSettings): Promise<http.Agent> {
    const key = `${protocol} ${JSON.stringify(protocol === 'https:' ? tls : {})}`;
    let agent = this.#agents.get(key);
    if (agent === undefined) {
      agent = protocol === 'https:' ? httpsAgent(tls) : Promise.resolve(new http.Agent({ keepAlive: true }));
      this.#agents.set(key, agent);
      agent.catch(() => this.#agents.delete(key));
    }
    return agent;
  }

  async send(request: HttpRequest, tls: TlsSettings = {}): Promise<HttpResponse> {
    let { url, headers } = request;
    for (let hops = 0; ; hops++) {
      const response = await this.#once({ ...request, url, headers }, tls);
      const location = response.headers.location;
      const follow = REDIRECTS.has(response.status) && location && hops < (request.maxRedirects ?? 0);
      if (!follow || (request.method !== 'GET' && request.method !== 'HEAD')) return response;
      response.body.resume();
      const next = new URL(location, url);
      if (next.origin !== url.origin) {
        headers = Object.fromEntries(Object.entries(headers).filter(([k]) => k.toLowerCase() !== 'authorization'));
        // Storage behind a redirect is not the registry: trust the system's CAs for it.
        if (next.host !== url.host) tls = {};
      }
      url = next;
    }
  }

  async #once(request: HttpRequest, tls: TlsSettings): Promise<HttpResponse> {
    const { url } = request;
    const agent = await this.#agent(url.protocol, tls);
    return new Promise<HttpResponse>((resolve, reject) => {
      const mod = url.protocol === 'https:' ? https : http;
      const req = mod.request(
        url,
        { method: request.method, headers: request.headers, agent, signal: request.signal },
        (res) => {
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            headersDistinct: res.headersDistinct,
            body: res,
            url,
          });
        },
      );
      req.setTimeout(request.timeoutMs, () => {
        const err = Object.assign(new Error(`${url.host}: no data for ${request.timeoutMs / 1000} s`), {
          code: 'ETIMEDOUT',
        });
        req.destroy(err);
      });
      req.on('error', reject);
      const { body } = request;
      if (body === undefined || body instanceof Buffer) req.end(body);
      else pipeline(Readable.from(body, { objectMode: false }), req, (err) => err && req.destroy(err));
    });
  }

  /** Closes idle keep-alive connections so that the process can exit. */
  close(): void {
    for (const agent of this.#agents.values())
      void agent.then(
        (a) => a.destroy(),
        () => undefined,
      );
    this.#agents.clear();
  }
}

async function readPem(file: string, what: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (err) {
    throw invalidArgument(`cannot read ${what} ${file}: ${(err as Error).message}`, {
      cause: err,
      hint: 'check the hosts.toml that names it',
    });
  }
}

/** Set by bin/podctl to what NODE_EXTRA_CA_CERTS was, which Node.js then did not load itself. */
const DEFERRED_EXTRA_CA_ENV = 'PODCTL_EXTRA_CA_CERTS';
let deferredExtraCa: Promise<Buffer[]> | undefined;

/** The certificates NODE_EXTRA_CA_CERTS names, when bin/podctl kept Node.js from loading them. */
function deferredExtraCertificates(): Promise<Buffer[]> {
  deferredExtraCa ??= (async () => {
    const file = process.env[DEFERRED_EXTRA_CA_ENV];
    if (!file) return [];
    try {
      return [await readFile(file)];
    } catch (err) {
      // As Node.js does with NODE_EXTRA_CA_CERTS: a warning, and the default roots alone.
      process.emitWarning(`Ignoring extra certs from \`${file}\`, load failed: ${(err as Error).message}`);
      return [];
    }
  })();
  return deferredExtraCa;
}

/**
 * A context with the client certificates that trusts Node.js's roots and these CAs, made by
 * adding them to a default context as Node.js does for its own `ca` option: some 40 ms for a
 * bundle of 140 certificates, where a `ca` list that repeats the 140 roots one by one takes 60.
 * Undefined when this Node.js has no such method (then `ca` it is).
 */
function withCertificates(client: Pick<https.AgentOptions, 'cert' | 'key'>, cas: Buffer[]): SecureContext | undefined {
  const context = createSecureContext(client);
  const native = (context as { context?: { addCACert?: (pem: Buffer) => void } }).context;
  if (typeof native?.addCACert !== 'function') return undefined;
  for (const pem of cas) native.addCACert(pem);
  return context;
}

async function httpsAgent(tls: TlsSettings): Promise<https.Agent> {
  const options: https.AgentOptions = { keepAlive: true, rejectUnauthorized: !tls.skipVerify };
  if (tls.client && tls.client.length > 0) {
    options.cert = await Promise.all(tls.client.map(([cert]) => readPem(cert, 'client certificate')));
    options.key = await Promise.all(tls.client.map(([cert, key]) => readPem(key ?? cert, 'client key')));
  }
  if (tls.skipVerify) {
    // Nothing is verified: an empty list spares loading Node's root store (some 20 ms).
    options.ca = [];
    return new https.Agent(options);
  }
  const [extra, configured] = await Promise.all([
    deferredExtraCertificates(),
    Promise.all((tls.ca ?? []).map((f) => readPem(f, 'CA certificate'))),
  ]);
  // containerd adds a registry's CAs to the system pool; Node's `ca` replaces the default roots.
  if (extra.length + configured.length > 0) {
    // A given secureContext is all tls.connect uses: the client certificate goes in it too.
    const context = withCertificates(
      { ...(options.cert && { cert: options.cert }), ...(options.key && { key: options.key }) },
      [...extra, ...configured],
    );
    if (context) options.secureContext = context;
    else options.ca = [...rootCertificates, ...extra, ...configured];
  }
  return new https.Agent(options);
}

/** Up to `limit` bytes of a body as text; the rest is discarded. */
export async function readText(body: http.IncomingMessage, limit = 64 * 1024): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of body as AsyncIterable<Buffer>) {
      if (size < limit) chunks.push(chunk.subarray(0, limit - size));
      size += chunk.length;
    }
  } catch {
    // A body cut short still tells what it told so far.
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Up to `limit` bytes of a body; more is an error (a manifest larger than any registry serves). */
export async function readBody(body: http.IncomingMessage, limit: number, what: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      body.destroy();
      throw invalidArgument(`${what}: more than ${limit} bytes`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
