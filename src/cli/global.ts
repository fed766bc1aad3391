import type { Command } from 'commander';
import { ContainerdClient } from '../containerd/client.js';
import { DEFAULT_ADDRESS, DEFAULT_NAMESPACE } from '../containerd/connection.js';
import type { CliIO } from './io.js';

export interface GlobalOptions {
  address: string;
  namespace: string;
  debug: boolean;
}

/** Flags first, then CONTAINERD_ADDRESS / CONTAINERD_NAMESPACE, then the defaults, as ctr does. */
export function globalOptions(command: Command, env: NodeJS.ProcessEnv): GlobalOptions {
  const opts = command.optsWithGlobals<{ address?: string; namespace?: string; debug?: boolean }>();
  return {
    address: opts.address ?? (env.CONTAINERD_ADDRESS || DEFAULT_ADDRESS),
    namespace: opts.namespace ?? (env.CONTAINERD_NAMESPACE || DEFAULT_NAMESPACE),
    debug: opts.debug === true,
  };
}

export function connect(globals: GlobalOptions, io: CliIO): ContainerdClient {
  return new ContainerdClient({
    address: globals.address,
    namespace: globals.namespace,
    ...(globals.debug ? { debug: (line: string) => io.stderr.write(`podctl debug: ${line}\n`) } : {}),
  });
}
