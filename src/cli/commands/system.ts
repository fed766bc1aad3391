// `podctl system prune` and `podctl system df`, as docker has them.
import type { Command } from 'commander';
import * as z from 'zod/mini';
import { invalidArgument } from '../../errors.js';
import type { DfRow } from '../../system/df.js';
import type { PruneResult } from '../../system/prune.js';
import { formatFlag, parseFlags } from '../flags.js';
import { humanSize } from '../format.js';
import { openClient } from '../global.js';
import type { CliIO } from '../io.js';
import { printJson, printTable } from '../output.js';
import { cliCniDirs } from './pod.js';

type Done = (code: number) => void;

const pruneFlags = z.object({
  force: z.optional(z.boolean()),
  all: z.optional(z.boolean()),
  session: z.optional(z.string().check(z.minLength(1))),
});
const dfFlags = z.object({ format: formatFlag });

/** docker's warning before a prune, for what this one takes. Pure. */
export function pruneWarning(namespace: string, all: boolean, session: string | undefined): string {
  const scope = session === undefined ? '' : ` of session ${session}`;
  return [
    'WARNING! This will remove:',
    `  - network namespaces, CNI allocations, run files and logs${scope} that no pod or container of any namespace owns`,
    `  - podctl's leases and snapshots${scope} in namespace ${namespace} that nothing uses`,
    ...(all
      ? [
          `  - all stopped pods and containers${scope} in namespace ${namespace}`,
          `  - all images${scope} in namespace ${namespace} without at least one container associated to them`,
        ]
      : []),
    '',
    'Are you sure you want to continue? [y/N] ',
  ].join('\n');
}

/** What the prune removed, a line per item, then the space reclaimed, as docker words it. Pure. */
export function pruneReport(result: PruneResult): string {
  const lines = result.removed.map((item) => `${item.kind} ${item.id}`);
  return [...lines, `Total reclaimed space: ${humanSize(result.reclaimedBytes)}`].map((l) => `${l}\n`).join('');
}

/** docker's RECLAIMABLE cell: the size, and its share of the whole when there is any. Pure. */
export function reclaimableCell(row: Pick<DfRow, 'size' | 'reclaimable'>): string {
  const size = humanSize(row.reclaimable);
  return row.size > 0 ? `${size} (${Math.floor((row.reclaimable * 100) / row.size)}%)` : size;
}

export function dfTable(rows: readonly DfRow[]): string[][] {
  return rows.map((r) => [r.type, String(r.total), String(r.active), humanSize(r.size), reclaimableCell(r)]);
}

/** One line of stdin, as the answer to a question: yes only for y or yes. */
async function confirm(io: CliIO, question: string): Promise<boolean> {
  const stdin = io.stdin!;
  io.stdout.write(question);
  const { createInterface } = await import('node:readline');
  const lines = createInterface({ input: stdin, terminal: false });
  try {
    const answer = await new Promise<string>((resolve) => {
      lines.once('line', resolve);
      lines.once('close', () => resolve(''));
      io.signal?.addEventListener('abort', () => resolve(''), { once: true });
    });
    return /^y(es)?$/i.test(answer.trim());
  } finally {
    lines.close();
  }
}

function addPrune(system: Command, io: CliIO, done: Done): void {
  system
    .command('prune')
    .description(
      "Remove what podctl made that no pod or container owns: what crashed commands left on the host, and podctl's unused leases and snapshots",
    )
    .option('-a, --all', 'also remove stopped pods and containers, and images no container uses')
    .option('-f, --force', 'do not prompt for confirmation')
    .option('--session <id>', 'only what carries the label podctl.io/session=<id>')
    .action(async (raw: unknown, command: Command) => {
      const flags = parseFlags(pruneFlags, raw, 'system prune');
      const all = flags.all === true;
      using client = await openClient(command, io);
      if (flags.force !== true) {
        if (io.stdin?.isTTY !== true)
          throw invalidArgument('system prune asks for confirmation, and stdin is not a terminal: pass -f to prune');
        if (!(await confirm(io, pruneWarning(client.namespace, all, flags.session)))) return done(0);
      }
      const { pruneSystem } = await import('../../system/prune.js');
      const result = await pruneSystem(client, {
        all,
        ...(flags.session === undefined ? {} : { session: flags.session }),
        cniDirs: await cliCniDirs(io.env),
        ...(io.signal ? { signal: io.signal } : {}),
      });
      io.stdout.write(pruneReport(result));
      for (const f of result.failed) io.stderr.write(`podctl: cannot remove ${f.kind} ${f.id}: ${f.error.message}\n`);
      done(result.failed.length > 0 ? 125 : 0);
    });
}

function addDf(system: Command, io: CliIO, done: Done): void {
  system
    .command('df')
    .description(
      "Show the space images, containers and pods take, and what a prune would reclaim, podctl's remains included",
    )
    .option('--format <format>', 'output format: table or json', 'table')
    .action(async (raw: unknown, command: Command) => {
      const flags = parseFlags(dfFlags, raw, 'system df');
      const { systemDf } = await import('../../system/df.js');
      using client = await openClient(command, io);
      const df = await systemDf(client, {
        cniDirs: await cliCniDirs(io.env),
        ...(io.signal ? { signal: io.signal } : {}),
      });
      if (flags.format === 'json') printJson(io.stdout, df.rows);
      else printTable(io.stdout, ['TYPE', 'TOTAL', 'ACTIVE', 'SIZE', 'RECLAIMABLE'], dfTable(df.rows));
      done(0);
    });
}

export function registerSystem(program: Command, io: CliIO, done: Done): void {
  const system = program
    .command('system')
    .description('Manage podctl: disk usage, and pruning what no pod or container owns');
  addPrune(system, io, done);
  addDf(system, io, done);
}
