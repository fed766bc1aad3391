/**
 * Running CNI plugins as the CNI spec says a runtime runs them: the plugin binary found in the
 * plugin directories, CNI_* variables, the network configuration on stdin. A conflist is run as
 * libcni runs it: ADD through every plugin in order, each getting the previous one's result as
 * `prevResult`; DEL through them in reverse, each getting the ADD's final result. A plugin whose
 * config declares a capability gets the runtime's value for it under `runtimeConfig`.
 */
import { access, constants } from 'node:fs/promises';
import path from 'node:path';
import { execa } from 'execa';
import { failedPrecondition } from '../errors.js';
import { checkSchema, problemLine } from '../schema-issues.js';
import type { CniConfList, CniPluginConf } from './conflist.js';
import { cniResultSchema, parseCniError, type CniResult } from './result.js';

export type CniCommand = 'ADD' | 'DEL';

export interface CniInvocation {
  containerId: string;
  /** The pinned namespace; '' for a DEL whose namespace is gone. */
  netns: string;
  ifName: string;
  /** Values of the capabilities plugins may declare (`portMappings`). */
  capabilityArgs: Readonly<Record<string, unknown>>;
  pluginDirs: readonly string[];
}

/** The stdin of one plugin of the list: its own config, the list's name and version, capabilities and prevResult. Pure. */
export function pluginInput(
  list: CniConfList,
  plugin: CniPluginConf,
  capabilityArgs: Readonly<Record<string, unknown>>,
  prevResult?: CniResult,
): Record<string, unknown> {
  const runtimeConfig: Record<string, unknown> = {};
  for (const [cap, on] of Object.entries(plugin.capabilities ?? {})) {
    if (on && capabilityArgs[cap] !== undefined) runtimeConfig[cap] = capabilityArgs[cap];
  }
  return {
    ...plugin,
    cniVersion: list.cniVersion,
    name: list.name,
    ...(Object.keys(runtimeConfig).length > 0 ? { runtimeConfig } : {}),
    ...(prevResult === undefined ? {} : { prevResult }),
  };
}

/** The binaries a list needs: each plugin's type and its IPAM plugin's. */
export function requiredPlugins(list: CniConfList): string[] {
  const types = list.plugins.flatMap((p) => [
    p.type,
    ...(typeof (p.ipam as { type?: unknown } | undefined)?.type === 'string'
      ? [(p.ipam as { type: string }).type]
      : []),
  ]);
  return [...new Set(types)];
}

async function isExecutable(file: string): Promise<boolean> {
  return access(file, constants.X_OK).then(
    () => true,
    () => false,
  );
}

/** Each plugin's path, first directory first; a missing one is a one-line error naming it, where it was looked for and the package. */
export async function locatePlugins(names: readonly string[], dirs: readonly string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const name of names) {
    if (!/^[A-Za-z0-9_.-]+$/.test(name)) throw failedPrecondition(`invalid CNI plugin type ${JSON.stringify(name)}`);
    for (const dir of dirs) {
      const file = path.join(dir, name);
      if (await isExecutable(file)) {
        found.set(name, file);
        break;
      }
    }
    if (!found.has(name)) {
      throw failedPrecondition(`CNI plugin ${name} not found in ${dirs.join(':')}`, {
        hint: "install Debian's containernetworking-plugins package (apt-get install containernetworking-plugins), or point CNI_PATH at the plugins",
      });
    }
  }
  return found;
}

function pluginEnv(command: CniCommand, inv: CniInvocation): Record<string, string> {
  // The plugins run iptables, ip and their IPAM plugin: sbin must be on PATH.
  const PATH = [process.env.PATH ?? '', '/usr/local/sbin', '/usr/sbin', '/sbin', '/usr/bin', '/bin']
    .filter(Boolean)
    .join(':');
  return {
    CNI_COMMAND: command,
    CNI_CONTAINERID: inv.containerId,
    CNI_NETNS: inv.netns,
    CNI_IFNAME: inv.ifName,
    CNI_PATH: inv.pluginDirs.join(':'),
    PATH,
  };
}

async function runPlugin(
  file: string,
  command: CniCommand,
  inv: CniInvocation,
  input: Record<string, unknown>,
): Promise<string> {
  const name = path.basename(file);
  const r = await execa(file, [], {
    input: JSON.stringify(input),
    env: pluginEnv(command, inv),
    extendEnv: false,
    reject: false,
    timeout: 60_000,
  });
  if (r.exitCode === 0 && !r.failed) return r.stdout;
  const error = parseCniError(r.stdout);
  const why = error
    ? `${error.msg}${error.details ? `: ${error.details}` : ''}`
    : r.stderr.trim().split('\n')[0] || r.shortMessage;
  throw failedPrecondition(`CNI plugin ${name} failed on ${command} for network ${String(input.name)}: ${why}`, {
    cause: r,
  });
}

/** ADD through the list in order; returns the final result, checked. */
export async function cniAdd(list: CniConfList, inv: CniInvocation): Promise<CniResult> {
  const plugins = await locatePlugins(requiredPlugins(list), inv.pluginDirs);
  let prev: CniResult | undefined;
  for (const plugin of list.plugins) {
    const out = await runPlugin(
      plugins.get(plugin.type)!,
      'ADD',
      inv,
      pluginInput(list, plugin, inv.capabilityArgs, prev),
    );
    let parsed: unknown;
    try {
      parsed = JSON.parse(out);
    } catch (err) {
      throw failedPrecondition(`CNI plugin ${plugin.type} printed no JSON result on ADD`, { cause: err });
    }
    const r = checkSchema(cniResultSchema, parsed);
    if (!r.success)
      throw failedPrecondition(
        `CNI plugin ${plugin.type} printed a result podctl cannot read: ${problemLine(r.problem)}`,
        { cause: r.error },
      );
    prev = r.data;
  }
  return prev!;
}

/**
 * DEL through the list in reverse, each plugin given the ADD's result. Every plugin runs even
 * when one fails (a DEL must free what it can); the first failure is thrown at the end.
 */
export async function cniDel(list: CniConfList, inv: CniInvocation, result: CniResult | undefined): Promise<void> {
  const plugins = await locatePlugins(requiredPlugins(list), inv.pluginDirs);
  const failures: unknown[] = [];
  for (const plugin of [...list.plugins].reverse()) {
    try {
      await runPlugin(plugins.get(plugin.type)!, 'DEL', inv, pluginInput(list, plugin, inv.capabilityArgs, result));
    } catch (err) {
      failures.push(err);
    }
  }
  // The first failure is the one reported; DEL went on through every plugin all the same.
  if (failures.length > 0) throw failures[0] as Error;
}
