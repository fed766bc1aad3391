// The manifest.json of a `docker save` archive: one entry per image, naming its config file,
// its layer tars (lowest first) and the tags it was saved under.
import * as z from 'zod/mini';
import { invalidArgument } from '../../errors.js';
import { parseInput } from '../../schema-issues.js';
import { assertSafeArchivePath } from '../digest.js';

const archivePath = z.string().check(
  z.refine(
    (p) => {
      try {
        assertSafeArchivePath(p);
        return true;
      } catch {
        return false;
      }
    },
    { error: (iss) => `unsafe path ${JSON.stringify(iss.input)}` },
  ),
);

export const dockerArchiveManifestSchema = z
  .array(
    z.object({
      Config: archivePath,
      RepoTags: z.optional(z.nullable(z.array(z.string()))),
      Layers: z.array(archivePath),
    }),
  )
  .check(z.minLength(1, { error: 'lists no image' }));

export type DockerArchiveEntry = z.infer<typeof dockerArchiveManifestSchema>[number];

/** manifest.json's entries, from its bytes; a failure names the JSON path of the first problem. */
export function parseDockerArchiveManifest(bytes: Uint8Array): DockerArchiveEntry[] {
  let doc: unknown;
  try {
    doc = JSON.parse(new TextDecoder().decode(bytes));
  } catch (err) {
    throw invalidArgument(`invalid docker manifest.json: not JSON: ${(err as Error).message}`, { cause: err });
  }
  return parseInput(dockerArchiveManifestSchema, doc, 'invalid docker manifest.json: ');
}
