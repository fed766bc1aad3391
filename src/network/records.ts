/**
 * podctl's networks as files it owns: one conflist per network in the CNI config directory,
 * named <prio>-podctl-<name>.conflist. The file is the record; there is no other store. Creating
 * and removing run under the host lock, so two podctl processes never pick the same subnet or
 * bridge, nor both create the default network.
 */
import { link, readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { execa } from 'execa';
import { alreadyExists, failedPrecondition, invalidArgument, isPodctlError, notFound } from '../errors.js';
import { formatSubnet, overlaps, parseProcRoutes, parseSubnet, chooseSubnet, type Subnet } from './cidr.js';
import { HOST_LOCAL_DATA_DIR } from './cni-dirs.js';
import {
  buildConflist,
  checkNetworkName,
  conflistSubnets,
  DEFAULT_BRIDGE,
  DEFAULT_NETWORK,
  DEFAULT_SUBNET,
  networkSpec,
  parseConflist,
  readNetworkRecord,
  type NetworkRecord,
} from './conflist.js';
import { withHostLock } from './lock.js';

/** Sorts after the usual 10-* files: a CRI plugin reading the same directory keeps its own default. */
const FILE_PREFIX = '87-podctl-';
const FILE_SUFFIX = '.conflist';

export const networkFile = (configDir: string, name: string): string =>
  path.join(configDir, `${FILE_PREFIX}${name}${FILE_SUFFIX}`);

interface ConfigEntry {
  file: string;
  record: NetworkRecord | undefined;
  subnets: Subnet[];
  bridges: string[];
}

async function readConfigDir(configDir: string): Promise<ConfigEntry[]> {
  const names = await readdir(configDir).catch(() => [] as string[]);
  const entries = await Promise.all(
    names
      .filter((n) => /\.(conflist|conf|json)$/.test(n))
      .sort()
      .map(async (n): Promise<ConfigEntry | undefined> => {
        const file = path.join(configDir, n);
        const list = parseConflist(await readFile(file, 'utf8').catch(() => ''));
        if (list === undefined) return undefined;
        const bridges = list.plugins.flatMap((p) =>
          p.type === 'bridge' && typeof p.bridge === 'string' ? [p.bridge] : [],
        );
        return { file, record: readNetworkRecord(list, file), subnets: conflistSubnets(list), bridges };
      }),
  );
  return entries.filter((e): e is ConfigEntry => e !== undefined);
}

/** podctl's networks in the directory, by name. */
export async function listNetworks(configDir: string): Promise<NetworkRecord[]> {
  return (await readConfigDir(configDir))
    .flatMap((e) => (e.record ? [e.record] : []))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The network named name; not-found (one line, with a hint) when there is none. */
export async function getNetwork(configDir: string, name: string): Promise<NetworkRecord> {
  const file = networkFile(configDir, name);
  const text = await readFile(file, 'utf8').catch(() => undefined);
  const list = text === undefined ? undefined : parseConflist(text);
  const record = list === undefined ? undefined : readNetworkRecord(list, file);
  if (record === undefined || record.name !== name) {
    throw notFound(`no such network: ${name}`, {
      hint: `list networks with: podctl network ls, or create it: podctl network create ${name}`,
    });
  }
  return record;
}

async function hostRoutes(): Promise<Subnet[]> {
  return parseProcRoutes(await readFile('/proc/net/route', 'utf8').catch(() => ''));
}

const interfaceExists = (name: string) =>
  readFile(`/sys/class/net/${name}/ifindex`).then(
    () => true,
    () => false,
  );

/** Writes the file only if no file of that name exists: a link of a complete temporary file. */
async function writeExclusive(file: string, text: string): Promise<void> {
  const tmp = `${file}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(tmp, text, { mode: 0o644 });
  try {
    await link(tmp, file);
  } finally {
    await unlink(tmp).catch(() => undefined);
  }
}

export interface CreateNetworkOptions {
  name: string;
  subnet?: string | undefined;
  gateway?: string | undefined;
  bridge?: string | undefined;
}

async function createUnlocked(configDir: string, options: CreateNetworkOptions): Promise<NetworkRecord> {
  const name = checkNetworkName(options.name);
  const entries = await readConfigDir(configDir);
  if (
    entries.some((e) => e.record?.name === name) ||
    (await readFile(networkFile(configDir, name)).then(
      () => true,
      () => false,
    ))
  ) {
    throw alreadyExists(`network ${name} already exists`, { hint: `remove it first: podctl network rm ${name}` });
  }
  const routes = await hostRoutes();
  const others = entries.flatMap((e) =>
    e.subnets.map((s) => ({ s, by: e.record ? `network ${e.record.name}` : path.basename(e.file) })),
  );
  let subnet: Subnet;
  if (options.subnet !== undefined) {
    subnet = parseSubnet(options.subnet);
    const route = routes.find((r) => overlaps(r, subnet));
    if (route)
      throw invalidArgument(`subnet ${options.subnet} overlaps ${formatSubnet(route)}, which the host already routes`, {
        hint: 'choose another subnet, or leave the `subnet` option out',
      });
    const other = others.find((o) => overlaps(o.s, subnet));
    if (other)
      throw invalidArgument(`subnet ${options.subnet} overlaps ${formatSubnet(other.s)} of ${other.by}`, {
        hint: 'choose another subnet, or leave the `subnet` option out',
      });
  } else {
    subnet = chooseSubnet(
      [...routes, ...others.map((o) => o.s)],
      name === DEFAULT_NETWORK ? parseSubnet(DEFAULT_SUBNET) : undefined,
    );
  }
  let bridge = options.bridge ?? (name === DEFAULT_NETWORK ? DEFAULT_BRIDGE : undefined);
  if (bridge === undefined) {
    const used = new Set(entries.flatMap((e) => e.bridges));
    for (let n = 1; bridge === undefined; n++) {
      const candidate = `podctl${n}`;
      if (!used.has(candidate) && !(await interfaceExists(candidate))) bridge = candidate;
    }
  }
  const spec = networkSpec({ name, bridge, subnet, gateway: options.gateway, createdAt: new Date().toISOString() });
  const file = networkFile(configDir, name);
  await mkdir(configDir, { recursive: true, mode: 0o755 });
  const conflist = buildConflist(spec);
  await writeExclusive(file, `${JSON.stringify(conflist, null, 2)}\n`).catch((err: unknown) => {
    throw (err as NodeJS.ErrnoException).code === 'EEXIST'
      ? alreadyExists(`network ${name} already exists`, { cause: err })
      : err;
  });
  return {
    name,
    bridge,
    subnet: formatSubnet(spec.subnet),
    gateway: spec.gateway,
    createdAt: spec.createdAt,
    file,
    conflist,
  };
}

/** Creates a network: a free subnet (one no route and no other network covers) unless given, and a bridge podctl<N> of its own. */
export async function createNetwork(configDir: string, options: CreateNetworkOptions): Promise<NetworkRecord> {
  checkNetworkName(options.name);
  if (options.subnet !== undefined) parseSubnet(options.subnet);
  if (options.gateway !== undefined && options.subnet === undefined)
    throw invalidArgument('the `gateway` option needs the `subnet` option');
  return withHostLock(() => createUnlocked(configDir, options));
}

/** The network a pod asks for; the default network is created on first use. */
export async function resolveNetwork(configDir: string, name: string): Promise<NetworkRecord> {
  try {
    return await getNetwork(configDir, name);
  } catch (err) {
    if (name !== DEFAULT_NETWORK || !isPodctlError(err) || err.kind !== 'not-found') throw err;
  }
  return withHostLock(async () => {
    try {
      return await getNetwork(configDir, name);
    } catch {
      return createUnlocked(configDir, { name });
    }
  });
}

/** Addresses host-local holds for the network: one file per address, holding the container ID. */
export async function reservations(
  name: string,
  dataDir = HOST_LOCAL_DATA_DIR,
): Promise<{ ip: string; containerId: string }[]> {
  const dir = path.join(dataDir, name);
  const files = (await readdir(dir).catch(() => [] as string[])).filter(
    (f) => /^\d+\.\d+\.\d+\.\d+$/.test(f) || (f.includes(':') && /^[0-9a-f:]+$/i.test(f)),
  );
  return Promise.all(
    files.map(async (ip) => ({
      ip,
      containerId: (await readFile(path.join(dir, ip), 'utf8').catch(() => '')).split(/\s/)[0] ?? '',
    })),
  );
}

/**
 * Removes the network's file, its bridge and host-local's (empty) store. Refused while any
 * address of it is reserved: a pod, in any containerd namespace, still uses it.
 */
export async function removeNetwork(configDir: string, name: string, dataDir = HOST_LOCAL_DATA_DIR): Promise<void> {
  const record = await getNetwork(configDir, name);
  await withHostLock(async () => {
    const held = await reservations(name, dataDir);
    if (held.length > 0) {
      throw failedPrecondition(
        `network ${name} is in use: ${held.length} address${held.length === 1 ? '' : 'es'} reserved (${held.map((h) => h.ip).join(', ')})`,
        {
          hint: 'remove the pods on it first',
        },
      );
    }
    await rm(record.file, { force: true });
    if (await interfaceExists(record.bridge)) {
      await execa('ip', ['link', 'delete', record.bridge, 'type', 'bridge'], { reject: false });
    }
    await rm(path.join(dataDir, name), { recursive: true, force: true });
  });
}
