// containerd's event stream. Payloads are Any messages whose type URL is the message's full
// name (`containerd.events.TaskExit`); those in podctl's protos are decoded.
import { isCanceled } from '../../errors.js';
import type { CallOptions, Connection } from '../connection.js';
import { toAnyValue, toDate, type AnyValue, type RawTimestamp } from './types.js';
import { messageCodec, serviceRef, type CodecModule } from '../proto.js';

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

const SERVICE = serviceRef('containerd.services.events.v1.Events', () => import('../gen/codecs/events.js'));

interface RawEnvelope {
  timestamp: RawTimestamp | null;
  namespace: string;
  topic: string;
  event: AnyValue | null;
}

function isTimestamp(value: object): value is RawTimestamp {
  const keys = Object.keys(value);
  return (
    keys.length === 2 &&
    typeof (value as Partial<RawTimestamp>).seconds === 'number' &&
    typeof (value as Partial<RawTimestamp>).nanos === 'number'
  );
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

/** The codecs of every event payload, and of Any, loaded on first use. */
let payloads: Promise<CodecModule> | undefined;
const loadPayloads = (): Promise<CodecModule> => (payloads ??= import('../gen/codecs/event-payloads.js'));

/** The message name of a type URL, with or without a `host/` prefix. */
const typeNameOf = (typeUrl: string): string => typeUrl.slice(typeUrl.lastIndexOf('/') + 1);

function decodeWith(codecs: CodecModule, any: AnyValue | null | undefined): Record<string, unknown> | undefined {
  if (!any || any.typeUrl === '') return undefined;
  let codec;
  try {
    codec = messageCodec(codecs, typeNameOf(any.typeUrl));
  } catch {
    return undefined;
  }
  return plain(codec.decode(any.value)) as Record<string, unknown>;
}

/** Decodes an event payload by its type URL; undefined when the type is unknown to podctl. */
export async function decodeEvent(any: AnyValue | null | undefined): Promise<Record<string, unknown> | undefined> {
  return decodeWith(await loadPayloads(), any);
}

/** An event payload as an Any, from a message of podctl's protos in protobufjs object form. */
export async function encodeEvent(typeName: string, payload: object): Promise<AnyValue> {
  return { typeUrl: typeName, value: messageCodec(await loadPayloads(), typeName).encode(payload) };
}

const toEnvelope = (codecs: CodecModule, raw: RawEnvelope): EventEnvelope => ({
  timestamp: toDate(raw.timestamp),
  namespace: raw.namespace,
  topic: raw.topic,
  typeUrl: raw.event ? toAnyValue(raw.event).typeUrl : '',
  event: decodeWith(codecs, raw.event && toAnyValue(raw.event)),
});

export class EventsService {
  constructor(private readonly conn: Connection) {}

  /**
   * Events of every namespace that match one of the filters (`namespace==x,topic~="^/tasks/"`),
   * as they happen. Ends without an error when `options.signal` aborts.
   */
  async *subscribe(filters: string[] = [], options: CallOptions = {}): AsyncGenerator<EventEnvelope> {
    const codecs = await loadPayloads();
    try {
      for await (const raw of this.conn.serverStream<RawEnvelope>(SERVICE, 'Subscribe', { filters }, options))
        yield toEnvelope(codecs, raw);
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
