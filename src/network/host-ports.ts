/**
 * Host ports for published ports. portmap forwards with iptables and binds nothing, so podctl
 * checks a port itself before a pod is made: it binds the port (a program listening there has
 * it), and reads portmap's rules (another pod publishes it). A port left 0 gets one the kernel
 * hands out as free.
 */
import { createSocket } from 'node:dgram';
import { createServer } from 'node:net';
import { failedPrecondition } from '../errors.js';
import { publishedPorts } from './iptables.js';
import { checkPortMappings, type PortMapping, type PortProtocol } from './ports.js';

const bindAddress = (hostIP: string) => (hostIP === '' ? '0.0.0.0' : hostIP);

/** Binds the port and lets it go; resolves to the port bound (the kernel's choice for 0), or the error code. */
function tryBind(protocol: PortProtocol, hostIP: string, port: number): Promise<number | string> {
  return new Promise((resolve) => {
    if (protocol === 'tcp') {
      const server = createServer();
      server.once('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? 'EINVAL'));
      server.listen({ host: bindAddress(hostIP), port, exclusive: true }, () => {
        const bound = server.address();
        server.close(() => resolve(typeof bound === 'object' && bound ? bound.port : port));
      });
    } else {
      const socket = createSocket('udp4');
      socket.once('error', (err: NodeJS.ErrnoException) => {
        socket.close();
        resolve(err.code ?? 'EINVAL');
      });
      socket.bind({ address: bindAddress(hostIP), port, exclusive: true }, () => {
        const bound = socket.address().port;
        socket.close(() => resolve(bound));
      });
    }
  });
}

function taken(m: PortMapping, why: string): Error {
  return failedPrecondition(`host port ${m.hostPort}/${m.protocol} is not free: ${why}`, {
    hint: 'publish on another host port, or leave the host port out for a free one',
  });
}

/**
 * The mappings with every host port checked free, and each 0 replaced by a free port. A port
 * given twice, another pod publishes, or a program holds is a one-line error; nothing is reserved.
 */
export async function allocateHostPorts(mappings: readonly PortMapping[]): Promise<PortMapping[]> {
  if (mappings.length === 0) return [];
  checkPortMappings(mappings);
  const published = await publishedPorts();
  const inUse = (protocol: string, port: number) =>
    published.find((r) => r.protocol === protocol && r.ports.includes(port));
  const chosen = new Set<string>();
  const out: PortMapping[] = [];
  for (const m of mappings) {
    if (m.hostPort !== 0) {
      const other = inUse(m.protocol, m.hostPort);
      if (other) throw taken(m, `another pod publishes it (CNI container ${other.containerId.slice(0, 12)})`);
      const r = await tryBind(m.protocol, m.hostIP, m.hostPort);
      if (typeof r === 'string')
        throw taken(m, r === 'EADDRINUSE' ? 'a program on the host is using it' : `cannot bind it (${r})`);
      out.push(m);
      chosen.add(`${m.hostPort}/${m.protocol}`);
      continue;
    }
    for (let attempt = 0; ; attempt++) {
      const r = await tryBind(m.protocol, m.hostIP, 0);
      if (typeof r === 'string')
        throw failedPrecondition(
          `cannot find a free host port for ${m.containerPort}/${m.protocol} on ${bindAddress(m.hostIP)} (${r})`,
        );
      if (!inUse(m.protocol, r) && !chosen.has(`${r}/${m.protocol}`)) {
        out.push({ ...m, hostPort: r });
        break;
      }
      if (attempt > 20) throw failedPrecondition(`cannot find a free host port for ${m.containerPort}/${m.protocol}`);
    }
    chosen.add(`${out.at(-1)!.hostPort}/${m.protocol}`);
  }
  return out;
}

/**
 * Right before ADD, under the host lock: the mappings again, checked against what other pods
 * publish by then. A host port the user named (or any, without `requested`) that another pod now
 * publishes is an error; one podctl chose (requested as 0) is chosen again.
 */
export async function settleHostPorts(
  allocated: readonly PortMapping[],
  requested: readonly PortMapping[] = allocated,
): Promise<PortMapping[]> {
  if (allocated.length === 0) return [];
  const published = await publishedPorts();
  const settled = allocated.map((m, i) => {
    const other = published.find((r) => r.protocol === m.protocol && r.ports.includes(m.hostPort));
    if (other === undefined) return m;
    if (requested[i]?.hostPort !== 0)
      throw taken(m, `another pod publishes it (CNI container ${other.containerId.slice(0, 12)})`);
    return { ...m, hostPort: 0 };
  });
  return settled.some((m) => m.hostPort === 0) ? allocateHostPorts(settled) : settled;
}
