/**
 * zod schemas for the image documents podctl reads from registries and archives, equivalent to
 * the OCI image-spec JSON Schemas and also accepting Docker's manifest v2 schema 2 (the same
 * shapes under other media types). Parse errors name the JSON path of the first problem.
 */
import * as z from 'zod/mini';
import { invalidArgument } from '../errors.js';
import { parseInput } from '../schema-issues.js';
import { digestProblem } from './digest.js';
import { DOCKER_MANIFEST_SCHEMA1, isIndex, isManifest } from './media-types.js';

/** containerd refuses manifests, indexes and configs larger than this. */
export const MAX_MANIFEST_BYTES = 4 << 20;

/** defs-descriptor.json's mediaType pattern (RFC 6838 names). */
export const MEDIA_TYPE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}\/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

const quote = (value: unknown) => JSON.stringify(value) ?? String(value);

const mediaType = z
  .string()
  .check(z.regex(MEDIA_TYPE_PATTERN, { error: (iss) => `invalid media type ${quote(iss.input)}` }));
const digest = z
  .string()
  .check(z.refine((s) => digestProblem(s) === undefined, { error: (iss) => digestProblem(String(iss.input)) }));
const size = z.int().check(z.minimum(0, { error: (iss) => `size must not be negative, got ${quote(iss.input)}` }));
const stringMap = z.record(z.string(), z.string());
const objectMap = z.record(z.string(), z.object({}));
const stringList = z.array(z.string());
const dateTime = z.iso.datetime({ offset: true, error: (iss) => `invalid RFC 3339 date-time ${quote(iss.input)}` });
const uri = z.string().check(z.refine((s) => URL.canParse(s), { error: (iss) => `invalid URL ${quote(iss.input)}` }));

export const platformSchema = z.object({
  architecture: z.string(),
  os: z.string(),
  'os.version': z.optional(z.string()),
  'os.features': z.optional(stringList),
  variant: z.optional(z.string()),
});

/** content-descriptor.json, plus the platform an index entry carries. */
export const descriptorSchema = z.object({
  mediaType,
  digest,
  size,
  urls: z.optional(z.array(uri)),
  annotations: z.optional(stringMap),
  data: z.optional(z.string().check(z.regex(BASE64, { error: 'data must be base64' }))),
  artifactType: z.optional(mediaType),
  platform: z.optional(platformSchema),
});

const schemaVersion = z.literal(2, {
  error: (iss) => (iss.input === 1 ? 'Docker schema 1 is not supported' : `expected 2, got ${quote(iss.input)}`),
});
const typed = (accept: (mt: string) => boolean, kind: string) =>
  z.optional(mediaType.check(z.refine(accept, { error: (iss) => `${quote(iss.input)} is not ${kind} media type` })));

/** image-index-schema.json, and Docker's manifest list. */
export const imageIndexSchema = z.object({
  schemaVersion,
  mediaType: typed(isIndex, 'an index'),
  artifactType: z.optional(mediaType),
  subject: z.optional(descriptorSchema),
  manifests: z.array(descriptorSchema),
  annotations: z.optional(stringMap),
});

/** image-manifest-schema.json, and Docker's image manifest v2 schema 2. */
export const imageManifestSchema = z.object({
  schemaVersion,
  mediaType: typed(isManifest, 'a manifest'),
  artifactType: z.optional(mediaType),
  config: descriptorSchema,
  subject: z.optional(descriptorSchema),
  layers: z.array(descriptorSchema).check(z.minLength(1, { error: 'must have at least one layer' })),
  annotations: z.optional(stringMap),
});

/**
 * config-schema.json. Docker writes `null` for empty `Env` and `ExposedPorts` (Go nil slices and
 * maps), which the JSON Schema forbids, so those accept null here too.
 */
export const imageConfigSchema = z.object({
  created: z.optional(dateTime),
  author: z.optional(z.string()),
  architecture: z.string(),
  variant: z.optional(z.string()),
  os: z.string(),
  'os.version': z.optional(z.string()),
  'os.features': z.optional(stringList),
  config: z.optional(
    z.object({
      User: z.optional(z.string()),
      ExposedPorts: z.optional(z.nullable(objectMap)),
      Env: z.optional(z.nullable(stringList)),
      Entrypoint: z.optional(z.nullable(stringList)),
      Cmd: z.optional(z.nullable(stringList)),
      Volumes: z.optional(z.nullable(objectMap)),
      WorkingDir: z.optional(z.string()),
      Labels: z.optional(z.nullable(stringMap)),
      StopSignal: z.optional(z.string()),
      ArgsEscaped: z.optional(z.boolean()),
    }),
  ),
  rootfs: z.object({
    type: z.literal('layers', { error: (iss) => `expected "layers", got ${quote(iss.input)}` }),
    diff_ids: z.array(digest),
  }),
  history: z.optional(
    z.array(
      z.object({
        created: z.optional(dateTime),
        author: z.optional(z.string()),
        created_by: z.optional(z.string()),
        comment: z.optional(z.string()),
        empty_layer: z.optional(z.boolean()),
      }),
    ),
  ),
});

/** image-layout-schema.json: the `oci-layout` file of an OCI image layout. */
export const imageLayoutSchema = z.object({
  imageLayoutVersion: z.literal('1.0.0', { error: (iss) => `unsupported layout version ${quote(iss.input)}` }),
});

export type ContentDescriptor = z.infer<typeof descriptorSchema>;
export type ImageIndex = z.infer<typeof imageIndexSchema>;
export type ImageManifest = z.infer<typeof imageManifestSchema>;
export type ImageConfig = z.infer<typeof imageConfigSchema>;
export type ImageLayout = z.infer<typeof imageLayoutSchema>;

function documentOf(what: string, input: unknown): unknown {
  if (!(input instanceof Uint8Array)) return input;
  if (input.byteLength > MAX_MANIFEST_BYTES) {
    throw invalidArgument(`invalid ${what}: ${input.byteLength} bytes exceeds ${MAX_MANIFEST_BYTES >> 20} MiB`);
  }
  try {
    return JSON.parse(new TextDecoder().decode(input));
  } catch (err) {
    throw invalidArgument(`invalid ${what}: not JSON: ${(err as Error).message}`, { cause: err });
  }
}

function parser<T>(
  what: string,
  schema: z.ZodMiniType<T>,
  misplaced?: (doc: Record<string, unknown>) => string | undefined,
) {
  return (input: unknown): T => {
    const doc = documentOf(what, input);
    if (typeof doc === 'object' && doc !== null && !Array.isArray(doc)) {
      const record = doc as Record<string, unknown>;
      if (record['mediaType'] === DOCKER_MANIFEST_SCHEMA1) {
        throw invalidArgument(`invalid ${what}: Docker schema 1 is not supported`, {
          hint: 'push the image again with a current client',
        });
      }
      const problem = misplaced?.(record);
      if (problem !== undefined) throw invalidArgument(`invalid ${what}: ${problem}`);
    }
    return parseInput(schema, doc, `invalid ${what}: `);
  };
}

/** An image index or Docker manifest list, from its bytes (JSON, at most 4 MiB) or parsed JSON. */
export const parseIndex = parser('image index', imageIndexSchema, (doc) =>
  doc['config'] !== undefined || doc['layers'] !== undefined
    ? 'found a manifest where an index was expected'
    : undefined,
);
/** An image manifest (OCI or Docker schema 2), from its bytes or parsed JSON. */
export const parseManifest = parser('image manifest', imageManifestSchema, (doc) =>
  doc['manifests'] !== undefined ? 'found an index where a manifest was expected' : undefined,
);
/** An image config, from its bytes or parsed JSON. */
export const parseConfig = parser('image config', imageConfigSchema);
/** The `oci-layout` file of an OCI image layout, from its bytes or parsed JSON. */
export const parseImageLayout = parser('OCI layout file', imageLayoutSchema);
