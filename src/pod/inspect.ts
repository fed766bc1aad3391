/**
 * What `pod inspect` shows: the sandbox and every member with its state and the inode of each
 * of its namespaces, read from /proc/<pid>/ns/*, so that sharing can be seen at a glance.
 */
import type { ContainerdClient } from '../containerd/client.js';
import { listPodMembers } from './pod.js';
import { getPod } from '../records/pods.js';
import { type MemberRecord } from '../records/containers.js';
import { type PodRecord } from '../records/pods.js';
import { readNamespaceInodes, type NamespaceInodes } from '../host/proc-namespaces.js';

export interface MemberInspect extends MemberRecord {
  namespaces: NamespaceInodes;
}

export interface PodInspect extends PodRecord {
  sandbox: { id: string; pid: number; state: string; namespaces: NamespaceInodes };
  members: MemberInspect[];
}

/** The pod with its sandbox's and members' namespace inodes. */
export async function inspectPod(
  client: ContainerdClient,
  name: string,
  options: { signal?: AbortSignal } = {},
): Promise<PodInspect> {
  const pod = await getPod(client, name, options);
  const members = await listPodMembers(client, pod, options.signal);
  return {
    ...pod,
    sandbox: { id: pod.sandboxId, pid: pod.pid, state: pod.state, namespaces: await readNamespaceInodes(pod.pid) },
    members: await Promise.all(members.map(async (m) => ({ ...m, namespaces: await readNamespaceInodes(m.pid) }))),
  };
}
