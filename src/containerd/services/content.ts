// The content store: blobs by digest, and ingests (writes in progress) by ref.
import { setTimeout as sleep } from 'node:timers/promises';
import { PodctlError, isAlreadyExists, isFailedPrecondition, isNotFound, isUnavailable } from '../../errors.js';
import type { CallOptions, Connection } from '../connection.js';
import { toDate, type RawTimestamp } from './types.js';
import { serviceRef } from '../proto.js';

export interface ContentInfo {
  digest: string;
  size: number;
  labels: Record<string, string>;
  createdAt: Date | undefined;
  updatedAt: Date | undefined;
}

/** An ingest: a write under a ref that has not been committed. */
export interface IngestStatus {
  ref: string;
  offset: number;
  total: number;
  expected: string;
  startedAt: Date | undefined;
  updatedAt: Date | undefined;
}

export interface WriteProgress {
  offset: number;
  total: number;
  /** The digest of what was written so far; the blob's digest after a commit. */
  digest: string;
  startedAt: Date | undefined;
  updatedAt: Date | undefined;
}

/** One Write session. It holds the ref's lock until it is closed or committed. */
export interface ContentWriter {
  readonly ref: string;
  /** Bytes written so far, as containerd last reported. */
  readonly offset: number;
  stat(): Promise<WriteProgress>;
  /** Appends at `offset` (default: the current one); offset 0 over earlier data starts over. */
  write(data: Uint8Array, offset?: number): Promise<WriteProgress>;
  /** Commits what was written; fails with failed-precondition when size or digest differ. */
  commit(size: number, expected: string, labels?: Record<string, string>): Promise<WriteProgress>;
  /**
   * Writes the chunks from `offset` on and commits them, without waiting for each answer before
   * sending the next chunk (a few MiB in flight at most): containerd answers them in order.
   */
  writeAll(
    chunks: AsyncIterable<readonly Uint8Array[]>,
    offset: number,
    commit: { size: number; expected: string; labels?: Labels },
  ): Promise<WriteProgress>;
  close(): void;
}

/** Labels for a commit: a promise when they are known only by the time the data is in. */
export type Labels = Record<string, string> | Promise<Record<string, string>>;

export interface BlobOptions {
  expected: string;
  /** The blob's size; defaults to the buffer's length, unknown (0) for a stream. */
  size?: number;
  labels?: Labels;
}

/** The largest WRITE message podctl sends. */
export const MAX_WRITE_CHUNK = 1 << 20;
/** WRITE messages sent before the first of them is answered. */
const WRITES_IN_FLIGHT = 4;
/** Waits between tries while another writer holds the ref (containerd says unavailable). */
const LOCKED_RETRY_MS = [100, 200, 400, 800, 1000, 1000, 1000, 1000, 1000, 1000];
const SERVICE = serviceRef('containerd.services.content.v1.Content', () => import('../gen/codecs/content.js'));

/** A record as decoded: its Date fields as raw Timestamps. */
type Raw<T> = { [K in keyof T]: T[K] extends Date | undefined ? RawTimestamp | null : T[K] };

// Each record has exactly its message's fields, so the decoded object can be spread.
const toInfo = (r: Raw<ContentInfo>): ContentInfo => ({
  ...r,
  labels: { ...r.labels },
  createdAt: toDate(r.createdAt),
  updatedAt: toDate(r.updatedAt),
});
const toStatus = (r: Raw<IngestStatus>): IngestStatus => ({
  ...r,
  startedAt: toDate(r.startedAt),
  updatedAt: toDate(r.updatedAt),
});
const toProgress = (r: Raw<WriteProgress>): WriteProgress => ({
  offset: r.offset,
  total: r.total,
  digest: r.digest,
  startedAt: toDate(r.startedAt),
  updatedAt: toDate(r.updatedAt),
});

/**
 * The source in chunks of exactly `max` bytes but the last, after dropping its first `skip`
 * bytes. A chunk is the source's own pieces (or parts of them), not a copy: they go out as a
 * WRITE's data as they are.
 */
export async function* chunked(
  source: AsyncIterable<Uint8Array> | Uint8Array,
  max: number,
  skip = 0,
): AsyncGenerator<Buffer[]> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let toSkip = skip;
  for await (const piece of source instanceof Uint8Array ? [source] : source) {
    let buf = Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
    const skipped = Math.min(toSkip, buf.length);
    buf = buf.subarray(skipped);
    toSkip -= skipped;
    while (buf.length > 0) {
      const take = Math.min(max - pendingBytes, buf.length);
      pending.push(buf.subarray(0, take));
      pendingBytes += take;
      buf = buf.subarray(take);
      if (pendingBytes === max) {
        yield pending;
        pending = [];
        pendingBytes = 0;
      }
    }
  }
  if (pendingBytes > 0) yield pending;
}

/** WriteContentRequest's `data` field. */
const DATA_FIELD = 6;

export class ContentService {
  constructor(private readonly conn: Connection) {}

  async info(digest: string, options?: CallOptions): Promise<ContentInfo> {
    return toInfo((await this.conn.unary<{ info: Raw<ContentInfo> }>(SERVICE, 'Info', { digest }, options)).info);
  }

  /** Changes the named fields (`labels`, `labels.<key>`); with none named, the labels. */
  /** Whether containerd holds the blob. */
  async exists(digest: string, options?: CallOptions): Promise<boolean> {
    try {
      await this.info(digest, options);
      return true;
    } catch (err) {
      if (isNotFound(err)) return false;
      throw err;
    }
  }

  async update(
    info: { digest: string; labels: Record<string, string> },
    fields: string[] = [],
    options?: CallOptions,
  ): Promise<ContentInfo> {
    const res = await this.conn.unary<{ info: Raw<ContentInfo> }>(
      SERVICE,
      'Update',
      { info, updateMask: { paths: fields } },
      options,
    );
    return toInfo(res.info);
  }

  async *list(filters: string[] = [], options?: CallOptions): AsyncGenerator<ContentInfo> {
    for await (const res of this.conn.serverStream<{ info: Raw<ContentInfo>[] }>(SERVICE, 'List', { filters }, options))
      yield* res.info.map(toInfo);
  }

  async delete(digest: string, options?: CallOptions): Promise<void> {
    await this.conn.unary(SERVICE, 'Delete', { digest }, options);
  }

  /** The blob's bytes from `offset`, `size` of them (0: to the end), in the chunks containerd sends. */
  async *read(
    digest: string,
    range: { offset?: number; size?: number } = {},
    options?: CallOptions,
  ): AsyncGenerator<Buffer> {
    const request = { digest, offset: range.offset ?? 0, size: range.size ?? 0 };
    for await (const res of this.conn.serverStream<{ data: Uint8Array }>(SERVICE, 'Read', request, options)) {
      yield Buffer.from(res.data.buffer, res.data.byteOffset, res.data.byteLength);
    }
  }

  async status(ref: string, options?: CallOptions): Promise<IngestStatus> {
    return toStatus((await this.conn.unary<{ status: Raw<IngestStatus> }>(SERVICE, 'Status', { ref }, options)).status);
  }

  async listStatuses(filters: string[] = [], options?: CallOptions): Promise<IngestStatus[]> {
    const res = await this.conn.unary<{ statuses: Raw<IngestStatus>[] }>(SERVICE, 'ListStatuses', { filters }, options);
    return res.statuses.map(toStatus);
  }

  /** Drops an ingest and its data. */
  async abort(ref: string, options?: CallOptions): Promise<void> {
    await this.conn.unary(SERVICE, 'Abort', { ref }, options);
  }

  /**
   * Opens a Write session: stat, write and commit each send one request and wait for its
   * response; writeAll sends its chunks without waiting for each answer. The first request
   * carries `total` and `expected`; containerd fails it with already-exists when it has the blob.
   */
  async writer(
    ref: string,
    declared: { total?: number; expected?: string; labels?: Record<string, string> } = {},
    options?: CallOptions,
  ): Promise<ContentWriter> {
    const call = await this.conn.bulkBidi<object, Raw<WriteProgress>>(SERVICE, 'Write', options);
    const responses = call[Symbol.asyncIterator]();
    let first = true;
    let offset = 0;
    const send = (request: object, data?: readonly Uint8Array[]): void => {
      call.send(
        { ref, ...(first && { total: declared.total ?? 0, expected: declared.expected ?? '' }), ...request },
        data && { field: DATA_FIELD, pieces: data },
      );
      first = false;
    };
    const answer = async (): Promise<WriteProgress> => {
      const next = await responses.next();
      if (next.done) throw new PodctlError('unavailable', `content write ${ref}: containerd ended the session`);
      offset = next.value.offset;
      return toProgress(next.value);
    };
    const exchange = (request: object): Promise<WriteProgress> => {
      send(request);
      return answer();
    };
    const close = () => {
      call.cancel();
      void responses.return?.(undefined).catch(() => undefined);
    };
    return {
      ref,
      get offset() {
        return offset;
      },
      stat: () => exchange({ action: 'STAT' }),
      write: (data, at = offset) => {
        send({ action: 'WRITE', offset: at }, [data]);
        return answer();
      },
      commit: async (size, expected, labels = declared.labels ?? {}) => {
        try {
          return await exchange({ action: 'COMMIT', offset, total: size, expected, labels });
        } finally {
          close();
        }
      },
      writeAll: async (chunks, at, { size, expected, labels = declared.labels ?? {} }) => {
        try {
          let position = at;
          let waiting = 0;
          for await (const data of chunks) {
            send({ action: 'WRITE', offset: position }, data);
            for (const piece of data) position += piece.byteLength;
            if (++waiting >= WRITES_IN_FLIGHT) {
              await answer();
              waiting--;
            }
          }
          send({ action: 'COMMIT', offset: position, total: size, expected, labels: await labels });
          for (; waiting > 0; waiting--) await answer();
          return await answer();
        } finally {
          close();
        }
      },
      close,
    };
  }

  /**
   * Writes a blob unless containerd has it: waits for another writer of the same ref, resumes
   * what an earlier write left, streams chunks of at most 1 MiB and commits against the expected
   * digest. A commit that fails on size or digest drops the ingest, so the next try starts over.
   * True when this call committed the blob; false when containerd had it (from another writer).
   */
  async writeBlob(
    ref: string,
    source: AsyncIterable<Uint8Array> | Uint8Array,
    blob: BlobOptions,
    options?: CallOptions,
  ): Promise<boolean> {
    const size = blob.size ?? (source instanceof Uint8Array ? source.byteLength : 0);
    const declared = { total: size, expected: blob.expected, labels: blob.labels ?? {} };
    const opened = await this.openWriter(ref, declared, options);
    if (opened === undefined) return false;
    const { writer, offset } = opened;
    try {
      // More than the blob holds cannot be a prefix of it: start over.
      const resumeAt = size > 0 && offset > size ? 0 : offset;
      await writer.writeAll(chunked(source, MAX_WRITE_CHUNK, resumeAt), resumeAt, {
        size,
        expected: blob.expected,
        labels: declared.labels,
      });
      return true;
    } catch (err) {
      if (isAlreadyExists(err)) return false;
      if (isFailedPrecondition(err)) await this.abort(ref).catch(() => undefined);
      throw err;
    } finally {
      writer.close();
    }
  }

  /** A writer holding the ref, and what it holds already; undefined when containerd has the blob. */
  private async openWriter(ref: string, declared: { total: number; expected: string }, options?: CallOptions) {
    for (let attempt = 0; ; attempt++) {
      const writer = await this.writer(ref, declared, options);
      try {
        return { writer, offset: (await writer.stat()).offset };
      } catch (err) {
        writer.close();
        if (isAlreadyExists(err)) return undefined;
        const delay = LOCKED_RETRY_MS[attempt];
        if (!isUnavailable(err) || delay === undefined) throw err;
        await sleep(delay, undefined, { signal: options?.signal }).catch((cause: unknown) => {
          throw new PodctlError('canceled', `content write ${ref}: canceled`, { cause });
        });
      }
    }
  }
}
