/**
 * A container's OCI spec as podctl stored it in containerd, decoded once, here.
 */
import * as z from 'zod/mini';
import { failedPrecondition } from '../errors.js';
import type { Spec } from '../oci/types.js';

const storedSpecSchema = z.looseObject({ ociVersion: z.string() });

/** A container's spec as podctl stored it, to be changed and stored again. */
export function readStoredSpec(stored: unknown): Spec {
  const parsed = storedSpecSchema.safeParse(stored);
  if (!parsed.success) throw failedPrecondition('the container has no OCI spec podctl can read');
  return { ...parsed.data };
}
