// containerd carries OCI specs as google.protobuf.Any holding the spec's JSON bytes, under the
// runtime-spec type URL (containerd's typeurl registration of specs.Spec).
import type { AnyValue } from './services/types.js';

export const SPEC_TYPE_URL = 'types.containerd.io/opencontainers/runtime-spec/1/Spec';
export const PROCESS_TYPE_URL = 'types.containerd.io/opencontainers/runtime-spec/1/Process';

export function encodeJsonAny(typeUrl: string, value: unknown): AnyValue {
  return { typeUrl, value: Buffer.from(JSON.stringify(value)) };
}

export function encodeSpec(spec: object): AnyValue {
  return encodeJsonAny(SPEC_TYPE_URL, spec);
}

/** The JSON held by an Any; fails when the type URL is not the expected one. */
export function decodeJsonAny(any: AnyValue | null | undefined, typeUrl: string): unknown {
  if (!any || any.value.length === 0) return undefined;
  if (any.typeUrl !== typeUrl) throw new Error(`expected ${typeUrl}, got ${any.typeUrl}`);
  return JSON.parse(any.value.toString('utf8'));
}
