/**
 * `podctl ps --filter KEY=VALUE`, as docker documents its filters: values of one key OR
 * together, different keys AND together; label filters, as in docker and podman, all have to
 * match. Parsing and matching are pure; ps.ts resolves what needs containerd (images, the
 * creation times behind before/since).
 */
import { invalidArgument } from '../errors.js';

/** docker's container states, as `status=` takes them. */
export const STATUSES = ['created', 'restarting', 'running', 'removing', 'paused', 'exited', 'dead'] as const;
export type ContainerStatus = (typeof STATUSES)[number];

export const FILTER_KEYS = ['id', 'name', 'label', 'status', 'exited', 'pod', 'ancestor', 'before', 'since'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export interface LabelFilter {
  key: string;
  /** Undefined: the label only has to be there. */
  value: string | undefined;
}

export interface PsFilters {
  /** Prefixes of the container ID. */
  id: string[];
  /** Patterns that match all or part of the name. */
  name: RegExp[];
  label: LabelFilter[];
  status: ContainerStatus[];
  exited: number[];
  /** Pod names, or prefixes (12 hex digits or more) of pod IDs. */
  pod: string[];
  /** Image names or IDs, as given; ps.ts turns them into image names. */
  ancestor: string[];
  /** Container names or IDs. */
  before: string[];
  since: string[];
}

export const noFilters = (): PsFilters => ({
  id: [],
  name: [],
  label: [],
  status: [],
  exited: [],
  pod: [],
  ancestor: [],
  before: [],
  since: [],
});

const keyList = FILTER_KEYS.join(', ');
const bad = (entry: string, why: string, hint = `filters are KEY=VALUE with a KEY of ${keyList}`) =>
  invalidArgument(`invalid value for the \`filter\` option: ${JSON.stringify(entry)} ${why}`, { hint });

const isKey = (key: string): key is FilterKey => (FILTER_KEYS as readonly string[]).includes(key);
const isStatus = (value: string): value is ContainerStatus => (STATUSES as readonly string[]).includes(value);

function addFilter(filters: PsFilters, entry: string): void {
  const eq = entry.indexOf('=');
  if (eq <= 0) throw bad(entry, 'is not KEY=VALUE');
  const key = entry.slice(0, eq).toLowerCase();
  const value = entry.slice(eq + 1);
  if (!isKey(key)) throw bad(entry, `has an unknown key ${JSON.stringify(entry.slice(0, eq))}`);
  if (value === '') throw bad(entry, 'has no value');
  switch (key) {
    case 'name':
      try {
        filters.name.push(new RegExp(value));
      } catch {
        throw bad(
          entry,
          'is not a regular expression',
          'name= matches all or part of the name, as a regular expression',
        );
      }
      return;
    case 'label': {
      const at = value.indexOf('=');
      const labelKey = at < 0 ? value : value.slice(0, at);
      if (labelKey === '') throw bad(entry, 'has no label key', 'use label=KEY or label=KEY=VALUE');
      filters.label.push({ key: labelKey, value: at < 0 ? undefined : value.slice(at + 1) });
      return;
    }
    case 'status':
      if (!isStatus(value)) throw bad(entry, 'is no container status', `status is one of ${STATUSES.join(', ')}`);
      filters.status.push(value);
      return;
    case 'exited':
      if (!/^-?\d+$/.test(value)) throw bad(entry, 'is no exit code', 'exited= takes an integer');
      filters.exited.push(Number(value));
      return;
    default:
      filters[key].push(value);
  }
}

/** The --filter entries, checked; a one-line invalid-argument error for the first bad one. */
export function parsePsFilters(entries: readonly string[]): PsFilters {
  const filters = noFilters();
  for (const entry of entries) addFilter(filters, entry);
  return filters;
}

/** docker lists stopped containers too when asked for a status, -a or not. */
export const filtersImplyAll = (filters: PsFilters): boolean => filters.status.length > 0;

/** A task state (podctl's: a containerd task status, or `exited` without a task) as docker names it. */
export function dockerStatus(state: string): ContainerStatus {
  switch (state) {
    case 'running':
      return 'running';
    case 'paused':
    case 'pausing':
      return 'paused';
    case 'created':
      return 'created';
    case 'stopped':
    case 'exited':
      return 'exited';
    default:
      return 'dead';
  }
}

/** What a filter looks at of a container. */
export interface FilterSubject {
  id: string;
  name: string;
  image: string;
  state: string;
  exitStatus: number;
  createdAt: Date | undefined;
  podName: string;
  podId: string;
  labels: Readonly<Record<string, string>>;
}

/** The filters with what containerd had to say: the image names each ancestor stands for, the reference containers' creation times. */
export interface ResolvedFilters extends PsFilters {
  ancestorNames: Set<string>[];
  beforeTimes: number[];
  sinceTimes: number[];
}

const any = <T>(values: readonly T[], test: (v: T) => boolean): boolean => values.length === 0 || values.some(test);

export function matchesPsFilters(c: FilterSubject, f: ResolvedFilters): boolean {
  const created = c.createdAt?.getTime() ?? 0;
  const status = dockerStatus(c.state);
  return (
    any(f.id, (id) => c.id.startsWith(id)) &&
    any(f.name, (re) => re.test(c.name)) &&
    f.label.every((l) => c.labels[l.key] !== undefined && (l.value === undefined || c.labels[l.key] === l.value)) &&
    any(f.status, (s) => s === status) &&
    any(f.exited, (code) => c.state === 'stopped' && c.exitStatus === code) &&
    any(
      f.pod,
      (p) => c.podName !== '' && (c.podName === p || (/^[0-9a-f]{12,64}$/.test(p) && c.podId.startsWith(p))),
    ) &&
    any(f.ancestorNames, (names) => names.has(c.image)) &&
    any(f.beforeTimes, (t) => created < t) &&
    any(f.sinceTimes, (t) => created > t)
  );
}
