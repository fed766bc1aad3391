// The containerd API as protobufjs reflection objects, built from the precompiled descriptor
// (scripts/gen-protos.mjs), so that nothing parses .proto text at run time.
import protobuf from 'protobufjs/light.js';
import descriptor from './gen/descriptor.json' with { type: 'json' };

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

const toObjectOptions: protobuf.IConversionOptions = {
  longs: Number,
  enums: String,
  defaults: true,
  arrays: true,
  objects: true,
};

let root: protobuf.Root | undefined;
const codecs = new Map<string, Codec<object>>();
const methods = new Map<string, MethodInfo>();

function getRoot(): protobuf.Root {
  root ??= protobuf.Root.fromJSON(descriptor as protobuf.INamespace);
  return root;
}

/** Encoder and decoder for one message type, by full name (`containerd.types.Mount`). */
export function codecFor(typeName: string): Codec<object> {
  let codec = codecs.get(typeName);
  if (codec === undefined) {
    const type = getRoot().lookupType(typeName);
    codec = {
      encode: (value) => {
        const bytes = type.encode(type.fromObject(value)).finish();
        return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      },
      decode: (bytes) => type.toObject(type.decode(bytes), toObjectOptions),
    };
    codecs.set(typeName, codec);
  }
  return codec;
}

/** A method of a service, by the service's full name and the method's name. */
export function methodOf(service: string, name: string): MethodInfo {
  const key = `${service}/${name}`;
  let info = methods.get(key);
  if (info === undefined) {
    const method = getRoot().lookupService(service).methods[name];
    if (method === undefined) throw new Error(`unknown method ${key} in podctl's protos`);
    method.resolve();
    info = {
      path: `/${key}`,
      request: codecFor(method.resolvedRequestType!.fullName.slice(1)),
      response: codecFor(method.resolvedResponseType!.fullName.slice(1)),
    };
    methods.set(key, info);
  }
  return info;
}
