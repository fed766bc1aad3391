import type { Command } from 'commander';
import * as z from 'zod/mini';
import { invalidArgument } from '../../errors.js';
import { parseFlags } from '../flags.js';
import type { CliIO } from '../io.js';
import { registryFlags, registrySettings, withRegistryFlags } from './pull.js';

/** docker's default server. */
const DEFAULT_SERVER = 'docker.io';
const MAX_PASSWORD_BYTES = 64 * 1024;

const loginFlags = z.object({
  username: z.optional(z.string().check(z.minLength(1))),
  password: z.optional(z.string()),
  passwordStdin: z.optional(z.boolean()),
  ...registryFlags,
});

async function readPassword(io: CliIO): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of (io.stdin ?? process.stdin) as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_PASSWORD_BYTES) throw invalidArgument('--password-stdin: more than 64 KiB on standard input');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

export function registerLogin(program: Command, io: CliIO, done: (code: number) => void): void {
  withRegistryFlags(
    program
      .command('login')
      .description("Log in to a registry: check the credentials, then store them in docker's config.json")
      .argument('[server]', 'registry host (default docker.io)')
      .option('-u, --username <user>', 'user name')
      .option('-p, --password <password>', 'password (prefer --password-stdin)')
      .option('--password-stdin', 'read the password from standard input'),
  ).action(async (server: string | undefined, raw: unknown) => {
    const options = parseFlags(loginFlags, raw, 'login');
    if (options.password !== undefined && options.passwordStdin) {
      throw invalidArgument('--password and --password-stdin cannot be used together', {
        hint: "see 'podctl login --help'",
      });
    }
    if (options.password !== undefined || options.passwordStdin) {
      if (options.username === undefined)
        throw invalidArgument('a password needs a user name', { hint: 'pass it with -u USER' });
    }
    const [{ login, verifyCredentials }, { readCredentials }] = await Promise.all([
      import('../../image/registry/login.js'),
      import('../../image/registry/credentials.js'),
    ]);
    const settings = await registrySettings(options, io);
    const target = server ?? DEFAULT_SERVER;
    if (options.username === undefined) {
      // As docker does: without new credentials, check the stored ones.
      const stored = await readCredentials(target, settings.dockerConfig);
      if (stored === undefined) {
        throw invalidArgument(`no stored credentials for ${target}`, {
          hint: `pass -u USER and --password-stdin (podctl does not prompt)`,
        });
      }
      io.stderr.write('Authenticating with existing credentials...\n');
      await verifyCredentials(target, stored, settings);
    } else {
      if (options.password === undefined && !options.passwordStdin) {
        throw invalidArgument('no password given', {
          hint: 'pass it with --password-stdin, or -p (podctl does not prompt)',
        });
      }
      if (options.password !== undefined)
        io.stderr.write('WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n');
      const password = options.password ?? (await readPassword(io));
      await login(target, { username: options.username, password }, settings);
    }
    io.stdout.write('Login Succeeded\n');
    done(0);
  });

  program
    .command('logout')
    .description("Remove a registry's stored credentials")
    .argument('[server]', 'registry host (default docker.io)')
    .action(async (server: string | undefined) => {
      const [{ logout }, { dockerConfigPath }] = await Promise.all([
        import('../../image/registry/login.js'),
        import('../../image/registry/credentials.js'),
      ]);
      const { host, removed } = await logout(server ?? DEFAULT_SERVER, { dockerConfig: dockerConfigPath(io.env) });
      io.stdout.write(removed ? `Removing login credentials for ${host}\n` : `Not logged in to ${host}\n`);
      done(0);
    });
}
