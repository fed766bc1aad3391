// A gRPC bidirectional stream spoken over node:http2 directly, for bulk content writes only.
// grpc-js takes each request as one encoded Buffer and copies it again to frame it, and sends a
// message only once the one before it has left the socket; for a blob that is every byte
// copied twice and one flow-control wait per MiB (measured: a 3.4 MiB layer took 58-75 ms to
// write through grpc-js, 37-45 ms this way). Here a request is its encoded fields followed by
// one bytes field whose contents go out as the Buffers they arrived in, unchanged.
// Framing: https://github.com/grpc/grpc/blob/master/doc/PROTOCOL-HTTP2.md
import * as http2 from 'node:http2';
import * as net from 'node:net';

/** What a failed stream reports, in grpc-js's shape, so that fromGrpcError maps it alike. */
export class StreamStatusError extends Error {
  constructor(
    readonly code: number,
    readonly details: string,
  ) {
    super(`${code} ${details}`);
  }
}

/** A bytes field of a request, sent after its other fields as the pieces given. */
export interface Payload {
  field: number;
  pieces: readonly Uint8Array[];
}

export interface FramedStream extends AsyncIterable<Buffer> {
  /** Sends one message: `fields` (an encoded message without the payload's field), then the payload. */
  send(fields: Uint8Array, payload?: Payload): void;
  cancel(): void;
  /** Ends the call as its deadline passing does. */
  expire(): void;
}

// gRPC status codes.
const CANCELLED = 1;
const DEADLINE_EXCEEDED = 4;
const PERMISSION_DENIED = 7;
const RESOURCE_EXHAUSTED = 8;
const INTERNAL = 13;
const UNAVAILABLE = 14;

function varint(value: number): number[] {
  const out: number[] = [];
  let v = value;
  while (v > 127) {
    out.push((v % 128) | 128);
    v = Math.floor(v / 128);
  }
  out.push(v);
  return out;
}

/** The 5-byte gRPC message prefix and the fields, then the payload's tag and length. */
export function messageHead(fields: Uint8Array, payload?: { field: number; length: number }): Buffer {
  const tail = payload === undefined ? [] : [...varint((payload.field << 3) | 2), ...varint(payload.length)];
  const head = Buffer.allocUnsafe(5 + fields.byteLength + tail.length);
  head[0] = 0;
  head.writeUInt32BE(fields.byteLength + tail.length + (payload?.length ?? 0), 1);
  head.set(fields, 5);
  head.set(tail, 5 + fields.byteLength);
  return head;
}

/** Splits a byte stream into gRPC messages. */
export class MessageReader {
  #pending: Buffer = Buffer.alloc(0);

  push(chunk: Buffer): Buffer[] {
    let rest = this.#pending.length === 0 ? chunk : Buffer.concat([this.#pending, chunk]);
    const out: Buffer[] = [];
    while (rest.length >= 5) {
      if (rest[0] !== 0) throw new StreamStatusError(INTERNAL, 'compressed message from containerd');
      const end = 5 + rest.readUInt32BE(1);
      if (rest.length < end) break;
      out.push(rest.subarray(5, end));
      rest = rest.subarray(end);
    }
    this.#pending = rest;
    return out;
  }
}

/** An HTTP/2 session and what its streams need to know of it. */
interface SessionState {
  readonly session: http2.ClientHttp2Session;
  /** The session's own error (a failed connect), which every stream on it reports. */
  error: Error | undefined;
  /** Streams open on it: the session holds the process open while there are any. */
  open: number;
}

// HTTP/2 reset codes as grpc-js reports them when a stream ends without a gRPC status.
const statusOfReset: Record<number, number> = {
  [http2.constants.NGHTTP2_REFUSED_STREAM]: UNAVAILABLE,
  [http2.constants.NGHTTP2_CANCEL]: CANCELLED,
  [http2.constants.NGHTTP2_ENHANCE_YOUR_CALM]: RESOURCE_EXHAUSTED,
  [http2.constants.NGHTTP2_INADEQUATE_SECURITY]: PERMISSION_DENIED,
};

/** One HTTP/2 connection to a unix socket, held open only while a stream uses it. */
export class H2Session {
  #current: SessionState | undefined;

  constructor(readonly socketPath: string) {}

  private state(): SessionState {
    const current = this.#current;
    if (current !== undefined && !current.session.closed && !current.session.destroyed) return current;
    const session = http2.connect('http://localhost', {
      createConnection: () => net.connect(this.socketPath),
      // Node.js refuses new streams while the data queued on the session passes this many MiB
      // (default 10): several writes of a few MiB in flight each must leave room for another.
      maxSessionMemory: 64,
    });
    const state: SessionState = { session, error: undefined, open: 0 };
    session.on('error', (err: Error) => {
      state.error = err;
    });
    session.once('close', () => {
      if (this.#current === state) this.#current = undefined;
    });
    // Held open by its streams only (see open()).
    session.unref();
    this.#current = state;
    return state;
  }

  close(): void {
    this.#current?.session.close();
    this.#current = undefined;
  }

  /** Opens a call of `path` with these headers (namespace, lease, timeout). */
  open(path: string, headers: Record<string, string>): FramedStream {
    const state = this.state();
    const { session } = state;
    const stream = session.request({
      ':method': 'POST',
      ':path': path,
      'content-type': 'application/grpc',
      te: 'trailers',
      ...headers,
    });
    if (state.open++ === 0) session.ref();
    const reader = new MessageReader();
    const queue: Buffer[] = [];
    let status: { code: number; details: string } | undefined;
    let failure: Error | undefined;
    let finished = false;
    let ended: 'canceled' | 'expired' | undefined;
    let wake: (() => void) | undefined;
    const notify = () => {
      wake?.();
      wake = undefined;
    };
    const takeStatus = (h: http2.IncomingHttpHeaders) => {
      const code = h['grpc-status'];
      if (code === undefined) return;
      let details = String(h['grpc-message'] ?? '');
      try {
        details = decodeURIComponent(details);
      } catch {
        // Not percent-encoded after all: keep it as sent.
      }
      status = { code: Number(code), details };
    };
    stream.on('response', (h) => {
      if (h[':status'] !== 200) status ??= { code: UNAVAILABLE, details: `containerd answered HTTP ${h[':status']}` };
      takeStatus(h);
    });
    stream.on('trailers', takeStatus);
    stream.on('data', (chunk: Buffer) => {
      try {
        queue.push(...reader.push(chunk));
      } catch (err) {
        failure = err as Error;
        stream.close(http2.constants.NGHTTP2_CANCEL);
      }
      notify();
    });
    // containerd's half ends with its status: the call is over, whether or not ours is.
    stream.on('end', () => {
      if (status === undefined) return;
      finished = true;
      notify();
      if (!stream.closed) stream.close(http2.constants.NGHTTP2_NO_ERROR);
    });
    stream.on('error', (err: Error) => {
      failure ??= err;
    });
    stream.once('close', () => {
      finished = true;
      if (--state.open === 0 && !session.destroyed) session.unref();
      notify();
    });
    const outcome = (): Error | undefined => {
      if (ended === 'canceled') return new StreamStatusError(CANCELLED, 'Cancelled on client');
      if (ended === 'expired') return new StreamStatusError(DEADLINE_EXCEEDED, 'Deadline exceeded');
      if (status !== undefined)
        return status.code === 0 ? undefined : new StreamStatusError(status.code, status.details);
      if (failure instanceof StreamStatusError) return failure;
      // Worded as grpc-js words a failed connect, which fromGrpcError recognizes.
      if (state.error !== undefined)
        return new StreamStatusError(UNAVAILABLE, `No connection established. Last error: ${state.error.message}`);
      const reset = stream.rstCode;
      const detail = failure ? failure.message : `stream closed without a status (HTTP/2 code ${reset ?? 'none'})`;
      return new StreamStatusError(reset === undefined ? INTERNAL : (statusOfReset[reset] ?? INTERNAL), detail);
    };
    const stop = (why: 'canceled' | 'expired') => {
      if (finished) return;
      // After containerd's status, this only releases our half of the stream.
      if (status === undefined) ended = why;
      stream.close(status === undefined ? http2.constants.NGHTTP2_CANCEL : http2.constants.NGHTTP2_NO_ERROR);
    };
    return {
      send(fields, payload) {
        if (stream.closed || stream.destroyed) return;
        const length = payload?.pieces.reduce((n, p) => n + p.byteLength, 0) ?? 0;
        stream.cork();
        stream.write(messageHead(fields, payload && { field: payload.field, length }));
        for (const piece of payload?.pieces ?? []) stream.write(piece);
        stream.uncork();
      },
      cancel: () => stop('canceled'),
      expire: () => stop('expired'),
      async *[Symbol.asyncIterator]() {
        for (;;) {
          if (queue.length > 0) {
            yield queue.shift()!;
            continue;
          }
          if (finished) {
            const err = outcome();
            if (err) throw err;
            return;
          }
          await new Promise<void>((resolve) => {
            wake = resolve;
          });
        }
      },
    };
  }
}
