/**
 * Content digests: computing them, checking them while streaming, chain IDs for snapshots,
 * and the path check every archive entry goes through before it is written anywhere.
 */
import { createHash, type Hash } from 'node:crypto';
import { invalidArgument } from '../errors.js';

/** The OCI descriptor digest grammar (defs-descriptor.json); algorithms are checked apart. */
export const DIGEST_GRAMMAR = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;

/** The algorithms registered by the OCI image spec, with their encoded (lowercase hex) length. */
export const DIGEST_ALGORITHMS = { sha256: 64, sha512: 128 } as const;
export type DigestAlgorithm = keyof typeof DIGEST_ALGORITHMS;

const LOWER_HEX = /^[a-f0-9]+$/;

function algorithmOf(digest: string): DigestAlgorithm | undefined {
  const algorithm = digest.slice(0, digest.indexOf(':'));
  return Object.hasOwn(DIGEST_ALGORITHMS, algorithm) ? (algorithm as DigestAlgorithm) : undefined;
}

/**
 * Why a string is not a usable digest, or undefined when it is one: the grammar must match, the
 * algorithm must be registered and the encoded part must be lowercase hex of the right length.
 */
export function digestProblem(digest: string): string | undefined {
  if (!DIGEST_GRAMMAR.test(digest)) return `invalid digest ${JSON.stringify(digest)}`;
  const algorithm = algorithmOf(digest);
  if (algorithm === undefined) {
    return `unsupported digest algorithm ${JSON.stringify(digest.slice(0, digest.indexOf(':')))}`;
  }
  const encoded = digest.slice(algorithm.length + 1);
  if (encoded.length !== DIGEST_ALGORITHMS[algorithm] || !LOWER_HEX.test(encoded)) {
    return `invalid digest ${JSON.stringify(digest)}`;
  }
  return undefined;
}

export function isDigest(value: string): boolean {
  return digestProblem(value) === undefined;
}

export function sha256Digest(bytes: Uint8Array | string): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

/**
 * Chain IDs of a layer stack, one per layer: the first is the first diff ID, each next one is
 * sha256 of "<previous chain id> <diff id>". containerd names committed snapshots by them.
 */
export function chainIds(diffIds: readonly string[]): string[] {
  const chain: string[] = [];
  for (const diffId of diffIds) {
    const previous = chain.at(-1);
    chain.push(previous === undefined ? diffId : sha256Digest(`${previous} ${diffId}`));
  }
  return chain;
}

export interface ExpectedBlob {
  digest: string;
  /** When known (from a descriptor), reading past it fails at once rather than at the end. */
  size?: number;
}

/** Hashes and counts a blob as it streams past; `finish()` checks both against the descriptor. */
export class DigestVerifier {
  readonly expected: ExpectedBlob;
  #hash: Hash;
  #algorithm: DigestAlgorithm;
  #bytes = 0;

  constructor(expected: ExpectedBlob) {
    const problem = digestProblem(expected.digest);
    if (problem !== undefined) throw invalidArgument(`cannot verify blob: ${problem}`);
    this.expected = expected;
    this.#algorithm = algorithmOf(expected.digest)!;
    this.#hash = createHash(this.#algorithm);
  }

  get bytes(): number {
    return this.#bytes;
  }

  update(chunk: Uint8Array): void {
    this.#bytes += chunk.byteLength;
    const { size, digest } = this.expected;
    if (size !== undefined && this.#bytes > size) {
      throw invalidArgument(`blob ${digest}: expected ${size} bytes, got more`);
    }
    this.#hash.update(chunk);
  }

  /** Returns the verified digest. */
  finish(): string {
    const { size, digest } = this.expected;
    if (size !== undefined && this.#bytes !== size) {
      throw invalidArgument(`blob ${digest}: expected ${size} bytes, got ${this.#bytes}`);
    }
    const actual = `${this.#algorithm}:${this.#hash.digest('hex')}`;
    if (actual !== digest) throw invalidArgument(`digest mismatch: expected ${digest}, got ${actual}`);
    return actual;
  }
}

/**
 * Passes a blob's chunks through, failing (with the verifier's error) as soon as it runs past
 * its size, and at the end on a short read or a digest mismatch. Usable in stream.pipeline.
 */
export async function* verifiedStream(
  source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  expected: ExpectedBlob,
): AsyncGenerator<Uint8Array> {
  const verifier = new DigestVerifier(expected);
  for await (const chunk of source) {
    verifier.update(chunk);
    yield chunk;
  }
  verifier.finish();
}

/**
 * Rejects archive entry names that could escape the directory they are extracted into or that
 * no filesystem can hold: empty names, NUL bytes, absolute paths and `..` components.
 */
export function assertSafeArchivePath(name: string): void {
  const problem =
    name === ''
      ? 'empty name'
      : name.includes('\0')
        ? 'contains a NUL byte'
        : name.startsWith('/')
          ? 'absolute path'
          : name.split('/').includes('..')
            ? 'contains a ".." component'
            : undefined;
  if (problem !== undefined) {
    throw invalidArgument(`unsafe path in archive ${JSON.stringify(name)}: ${problem}`);
  }
}
