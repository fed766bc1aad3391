// `podctl run`'s and `podctl create`'s limit, security, mount, label, env-file, stop and restart
// flags, with docker's syntax: checked here (files read, host paths looked at) so that bad input
// creates nothing.
import { isAbsolute, resolve } from 'node:path';
import type { Command } from 'commander';
import * as z from 'zod/mini';
import { invalidArgument, isPodctlError } from '../../errors.js';
import type { MountRequest } from '../../oci/mounts.js';
import { MIN_MEMORY_LIMIT } from '../../oci/resources.js';
import type { MemberOptions } from '../../container/member.js';
import { signalNumber } from '../../host/signals.js';
import { collect } from './pod.js';

const SIZE = /^(\d+(?:\.\d+)?) ?([kmgtp])?i?b?$/i;
const UNITS: Readonly<Record<string, number>> = { k: 2 ** 10, m: 2 ** 20, g: 2 ** 30, t: 2 ** 40, p: 2 ** 50 };

/** docker's sizes (RAMInBytes): bytes, or a number with k, m, g, t or p (powers of 1024), any case. */
export function parseSize(text: string): number | undefined {
  const m = SIZE.exec(text.trim());
  if (!m) return undefined;
  return Math.floor(Number(m[1]) * (m[2] ? (UNITS[m[2].toLowerCase()] ?? 1) : 1));
}

/** A flag's text turned into its typed value, once, here: `parse` returns undefined or a message for bad text. */
function typed<T>(parse: (text: string) => { value: T } | string) {
  return z.pipe(
    z.string(),
    z.transform((text: string, ctx) => {
      const r = parse(text);
      if (typeof r !== 'string') return r.value;
      ctx.issues.push({ code: 'custom', message: r, input: text });
      return z.NEVER;
    }),
  );
}

const sizeFlag = typed((s) => {
  const bytes = parseSize(s);
  if (bytes === undefined) return 'must be a size such as 512m, 1g or a number of bytes';
  return bytes >= MIN_MEMORY_LIMIT ? { value: bytes } : 'must be at least 6m';
});
const cpusFlag = typed((s) =>
  /^\d*\.?\d+$/.test(s.trim()) && Number(s) > 0
    ? { value: Number(s) }
    : 'must be a number of CPUs above 0, such as 0.5 or 2',
);
const pidsFlag = typed((s) =>
  /^-?\d+$/.test(s.trim()) && Number(s) >= -1 ? { value: Number(s) } : 'must be a whole number; -1 or 0 for no limit',
);
const secondsFlag = typed((s) => (/^\d+$/.test(s) ? { value: Number(s) } : 'must be a whole number of seconds'));
const signalFlag = typed((s) => {
  const n = signalNumber(s);
  return n === undefined ? `unknown signal ${JSON.stringify(s)}` : { value: n };
});

export const runFlagShape = {
  publish: z.array(z.string()),
  memory: z.optional(sizeFlag),
  cpus: z.optional(cpusFlag),
  pidsLimit: z.optional(pidsFlag),
  capAdd: z.array(z.string()),
  capDrop: z.array(z.string()),
  privileged: z.optional(z.boolean()),
  securityOpt: z.array(z.string()),
  volume: z.array(z.string()),
  tmpfs: z.array(z.string()),
  readOnly: z.optional(z.boolean()),
  label: z.array(z.string().check(z.regex(/^[^=\s]/, 'must be key=value'))),
  envFile: z.array(z.string()),
  stopSignal: z.optional(signalFlag),
  stopTimeout: z.optional(secondsFlag),
  network: z.optional(z.string()),
  addHost: z.array(z.string()),
  dns: z.array(z.string()),
  dnsSearch: z.array(z.string()),
  dnsOption: z.array(z.string()),
  pid: z.optional(z.string()),
  ipc: z.optional(z.string()),
  uts: z.optional(z.string()),
  restart: z.optional(z.string()),
};
type RunFlags = z.infer<z.ZodMiniObject<typeof runFlagShape>>;

export function addRunFlags(cmd: Command): Command {
  return cmd
    .option(
      '-p, --publish <[ip:][hostPort:]containerPort[/proto]>',
      "without --pod: publish a port or range on the host (repeatable); pod members use the pod's",
      collect,
      [],
    )
    .option('-m, --memory <bytes>', 'memory limit, such as 512m or 1g')
    .option('--cpus <n>', 'CPUs, such as 0.5 or 2')
    .option('--pids-limit <n>', 'at most n tasks (-1 for no limit)')
    .option('--cap-add <cap>', 'add a capability, or ALL (repeatable)', collect, [])
    .option('--cap-drop <cap>', 'drop a capability, or ALL (repeatable)', collect, [])
    .option('--privileged', 'every capability, no seccomp, no masked paths')
    .option(
      '--security-opt <opt>',
      'no-new-privileges, seccomp=unconfined or seccomp=PROFILE.json (repeatable)',
      collect,
      [],
    )
    .option('-v, --volume <host:ctr[:ro|rw]>', 'bind-mount a host path (repeatable)', collect, [])
    .option('--tmpfs <path[:options]>', 'mount a tmpfs (repeatable)', collect, [])
    .option('--read-only', 'mount the root filesystem read-only')
    .option('-l, --label <key=value>', 'a label on the container (repeatable)', collect, [])
    .option('--env-file <file>', 'read KEY=VALUE lines from a file (repeatable)', collect, [])
    .option('--stop-signal <signal>', 'the signal podctl stop sends first (default SIGTERM)')
    .option('--stop-timeout <seconds>', 'how long podctl stop waits before SIGKILL (default 10)')
    .option('--net, --network <mode>', 'without --pod: bridge (default), a network name, none, host or container:NAME')
    .option('--add-host <host:ip>', 'without --pod: an entry of /etc/hosts (repeatable)', collect, [])
    .option('--dns <ip>', "without --pod: a nameserver, instead of the host's (repeatable)", collect, [])
    .option('--dns-search <domain>', 'without --pod: a search domain (repeatable)', collect, [])
    .option('--dns-option <option>', 'without --pod: a resolv.conf option (repeatable)', collect, [])
    .option('--pid <mode>', 'without --pod: host or container:NAME')
    .option('--ipc <mode>', 'without --pod: host, shareable, private or container:NAME')
    .option('--uts <mode>', 'without --pod: host')
    .option(
      '--restart <policy>',
      "no (default), always, on-failure[:N] or unless-stopped, kept by containerd's restart monitor",
    );
}

/** `-v /host:/ctr[:ro|rw]`; relative paths starting with . resolve against cwd, as docker's do. */
export async function parseVolume(text: string, cwd: string): Promise<MountRequest> {
  const bad = (why: string) => invalidArgument(`invalid value for --volume: ${JSON.stringify(text)}: ${why}`);
  const parts = text.split(':');
  const [host = '', ctr, mode, ...rest] = parts;
  if (ctr === undefined) throw bad('anonymous volumes are not supported yet; give /host/path:/container/path');
  if (rest.length > 0 || (mode !== undefined && mode !== 'ro' && mode !== 'rw'))
    throw bad('expected /host/path:/container/path[:ro|rw]');
  if (!isAbsolute(ctr)) throw bad('the container path must be absolute');
  if (!host.startsWith('.') && !host.includes('/'))
    throw bad('named volumes are not supported yet; give an absolute host path');
  if (!isAbsolute(host) && !host.startsWith('.')) throw bad('the host path must be absolute');
  const source = resolve(cwd, host);
  // Loaded on use, off every other command's start-up.
  const { stat } = await import('node:fs/promises');
  await stat(source).catch((err: unknown) => {
    throw invalidArgument(`invalid value for --volume: host path ${source} does not exist`, { cause: err });
  });
  return { type: 'bind', source, destination: ctr, readonly: mode === 'ro' };
}

/** `--tmpfs /path[:size=64m,mode=1777,exec,…]`. */
export function parseTmpfs(text: string): MountRequest {
  const colon = text.indexOf(':');
  const destination = colon < 0 ? text : text.slice(0, colon);
  if (!isAbsolute(destination))
    throw invalidArgument(`invalid value for --tmpfs: ${JSON.stringify(text)}: the path must be absolute`);
  const request: MountRequest & { type: 'tmpfs' } = { type: 'tmpfs', destination };
  const options: string[] = [];
  for (const o of colon < 0
    ? []
    : text
        .slice(colon + 1)
        .split(',')
        .filter(Boolean)) {
    const [key, value = ''] = o.split('=', 2);
    if (key !== 'size' && key !== 'mode') {
      options.push(o);
      continue;
    }
    const n = key === 'size' ? parseSize(value) : /^[0-7]{1,4}$/.test(value) ? parseInt(value, 8) : undefined;
    if (n === undefined) throw invalidArgument(`invalid value for --tmpfs: bad ${key} in ${JSON.stringify(text)}`);
    request[key] = n;
  }
  return options.length > 0 ? { ...request, options } : request;
}

interface SecurityOpts {
  noNewPrivileges?: boolean;
  seccompPath?: string;
  unconfined?: boolean;
}

export function parseSecurityOpts(list: readonly string[]): SecurityOpts {
  const out: SecurityOpts = {};
  for (const opt of list) {
    const m = /^([a-z-]+)(?:[=:](.*))?$/.exec(opt);
    if (m?.[1] === 'no-new-privileges' && (m[2] === undefined || m[2] === 'true' || m[2] === 'false'))
      out.noNewPrivileges = m[2] !== 'false';
    else if (m?.[1] === 'seccomp' && m[2] === 'unconfined') out.unconfined = true;
    else if (m?.[1] === 'seccomp' && m[2]) out.seccompPath = m[2];
    else
      throw invalidArgument(`invalid value for --security-opt: ${JSON.stringify(opt)} is not supported`, {
        hint: 'use no-new-privileges, seccomp=unconfined or seccomp=PROFILE.json',
      });
  }
  return out;
}

/** docker's env file: KEY=VALUE lines, # comments, and a bare KEY taken from podctl's environment. */
export function parseEnvFile(text: string, file: string, env: NodeJS.ProcessEnv): string[] {
  const out: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trimStart();
    if (line === '' || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    const key = eq < 0 ? line.trimEnd() : line.slice(0, eq);
    if (key === '' || /\s/.test(key))
      throw invalidArgument(`invalid value for --env-file: ${file}: bad variable name ${JSON.stringify(key)}`);
    if (eq >= 0) out.push(line);
    else if (env[key] !== undefined) out.push(`${key}=${env[key]}`);
  }
  return out;
}

async function readFlagFile(flag: string, file: string): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  return readFile(file, 'utf8').catch((err: unknown) => {
    const code = err instanceof Error && 'code' in err ? String(err.code) : 'unreadable';
    throw invalidArgument(`invalid value for ${flag}: cannot read ${file} (${code})`, { cause: err });
  });
}

async function seccompProfile(path: string): Promise<MemberOptions['seccomp']> {
  const text = await readFlagFile('--security-opt seccomp', path);
  const { parseSeccompProfile } = await import('../../oci/seccomp.js');
  try {
    return parseSeccompProfile(text);
  } catch (err) {
    if (isPodctlError(err))
      throw invalidArgument(`invalid value for --security-opt seccomp: ${path}: ${err.message}`, { cause: err });
    throw err;
  }
}

export type RunFlagOptions = Omit<MemberOptions, 'name' | 'image'>;

/** The checked flags as member options; files are read and host paths looked at here. -e (given resolved) wins over --env-file. */
export async function runFlagOptions(
  flags: RunFlags,
  env: NodeJS.ProcessEnv,
  cwd: string,
  envFlags: readonly string[],
): Promise<RunFlagOptions> {
  const sec = parseSecurityOpts(flags.securityOpt);
  const mounts = [...(await Promise.all(flags.volume.map((v) => parseVolume(v, cwd)))), ...flags.tmpfs.map(parseTmpfs)];
  const envFromFiles = (
    await Promise.all(flags.envFile.map(async (f) => parseEnvFile(await readFlagFile('--env-file', f), f, env)))
  ).flat();
  const seccomp = sec.unconfined
    ? 'unconfined'
    : sec.seccompPath === undefined
      ? undefined
      : await seccompProfile(sec.seccompPath);
  const labels = Object.fromEntries(
    flags.label.map((l) => (l.includes('=') ? [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)] : [l, ''])),
  );
  return {
    ...(envFromFiles.length + envFlags.length > 0 ? { env: [...envFromFiles, ...envFlags] } : {}),
    ...(flags.memory === undefined ? {} : { memoryBytes: flags.memory }),
    ...(flags.cpus === undefined ? {} : { cpus: flags.cpus }),
    ...(flags.pidsLimit === undefined ? {} : { pidsLimit: flags.pidsLimit }),
    capAdd: flags.capAdd,
    capDrop: flags.capDrop,
    ...(flags.privileged === true ? { privileged: true } : {}),
    ...(sec.noNewPrivileges === undefined ? {} : { noNewPrivileges: sec.noNewPrivileges }),
    ...(seccomp === undefined ? {} : { seccomp }),
    ...(mounts.length > 0 ? { mounts } : {}),
    ...(flags.readOnly === true ? { readOnly: true } : {}),
    ...(flags.label.length > 0 ? { labels } : {}),
    ...(flags.stopSignal === undefined ? {} : { stopSignal: flags.stopSignal }),
    ...(flags.stopTimeout === undefined ? {} : { stopTimeout: flags.stopTimeout }),
  };
}
