// A spooled archive: its entries as files in a private directory, by the names the archive
// gives them, with their sizes and digests (see read-archive.ts).
import { readFile, rm } from 'node:fs/promises';
import { invalidArgument } from '../../errors.js';
import { MAX_MANIFEST_BYTES } from '../schemas.js';
import { formatBytes } from './entry.js';

/** podctl's scratch space, under its only persistent host directory. */
export const PODCTL_TMP_DIR = '/var/lib/podctl/tmp';

export interface ArchiveLimits {
  /** The largest entry. */
  maxEntryBytes: number;
  /** All entries together: what the spool may take of the disk. */
  maxTotalBytes: number;
  maxEntries: number;
}

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = {
  maxEntryBytes: 8 * 2 ** 30,
  maxTotalBytes: 16 * 2 ** 30,
  maxEntries: 65_536,
};

export interface SpooledFile {
  /** Where the entry's bytes are. */
  path: string;
  size: number;
  /** The content's digest: by the algorithm its `blobs/<alg>/` path names, else sha256. */
  digest: string;
}

/** Links followed in a row before a name counts as dangling (a loop, most likely). */
const MAX_LINK_HOPS = 16;

export class Spool {
  readonly dir: string;
  readonly files = new Map<string, SpooledFile>();
  /** Symbolic links: name → the archive path they point at. */
  readonly links = new Map<string, string>();

  constructor(dir: string) {
    this.dir = dir;
  }

  /** The file an archive path names, following links between entries. */
  get(name: string): SpooledFile | undefined {
    let current = name;
    for (let hops = 0; hops <= MAX_LINK_HOPS; hops++) {
      const file = this.files.get(current);
      if (file !== undefined) return file;
      const target = this.links.get(current);
      if (target === undefined) return undefined;
      current = target;
    }
    return undefined;
  }

  /** Every path that names a file, links included. */
  *entries(): Generator<[string, SpooledFile]> {
    yield* this.files;
    for (const name of this.links.keys()) {
      const file = this.get(name);
      if (file !== undefined) yield [name, file];
    }
  }

  /** A small JSON document of the archive, by name; undefined when there is none. */
  async readDocument(name: string): Promise<Buffer | undefined> {
    const file = this.get(name);
    if (file === undefined) return undefined;
    if (file.size > MAX_MANIFEST_BYTES) {
      throw invalidArgument(
        `archive entry ${JSON.stringify(name)} is ${formatBytes(file.size)}, over the ${formatBytes(MAX_MANIFEST_BYTES)} limit for documents`,
      );
    }
    return readFile(file.path);
  }

  async remove(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
  }
}
