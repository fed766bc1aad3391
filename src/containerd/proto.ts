// The containerd API as protobufjs reflection objects, built from the precompiled descriptors
// (scripts/gen-protos.mjs), so that nothing parses .proto text at run time. A method is built
// from its service's own small descriptor: a command pays only for the services it calls.
import protobuf from 'protobufjs/light.js';
import descriptor from './gen/descriptor.json' with { type: 'json' };
import serviceDescriptors from './gen/services.json' with { type: 'json' };

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

let fullRoot: protobuf.Root | undefined;
const serviceRoots = new Map<string, protobuf.Root>();
const codecs = new Map<string, Codec<object>>();
const methods = new Map<string, MethodInfo>();

function makeCodec(type: protobuf.Type): Codec<object> {
  return {
    encode: (value) => {
      const bytes = type.encode(type.fromObject(value)).finish();
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    },
    decode: (bytes) => type.toObject(type.decode(bytes), toObjectOptions),
  };
}

/** Encoder and decoder for any message type, by full name (`containerd.events.TaskExit`). */
export function codecFor(typeName: string): Codec<object> {
  let codec = codecs.get(typeName);
  if (codec === undefined) {
    fullRoot ??= protobuf.Root.fromJSON(descriptor as protobuf.INamespace);
    codec = makeCodec(fullRoot.lookupType(typeName));
    codecs.set(typeName, codec);
  }
  return codec;
}

function serviceRoot(service: string): protobuf.Root {
  let root = serviceRoots.get(service);
  if (root === undefined) {
    const json = (serviceDescriptors as Record<string, protobuf.INamespace | undefined>)[service];
    if (json === undefined) throw new Error(`unknown service ${service} in podctl's protos`);
    root = protobuf.Root.fromJSON(json);
    serviceRoots.set(service, root);
  }
  return root;
}

/** A method of a service, by the service's full name and the method's name. */
export function methodOf(service: string, name: string): MethodInfo {
  const key = `${service}/${name}`;
  let info = methods.get(key);
  if (info === undefined) {
    const method = serviceRoot(service).lookupService(service).methods[name];
    if (method === undefined) throw new Error(`unknown method ${key} in podctl's protos`);
    method.resolve();
    info = {
      path: `/${key}`,
      request: makeCodec(method.resolvedRequestType!),
      response: makeCodec(method.resolvedResponseType!),
    };
    methods.set(key, info);
  }
  return info;
}
