import { ContainerdClient } from '../containerd/client.js';
import { connectionOptions } from './connection-options.js';
import type { GlobalOptions } from './global.js';
import type { CliIO } from './io.js';

/** A client for the global flags; with --debug, every call is logged to stderr. */
export function connect(globals: GlobalOptions, io: CliIO): ContainerdClient {
  return new ContainerdClient(connectionOptions(globals, io));
}
