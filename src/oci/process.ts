// Options for the container's process: command, environment, working directory, user, terminal,
// privileges, OOM score and rlimits.
import { invalidArgument } from '../errors.js';
import { checkAbsolute, checkId, checkInt } from './check.js';
import { ensureProcess, type SpecOpt } from './spec.js';
import type { Rlimit } from './types.js';

/** The command line: argv[0] is looked up in the container's PATH by the runtime. */
export function withProcessArgs(...args: readonly string[]): SpecOpt {
  return (spec) => {
    ensureProcess(spec).args = [...args];
  };
}

export type EnvInput = readonly string[] | Readonly<Record<string, string>>;

const isEnvList = (env: EnvInput): env is readonly string[] => Array.isArray(env);

/** "K=V" entries (or bare "K" to unset, in list form); an empty or NUL-holding name is invalid. */
function envEntries(env: EnvInput): string[] {
  const invalid = (entry: string) => invalidArgument(`invalid environment variable ${JSON.stringify(entry)}`);
  if (isEnvList(env)) {
    for (const entry of env)
      if (entry.startsWith('=') || entry.length === 0 || entry.includes('\0')) throw invalid(entry);
    return [...env];
  }
  return Object.entries(env).map(([key, value]) => {
    const entry = `${key}=${value}`;
    if (key.length === 0 || key.includes('=') || entry.includes('\0')) throw invalid(entry);
    return entry;
  });
}

/**
 * base with overrides merged in by key, as containerd's replaceOrAppendEnvValues: "K=V" replaces
 * K where it stands or appends it, and a bare "K" removes K.
 */
export function mergeEnv(base: readonly string[], overrides: readonly string[]): string[] {
  const byKey = new Map<string, string>();
  for (const entry of [...base, ...overrides]) {
    const eq = entry.indexOf('=');
    if (eq < 0) byKey.delete(entry);
    else byKey.set(entry.slice(0, eq), entry);
  }
  return [...byKey.values()];
}

/** Merges variables into the environment: a later value of a key wins; a bare "K" unsets K. */
export function withEnv(env: EnvInput): SpecOpt {
  const entries = envEntries(env);
  return (spec) => {
    const process = ensureProcess(spec);
    process.env = mergeEnv(process.env ?? [], entries);
  };
}

export function withCwd(cwd: string): SpecOpt {
  const path = checkAbsolute('the working directory', cwd);
  return (spec) => {
    ensureProcess(spec).cwd = path;
  };
}

/** The process's user and group IDs, and its supplementary groups. */
export function withUser(uid: number, gid: number, additionalGids: readonly number[] = []): SpecOpt {
  checkId('uid', uid);
  checkId('gid', gid);
  for (const g of additionalGids) checkId('additional gid', g);
  const groups = [...new Set(additionalGids)];
  return (spec) => {
    const process = ensureProcess(spec);
    process.user = groups.length > 0 ? { uid, gid, additionalGids: groups } : { uid, gid };
  };
}

/** A terminal for the process; as docker does, it also sets TERM=xterm unless TERM is set. */
export function withTerminal(terminal = true): SpecOpt {
  return (spec) => {
    const process = ensureProcess(spec);
    process.terminal = terminal;
    if (terminal && !(process.env ?? []).some((e) => e.startsWith('TERM='))) {
      process.env = [...(process.env ?? []), 'TERM=xterm'];
    }
  };
}

/** Sets no_new_privs, so that setuid binaries and file capabilities cannot raise privileges. */
export function withNoNewPrivileges(enabled = true): SpecOpt {
  return (spec) => {
    ensureProcess(spec).noNewPrivileges = enabled;
  };
}

/**
 * The process's oom_score_adj (-1000..1000), set only when asked. A negative value needs
 * CAP_SYS_RESOURCE in the runtime (the kernel refuses to lower a score without it), which some
 * hosts, CI runners among them, withhold: runc then fails to start the container. See
 * DESIGN.md, "Hosts without every capability".
 */
export function withOomScoreAdj(score: number): SpecOpt {
  checkInt('oom_score_adj', score, -1000, 1000);
  return (spec) => {
    ensureProcess(spec).oomScoreAdj = score;
  };
}

const RLIMITS = new Set([
  'AS',
  'CORE',
  'CPU',
  'DATA',
  'FSIZE',
  'LOCKS',
  'MEMLOCK',
  'MSGQUEUE',
  'NICE',
  'NOFILE',
  'NPROC',
  'RSS',
  'RTPRIO',
  'RTTIME',
  'SIGPENDING',
  'STACK',
]);

/** "nofile", "NOFILE" or "RLIMIT_NOFILE" → "RLIMIT_NOFILE"; an unknown name is invalid-argument. */
export function normalizeRlimitType(name: string): string {
  const bare = name.toUpperCase().replace(/^RLIMIT_/, '');
  if (!RLIMITS.has(bare))
    throw invalidArgument(`unknown rlimit ${JSON.stringify(name)}`, {
      hint: `known: ${[...RLIMITS].join(', ').toLowerCase()}`,
    });
  return `RLIMIT_${bare}`;
}

/**
 * Sets rlimits, merged by type (a later one wins). Values are at most 2^53 - 1: JSON numbers in
 * JavaScript cannot carry RLIM_INFINITY (2^64 - 1), so "unlimited" is not expressible here.
 */
export function withRlimits(rlimits: readonly Rlimit[]): SpecOpt {
  const checked = rlimits.map((r) => {
    const type = normalizeRlimitType(r.type);
    checkInt(`${type} soft limit`, r.soft, 0, Number.MAX_SAFE_INTEGER);
    checkInt(`${type} hard limit`, r.hard, 0, Number.MAX_SAFE_INTEGER);
    if (r.soft > r.hard) throw invalidArgument(`${type}: the soft limit ${r.soft} exceeds the hard limit ${r.hard}`);
    return { type, hard: r.hard, soft: r.soft };
  });
  return (spec) => {
    const process = ensureProcess(spec);
    const byType = new Map((process.rlimits ?? []).map((r) => [r.type, r]));
    for (const r of checked) byType.set(r.type, r);
    process.rlimits = [...byType.values()];
  };
}
