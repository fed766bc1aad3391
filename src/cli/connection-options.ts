import type { ConnectionOptions } from '../containerd/connection.js';
import type { GlobalOptions } from './global.js';
import type { CliIO } from './io.js';

/** The connection the global flags ask for; with --debug, every call is logged to stderr. */
export function connectionOptions(globals: GlobalOptions, io: CliIO): ConnectionOptions {
  return {
    address: globals.address,
    namespace: globals.namespace,
    ...(globals.debug ? { debug: (line: string) => io.stderr.write(`podctl debug: ${line}\n`) } : {}),
  };
}
