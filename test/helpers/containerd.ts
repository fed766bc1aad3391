// A containerd client in a test file's own namespace, and cleanup steps that never fail a test.
import { ContainerdClient } from '../../src/containerd/client.js';
import { testNamespace } from './cli.js';

export { testNamespace };

/**
 * The containerd the tests run against: CONTAINERD_ADDRESS, as the CLI and ctr read it, else the
 * default socket. The whole suite can so run on another containerd (another version, say).
 */
export const testAddress = (): { address?: string } =>
  process.env.CONTAINERD_ADDRESS ? { address: process.env.CONTAINERD_ADDRESS } : {};

/** A client in the namespace `<run prefix>-<suffix>`, on a channel of its own. */
export function namespacedClient(suffix: string): ContainerdClient {
  return new ContainerdClient({ namespace: testNamespace(suffix), ...testAddress() });
}

/** Runs a cleanup step; its failure (already gone, say) is not the test's business. */
export async function quietly(step: () => Promise<unknown>): Promise<void> {
  try {
    await step();
  } catch {
    // Cleanup is best effort: never assert on it.
  }
}

/** Stops and deletes the container's task, then the container. */
export async function removeContainer(client: ContainerdClient, id: string): Promise<void> {
  await quietly(() => client.tasks.kill(id, 9, { all: true }));
  await quietly(() => client.tasks.wait(id, '', { timeoutMs: 10_000 }));
  await quietly(() => client.tasks.delete(id));
  await quietly(() => client.containers.delete(id));
}

/** Deletes the namespace (it must be empty by now) and closes the channel. */
export async function removeNamespace(client: ContainerdClient): Promise<void> {
  await quietly(() => client.namespaces.delete(client.namespace));
  client.close();
}
