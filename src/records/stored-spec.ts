/**
 * A container's OCI spec as podctl stored it in containerd, decoded here and nowhere else. The
 * view holds the fields podctl reads back (hostname, process, mounts, namespaces, annotations);
 * a field that is missing or malformed is left out of the view rather than failing the read,
 * because listing and inspecting must work on any container. Code that changes a spec and
 * stores it again takes the whole spec with readStoredSpec, which refuses one without ociVersion.
 */
import * as z from 'zod/mini';
import { failedPrecondition } from '../errors.js';
import type { Spec } from '../oci/types.js';

const processSchema = z.looseObject({
  args: z.optional(z.array(z.string())),
  env: z.optional(z.array(z.string())),
  cwd: z.optional(z.string()),
  terminal: z.optional(z.boolean()),
  user: z.optional(z.looseObject({ uid: z.number(), gid: z.number() })),
});
const mountSchema = z.looseObject({
  destination: z.string(),
  type: z.optional(z.string()),
  source: z.optional(z.string()),
  options: z.optional(z.array(z.string())),
});
const namespaceSchema = z.looseObject({ type: z.string(), path: z.optional(z.string()) });

/** The container's process as stored: what exec starts from. */
export type StoredProcess = z.infer<typeof processSchema>;

export interface StoredSpecView {
  hostname: string | undefined;
  process: StoredProcess | undefined;
  mounts: z.infer<typeof mountSchema>[];
  namespaces: z.infer<typeof namespaceSchema>[];
  annotations: Record<string, string>;
}

const fields = {
  hostname: z.string(),
  process: processSchema,
  mounts: z.array(mountSchema),
  linux: z.looseObject({ namespaces: z.optional(z.array(namespaceSchema)) }),
  annotations: z.record(z.string(), z.string()),
} as const;

const decoded = new WeakMap<object, StoredSpecView>();

/** The fields podctl reads of a stored spec; each one that does not parse is absent. */
export function storedSpecView(stored: unknown): StoredSpecView {
  if (typeof stored !== 'object' || stored === null)
    return { hostname: undefined, process: undefined, mounts: [], namespaces: [], annotations: {} };
  const cached = decoded.get(stored);
  if (cached !== undefined) return cached;
  const raw = stored as Record<string, unknown>;
  const field = <K extends keyof typeof fields>(key: K): z.infer<(typeof fields)[K]> | undefined => {
    const r = z.safeParse(fields[key], raw[key]);
    return r.success ? (r.data as z.infer<(typeof fields)[K]>) : undefined;
  };
  const view: StoredSpecView = {
    hostname: field('hostname'),
    process: field('process'),
    mounts: field('mounts') ?? [],
    namespaces: field('linux')?.namespaces ?? [],
    annotations: field('annotations') ?? {},
  };
  decoded.set(stored, view);
  return view;
}

const storedSpecSchema = z.looseObject({ ociVersion: z.string() });

/** A container's spec as podctl stored it, to be changed and stored again. */
export function readStoredSpec(stored: unknown): Spec {
  const parsed = storedSpecSchema.safeParse(stored);
  if (!parsed.success) throw failedPrecondition('the container has no OCI spec podctl can read');
  return { ...parsed.data };
}
