// What an image archive may hold: regular files and directories under relative paths, and
// symbolic links from one entry to another (docker save and skopeo's docker-archive write
// `<id>/layer.tar` as a link to a layer stored elsewhere in the archive). A link is only ever
// an alias between names; nothing is linked on disk. Hard links, devices, FIFOs, and links or
// paths that could leave the archive are refused, naming the entry.
import path from 'node:path';
import { invalidArgument } from '../../errors.js';
import { assertSafeArchivePath } from '../digest.js';

/** The fields of a tar header that decide about an entry (tar-stream's Header). */
export interface EntryHeader {
  name: string;
  type?: string | null | undefined;
  linkname?: string | null | undefined;
}

export type ArchiveEntry =
  | { type: 'file'; name: string }
  | { type: 'directory' }
  /** `target` is the archive path the link names, resolved from the link's own directory. */
  | { type: 'symlink'; name: string; target: string };

const REFUSED: Readonly<Record<string, string>> = {
  link: 'a hard link',
  'character-device': 'a character device',
  'block-device': 'a block device',
  fifo: 'a FIFO',
};

/** `./a//b/` → `a/b`; `.` and `` for the archive's root. */
function normalize(name: string): string {
  return path.posix.normalize(name).replace(/\/+$/, '');
}

/**
 * What the archive means by an entry: a file or a link by its normalised path (`./index.json`
 * and `index.json` alike), or a directory, which the reader skips.
 */
export function classifyEntry(header: EntryHeader): ArchiveEntry {
  assertSafeArchivePath(header.name);
  const quoted = JSON.stringify(header.name);
  const type = header.type ?? 'file';
  const name = normalize(header.name);
  if (type === 'directory' || name === '.' || name === '') return { type: 'directory' };
  if (type === 'file' || type === 'contiguous-file') return { type: 'file', name };
  if (type === 'symlink') {
    const link = header.linkname ?? '';
    const target = normalize(path.posix.join(path.posix.dirname(name), link));
    if (
      link === '' ||
      link.includes('\0') ||
      link.startsWith('/') ||
      target === '..' ||
      target.startsWith('../') ||
      target === '.'
    ) {
      throw invalidArgument(
        `archive entry ${quoted} is a symbolic link to ${JSON.stringify(link)}, outside the archive's files`,
      );
    }
    return { type: 'symlink', name, target };
  }
  const what = REFUSED[type] ?? `of unsupported type ${JSON.stringify(type)}`;
  throw invalidArgument(
    `archive entry ${quoted} is ${what}; image archives hold only files, directories and links between them`,
  );
}

/** Names of the documents at the top of an archive that must be small JSON files. */
export function isArchiveDocument(name: string): boolean {
  return name === 'oci-layout' || name === 'repositories' || (!name.includes('/') && name.endsWith('.json'));
}

/** The digest an OCI layout's `blobs/<alg>/<encoded>` path names, if it is one. */
export function blobPathDigest(name: string): string | undefined {
  const match = /^blobs\/([a-z0-9]+(?:[+._-][a-z0-9]+)*)\/([a-zA-Z0-9=_-]+)$/.exec(name);
  return match === null ? undefined : `${match[1]}:${match[2]}`;
}

export function formatBytes(bytes: number): string {
  for (const [unit, size] of [
    ['GiB', 2 ** 30],
    ['MiB', 2 ** 20],
    ['KiB', 2 ** 10],
  ] as const) {
    if (bytes >= size) return `${Number((bytes / size).toFixed(1))} ${unit}`;
  }
  return `${bytes} bytes`;
}
