// One gRPC channel to containerd over its unix socket. Every call carries the namespace, and
// the lease when there is one; every call has a deadline and can be aborted.
import * as grpc from '@grpc/grpc-js';
import { PodctlError } from '../errors.js';
import { fromGrpcError } from './grpc-errors.js';
import { H2Session, type Payload } from './h2-stream.js';
import { methodOf, type MethodInfo, type ServiceRef } from './proto.js';

import { DEFAULT_ADDRESS, DEFAULT_NAMESPACE } from './defaults.js';

export { DEFAULT_ADDRESS, DEFAULT_NAMESPACE };
const NAMESPACE_HEADER = 'containerd-namespace';
const LEASE_HEADER = 'containerd-lease';
// containerd's own limit for messages it sends and accepts.
const MAX_MESSAGE_BYTES = 16 << 20;
// grpc-js waits 1 s after a failed connect, then 1.6 times longer each time, up to 2 min, and
// fails every call meanwhile: a client that lived through a restart of containerd kept failing
// for seconds after containerd was back. A connect to a local socket costs next to nothing, so
// the channel tries again within a second (containerd's own Go client stops at 3 s).
export const RECONNECT_BACKOFF_MS = { initial: 100, max: 1_000 };

export interface ConnectionOptions {
  /** Socket path, with or without `unix://`. */
  address?: string;
  namespace?: string;
  /** Deadline of unary calls that set none. Streams have none unless given. */
  defaultTimeoutMs?: number;
  /** Receives one line per call: method, status and duration. */
  debug?: (line: string) => void;
}

export interface CallOptions {
  signal?: AbortSignal;
  /** Milliseconds; `Infinity` for none. */
  timeoutMs?: number;
}

/** A bidirectional stream: send requests, read responses as an async iterable. */
export interface BidiCall<Req, Res> extends AsyncIterable<Res> {
  send(request: Req): void;
  end(): void;
  cancel(): void;
}

/** A bidirectional stream whose requests may carry a bulk payload, sent without copies. */
export interface BulkCall<Req, Res> extends AsyncIterable<Res> {
  send(request: Req, payload?: Payload): void;
  cancel(): void;
}

interface Shared {
  client: grpc.Client | undefined;
  /** The second connection, for bulk streams (h2-stream.ts). */
  bulk: H2Session | undefined;
  readonly target: string;
}

/** The absolute deadline of a call that may take `timeoutMs`; none for `Infinity`. */
function deadlineOf(timeoutMs: number): number | undefined {
  return Number.isFinite(timeoutMs) ? Date.now() + timeoutMs : undefined;
}

export class Connection {
  readonly address: string;
  readonly namespace: string;
  readonly lease: string | undefined;
  private readonly shared: Shared;
  private readonly defaultTimeoutMs: number;
  private readonly debug: ((line: string) => void) | undefined;

  constructor(options: ConnectionOptions = {}, shared?: Shared, lease?: string) {
    this.address = (options.address ?? DEFAULT_ADDRESS).replace(/^unix:\/\//, '');
    this.namespace = options.namespace ?? DEFAULT_NAMESPACE;
    this.defaultTimeoutMs = options.defaultTimeoutMs ?? 30_000;
    this.debug = options.debug;
    this.lease = lease;
    this.shared = shared ?? { client: undefined, bulk: undefined, target: `unix://${this.address}` };
  }

  /** The same channel, in another namespace. */
  withNamespace(namespace: string): Connection {
    return new Connection(this.options({ namespace }), this.shared, this.lease);
  }

  /** The same channel; every call carries the lease, so what it creates is held by it. */
  withLease(lease: string | undefined): Connection {
    return new Connection(this.options(), this.shared, lease);
  }

  close(): void {
    this.shared.client?.close();
    this.shared.client = undefined;
    this.shared.bulk?.close();
    this.shared.bulk = undefined;
  }

  async unary<Res extends object>(
    service: ServiceRef,
    name: string,
    request: object,
    options: CallOptions = {},
  ): Promise<Res> {
    const method = await methodOf(service, name);
    const started = process.hrtime.bigint();
    const deadline = deadlineOf(options.timeoutMs ?? this.defaultTimeoutMs);
    return new Promise<Res>((resolve, reject) => {
      const call = this.client().makeUnaryRequest(
        method.path,
        method.request.encode,
        method.response.decode,
        request,
        this.metadata(),
        deadline === undefined ? {} : { deadline },
        (err, response) => {
          options.signal?.removeEventListener('abort', onAbort);
          this.log(method, started, err);
          if (err) reject(this.mapError(err, method, options.signal, deadline));
          else resolve(response as Res);
        },
      );
      const onAbort = () => call.cancel();
      if (options.signal?.aborted) call.cancel();
      else options.signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  /** A server-streaming call as an async iterable; breaking out of the loop cancels it. */
  async *serverStream<Res extends object>(
    service: ServiceRef,
    name: string,
    request: object,
    options: CallOptions = {},
  ): AsyncGenerator<Res> {
    const method = await methodOf(service, name);
    const started = process.hrtime.bigint();
    const deadline = deadlineOf(options.timeoutMs ?? Infinity);
    const call = this.client().makeServerStreamRequest(
      method.path,
      method.request.encode,
      method.response.decode,
      request,
      this.metadata(),
      deadline === undefined ? {} : { deadline },
    );
    yield* this.iterate<Res>(call, method, started, options.signal, deadline);
  }

  async bidi<Req extends object, Res extends object>(
    service: ServiceRef,
    name: string,
    options: CallOptions = {},
  ): Promise<BidiCall<Req, Res>> {
    const method = await methodOf(service, name);
    const started = process.hrtime.bigint();
    const deadline = deadlineOf(options.timeoutMs ?? Infinity);
    const call = this.client().makeBidiStreamRequest(
      method.path,
      method.request.encode,
      method.response.decode,
      this.metadata(),
      deadline === undefined ? {} : { deadline },
    );
    const responses = this.iterate<Res>(call, method, started, options.signal, deadline);
    return {
      send: (request) => void call.write(request),
      end: () => void call.end(),
      cancel: () => call.cancel(),
      [Symbol.asyncIterator]: () => responses,
    };
  }

  /**
   * A bidirectional stream on a connection of its own, outside grpc-js: a request's payload (a
   * bytes field, sent last) goes out as the buffers given, and requests are not held back until
   * the previous one has left the socket. For content writes.
   */
  async bulkBidi<Req extends object, Res extends object>(
    service: ServiceRef,
    name: string,
    options: CallOptions = {},
  ): Promise<BulkCall<Req, Res>> {
    const method = await methodOf(service, name);
    const started = process.hrtime.bigint();
    const timeoutMs = options.timeoutMs ?? Infinity;
    const deadline = deadlineOf(timeoutMs);
    const headers: Record<string, string> = { [NAMESPACE_HEADER]: this.namespace };
    if (this.lease !== undefined) headers[LEASE_HEADER] = this.lease;
    // grpc-timeout takes at most 8 digits.
    if (deadline !== undefined) headers['grpc-timeout'] = `${Math.min(99_999_999, Math.max(1, Math.ceil(timeoutMs)))}m`;
    this.shared.bulk ??= new H2Session(this.address);
    const stream = this.shared.bulk.open(method.path, headers);
    // grpc-js keeps a deadline of its own too: containerd may never answer. (A timer cannot wait
    // longer than 2^31-1 ms; grpc-js takes a deadline that far off as none.)
    const timer =
      deadline === undefined || timeoutMs > 0x7fffffff
        ? undefined
        : setTimeout(() => stream.expire(), timeoutMs).unref();
    const decoded = async function* (): AsyncGenerator<Res> {
      try {
        for await (const message of stream) yield method.response.decode(message) as Res;
      } finally {
        clearTimeout(timer);
      }
    };
    const responses = this.iterate<Res>(
      { cancel: () => stream.cancel(), [Symbol.asyncIterator]: decoded },
      method,
      started,
      options.signal,
      deadline,
    );
    return {
      send: (request, payload) => stream.send(method.request.encode(request), payload),
      cancel: () => stream.cancel(),
      [Symbol.asyncIterator]: () => responses,
    };
  }

  private async *iterate<Res>(
    call: { cancel(): void } & AsyncIterable<unknown>,
    method: MethodInfo,
    started: bigint,
    signal: AbortSignal | undefined,
    deadline: number | undefined,
  ): AsyncGenerator<Res> {
    const onAbort = () => call.cancel();
    if (signal?.aborted) call.cancel();
    else signal?.addEventListener('abort', onAbort, { once: true });
    let failure: unknown;
    try {
      for await (const message of call) yield message as Res;
    } catch (err) {
      failure = err;
      throw this.mapError(err, method, signal, deadline);
    } finally {
      signal?.removeEventListener('abort', onAbort);
      // Ends the call when the consumer stops early; a no-op when it has finished.
      call.cancel();
      this.log(method, started, failure);
    }
  }

  private client(): grpc.Client {
    this.shared.client ??= new grpc.Client(this.shared.target, grpc.credentials.createInsecure(), {
      'grpc.max_receive_message_length': MAX_MESSAGE_BYTES,
      'grpc.max_send_message_length': MAX_MESSAGE_BYTES,
      'grpc.default_authority': 'localhost',
      'grpc.enable_channelz': 0,
      'grpc.enable_retries': 0,
      'grpc.initial_reconnect_backoff_ms': RECONNECT_BACKOFF_MS.initial,
      'grpc.max_reconnect_backoff_ms': RECONNECT_BACKOFF_MS.max,
    });
    return this.shared.client;
  }

  private metadata(): grpc.Metadata {
    const metadata = new grpc.Metadata();
    metadata.set(NAMESPACE_HEADER, this.namespace);
    if (this.lease !== undefined) metadata.set(LEASE_HEADER, this.lease);
    return metadata;
  }

  private mapError(
    err: unknown,
    method: MethodInfo,
    signal: AbortSignal | undefined,
    deadline: number | undefined,
  ): PodctlError {
    if (signal?.aborted) {
      return new PodctlError('canceled', `${method.path.slice(1)}: canceled`, { cause: signal.reason ?? err });
    }
    // containerd may answer first with its own error (Unknown "context deadline exceeded").
    if (deadline !== undefined && Date.now() >= deadline) {
      return new PodctlError('deadline-exceeded', `${method.path.slice(1)}: deadline exceeded`, { cause: err });
    }
    return fromGrpcError(err, this.address, method.path.slice(method.path.lastIndexOf('.') + 1));
  }

  private log(method: MethodInfo, started: bigint, err: unknown): void {
    if (this.debug === undefined) return;
    const ms = (Number(process.hrtime.bigint() - started) / 1e6).toFixed(1);
    const status = err === undefined || err === null ? 'OK' : `error ${(err as { code?: number }).code ?? ''}`.trim();
    this.debug(`grpc ${method.path} ns=${this.namespace}${this.lease ? ` lease=${this.lease}` : ''} ${status} ${ms}ms`);
  }

  private options(override: Partial<ConnectionOptions> = {}): ConnectionOptions {
    return {
      address: this.address,
      namespace: this.namespace,
      defaultTimeoutMs: this.defaultTimeoutMs,
      ...(this.debug ? { debug: this.debug } : {}),
      ...override,
    };
  }
}
