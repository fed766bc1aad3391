/**
 * The registry auth flow (distribution's token spec): a 401 with a `Bearer` challenge sends us
 * to the realm for a token for the scope, with basic credentials when we have some (or an
 * OAuth2 refresh-token POST for an identity token); a `Basic` challenge takes the credentials
 * as they are. Answers are cached per origin and scope, tokens until they expire.
 */
import * as z from 'zod/mini';
import { PodctlError } from '../../errors.js';
import { findChallenge, type Challenge } from './challenge.js';
import type { Credentials } from './credentials.js';
import { readText, type HttpResponse, type TlsSettings } from './http.js';

/** What the authorizer needs of the registry client: an exchange with retries but without auth. */
export type Exchange = (
  url: URL,
  tls: TlsSettings,
  init: { method: 'GET' | 'POST'; headers: Record<string, string>; body?: Buffer; signal?: AbortSignal },
) => Promise<HttpResponse>;

/** The registry that challenged: where its answer is cached, and how to reach its token server. */
export interface Challenger {
  origin: string;
  host: string;
  /** The registry's TLS settings, used for a realm on the same host. */
  tls: TlsSettings;
}

const tokenAnswer = z.object({
  token: z.optional(z.string()),
  access_token: z.optional(z.string()),
  expires_in: z.optional(z.number()),
});

/** The spec's default token lifetime, when the answer does not say. */
const DEFAULT_TOKEN_TTL_S = 60;
/** Tokens are renewed this long before they expire. */
const EXPIRY_MARGIN_MS = 10_000;

interface CachedAuth {
  header: string;
  expiresAt: number;
}

/** `{"errors":[{"message":…}]}` (distribution), `{"details":…}` (token servers), else the text. */
export function errorDetail(body: string): string {
  try {
    const doc = JSON.parse(body) as {
      errors?: { code?: string; message?: string }[];
      details?: string;
      error?: string;
      message?: string;
    };
    const first = doc.errors?.[0];
    const detail = first?.message ?? first?.code ?? doc.details ?? doc.error ?? doc.message;
    if (typeof detail === 'string' && detail !== '') return detail;
  } catch {
    // not JSON
  }
  return body.trim().split('\n', 1)[0]!.slice(0, 200);
}

export function authFailed(
  host: string,
  status: number,
  detail: string,
  kind: 'credentials' | 'anonymous' | 'access',
): PodctlError {
  const hint =
    kind === 'credentials'
      ? `check the username and password (podctl login ${host})`
      : kind === 'anonymous'
        ? `the repository may not exist, or may need a login (podctl login ${host})`
        : 'check that the repository exists and that this user may access it';
  const what = kind === 'credentials' ? 'authentication failed' : 'access denied';
  return new PodctlError('permission-denied', `registry ${host}: ${what} (${status})${detail ? `: ${detail}` : ''}`, {
    hint,
  });
}

export class Authorizer {
  #cache = new Map<string, CachedAuth>();
  #pending = new Map<string, Promise<void>>();

  constructor(
    private readonly exchange: Exchange,
    private readonly credentials: (host: string) => Promise<Credentials | undefined>,
  ) {}

  /** The Authorization header to send, if a challenge was answered for this origin and scope. */
  header(origin: string, scope: string): string | undefined {
    for (const key of [`${origin} ${scope}`, `${origin} *`]) {
      const cached = this.#cache.get(key);
      if (cached && cached.expiresAt > Date.now()) return cached.header;
    }
    return undefined;
  }

  /** Answers a 401's challenges so that `header()` has something to send; throws when it cannot. */
  async respond(
    from: Challenger,
    challenges: Challenge[],
    scope: string,
    status: number,
    detail: string,
    signal?: AbortSignal,
  ): Promise<void> {
    // Parallel requests meet the same challenge: one answer serves them all.
    const key = `${from.origin} ${scope}`;
    let pending = this.#pending.get(key);
    if (pending === undefined) {
      pending = this.#respond(from, challenges, scope, status, detail, signal).finally(() => this.#pending.delete(key));
      this.#pending.set(key, pending);
    }
    return pending;
  }

  async #respond(
    from: Challenger,
    challenges: Challenge[],
    scope: string,
    status: number,
    detail: string,
    signal?: AbortSignal,
  ): Promise<void> {
    const { origin, host } = from;
    const creds = await this.credentials(host);
    const bearer = findChallenge(challenges, 'bearer');
    if (bearer?.params.realm) {
      const scopes = [...new Set([scope, ...(bearer.params.scope ?? '').split(' ')].filter(Boolean))];
      const token = await this.#token(from, bearer.params.realm, bearer.params.service, scopes, creds, signal);
      this.#cache.set(`${origin} ${scope}`, {
        header: `Bearer ${token.token}`,
        expiresAt: Date.now() + Math.max(token.ttlS * 1000 - EXPIRY_MARGIN_MS, token.ttlS * 500),
      });
      return;
    }
    if (findChallenge(challenges, 'basic')) {
      if (!creds) throw authFailed(host, status, detail, 'anonymous');
      const header = `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}`;
      this.#cache.set(`${origin} *`, { header, expiresAt: Infinity });
      return;
    }
    throw new PodctlError(
      'permission-denied',
      `registry ${host}: ${status} without a challenge podctl can answer${detail ? `: ${detail}` : ''}`,
    );
  }

  /** Forgets what was cached for this origin and scope (the registry refused it). */
  forget(origin: string, scope: string): void {
    this.#cache.delete(`${origin} ${scope}`);
    this.#cache.delete(`${origin} *`);
  }

  async #token(
    { host, tls }: Challenger,
    realm: string,
    service: string | undefined,
    scopes: string[],
    creds: Credentials | undefined,
    signal?: AbortSignal,
  ) {
    if (!URL.canParse(realm))
      throw new PodctlError('unavailable', `registry ${host}: invalid token realm ${JSON.stringify(realm)}`);
    const url = new URL(realm);
    const headers: Record<string, string> = {};
    let body: Buffer | undefined;
    if (creds?.identityToken) {
      const form = new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: creds.identityToken,
        client_id: 'podctl',
      });
      if (service) form.set('service', service);
      if (scopes.length > 0) form.set('scope', scopes.join(' '));
      body = Buffer.from(form.toString());
      headers['content-type'] = 'application/x-www-form-urlencoded';
    } else {
      if (service) url.searchParams.set('service', service);
      for (const s of scopes) url.searchParams.append('scope', s);
      if (creds) {
        url.searchParams.set('account', creds.username);
        headers.authorization = `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}`;
      }
    }
    const res = await this.exchange(url, url.host === host ? tls : {}, {
      method: body ? 'POST' : 'GET',
      headers,
      ...(body ? { body } : {}),
      ...(signal ? { signal } : {}),
    });
    const text = await readText(res.body);
    if (res.status === 401 || res.status === 403)
      throw authFailed(host, res.status, errorDetail(text), creds ? 'credentials' : 'anonymous');
    if (res.status !== 200) {
      throw new PodctlError(
        'unavailable',
        `registry ${host}: token server ${url.host} answered ${res.status}: ${errorDetail(text)}`,
      );
    }
    let parsed: z.infer<typeof tokenAnswer> | undefined;
    try {
      parsed = z.parse(tokenAnswer, JSON.parse(text));
    } catch {
      parsed = undefined;
    }
    const token = parsed?.access_token || parsed?.token;
    if (!token) throw new PodctlError('unavailable', `registry ${host}: token server ${url.host} sent no token`);
    return { token, ttlS: parsed?.expires_in && parsed.expires_in > 0 ? parsed.expires_in : DEFAULT_TOKEN_TTL_S };
  }
}
