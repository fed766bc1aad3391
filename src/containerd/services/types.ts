// Plain records of containerd's shared types (containerd.types.*).

export interface Platform {
  os: string;
  architecture: string;
  variant: string;
}

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  annotations: Record<string, string>;
}

export interface Mount {
  type: string;
  source: string;
  target?: string;
  options: string[];
}

/** google.protobuf.Any: a type URL and the encoded value. */
export interface AnyValue {
  typeUrl: string;
  value: Buffer;
}

export interface RawTimestamp {
  seconds: number;
  nanos: number;
}

export function toDate(ts: RawTimestamp | null | undefined): Date | undefined {
  if (!ts) return undefined;
  return new Date(ts.seconds * 1000 + Math.floor(ts.nanos / 1e6));
}

export function fromDate(date: Date): RawTimestamp {
  const ms = date.getTime();
  return { seconds: Math.floor(ms / 1000), nanos: (ms % 1000) * 1e6 };
}

/** An Any as decoded, with its bytes as a Buffer. */
export function toAnyValue(raw: { typeUrl: string; value: Uint8Array }): AnyValue {
  return { typeUrl: raw.typeUrl, value: Buffer.isBuffer(raw.value) ? raw.value : Buffer.from(raw.value) };
}
