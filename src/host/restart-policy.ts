/**
 * Restart policies (no, always, on-failure[:N], unless-stopped) through containerd's
 * restart monitor (DESIGN.md, "Lifecycle"), so that they hold after podctl has exited. The
 * monitor, plugin io.containerd.internal.v1.restart, looks every 10 s (its `interval`) at the
 * containers labelled containerd.io/restart.status and puts their task in that status:
 * `running` restarts a task that is gone or stopped, with the stdio of restart.loguri (here,
 * podctl-logger with the container's own log file); `stopped` kills one that runs.
 *
 * What each containerd honours, from its sources:
 * - 1.6 and older: no restart.policy; everything labelled running is restarted, i.e. `always`.
 *   The plugin reports no capabilities. (It also restarts a task that is only created or
 *   paused, so podctl sets `running` only once the task has started.)
 * - 1.7 and 2.x: restart.policy (always, on-failure[:N] with restart.count, unless-stopped),
 *   and the plugin's capabilities list them.
 * nerdctl reads the capabilities the same way: none means `always` only.
 *
 * podctl sets restart.status `running` when it starts a container and `stopped` before it
 * stops or removes one (as nerdctl and ctr do), so that the monitor never fights a stop.
 */
import type { ContainerdClient } from '../containerd/client.js';
import type { ContainerRecord } from '../containerd/services/containers.js';
import { failedPrecondition } from '../errors.js';
import { LABELS } from '../state/labels.js';

export const RESTART_POLICIES = ['no', 'always', 'on-failure', 'unless-stopped'] as const;
export type RestartPolicyName = (typeof RESTART_POLICIES)[number];

export interface RestartPolicy {
  name: RestartPolicyName;
  /** on-failure's retry limit; 0 means no limit. */
  maxRetries: number;
}

export const NO_RESTART: Readonly<RestartPolicy> = Object.freeze({ name: 'no', maxRetries: 0 });

/**
 * The restart monitor's plugin, as introspection lists it: containerd 1.x registers it as an
 * internal plugin, 2.x as a container monitor. Either is the same monitor reading the same labels.
 */
export const RESTART_PLUGIN = { type: 'io.containerd.internal.v1', id: 'restart' } as const;
export const RESTART_PLUGIN_TYPES: readonly string[] = [RESTART_PLUGIN.type, 'io.containerd.monitor.container.v1'];

/** The restart monitor among the plugins introspection listed, whichever containerd registered it. */
export const findRestartPlugin = <P extends { type: string; id: string }>(plugins: readonly P[]): P | undefined =>
  plugins.find((p) => p.id === RESTART_PLUGIN.id && RESTART_PLUGIN_TYPES.includes(p.type));

export const isPolicyName = (s: string): s is RestartPolicyName => (RESTART_POLICIES as readonly string[]).includes(s);

/** on-failure:3, or the bare name. Pure. */
export const formatRestartPolicy = (p: RestartPolicy): string =>
  p.name === 'on-failure' && p.maxRetries > 0 ? `on-failure:${p.maxRetries}` : p.name;

/**
 * The labels a container with this policy is created with: podctl's record of it, and for the
 * monitor the policy and the stdio URI of restarted tasks. Not the status: start sets it. Pure.
 */
export function restartLabels(policy: RestartPolicy, logUri: string): Record<string, string> {
  const own = { [LABELS.restartPolicy]: formatRestartPolicy(policy) };
  if (policy.name === 'no') return own;
  return { ...own, [LABELS.monitorPolicy]: formatRestartPolicy(policy), [LABELS.monitorLogUri]: logUri };
}

/** The policies a restart plugin honours, from its capabilities: none listed means `always` only (containerd before 1.7). Pure. */
export function supportedPolicies(capabilities: readonly string[]): RestartPolicyName[] {
  const listed = capabilities.filter(isPolicyName);
  return capabilities.length === 0 ? ['no', 'always'] : [...new Set<RestartPolicyName>(['no', ...listed])];
}

/**
 * Fails with a one-line failed-precondition error when the containerd behind client cannot
 * honour the policy: no restart plugin loaded, or one without that policy.
 */
export async function checkRestartSupport(
  client: ContainerdClient,
  policy: RestartPolicy,
  signal?: AbortSignal,
): Promise<void> {
  if (policy.name === 'no') return;
  const [plugins, version] = await Promise.all([
    client.introspection.plugins([`id==${RESTART_PLUGIN.id}`], { signal }),
    client.version.version({ signal }),
  ]);
  const plugin = findRestartPlugin(plugins);
  const wanted = `the \`restart\` option ${formatRestartPolicy(policy)}`;
  if (plugin === undefined || plugin.initError !== undefined) {
    throw failedPrecondition(
      `${wanted}: containerd ${version.version} has no restart monitor (plugin ${RESTART_PLUGIN.type}.${RESTART_PLUGIN.id} is not loaded)`,
      {
        hint: "enable that plugin in containerd's config, or run without the `restart` option",
      },
    );
  }
  const supported = supportedPolicies(plugin.capabilities);
  if (!supported.includes(policy.name)) {
    throw failedPrecondition(
      `${wanted}: the restart monitor of containerd ${version.version} supports only ${supported.filter((p) => p !== 'no').join(', ')}`,
      {
        hint: 'on-failure and unless-stopped need containerd 1.7 or newer; use the `restart` option always',
      },
    );
  }
}

/** Whether the monitor is asked to look after the container. */
export const hasRestartPolicy = (labels: Readonly<Record<string, string>>): boolean =>
  labels[LABELS.monitorLogUri] !== undefined || labels[LABELS.monitorStatus] !== undefined;

/**
 * Tells the monitor what status to keep the container's task in; a container without a restart
 * policy is left alone. `running` also resets the monitor's restart count, as a manual start
 * does in docker.
 */
export async function setRestartStatus(
  client: ContainerdClient,
  c: Pick<ContainerRecord, 'id' | 'labels'>,
  status: 'running' | 'stopped',
  signal?: AbortSignal,
): Promise<void> {
  if (!hasRestartPolicy(c.labels)) return;
  const resetCount = status === 'running' && c.labels[LABELS.monitorCount] !== undefined;
  if (c.labels[LABELS.monitorStatus] === status && !resetCount) return;
  const fields = [`labels.${LABELS.monitorStatus}`, ...(resetCount ? [`labels.${LABELS.monitorCount}`] : [])];
  // A label named in the field mask but absent from the request is deleted (the count).
  await client.containers.update({ id: c.id, labels: { [LABELS.monitorStatus]: status } }, fields, { signal });
}
