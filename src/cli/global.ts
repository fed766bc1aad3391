import type { Command } from 'commander';
import type { ContainerdClient } from '../containerd/client.js';
import type { CliIO } from './io.js';
import { DEFAULT_ADDRESS, DEFAULT_NAMESPACE } from '../containerd/defaults.js';

export interface GlobalOptions {
  address: string;
  namespace: string;
  debug: boolean;
}

/** Flags first, then CONTAINERD_ADDRESS / CONTAINERD_NAMESPACE, then the defaults, as ctr does. */
export function globalOptions(command: Command, env: NodeJS.ProcessEnv): GlobalOptions {
  // Each command takes the program's flags too (main.ts); the one nearest the command wins.
  const opts: { address?: string; namespace?: string; debug?: boolean } = {};
  for (let cmd: Command | null = command; cmd !== null; cmd = cmd.parent) {
    const own = cmd.opts<typeof opts>();
    opts.address ??= own.address;
    opts.namespace ??= own.namespace;
    opts.debug ??= own.debug;
  }
  return {
    address: opts.address ?? (env.CONTAINERD_ADDRESS || DEFAULT_ADDRESS),
    namespace: opts.namespace ?? (env.CONTAINERD_NAMESPACE || DEFAULT_NAMESPACE),
    debug: opts.debug === true,
  };
}

/** A client for the command's global flags; the gRPC code loads here, on first use. */
export async function openClient(command: Command, io: CliIO): Promise<ContainerdClient> {
  const { connect } = await import('./connect.js');
  return connect(globalOptions(command, io.env), io);
}
