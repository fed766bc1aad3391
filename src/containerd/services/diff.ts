// The diff service: unpacks layers onto mounts, and writes the difference of two mount sets.
import type { CallOptions, Connection } from '../connection.js';
import { toAnyValue, type AnyValue, type Descriptor, type Mount } from './types.js';
import { serviceRef } from '../proto.js';

export interface DiffOptions {
  /** The layer's media type; containerd's default is a gzip-compressed tar. */
  mediaType?: string;
  /** The ingest ref of the write; containerd picks one when empty. */
  ref?: string;
  /** Labels of the new blob in the content store. */
  labels?: Record<string, string>;
}

const SERVICE = serviceRef('containerd.services.diff.v1.Diff', () => import('../gen/codecs/diff.js'));

const toDescriptor = (d: Descriptor | null): Descriptor => ({
  mediaType: d?.mediaType ?? '',
  digest: d?.digest ?? '',
  size: d?.size ?? 0,
  annotations: { ...d?.annotations },
});

export class DiffService {
  constructor(private readonly conn: Connection) {}

  /**
   * Unpacks the layer blob `layer` onto the mounts (those of a prepared snapshot). Returns the
   * applied, uncompressed layer: its digest is the layer's diff ID.
   */
  async apply(
    layer: Descriptor,
    mounts: Mount[],
    payloads: Record<string, AnyValue> = {},
    options?: CallOptions,
  ): Promise<Descriptor> {
    const res = await this.conn.unary<{ applied: Descriptor | null }>(
      SERVICE,
      'Apply',
      {
        diff: layer,
        mounts,
        payloads: Object.fromEntries(Object.entries(payloads).map(([k, v]) => [k, toAnyValue(v)])),
      },
      options,
    );
    return toDescriptor(res.applied);
  }

  /** Writes the changes from `left` to `right` as a layer blob; returns its descriptor. */
  async diff(left: Mount[], right: Mount[], opts: DiffOptions = {}, options?: CallOptions): Promise<Descriptor> {
    const res = await this.conn.unary<{ diff: Descriptor | null }>(
      SERVICE,
      'Diff',
      { left, right, mediaType: opts.mediaType ?? '', ref: opts.ref ?? '', labels: opts.labels ?? {} },
      options,
    );
    return toDescriptor(res.diff);
  }
}
