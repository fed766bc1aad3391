// Runs the pod and container commands in-process, as src/cli/main.ts will once it registers
// them: the same global options, one error boundary, exit code 125 when podctl fails.
import { Command, CommanderError } from 'commander';
import { registerContainerOps } from '../../src/cli/commands/container-ops.js';
import { registerContainers } from '../../src/cli/commands/containers.js';
import { registerPod } from '../../src/cli/commands/pod.js';
import type { CliIO } from '../../src/cli/io.js';
import { isPodctlError } from '../../src/errors.js';

export interface PodCliResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export async function podCli(namespace: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<PodCliResult> {
  let stdout = '';
  let stderr = '';
  let exitCode = 0;
  const io: CliIO = { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, env };
  const program = new Command('podctl')
    .option('--address <path>', 'containerd socket')
    .option('-n, --namespace <name>', 'containerd namespace')
    .option('--debug', 'debug')
    .configureOutput({ writeOut: (s) => void (stdout += s), writeErr: (s) => void (stderr += s), outputError: () => {} });
  registerPod(program, io, (code) => (exitCode = code));
  registerContainers(program, io, (code) => (exitCode = code));
  registerContainerOps(program, io, (code) => (exitCode = code));
  const exitOverride = (cmd: Command) => {
    cmd.exitOverride();
    cmd.commands.forEach(exitOverride);
  };
  exitOverride(program);
  try {
    await program.parseAsync(['-n', namespace, ...args], { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.exitCode === 0) return { exitCode: 0, stdout, stderr };
      stderr += `podctl: ${err.message.replace(/^error: /, '').split('\n')[0]}\n`;
    } else if (isPodctlError(err)) {
      stderr += `podctl: ${err.message}${err.hint ? `; ${err.hint}` : ''}\n`;
    } else {
      stderr += `podctl: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`;
    }
    exitCode = 125;
  }
  return { exitCode, stdout, stderr };
}
