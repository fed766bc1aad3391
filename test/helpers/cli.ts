// Runs the built CLI (dist/podctl.cjs through bin/) as a user would.
import { execa } from 'execa';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const podctlBin = fileURLToPath(new URL('../../bin/podctl.cjs', import.meta.url));

export interface CliResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export async function podctl(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  const r = await execa(process.execPath, [podctlBin, ...args], {
    reject: false,
    env,
    timeout: 60_000,
  });
  return { exitCode: r.exitCode ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A containerd namespace of this test run's own, per test file. */
export function testNamespace(suffix: string): string {
  const base = process.env.PODCTL_TEST_NAMESPACE ?? `podctl-test-${process.pid}`;
  return `${base}-${suffix}`;
}
