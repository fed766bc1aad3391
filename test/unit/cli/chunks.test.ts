import test from 'ava';
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { allCommands } from '../../../src/cli/commands/all.js';

// bin/podctl.cjs routes a command line to a start-up chunk by its command word (see
// src/cli/chunks.json); a word listed nowhere runs the whole CLI, which is correct but slower.
const chunks = JSON.parse(readFileSync(new URL('../../../src/cli/chunks.json', import.meta.url), 'utf8')) as Record<
  string,
  unknown
>;
delete chunks['//'];

function topLevelWords(): string[] {
  const program = new Command('podctl').enablePositionalOptions();
  const io = { stdout: { write: () => true }, stderr: { write: () => true }, env: {} };
  for (const register of allCommands) register(program, io, () => {});
  return program.commands.flatMap((c) => [c.name(), ...c.aliases()]);
}

test('every top-level command belongs to exactly one start-up chunk', (t) => {
  const listed = Object.values(chunks).flatMap((words) => words as string[]);
  t.deepEqual([...listed].sort(), [...new Set(listed)].sort(), 'a command is listed in two chunks');
  t.deepEqual([...listed].sort(), topLevelWords().sort());
});

test('every chunk has an entry that starts the CLI with its commands', (t) => {
  for (const chunk of Object.keys(chunks)) {
    const source = readFileSync(new URL(`../../../src/cli/entries/${chunk}.ts`, import.meta.url), 'utf8');
    t.regex(source, /\bstart\(\[/, `src/cli/entries/${chunk}.ts`);
  }
});
