// docker's --restart values (no, always, on-failure[:N], unless-stopped) as the library's typed
// RestartPolicy, parsed here at the edge; a one-line invalid-argument error for anything else.
import { invalidArgument } from '../../errors.js';
import { isPolicyName, type RestartPolicy } from '../../host/restart-policy.js';

/** Pure. */
export function parseRestartPolicy(text: string): RestartPolicy {
  const colon = text.indexOf(':');
  const name = colon < 0 ? text : text.slice(0, colon);
  const count = colon < 0 ? undefined : text.slice(colon + 1);
  const shown = JSON.stringify(text);
  if (!isPolicyName(name))
    throw invalidArgument(`invalid value for --restart: ${shown}`, {
      hint: 'use no, always, on-failure[:N] or unless-stopped',
    });
  if (count === undefined) return { name, maxRetries: 0 };
  if (name !== 'on-failure')
    throw invalidArgument(`invalid value for --restart: ${shown}: only on-failure takes a retry count`);
  if (!/^\d{1,9}$/.test(count))
    throw invalidArgument(`invalid value for --restart: ${shown}: the retry count must be a whole number`, {
      hint: 'as in on-failure:3',
    });
  return { name, maxRetries: Number(count) };
}
