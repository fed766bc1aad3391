// docker's `--add-host HOST:IP` and `--dns IP`, as the library's typed /etc file settings.
import { invalidArgument } from '../../errors.js';
import { isHostName, isIPAddress, type ExtraHost } from '../../host/etc-files.js';

/** One `--add-host HOST:IP`. */
export function parseAddHost(text: string): ExtraHost {
  const colon = text.indexOf(':');
  const host = colon < 0 ? text : text.slice(0, colon);
  const ip = colon < 0 ? '' : text.slice(colon + 1);
  if (!isHostName(host) || !isIPAddress(ip))
    throw invalidArgument(`invalid value for --add-host: ${JSON.stringify(text)}`, {
      hint: 'use HOST:IP, such as db:10.88.0.7',
    });
  return { host, ip };
}

/** A --dns server must be an address. */
export function checkDnsServer(text: string): string {
  if (!isIPAddress(text))
    throw invalidArgument(`invalid value for --dns: ${JSON.stringify(text)} is not an IP address`);
  return text;
}
