// The containerd API's messages as protobufjs static code (scripts/gen-protos.mjs runs pbjs on
// our own protos): one module per service, holding the messages it reaches and its method
// table. Nothing parses .proto text or generates code at run time, and a command loads the
// codecs of only the services it calls.
export interface Codec<T> {
  encode(value: T): Buffer;
  decode(bytes: Buffer): T;
}

export interface MethodInfo {
  /** gRPC path: `/package.Service/Method`. */
  path: string;
  request: Codec<object>;
  response: Codec<object>;
}

/** What a generated codec module exports. */
export interface CodecModule {
  readonly default: { readonly [name: string]: unknown };
  readonly methods: { readonly [method: string]: readonly [request: string, response: string] };
}

/** A service: its full name and how to load its generated codecs, on first use. */
export interface ServiceRef {
  readonly name: string;
  readonly load: () => Promise<CodecModule>;
}

interface Writer {
  finish(): Uint8Array;
}

/** The static API pbjs generates for a message. */
interface MessageClass {
  encode(message: object): Writer;
  decode(bytes: Uint8Array): object;
  fromObject(object: object): object;
  toObject(message: object, options: object): object;
}

const toObjectOptions = {
  longs: Number,
  enums: String,
  defaults: true,
  arrays: true,
  objects: true,
};

const codecs = new WeakMap<CodecModule, Map<string, Codec<object>>>();
const methods = new Map<string, Promise<MethodInfo>>();

/**
 * `load` imports the service's module dynamically, so that a command evaluates the codecs of
 * only the services it calls (in the CLI's bundle, every import() becomes a lazy require).
 */
export function serviceRef(name: string, load: () => Promise<CodecModule>): ServiceRef {
  return { name, load };
}

function lookupMessage(root: CodecModule['default'], typeName: string): MessageClass | undefined {
  let node: unknown = root;
  for (const part of typeName.split('.')) {
    if (node === null || (typeof node !== 'object' && typeof node !== 'function') || !Object.hasOwn(node, part))
      return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'function' && 'decode' in node ? (node as unknown as MessageClass) : undefined;
}

function codecOf(root: CodecModule['default'], typeName: string): Codec<object> {
  const type = lookupMessage(root, typeName);
  if (type === undefined) throw new Error(`unknown message type ${typeName} in podctl's protos`);
  return {
    encode: (value) => {
      const bytes = type.encode(type.fromObject(value)).finish();
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    },
    decode: (bytes) => type.toObject(type.decode(bytes), toObjectOptions),
  };
}

/** Encoder and decoder for a message of a codec module, by full name (`containerd.events.TaskExit`). */
export function messageCodec(codecModule: CodecModule, typeName: string): Codec<object> {
  let known = codecs.get(codecModule);
  if (known === undefined) codecs.set(codecModule, (known = new Map<string, Codec<object>>()));
  let codec = known.get(typeName);
  if (codec === undefined) {
    codec = codecOf(codecModule.default, typeName);
    known.set(typeName, codec);
  }
  return codec;
}

async function loadMethod(service: ServiceRef, name: string, key: string): Promise<MethodInfo> {
  const codecModule = await service.load();
  const types = Object.hasOwn(codecModule.methods, name) ? codecModule.methods[name] : undefined;
  if (types === undefined) throw new Error(`unknown method ${key} in podctl's protos`);
  return {
    path: `/${key}`,
    request: codecOf(codecModule.default, types[0]),
    response: codecOf(codecModule.default, types[1]),
  };
}

/** A method of a service, by name: its path and codecs. */
export function methodOf(service: ServiceRef, name: string): Promise<MethodInfo> {
  const key = `${service.name}/${name}`;
  let info = methods.get(key);
  if (info === undefined) {
    info = loadMethod(service, name, key);
    methods.set(key, info);
    info.catch(() => methods.delete(key));
  }
  return info;
}
