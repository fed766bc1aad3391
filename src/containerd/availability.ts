// containerd going away for a while (a crash, a restart, an upgrade) and coming back: for work
// that outlives a command (following a log, removing a container once it exits), a wait, not
// an end. The tasks live on in their shims meanwhile, and containerd finds them again.
import { setTimeout as sleep } from 'node:timers/promises';
import { isUnavailable } from '../errors.js';

export interface WhileUnavailableOptions {
  signal?: AbortSignal;
  /** How long to wait before asking again; 1 s by default. */
  retryMs?: number;
  /** How long containerd may stay away before the last error is thrown; no limit by default. */
  giveUpMs?: number;
}

/**
 * Runs `call` again, every retryMs, for as long as it fails with containerd unavailable; any
 * other outcome is the call's. An abort ends the waiting with the last error.
 */
export async function whileUnavailable<T>(call: () => Promise<T>, options: WhileUnavailableOptions = {}): Promise<T> {
  const { signal, retryMs = 1_000, giveUpMs = Infinity } = options;
  const started = Date.now();
  for (;;) {
    try {
      return await call();
    } catch (err) {
      if (!isUnavailable(err) || signal?.aborted === true || Date.now() - started + retryMs > giveUpMs) throw err;
    }
    await sleep(retryMs, undefined, signal ? { signal } : {}).catch(() => undefined);
  }
}
