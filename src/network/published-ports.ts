/**
 * What `podctl port` shows: the ports a pod publishes, found by the pod's name, a member's (its
 * pod's), or a standalone container's (its own, or the container whose network it joined).
 */
import type { ContainerdClient } from '../containerd/client.js';
import { isNotFound, notFound } from '../errors.js';
import { parseMappings, type PortMapping } from './ports.js';
import { sandboxId } from '../state/ids.js';
import { LABELS, readMemberLabels, readNetworkLabels } from '../state/labels.js';

export async function publishedPortsOf(
  client: ContainerdClient,
  name: string,
  signal?: AbortSignal,
): Promise<PortMapping[]> {
  const c = await client.containers.get(sandboxId(name), { signal }).catch((err: unknown) => {
    throw isNotFound(err)
      ? notFound(`no such pod or container: ${name}`, {
          cause: err,
          hint: 'list them with: podctl pod ls, podctl ps -a',
        })
      : err;
  });
  const member = readMemberLabels(c.labels);
  if (member !== undefined) return publishedPortsOf(client, member.podName, signal);
  const joined = /(?:^|,)net=container:([^,]+)/.exec(c.labels[LABELS.namespaces] ?? '')?.[1];
  if (joined !== undefined) return publishedPortsOf(client, joined, signal);
  return parseMappings(readNetworkLabels(c.labels)?.ports ?? '');
}
