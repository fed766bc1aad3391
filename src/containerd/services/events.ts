// containerd's event stream. Payloads are Any messages whose type URL is the message's full
// name (`containerd.events.TaskExit`); those in podctl's protos are decoded.
import { isCanceled } from '../../errors.js';
import type { CallOptions, Connection } from '../connection.js';
import { codecFor } from '../proto.js';
import { toAnyValue, toDate, type AnyValue, type RawTimestamp } from './types.js';

export interface EventEnvelope {
  timestamp: Date | undefined;
  namespace: string;
  /** e.g. `/tasks/exit`, `/containers/create`. */
  topic: string;
  typeUrl: string;
  /**
   * The decoded payload, timestamps as Dates and Any fields as `{typeUrl, value}`; undefined
   * when its type is not in podctl's protos.
   */
  event: Record<string, unknown> | undefined;
}

const SERVICE = 'containerd.services.events.v1.Events';

interface RawEnvelope {
  timestamp: RawTimestamp | null;
  namespace: string;
  topic: string;
  event: AnyValue | null;
}

function isTimestamp(value: object): value is RawTimestamp {
  const keys = Object.keys(value);
  return keys.length === 2 && typeof (value as Partial<RawTimestamp>).seconds === 'number' && typeof (value as Partial<RawTimestamp>).nanos === 'number';
}

function isAny(value: object): value is AnyValue {
  return 'value' in value && 'typeUrl' in value && Object.keys(value).length === 2;
}

// Event payloads hold no other message of exactly these fields, so their shape is enough.
function plain(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || value instanceof Uint8Array) return value;
  if (Array.isArray(value)) return value.map(plain);
  if (isTimestamp(value)) return toDate(value);
  if (isAny(value)) return toAnyValue(value);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
}

/** The message name of a type URL, with or without a `host/` prefix. */
const typeNameOf = (typeUrl: string): string => typeUrl.slice(typeUrl.lastIndexOf('/') + 1);

/** Decodes an event payload by its type URL; undefined when the type is unknown to podctl. */
export function decodeEvent(any: AnyValue | null | undefined): Record<string, unknown> | undefined {
  if (!any || any.typeUrl === '') return undefined;
  let codec;
  try {
    codec = codecFor(typeNameOf(any.typeUrl));
  } catch {
    return undefined;
  }
  return plain(codec.decode(any.value)) as Record<string, unknown>;
}

/** An event payload as an Any, from a message of podctl's protos in protobufjs object form. */
export function encodeEvent(typeName: string, payload: object): AnyValue {
  return { typeUrl: typeName, value: codecFor(typeName).encode(payload) };
}

const toEnvelope = (raw: RawEnvelope): EventEnvelope => ({
  timestamp: toDate(raw.timestamp),
  namespace: raw.namespace,
  topic: raw.topic,
  typeUrl: raw.event ? toAnyValue(raw.event).typeUrl : '',
  event: decodeEvent(raw.event && toAnyValue(raw.event)),
});

export class EventsService {
  constructor(private readonly conn: Connection) {}

  /**
   * Events of every namespace that match one of the filters (`namespace==x,topic~="^/tasks/"`),
   * as they happen. Ends without an error when `options.signal` aborts.
   */
  async *subscribe(filters: string[] = [], options: CallOptions = {}): AsyncGenerator<EventEnvelope> {
    try {
      for await (const raw of this.conn.serverStream<RawEnvelope>(SERVICE, 'Subscribe', { filters }, options)) yield toEnvelope(raw);
    } catch (err) {
      if (options.signal?.aborted && isCanceled(err)) return;
      throw err;
    }
  }

  /** Publishes an event in the connection's namespace; topics look like `/podctl/pod/create`. */
  async publish(topic: string, event: AnyValue, options?: CallOptions): Promise<void> {
    await this.conn.unary(SERVICE, 'Publish', { topic, event: toAnyValue(event) }, options);
  }
}
