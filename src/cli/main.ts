// The CLI's one error boundary: it owns the exit code and is the only place that prints errors.
import { Command, CommanderError, Option } from 'commander';
import { isPodctlError } from '../errors.js';
import { PODCTL_VERSION } from '../version.js';
import type { CliIO } from './io.js';
import { withFlagNames } from './option-flags.js';

/** Adds one group of commands to the program. */
export type Registrar = (program: Command, io: CliIO, done: (code: number) => void) => void;

/** docker's code for "the CLI itself failed". */
export const EXIT_PODCTL_FAILED = 125;

/**
 * The program's own flags, which every command also takes wherever its options go (as cobra's
 * persistent flags do: `podctl info -n ns`). They are not the program's options past the command
 * word: there `-v` is run's --volume, not --version, and what follows run's image or exec's
 * container belongs to the container's command, `-n` and `--debug` included.
 */
const GLOBAL_FLAGS: readonly (readonly [flags: string, description: string])[] = [
  ['--address <path>', 'containerd socket (env CONTAINERD_ADDRESS)'],
  ['-n, --namespace <name>', 'containerd namespace (env CONTAINERD_NAMESPACE)'],
  ['--debug', 'log every containerd call and its duration to stderr; show stack traces'],
];

function addGlobalFlags(cmd: Command): void {
  for (const [flags, description] of GLOBAL_FLAGS) {
    const option = new Option(flags, description).hideHelp();
    const taken = cmd.options.some(
      (o) => (option.short !== undefined && o.short === option.short) || o.long === option.long,
    );
    if (!taken) cmd.addOption(option);
  }
  cmd.commands.forEach(addGlobalFlags);
}

function buildProgram(io: CliIO, done: (code: number) => void, registrars: readonly Registrar[]): Command {
  const program = new Command('podctl')
    .description('Kubernetes-style pods on a plain containerd host')
    .version(PODCTL_VERSION, '-v, --version', 'print the podctl version')
    .enablePositionalOptions()
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
      // Errors are printed once, by the boundary below.
      outputError: () => {},
    });
  for (const [flags, description] of GLOBAL_FLAGS) program.option(flags, description);
  for (const register of registrars) register(program, io, done);
  program.commands.forEach(addGlobalFlags);
  // Every command, subcommands included, reports instead of exiting.
  const exitOverride = (cmd: Command) => {
    cmd.exitOverride();
    cmd.commands.forEach(exitOverride);
  };
  exitOverride(program);
  return program;
}

/** "error: unknown option '--x'" → "unknown option '--x'; see 'podctl info --help'". */
function usageMessage(err: CommanderError, argv: string[], program: Command): string {
  const message = err.message.replace(/^error: /, '').split('\n')[0] ?? err.message;
  // The deepest command named in argv, in order: `pod create --bogus` → 'podctl pod create'.
  const path: string[] = [];
  let command = program;
  for (const word of argv) {
    const sub = command.commands.find((c) => c.name() === word || c.aliases().includes(word));
    if (sub === undefined) continue;
    path.push(sub.name());
    command = sub;
  }
  return `${message}; see '${['podctl', ...path, '--help'].join(' ')}'`;
}

/**
 * Runs one command line. `registrars` are the commands the program knows: every command in the
 * full CLI, or one group of them in a start-up chunk (see src/cli/chunks.ts).
 */
export async function main(argv: string[], io: CliIO, registrars: readonly Registrar[]): Promise<number> {
  let exitCode = 0;
  const program = buildProgram(io, (code) => (exitCode = code), registrars);
  const debug = argv.includes('--debug');
  try {
    if (argv.length === 0) {
      program.outputHelp();
      return 0;
    }
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end here too, with code 0.
      if (err.exitCode === 0) return 0;
      io.stderr.write(`podctl: ${usageMessage(err, argv, program)}\n`);
      return EXIT_PODCTL_FAILED;
    }
    if (isPodctlError(err)) {
      // The library names options, not flags: the CLI shows its flags in their place.
      const hint = err.hint ? `; ${withFlagNames(err.hint)}` : '';
      io.stderr.write(`podctl: ${withFlagNames(err.message)}${hint}\n`);
    } else {
      io.stderr.write(`podctl: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    }
    if (debug && err instanceof Error && err.stack) io.stderr.write(`${err.stack}\n`);
    return EXIT_PODCTL_FAILED;
  }
}
