/**
 * `podctl events`: containerd's events of one namespace, filtered and shown one per line, as
 * `2026-… /tasks/exit container=app pid=123 exit_status=0`. All pure; the CLI subscribes.
 */
import type { EventEnvelope } from '../containerd/services/events.js';
import { invalidArgument } from '../errors.js';
import { containerId } from '../state/ids.js';

export const EVENT_TYPES = ['container', 'task'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

const TOPIC_PREFIX: Record<EventType, string> = { container: '/containers/', task: '/tasks/' };

export interface EventFilters {
  /** Any of these kinds; every kind when empty. */
  types: EventType[];
  /** Container IDs; events of any container (and of none) when empty. */
  containers: string[];
}

const isEventType = (v: string): v is EventType => (EVENT_TYPES as readonly string[]).includes(v);

/** `--filter` entries (`type=task`, `container=app`) as filters; a one-line error for anything else. */
export function parseEventFilters(entries: readonly string[]): EventFilters {
  const filters: EventFilters = { types: [], containers: [] };
  for (const entry of entries) {
    const eq = entry.indexOf('=');
    const [key, value] = eq < 0 ? [entry, ''] : [entry.slice(0, eq), entry.slice(eq + 1)];
    if (key === 'type' && isEventType(value)) filters.types.push(value);
    else if (key === 'container' && value !== '') filters.containers.push(containerId(value));
    else
      throw invalidArgument(
        `invalid value for the \`filter\` option: ${JSON.stringify(entry)}: use type=container, type=task or container=NAME`,
      );
  }
  return filters;
}

/**
 * containerd's subscription filters: the namespace, and one topic prefix per type. containerd
 * ORs the entries and ANDs the terms within one.
 */
export function subscriptionFilters(namespace: string, filters: Pick<EventFilters, 'types'>): string[] {
  const ns = `namespace==${JSON.stringify(namespace)}`;
  if (filters.types.length === 0) return [ns];
  return [...new Set(filters.types)].map((t) => `${ns},topic~=${JSON.stringify(`^${TOPIC_PREFIX[t]}`)}`);
}

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** The container an event is about: a task's container, or the container of a /containers/ event. */
export function eventContainer(e: EventEnvelope): string | undefined {
  const containerIdField = text(e.event?.containerId);
  if (containerIdField) return containerIdField;
  return e.topic.startsWith('/containers/') ? text(e.event?.id) || undefined : undefined;
}

/** Whether the event is of one of the filtered containers (the types are containerd's to filter). */
export function matchesEvent(e: EventEnvelope, filters: Pick<EventFilters, 'containers'>): boolean {
  if (filters.containers.length === 0) return true;
  const c = eventContainer(e);
  return c !== undefined && filters.containers.includes(c);
}

const snake = (key: string): string => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * The event's scalar fields as `key=value` pairs, snake_case as in containerd's protos: the
 * container first, then the rest in payload order. Timestamps are left out (the line leads with
 * one), so are empty values, nested messages and an exec ID that repeats the container's.
 */
export function eventAttributes(e: EventEnvelope): [string, string][] {
  const container = eventContainer(e);
  const out: [string, string][] = container === undefined ? [] : [['container', container]];
  for (const [key, value] of Object.entries(e.event ?? {})) {
    if (key === 'containerId' || (key === 'id' && (value === container || e.topic.startsWith('/containers/'))))
      continue;
    if (typeof value === 'string' && value !== '')
      out.push([key === 'id' && e.topic.startsWith('/tasks/') ? 'exec_id' : snake(key), value]);
    else if (typeof value === 'number' || typeof value === 'boolean') out.push([snake(key), String(value)]);
  }
  return out;
}

const quoted = (v: string): string => (/^[^\s"=]*$/.test(v) && v !== '' ? v : JSON.stringify(v));

/** The event's time, the time it was received when containerd gave none. */
const timeOf = (e: EventEnvelope, received: Date): string => (e.timestamp ?? received).toISOString();

/** `2026-11-27T07:40:00.123Z /tasks/exit container=app pid=123 exit_status=0`. */
export function formatEventLine(e: EventEnvelope, received = new Date()): string {
  return [timeOf(e, received), e.topic, ...eventAttributes(e).map(([k, v]) => `${k}=${quoted(v)}`)].join(' ');
}

export interface EventJson {
  time: string;
  namespace: string;
  topic: string;
  /** The payload's message name, e.g. `containerd.events.TaskExit`. */
  type: string;
  id: string | undefined;
  attributes: Record<string, string>;
}

/** The event as one JSON object, for `--format json` (one per line). */
export function eventJson(e: EventEnvelope, received = new Date()): EventJson {
  return {
    time: timeOf(e, received),
    namespace: e.namespace,
    topic: e.topic,
    type: e.typeUrl.slice(e.typeUrl.lastIndexOf('/') + 1),
    id: eventContainer(e),
    attributes: Object.fromEntries(eventAttributes(e)),
  };
}
