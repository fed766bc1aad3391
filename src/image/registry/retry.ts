/**
 * When to try a registry request again, and after how long: server errors (5xx but 501 and
 * 505, which will not change), 429 and dropped connections, with exponential backoff and full
 * jitter, a bounded number of times. Other 4xx never: the request itself is wrong.
 */

export interface RetryPolicy {
  /** Tries in all, the first included. */
  maxAttempts: number;
  /** The first delay's upper bound; doubled at each try. */
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 4, baseDelayMs: 200, maxDelayMs: 5_000 };

/** What happened on the try that just ended. */
export interface Outcome {
  /** Tries made so far, this one included (1 after the first). */
  attempt: number;
  /** The HTTP status, when an answer came. */
  status?: number;
  /** The error code, when the connection failed (`ECONNRESET`, …). */
  errorCode?: string;
  /** The answer's `Retry-After` header. */
  retryAfter?: string;
}

/** Connection failures worth another try: the server went away mid-way, or the network blinked. */
const RETRYABLE_CODES = new Set([
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ECONNABORTED',
  'EAI_AGAIN',
  'ENETRESET',
  'UND_ERR_SOCKET',
  'ERR_STREAM_PREMATURE_CLOSE',
]);

export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status !== 501 && status !== 505);
}

export function isRetryableCode(code: string | undefined): boolean {
  return code !== undefined && RETRYABLE_CODES.has(code);
}

/** `Retry-After` as milliseconds: delay-seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(value: string | undefined, now = Date.now()): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * The delay before the next try, or undefined when there is to be none. `random` is in [0, 1),
 * injectable for tests. A server's Retry-After is honoured up to the policy's maximum delay.
 */
export function retryDelay(
  outcome: Outcome,
  policy: RetryPolicy = DEFAULT_RETRY,
  random: () => number = Math.random,
): number | undefined {
  if (outcome.attempt >= policy.maxAttempts) return undefined;
  const retryable =
    outcome.status !== undefined ? isRetryableStatus(outcome.status) : isRetryableCode(outcome.errorCode);
  if (!retryable) return undefined;
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (outcome.attempt - 1));
  const jittered = Math.floor(random() * ceiling);
  const asked = retryAfterMs(outcome.retryAfter);
  return asked === undefined ? jittered : Math.min(policy.maxDelayMs, Math.max(asked, jittered));
}
