import type { Command } from 'commander';
import * as z from 'zod/mini';
import { PODCTL_VERSION } from '../../version.js';
import { formatFlag, parseFlags } from '../flags.js';
import { globalOptions } from '../global.js';
import type { CliIO } from '../io.js';
import { printJson, printSection } from '../output.js';

const flags = z.object({ format: formatFlag });

export function registerVersion(program: Command, io: CliIO, done: (code: number) => void): void {
  program
    .command('version')
    .description('Show the podctl and containerd versions')
    .option('--format <format>', 'output format: table or json', 'table')
    .action(async (raw: unknown, command: Command) => {
      const { format } = parseFlags(flags, raw, 'version');
      const globals = globalOptions(command, io.env);
      const clientInfo = { version: PODCTL_VERSION, node: process.version, os: process.platform, arch: process.arch };
      if (format !== 'json') {
        printSection(io.stdout, 'Client:', [
          ['Version', clientInfo.version],
          ['Node.js', clientInfo.node],
          ['OS/Arch', `${clientInfo.os}/${clientInfo.arch}`],
        ]);
      }
      // The version service alone, not the whole client: this bundle then holds only its codecs.
      const [{ connectionOptions }, { Connection }, { VersionService }] = await Promise.all([
        import('../connection-options.js'),
        import('../../containerd/connection.js'),
        import('../../containerd/services/version.js'),
      ]);
      const conn = new Connection(connectionOptions(globals, io));
      let server;
      try {
        server = await new VersionService(conn).version({ signal: io.signal });
      } finally {
        conn.close();
      }
      if (format === 'json') {
        printJson(io.stdout, { client: clientInfo, server: { ...server, address: conn.address } });
      } else {
        io.stdout.write('\n');
        printSection(io.stdout, 'Server: containerd', [
          ['Version', server.version],
          ['Revision', server.revision],
          ['Address', conn.address],
        ]);
      }
      done(0);
    });
}
