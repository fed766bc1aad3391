// docker's `-p [ip:][hostPort:]containerPort[/tcp|udp]`, with ranges, as the library's typed port
// mappings. A host port left out is 0: "any free one", chosen when the pod is created.
import { invalidArgument } from '../../errors.js';
import { parseIPv4 } from '../../network/cidr.js';
import { checkPortMappings, type PortMapping } from '../../network/ports.js';

const USAGE =
  'use [ip:][hostPort:]containerPort[/tcp|udp], such as 8080:80, 127.0.0.1:8080:80, 80 or 8000-8001:80-81/udp';

function range(text: string, what: string, bad: (why: string) => Error): [number, number] {
  const m = /^(\d{1,6})(?:-(\d{1,6}))?$/.exec(text);
  if (!m) throw bad(`${what} ${JSON.stringify(text)} is not a port or a range of ports`);
  const [lo, hi] = [Number(m[1]), Number(m[2] ?? m[1])];
  for (const p of [lo, hi]) if (p < 1 || p > 65535) throw bad(`${what} ${p} is out of range 1-65535`);
  if (hi < lo) throw bad(`${what} range ${text} ends before it starts`);
  return [lo, hi];
}

/** One `-p` value as its mappings, host ports left 0 where none was given. */
export function parsePublish(spec: string): PortMapping[] {
  const bad = (why: string) =>
    invalidArgument(`invalid value for -p/--publish: ${JSON.stringify(spec)}: ${why}`, { hint: USAGE });
  const [body = '', proto = 'tcp', ...extra] = spec.split('/');
  if (extra.length > 0 || (proto !== 'tcp' && proto !== 'udp')) throw bad(`the protocol must be tcp or udp`);
  const parts = body.split(':');
  if (parts.length > 3 || body === '') throw bad(USAGE.replace(/^use /, 'expected '));
  const [container = '', host = '', ip = '0.0.0.0'] = [...parts].reverse();
  if (parts.length === 3 && parseIPv4(ip) === undefined)
    throw bad(`host address ${JSON.stringify(ip)} is not an IPv4 address`);
  const [clo, chi] = range(container, 'container port', bad);
  const hostRange = host === '' ? undefined : range(host, 'host port', bad);
  if (hostRange && hostRange[1] - hostRange[0] !== chi - clo)
    throw bad('the host and container ranges must be of the same length');
  const out: PortMapping[] = [];
  for (let p = clo; p <= chi; p++)
    out.push({ hostIP: ip, hostPort: hostRange ? hostRange[0] + (p - clo) : 0, containerPort: p, protocol: proto });
  return out;
}

/** Every `-p` value; the same host port and protocol twice is an error. */
export function parsePublishList(specs: readonly string[]): PortMapping[] {
  const all = specs.flatMap(parsePublish);
  checkPortMappings(all);
  return all;
}
