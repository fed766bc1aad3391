// The blobs of a spooled archive by digest, as importImage's BlobSource. Every blob is checked
// against its descriptor (present, size, content digest) before containerd is asked to store
// anything, so a bad archive fails while containerd is still untouched.
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Descriptor } from '../../containerd/services/types.js';
import { invalidArgument } from '../../errors.js';
import { sha256Digest } from '../digest.js';
import type { BlobSource } from '../import.js';
import { MAX_MANIFEST_BYTES } from '../schemas.js';
import { formatBytes } from './entry.js';
import type { SpooledFile } from './spool.js';

type BlobDescriptor = Pick<Descriptor, 'digest' | 'size' | 'mediaType'>;

export class ArchiveBlobs implements BlobSource {
  #files = new Map<string, SpooledFile>();
  #bytes = new Map<string, Buffer>();

  /** A spooled file that the archive says is the blob `digest`; checked when used. */
  addFile(digest: string, file: SpooledFile): void {
    this.#files.set(digest, file);
  }

  /** A blob that podctl made itself (a Docker manifest); returns its digest. */
  addBytes(bytes: Buffer): string {
    const digest = sha256Digest(bytes);
    this.#bytes.set(digest, bytes);
    return digest;
  }

  has(digest: string): boolean {
    return this.#bytes.has(digest) || this.#files.has(digest);
  }

  /** Throws unless the archive holds exactly the blob the descriptor names. */
  check(desc: BlobDescriptor): void {
    const bytes = this.#bytes.get(desc.digest);
    const file = this.#files.get(desc.digest);
    const size = bytes?.byteLength ?? file?.size;
    if (size === undefined) throw invalidArgument(`blob ${desc.digest} (${desc.mediaType}) is not in the archive`);
    if (size !== desc.size) {
      throw invalidArgument(`blob ${desc.digest} in the archive is ${size} bytes, its descriptor says ${desc.size}`);
    }
    if (file !== undefined && file.digest !== desc.digest) {
      throw invalidArgument(`blob ${desc.digest} in the archive is corrupt: its content has digest ${file.digest}`);
    }
  }

  /** A manifest, index or config: checked, and at most MAX_MANIFEST_BYTES. */
  async readDocument(desc: BlobDescriptor): Promise<Buffer> {
    if (desc.size > MAX_MANIFEST_BYTES) {
      throw invalidArgument(
        `${desc.mediaType} ${desc.digest} is ${formatBytes(desc.size)}, over the ${formatBytes(MAX_MANIFEST_BYTES)} limit`,
      );
    }
    this.check(desc);
    return this.#bytes.get(desc.digest) ?? readFile(this.#files.get(desc.digest)!.path);
  }

  async open(desc: Descriptor, signal?: AbortSignal): Promise<AsyncIterable<Uint8Array>> {
    this.check(desc);
    const bytes = this.#bytes.get(desc.digest);
    if (bytes !== undefined)
      return (async function* () {
        yield bytes;
      })();
    return createReadStream(this.#files.get(desc.digest)!.path, signal ? { signal } : {});
  }
}
