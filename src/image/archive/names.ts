// Which name an image of an archive gets. containerd's own annotation wins; else the OCI ref
// name, which skopeo and buildah fill with a whole reference (`busybox:latest`) and the image
// spec with a tag only (`latest`). A tag alone names nothing on this host: it is completed
// with the caller's base name (`podctl load --name REPO`), or the image is skipped with a
// warning, as ctr import does without --base-name.
import { parseReference } from '../reference.js';

export const ANNOTATION_IMAGE_NAME = 'io.containerd.image.name';
export const ANNOTATION_REF_NAME = 'org.opencontainers.image.ref.name';

export type ImageNaming = { name: string } | { skip: string };

/** Whether an OCI ref name is a reference of its own rather than a tag. */
export function isFullReference(refName: string): boolean {
  return /[/:@]/.test(refName);
}

/**
 * The normalised name for an index.json entry with these annotations; `baseName` is a
 * repository (`localhost/app`) for entries that carry a tag or no name at all.
 */
export function ociImageName(
  annotations: Readonly<Record<string, string>> | undefined,
  baseName?: string,
): ImageNaming {
  const imageName = annotations?.[ANNOTATION_IMAGE_NAME];
  if (imageName !== undefined && imageName !== '') return { name: parseReference(imageName).string };
  const refName = annotations?.[ANNOTATION_REF_NAME];
  if (refName !== undefined && refName !== '') {
    if (isFullReference(refName)) return { name: parseReference(refName).string };
    if (baseName !== undefined) return { name: parseReference(`${baseName}:${refName}`).string };
    return { skip: `its ref name ${JSON.stringify(refName)} is a tag without a repository; give one with --name` };
  }
  if (baseName !== undefined) return { name: parseReference(baseName).string };
  return { skip: 'it has no name; give one with --name' };
}

/** Names for a docker save entry: its RepoTags, normalised (`busybox:latest` → docker.io/library/busybox:latest). */
export function dockerImageNames(repoTags: readonly string[] | null | undefined, baseName?: string): ImageNaming[] {
  if (repoTags && repoTags.length > 0) return repoTags.map((tag) => ({ name: parseReference(tag).string }));
  if (baseName !== undefined) return [{ name: parseReference(baseName).string }];
  return [{ skip: 'it has no RepoTags; give it a name with --name' }];
}
