// Runs the pod and container commands in-process, through the CLI's own main(): the same global
// options, one error boundary, exit code 125 when podctl fails. Faster than spawning bin/podctl.cjs.
import { registerContainerOps } from '../../src/cli/commands/container-ops.js';
import { registerContainers } from '../../src/cli/commands/containers.js';
import { registerLifecycle } from '../../src/cli/commands/lifecycle.js';
import { registerPod } from '../../src/cli/commands/pod.js';
import type { CliIO } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

export interface PodCliResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** `signal` stands for Ctrl-C, as the real CLI's io.signal. */
export async function podCli(
  namespace: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
  signal?: AbortSignal,
): Promise<PodCliResult> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env,
    ...(signal && { signal }),
  };
  const exitCode = await main(['-n', namespace, ...args], io, [
    registerPod,
    registerContainers,
    registerLifecycle,
    registerContainerOps,
  ]);
  return { exitCode, stdout, stderr };
}
