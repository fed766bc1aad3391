/**
 * Every containerd label podctl reads or writes, in one place (DESIGN.md, "State"). podctl keeps
 * no database: these labels on containers, snapshots and leases are how it finds a pod again.
 * Values are plain strings, checked with zod when read back; containerd caps a label's key and
 * value together at 4096 bytes.
 */
import * as z from 'zod/mini';
import { invalidArgument } from '../errors.js';

const PREFIX = 'podctl.io/';

export const LABELS = Object.freeze({
  /** The pod's name, on the sandbox and on every member. */
  podName: `${PREFIX}pod-name`,
  /** The pod's ID (64 hex digits, also the runc shim group), on the sandbox and every member. */
  podId: `${PREFIX}pod-id`,
  /** What the container is to its pod: sandbox, app, init or sidecar. */
  role: `${PREFIX}role`,
  /** The container's name as the user gave it. */
  containerName: `${PREFIX}container-name`,
  /** The container's restart policy as podctl took it: no, always, on-failure[:N], unless-stopped. */
  restartPolicy: `${PREFIX}restart-policy`,
  /** "true" on a container removed once it exits (--rm); with -d its logger starts the removal. */
  autoRemove: `${PREFIX}auto-remove`,
  /** "true" on a container `podctl create` made and nothing started yet: `ps -a` shows it as Created. */
  notStarted: `${PREFIX}not-started`,
  /** "true" on a container whose stdin each task keeps open (-i); a terminal (-t) is the spec's process.terminal. */
  openStdin: `${PREFIX}open-stdin`,
  /** The pod's network: none, host, or the name of the CNI network it is attached to (`podctl` for bridge). */
  network: `${PREFIX}network`,
  /** The pod's IPv4 address on its CNI network. */
  ip: `${PREFIX}ip`,
  /** The gateway of that address. */
  gateway: `${PREFIX}gateway`,
  /** The MAC address of the pod's eth0. */
  mac: `${PREFIX}mac`,
  /** Published ports, as `hostIP:hostPort:containerPort/proto` joined by commas. */
  ports: `${PREFIX}ports`,
  /** A standalone container's CNI container ID (64 hex digits): its pinned netns and run directory. Pods use their pod ID. */
  networkId: `${PREFIX}network-id`,
  /**
   * What a pod's (or a standalone container's) /etc files were written with besides its name
   * and address: extra hosts and DNS settings, as JSON. The files are under /run, which a reboot
   * empties; start writes them again from this.
   */
  etcFiles: `${PREFIX}etc-files`,
  /** Which namespaces members join, as a comma list of net, ipc, uts, pid. On the sandbox. */
  share: `${PREFIX}share`,
  /** The member's log file on the host, written by podctl-logger. */
  logPath: `${PREFIX}log-path`,
  /** Who made the object: always "podctl". Lets `system prune` find what a crash left. */
  createdBy: `${PREFIX}created-by`,
  /** What a lease of podctl's is for (`import`), beside createdBy. */
  purpose: `${PREFIX}purpose`,
  /**
   * The podctl process that holds a lease while it creates something, as creator.ts writes it:
   * `system prune` leaves the lease (and what it names) alone while that process runs.
   */
  creator: `${PREFIX}creator`,
  /**
   * The session (a test run, a script) an object was made for: `system prune --session ID` takes
   * only what carries it. Nothing sets it yet.
   */
  session: `${PREFIX}session`,
  /** A standalone container's namespace modes (`net=container:pause,pid=host`), as run got them. */
  namespaces: `${PREFIX}namespaces`,
  /** The signal `podctl stop` sends a member first, as SIGNAME (--stop-signal). */
  stopSignal: `${PREFIX}stop-signal`,
  /** Seconds `podctl stop` waits for a member before SIGKILL (--stop-timeout). */
  stopTimeout: `${PREFIX}stop-timeout`,
  /**
   * A detached exec (`exec -d`) whose record containerd still keeps: one label per exec, this
   * prefix then the exec ID, so that concurrent execs set and remove their own through field paths.
   */
  detachedExecPrefix: `${PREFIX}detached-exec.`,
  /** nerdctl's name label, so that `nerdctl ps` shows podctl's names. */
  nerdctlName: 'nerdctl/name',
  /**
   * containerd's restart monitor (plugin io.containerd.internal.v1.restart) keeps the task of a
   * container carrying this label in that status: `running` (restarted when it is not) or
   * `stopped`. Every containerd since 1.2 reads it; podctl sets it when it starts or stops a
   * container that has a restart policy, never at create.
   */
  monitorStatus: 'containerd.io/restart.status',
  /** The stdio URI the monitor gives a task it restarts (containerd 1.5+; 1.6 also reads the older restart.logpath). */
  monitorLogUri: 'containerd.io/restart.loguri',
  /** The policy the monitor applies, as on-failure:3 (containerd 1.7+; 1.6 restarts whatever is labelled running). */
  monitorPolicy: 'containerd.io/restart.policy',
  /** How many times the monitor has restarted the task (containerd 1.7+, for on-failure:N); start resets it. */
  monitorCount: 'containerd.io/restart.count',
} as const);

export const CREATED_BY = 'podctl';
/** containerd's limit on a label: key and value together (labels.Validate). */
export const MAX_LABEL_BYTES = 4096;

export const ROLES = ['sandbox', 'app', 'init', 'sidecar'] as const;
export type Role = (typeof ROLES)[number];
/** The network modes that run no CNI plugin; any other value names a CNI network. */
export const NETWORK_MODES = ['none', 'host'] as const;
/** none, host, or a CNI network's name. */
export type NetworkMode = string;
export const isCniNetwork = (network: NetworkMode): boolean => !(NETWORK_MODES as readonly string[]).includes(network);

/** Where a pod is on its CNI network, as its labels record it. */
export interface NetworkLabels {
  ip: string;
  prefixLength: number;
  gateway: string;
  mac: string;
  /** Published ports, in the label form (ports.ts). */
  ports: string;
}

export interface PodShare {
  net: boolean;
  ipc: boolean;
  uts: boolean;
  pid: boolean;
}
export const SHARE_ALL: Readonly<PodShare> = Object.freeze({ net: true, ipc: true, uts: true, pid: true });
const SHARE_KEYS = ['net', 'ipc', 'uts', 'pid'] as const;

/** Throws invalid-argument when key + value exceed containerd's cap, or the key is empty. */
export function checkLabel(key: string, value: string): void {
  if (key.length === 0) throw invalidArgument('a label key must not be empty');
  const bytes = Buffer.byteLength(key) + Buffer.byteLength(value);
  if (bytes > MAX_LABEL_BYTES) {
    throw invalidArgument(
      `label ${JSON.stringify(key.slice(0, 64))} is ${bytes} bytes: key and value may be at most ${MAX_LABEL_BYTES}`,
    );
  }
}

/** The user's labels, checked once where they come in: none may use the podctl.io/ prefix or pass containerd's cap. */
export function checkUserLabels(user: Readonly<Record<string, string>> = {}): void {
  for (const [key, value] of Object.entries(user)) {
    if (key.startsWith(PREFIX))
      throw invalidArgument(`label ${JSON.stringify(key)} uses podctl's reserved prefix ${PREFIX}`);
    checkLabel(key, value);
  }
}

/** User labels (checked by checkUserLabels) merged under podctl's own, whose sizes are checked here. */
export function withUserLabels(
  own: Record<string, string>,
  user: Readonly<Record<string, string>> = {},
): Record<string, string> {
  const labels = { ...user, ...own };
  for (const [key, value] of Object.entries(own)) checkLabel(key, value);
  return labels;
}

export const formatShare = (share: PodShare): string => SHARE_KEYS.filter((k) => share[k]).join(',');

export interface SandboxLabelInput {
  podName: string;
  podId: string;
  network: NetworkMode;
  share: PodShare;
  attachment?: NetworkLabels | undefined;
  etc?: EtcFileLabels;
}

/** The settings of a pod's /etc files that only the user gives: extra hosts, and DNS servers, search domains and options. */
export interface EtcFileLabels {
  addHosts?: readonly { host: string; ip: string }[];
  dns?: { servers?: readonly string[]; search?: readonly string[]; options?: readonly string[] };
}

/** The etc-files label, or none when there is nothing but the defaults to keep. */
export function etcFileLabels(settings: EtcFileLabels = {}): Record<string, string> {
  const { addHosts, dns } = settings;
  const kept = {
    ...(addHosts !== undefined && addHosts.length > 0 ? { addHosts } : {}),
    ...(dns !== undefined && [dns.servers, dns.search, dns.options].some((x) => x !== undefined) ? { dns } : {}),
  };
  return Object.keys(kept).length === 0 ? {} : { [LABELS.etcFiles]: JSON.stringify(kept) };
}

/** The labels that record a CNI attachment (none for none and host). */
export function networkLabels(a: NetworkLabels | undefined): Record<string, string> {
  if (a === undefined) return {};
  return {
    [LABELS.ip]: `${a.ip}/${a.prefixLength}`,
    [LABELS.gateway]: a.gateway,
    [LABELS.mac]: a.mac,
    [LABELS.ports]: a.ports,
  };
}

export function sandboxLabels(
  input: SandboxLabelInput,
  user?: Readonly<Record<string, string>>,
): Record<string, string> {
  return withUserLabels(
    {
      [LABELS.podName]: input.podName,
      [LABELS.podId]: input.podId,
      [LABELS.role]: 'sandbox',
      [LABELS.containerName]: input.podName,
      [LABELS.network]: input.network,
      [LABELS.share]: formatShare(input.share),
      [LABELS.createdBy]: CREATED_BY,
      [LABELS.nerdctlName]: input.podName,
      ...networkLabels(input.attachment),
      ...etcFileLabels(input.etc),
    },
    user,
  );
}

export interface MemberLabelInput {
  podName: string;
  podId: string;
  name: string;
  role: Exclude<Role, 'sandbox'>;
  logPath: string;
  restartPolicy?: string;
}

export function memberLabels(input: MemberLabelInput, user?: Readonly<Record<string, string>>): Record<string, string> {
  return withUserLabels(
    {
      [LABELS.podName]: input.podName,
      [LABELS.podId]: input.podId,
      [LABELS.role]: input.role,
      [LABELS.containerName]: input.name,
      [LABELS.logPath]: input.logPath,
      [LABELS.restartPolicy]: input.restartPolicy ?? 'no',
      [LABELS.createdBy]: CREATED_BY,
      [LABELS.nerdctlName]: input.name,
    },
    user,
  );
}

const nonEmpty = z.string().check(z.minLength(1));
const shareText = z.string().check(z.regex(/^(?:(?:net|ipc|uts|pid)(?:,(?:net|ipc|uts|pid))*)?$/));
const absolute = z.string().check(z.regex(/^\//));

const sandboxSchema = z.object({
  [LABELS.podName]: nonEmpty,
  [LABELS.podId]: nonEmpty,
  [LABELS.role]: z.literal('sandbox'),
  [LABELS.network]: z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/)),
  [LABELS.share]: shareText,
});
const attachmentSchema = z.object({
  [LABELS.ip]: z.string().check(z.regex(/^\d+\.\d+\.\d+\.\d+\/\d{1,2}$/)),
  [LABELS.gateway]: z.string(),
  [LABELS.mac]: z.string(),
  [LABELS.ports]: z.optional(z.string()),
});

const memberSchema = z.object({
  [LABELS.podName]: nonEmpty,
  [LABELS.podId]: nonEmpty,
  [LABELS.role]: z.enum(['app', 'init', 'sidecar']),
  [LABELS.containerName]: nonEmpty,
  [LABELS.logPath]: absolute,
  [LABELS.restartPolicy]: z.optional(z.string()),
});

const strings = z.optional(z.array(z.string()));
const etcFilesSchema = z.object({
  addHosts: z.optional(z.array(z.object({ host: z.string(), ip: z.string() }))),
  dns: z.optional(z.object({ servers: strings, search: strings, options: strings })),
});

/** What the etc-files label keeps; nothing when it is absent or not what podctl wrote. */
export function readEtcFileLabels(labels: Readonly<Record<string, string>>): EtcFileLabels {
  const text = labels[LABELS.etcFiles];
  if (text === undefined) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return {};
  }
  const r = etcFilesSchema.safeParse(value);
  return r.success ? r.data : {};
}

export interface SandboxLabels {
  podName: string;
  podId: string;
  network: NetworkMode;
  share: PodShare;
  attachment: NetworkLabels | undefined;
}

/** The attachment a container's labels record, or undefined when they record none. */
export function readNetworkLabels(labels: Readonly<Record<string, string>>): NetworkLabels | undefined {
  const r = attachmentSchema.safeParse(labels);
  if (!r.success) return undefined;
  const [ip = '', prefix = '0'] = r.data[LABELS.ip].split('/');
  return {
    ip,
    prefixLength: Number(prefix),
    gateway: r.data[LABELS.gateway],
    mac: r.data[LABELS.mac],
    ports: r.data[LABELS.ports] ?? '',
  };
}

export interface MemberLabels {
  podName: string;
  podId: string;
  role: Exclude<Role, 'sandbox'>;
  name: string;
  logPath: string;
  restartPolicy: string;
}

export function parseShare(text: string): PodShare {
  const parts = new Set(text.split(',').filter(Boolean));
  return { net: parts.has('net'), ipc: parts.has('ipc'), uts: parts.has('uts'), pid: parts.has('pid') };
}

/** The sandbox's labels, or undefined when they are not a podctl sandbox's (another tool's container). */
export function readSandboxLabels(labels: Readonly<Record<string, string>>): SandboxLabels | undefined {
  const r = sandboxSchema.safeParse(labels);
  if (!r.success) return undefined;
  const d = r.data;
  return {
    podName: d[LABELS.podName],
    podId: d[LABELS.podId],
    network: d[LABELS.network],
    share: parseShare(d[LABELS.share]),
    attachment: readNetworkLabels(labels),
  };
}

/** Whether the container was made by `podctl create` and never started. */
export const isNotStarted = (labels: Readonly<Record<string, string>>): boolean => labels[LABELS.notStarted] === 'true';

/** Whether the container's tasks get an open stdin (-i). */
export const isOpenStdin = (labels: Readonly<Record<string, string>>): boolean => labels[LABELS.openStdin] === 'true';

/** Whether the container goes once it exits (--rm). */
export const isAutoRemove = (labels: Readonly<Record<string, string>>): boolean => labels[LABELS.autoRemove] === 'true';

/** A member's labels, or undefined when the container is no podctl pod member. */
export function readMemberLabels(labels: Readonly<Record<string, string>>): MemberLabels | undefined {
  const r = memberSchema.safeParse(labels);
  if (!r.success) return undefined;
  const d = r.data;
  return {
    podName: d[LABELS.podName],
    podId: d[LABELS.podId],
    role: d[LABELS.role],
    name: d[LABELS.containerName],
    logPath: d[LABELS.logPath],
    restartPolicy: d[LABELS.restartPolicy] ?? 'no',
  };
}
