// Checks podctl's protos against upstream containerd's: for everything we declare, upstream must
// declare the same thing with the same wire shape. Upstream may declare more.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import protobuf from 'protobufjs';

/** Where Debian's golang-github-containerd-containerd-dev puts containerd's API protos. */
export const UPSTREAM_API_DIR = '/usr/share/gocode/src/github.com/containerd/containerd/api';

/**
 * Where Debian's golang-github-containerd-cgroups-dev puts the cgroup metric protos that the
 * runc shim's Tasks.Metrics data holds: stats/v1 and v2/stats (cgroups 1.x), or cgroup1/stats
 * and cgroup2/stats (cgroups v3).
 */
export const UPSTREAM_CGROUPS_DIR = '/usr/share/gocode/src/github.com/containerd/cgroups';

/** podctl's protos/ directory. */
export const OUR_PROTOS_DIR = fileURLToPath(new URL('../../protos/', import.meta.url));

type ImportResolver = (origin: string, target: string) => string;

function listProtoFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.proto'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

function loadFiles(files: string[], resolveImport: ImportResolver): protobuf.Root {
  const root = new protobuf.Root();
  // protobufjs serves google/protobuf/{any,empty,timestamp,...}.proto itself, before asking this.
  root.resolvePath = (origin, target) => (path.isAbsolute(target) ? target : resolveImport(origin, target));
  return root.loadSync(files);
}

/** podctl's protos, parsed from .proto text as scripts/gen-protos.mjs parses them. */
export function loadOurRoot(dir: string = OUR_PROTOS_DIR): protobuf.Root {
  return loadFiles(listProtoFiles(dir), (_origin, target) => path.join(dir, target));
}

/** The cgroup metric protos under a cgroups checkout: the stats directories' metrics.proto. */
export function cgroupsMetricProtos(cgroupsDir: string): string[] {
  return listProtoFiles(cgroupsDir).filter((file) => /(^|\/)stats(\/v1)?\/metrics\.proto$/.test(file));
}

/**
 * Upstream containerd's API protos (`apiDir` is containerd's `api` directory) and the cgroup
 * metric protos (`cgroupsDir`), with their Go-style imports mapped to Debian's gocode tree;
 * `gogoDir` holds gogo's `protobuf` and `googleapis`. Throws when the protos are not installed.
 */
export function loadUpstreamRoot(
  apiDir: string = UPSTREAM_API_DIR,
  gogoDir: string = path.resolve(apiDir, '../../../gogo'),
  cgroupsDir: string = UPSTREAM_CGROUPS_DIR,
): protobuf.Root {
  if (!existsSync(apiDir)) {
    throw new Error(
      `containerd's API protos are missing at ${apiDir}: install the Debian package ` +
        'golang-github-containerd-containerd-dev (scripts/prepare-host.sh installs it)',
    );
  }
  const cgroupsProtos = existsSync(cgroupsDir) ? cgroupsMetricProtos(cgroupsDir) : [];
  if (cgroupsProtos.length === 0) {
    throw new Error(
      `the cgroup metric protos are missing under ${cgroupsDir}: install the Debian package ` +
        'golang-github-containerd-cgroups-dev (scripts/prepare-host.sh installs it)',
    );
  }
  const prefixes: Array<[string, string]> = [
    ['github.com/containerd/containerd/', path.dirname(apiDir)],
    ['github.com/gogo/', gogoDir],
    ['gogoproto/', path.join(gogoDir, 'protobuf', 'gogoproto')],
    ['google/protobuf/', path.join(gogoDir, 'protobuf', 'protobuf', 'google', 'protobuf')],
    ['google/rpc/', path.join(gogoDir, 'googleapis', 'google', 'rpc')],
  ];
  return loadFiles([...listProtoFiles(apiDir), ...cgroupsProtos], (origin, target) => {
    for (const [prefix, dir] of prefixes) {
      if (target.startsWith(prefix)) return path.join(dir, target.slice(prefix.length));
    }
    return path.join(path.dirname(origin), target);
  });
}

const nameOf = (object: protobuf.ReflectionObject): string => object.fullName.replace(/^\./, '');

function kindOf(object: protobuf.ReflectionObject | null): string {
  if (object instanceof protobuf.Type) return 'message';
  if (object instanceof protobuf.Service) return 'service';
  if (object instanceof protobuf.Enum) return 'enum';
  if (object instanceof protobuf.Namespace) return 'package';
  if (object instanceof protobuf.Field) return 'extension';
  return 'other';
}

function differ(subject: string, what: string, ours: unknown, upstream: unknown): string[] {
  return ours === upstream ? [] : [`${subject}: ${what}: ours ${ours}, upstream ${upstream}`];
}

const protoName = (field: protobuf.FieldBase): string => field.protoName ?? field.name;

function typeName(field: protobuf.FieldBase): string {
  field.resolve();
  return field.resolvedType === null ? field.type : nameOf(field.resolvedType);
}

function label(field: protobuf.FieldBase): string {
  if (field.map) return 'map';
  if (field.repeated) return 'repeated';
  if (field.rule === 'required') return 'required';
  return field.options?.['proto3_optional'] === true ? 'optional' : 'singular';
}

function compareField(subject: string, ours: protobuf.FieldBase, theirs: protobuf.FieldBase) {
  const diffs = [
    ...differ(subject, 'id', ours.id, theirs.id),
    ...differ(subject, 'type', typeName(ours), typeName(theirs)),
    ...differ(subject, 'label', label(ours), label(theirs)),
  ];
  if (ours instanceof protobuf.MapField && theirs instanceof protobuf.MapField) {
    diffs.push(...differ(subject, 'map key type', ours.keyType, theirs.keyType));
  }
  return diffs;
}

function compareFields(ours: protobuf.Type, theirs: protobuf.Type): string[] {
  const byName = new Map(theirs.fieldsArray.map((field) => [protoName(field), field]));
  return ours.fieldsArray.flatMap((field) => {
    const subject = `field ${nameOf(ours)}.${protoName(field)}`;
    const match = byName.get(protoName(field));
    if (match !== undefined) return compareField(subject, field, match);
    const sameId = theirs.fieldsArray.find((other) => other.id === field.id);
    const hint = sameId === undefined ? '' : `; upstream uses id ${field.id} for ${protoName(sameId)}`;
    return [`${subject}: missing upstream${hint}`];
  });
}

function compareOneofs(ours: protobuf.Type, theirs: protobuf.Type): string[] {
  return ours.oneofsArray.flatMap((oneof) => {
    const subject = `oneof ${nameOf(ours)}.${oneof.name}`;
    const match = theirs.oneofs?.[oneof.name];
    if (match === undefined) return [`${subject}: missing upstream`];
    const members = (o: protobuf.OneOf) => o.fieldsArray.map(protoName).sort().join(', ');
    return differ(subject, 'fields', `[${members(oneof)}]`, `[${members(match)}]`);
  });
}

function compareMethods(ours: protobuf.Service, theirs: protobuf.Service): string[] {
  return ours.methodsArray.flatMap((method) => {
    const subject = `method ${nameOf(method)}`;
    const match = theirs.methods[method.name];
    if (match === undefined) return [`${subject}: missing upstream`];
    const shape = (m: protobuf.Method) => {
      m.resolve();
      return {
        request: m.resolvedRequestType === null ? m.requestType : nameOf(m.resolvedRequestType),
        response: m.resolvedResponseType === null ? m.responseType : nameOf(m.resolvedResponseType),
        requestStream: m.requestStream === true,
        responseStream: m.responseStream === true,
      };
    };
    const [a, b] = [shape(method), shape(match)];
    return [
      ...differ(subject, 'request type', a.request, b.request),
      ...differ(subject, 'response type', a.response, b.response),
      ...differ(subject, 'request stream', a.requestStream, b.requestStream),
      ...differ(subject, 'response stream', a.responseStream, b.responseStream),
    ];
  });
}

function compareEnums(ours: protobuf.Enum, theirs: protobuf.Enum): string[] {
  return Object.entries(ours.values).flatMap(([name, number]) => {
    const subject = `enum value ${nameOf(ours)}.${name}`;
    const match = theirs.values[name];
    if (match !== undefined) return differ(subject, 'number', number, match);
    const sameNumber = theirs.valuesById[number];
    const hint = sameNumber === undefined ? '' : `; upstream uses ${number} for ${sameNumber}`;
    return [`${subject}: missing upstream${hint}`];
  });
}

function compareObject(ours: protobuf.ReflectionObject, upstream: protobuf.Root): string[] {
  const kind = kindOf(ours);
  const subject = `${kind} ${nameOf(ours)}`;
  const theirs = upstream.lookup(ours.fullName);
  if (theirs === null) return [`${subject}: missing upstream`];
  if (kindOf(theirs) !== kind) return [`${subject}: upstream declares a ${kindOf(theirs)}`];
  if (ours instanceof protobuf.Type && theirs instanceof protobuf.Type) {
    return [...compareFields(ours, theirs), ...compareOneofs(ours, theirs), ...compareNested(ours, upstream)];
  }
  if (ours instanceof protobuf.Service && theirs instanceof protobuf.Service) {
    return compareMethods(ours, theirs);
  }
  if (ours instanceof protobuf.Enum && theirs instanceof protobuf.Enum) {
    return compareEnums(ours, theirs);
  }
  if (ours instanceof protobuf.Namespace) return compareNested(ours, upstream);
  return [`${subject}: podctl's protos should declare only packages, messages, enums and services`];
}

function compareNested(ours: protobuf.NamespaceBase, upstream: protobuf.Root): string[] {
  return ours.nestedArray.flatMap((object) => compareObject(object, upstream));
}

/**
 * Every way in which `ours` declares something that `upstream` lacks or declares differently,
 * one human-readable line each. Empty when ours is a wire-compatible subset of upstream.
 */
export function findProtoDifferences(ours: protobuf.Root, upstream: protobuf.Root): string[] {
  ours.resolveAll();
  upstream.resolveAll();
  return compareNested(ours, upstream);
}
