/**
 * Published ports (pure), as the port mappings the portmap plugin takes (its `portMappings`
 * capability), and their label form. A host port of 0 means "any free one", chosen when the pod
 * is created. The CLI's `-p` syntax is parsed at the CLI's edge (src/cli/parse/publish.ts).
 */
import { invalidArgument } from '../errors.js';

export type PortProtocol = 'tcp' | 'udp';

export interface PortMapping {
  /** The host address the port is published on; 0.0.0.0 for every address. */
  hostIP: string;
  /** 1 to 65535; 0 until a free one is chosen. */
  hostPort: number;
  containerPort: number;
  protocol: PortProtocol;
}

/** Mappings as given to a pod or container: the same host port and protocol twice is an error. */
export function checkPortMappings(mappings: readonly PortMapping[]): void {
  const seen = new Set<string>();
  for (const m of mappings) {
    if (m.hostPort === 0) continue;
    const key = `${m.hostPort}/${m.protocol}`;
    if (seen.has(key))
      throw invalidArgument(`invalid value for the \`publish\` option: host port ${key} is published twice`);
    seen.add(key);
  }
}

/** `0.0.0.0:8080:80/tcp`, the label and `podctl port` form. */
export const formatMapping = (m: PortMapping): string => `${m.hostIP}:${m.hostPort}:${m.containerPort}/${m.protocol}`;

export const formatMappings = (list: readonly PortMapping[]): string => list.map(formatMapping).join(',');

const LABEL_FORM = /^(\d{1,3}(?:\.\d{1,3}){3}):(\d{1,5}):(\d{1,5})\/(tcp|udp)$/;

/** The label form back; mappings whose host port is still 0 are not stored. */
export function parseMappings(text: string): PortMapping[] {
  if (text === '') return [];
  return text.split(',').flatMap((one): PortMapping[] => {
    const m = LABEL_FORM.exec(one);
    if (!m)
      throw invalidArgument(
        `invalid published port ${JSON.stringify(one)}: expected hostIP:hostPort:containerPort/protocol`,
      );
    const mapping = {
      hostIP: m[1]!,
      hostPort: Number(m[2]),
      containerPort: Number(m[3]),
      protocol: m[4] as PortProtocol,
    };
    return mapping.hostPort > 0 ? [mapping] : [];
  });
}
