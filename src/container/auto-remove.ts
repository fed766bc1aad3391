/**
 * `run -d --rm`: the container goes once it exits, even after the CLI has exited (docker does
 * this; nerdctl and ctr refuse it), with no podctl process waiting per container.
 *
 * The one process that lives as long as a task is its podctl-logger, which the shim starts
 * as the task's binary log driver. It does not see the exit on its pipes (the shim keeps
 * their write ends open until the task is deleted), so it watches the init process itself
 * (native/logger/podctl-logger.c, `on-exit`): when that process has exited, it starts the
 * command below, detached, and goes on logging until the task is deleted. The command is
 * this package's CLI, under the same Node.js, as `podctl rm --auto NAME`: it waits until
 * containerd has recorded the exit (the logger may see it before the shim has reaped the
 * process), then removes the container, but only one labelled auto-remove whose task is not
 * running (removeExited, in standalone.ts). Its output goes nowhere (the logger's stdio is /dev/null). Attached runs remove
 * the container themselves, after they have read its last output.
 */
import { existsSync } from 'node:fs';
import type { ContainerdClient } from '../containerd/client.js';
import type { CniDirs } from '../network/cni-dirs.js';
import { failedPrecondition } from '../errors.js';
import { findPackageFile } from '../package-files.js';

const CLI = 'bin/podctl.cjs';

/** The CLI entry that the logger's on-exit command runs, checked before anything is made. */
export function autoRemoveCli(): string {
  const cli = findPackageFile(CLI);
  if (cli === undefined)
    throw failedPrecondition(
      `podctl's ${CLI} is missing: a detached container with the \`autoRemove\` option needs it to remove the container once it exits`,
    );
  return cli;
}

/** Sets the environment of the command after it: the logger gives the command only its own. */
const ENV = '/usr/bin/env';

/**
 * The command line the logger of an auto-remove container runs once the container has exited.
 * The CNI directories of the start go with it (as CNI_PATH and NETCONFPATH, through env), so
 * that the removal takes a bridge network down where it was set up.
 */
export function autoRemoveCommand(client: ContainerdClient, name: string, cniDirs?: CniDirs): string[] {
  const env =
    cniDirs && existsSync(ENV)
      ? [ENV, `CNI_PATH=${cniDirs.pluginDirs.join(':')}`, `NETCONFPATH=${cniDirs.configDir}`]
      : [];
  const argv = [
    ...env,
    process.execPath,
    autoRemoveCli(),
    '--address',
    client.address,
    '-n',
    client.namespace,
    'rm',
    '--auto',
    name,
  ];
  // The logger takes the arguments one a line.
  if (argv.some((a) => a.includes('\n')))
    throw failedPrecondition(
      'the `autoRemove` option: a path of node, podctl, CNI or the containerd socket holds a newline',
    );
  return argv;
}
