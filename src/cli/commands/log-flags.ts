// --since and --until of `logs` and `pod logs`, checked before anything else is done.
import type { LogWindow } from '../../logs/log-time.js';

export async function logWindow(flags: { since?: string | undefined; until?: string | undefined }): Promise<LogWindow> {
  const { parseLogTime } = await import('../../logs/log-time.js');
  const now = Date.now();
  return {
    ...(flags.since === undefined ? {} : { since: parseLogTime(flags.since, '--since', now) }),
    ...(flags.until === undefined ? {} : { until: parseLogTime(flags.until, '--until', now) }),
  };
}
