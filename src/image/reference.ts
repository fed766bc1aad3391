/**
 * Image references, normalised as docker and containerd do (distribution/reference's
 * ParseNormalizedNamed, then TagNameOnly): `busybox` is `docker.io/library/busybox:latest`.
 * Unlike ParseDockerRef, a reference with both a tag and a digest keeps both.
 */
import { invalidArgument } from '../errors.js';
import { digestProblem } from './digest.js';

export interface ImageReference {
  /** Registry host, with port if any: `docker.io`, `localhost:5000`, `[::1]:5000`. */
  domain: string;
  /** Repository path within the registry: `library/busybox`. */
  path: string;
  tag?: string;
  digest?: string;
  /** `domain/path`. */
  name: string;
  /** The canonical full reference: name, then `:tag` and/or `@digest`. */
  string: string;
  /** Docker's short form: `busybox:latest`, `user/app:1`, `ghcr.io/o/r@sha256:…`. */
  familiar: string;
}

export const DEFAULT_DOMAIN = 'docker.io';
const LEGACY_DEFAULT_DOMAIN = 'index.docker.io';
const DOCKER_HUB_API_HOST = 'registry-1.docker.io';
const OFFICIAL_REPO_PREFIX = 'library/';
const DEFAULT_TAG = 'latest';
const NAME_TOTAL_LENGTH_MAX = 255;

const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN_NAME = `${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*`;
const IPV6_ADDRESS = '\\[(?:[a-fA-F0-9:]+)\\]';
/** A DNS-ish name, IPv4 or bracketed IPv6 address, and an optional port. */
export const DOMAIN_PATTERN = new RegExp(`^(?:${DOMAIN_NAME}|${IPV6_ADDRESS})(?::[0-9]+)?$`);
/** One path component: lowercase alphanumerics joined by `.`, `_`, `__` or runs of `-`. */
export const PATH_COMPONENT_PATTERN = /^[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*$/;
export const TAG_PATTERN = /^[\w][\w.-]{0,127}$/;
/** The reference grammar's digest; go-digest then checks the algorithm and the encoding. */
const REFERENCE_DIGEST_PATTERN = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
const IMAGE_ID_PATTERN = /^[a-f0-9]{64}$/;

/**
 * Splits off the registry domain the way docker does: the first component is a domain when it
 * is `localhost`, contains `.` or `:`, or has uppercase letters (repository paths cannot).
 */
function splitDomain(input: string): [domain: string, remainder: string] {
  const slash = input.indexOf('/');
  if (slash === -1) return [DEFAULT_DOMAIN, OFFICIAL_REPO_PREFIX + input];
  const first = input.slice(0, slash);
  const rest = input.slice(slash + 1);
  let [domain, remainder] =
    first === 'localhost' || /[.:]/.test(first) || first.toLowerCase() !== first
      ? [first, rest]
      : [DEFAULT_DOMAIN, input];
  if (domain === LEGACY_DEFAULT_DOMAIN) domain = DEFAULT_DOMAIN;
  if (domain === DEFAULT_DOMAIN && !remainder.includes('/')) remainder = OFFICIAL_REPO_PREFIX + remainder;
  return [domain, remainder];
}

/** Docker's familiar name: Docker Hub's domain dropped, and `library/` for official images. */
function familiarName(domain: string, path: string): string {
  if (domain !== DEFAULT_DOMAIN) return `${domain}/${path}`;
  const official = path.startsWith(OFFICIAL_REPO_PREFIX) ? path.slice(OFFICIAL_REPO_PREFIX.length) : path;
  return official.includes('/') ? path : official;
}

function withSuffixes(name: string, tag: string | undefined, digest: string | undefined): string {
  return name + (tag === undefined ? '' : `:${tag}`) + (digest === undefined ? '' : `@${digest}`);
}

/** Why the remainder (path, tag, digest) after the domain is not valid, or undefined. */
function remainderProblem(path: string, tag: string | undefined, digest: string | undefined): string | undefined {
  const component = path.split('/').find((c) => !PATH_COMPONENT_PATTERN.test(c));
  if (component !== undefined) {
    return component === ''
      ? 'repository path has an empty component'
      : `invalid path component ${JSON.stringify(component)}: use lowercase letters and digits, separated by ".", "_", "__" or "-"`;
  }
  if (tag !== undefined && !TAG_PATTERN.test(tag)) {
    return `invalid tag ${JSON.stringify(tag)}: use up to 128 letters, digits, "_", "." or "-", not starting with "." or "-"`;
  }
  if (digest !== undefined) {
    if (!REFERENCE_DIGEST_PATTERN.test(digest)) return `invalid digest ${JSON.stringify(digest)}`;
    return digestProblem(digest);
  }
  return undefined;
}

export function parseReference(input: string): ImageReference {
  const fail = (problem: string) => invalidArgument(`invalid reference ${JSON.stringify(input)}: ${problem}`);
  if (input === '') throw fail('repository name must have at least one component');
  if (IMAGE_ID_PATTERN.test(input)) {
    throw invalidArgument(`invalid reference ${JSON.stringify(input)}: cannot specify 64-byte hexadecimal strings`, {
      hint: 'to name an image by its content, write name@sha256:<digest>',
    });
  }
  const [domain, remainder] = splitDomain(input);
  const colon = remainder.indexOf(':');
  const repository = colon === -1 ? remainder : remainder.slice(0, colon);
  if (repository.toLowerCase() !== repository) throw fail('repository name must be lowercase');

  const at = remainder.indexOf('@');
  const beforeDigest = at === -1 ? remainder : remainder.slice(0, at);
  const digest = at === -1 ? undefined : remainder.slice(at + 1);
  const tagColon = beforeDigest.indexOf(':');
  const path = tagColon === -1 ? beforeDigest : beforeDigest.slice(0, tagColon);
  const explicitTag = tagColon === -1 ? undefined : beforeDigest.slice(tagColon + 1);

  if (!DOMAIN_PATTERN.test(domain)) throw fail(`invalid registry domain ${JSON.stringify(domain)}`);
  const problem = remainderProblem(path, explicitTag, digest);
  if (problem !== undefined) throw fail(problem);
  const name = `${domain}/${path}`;
  if (name.length > NAME_TOTAL_LENGTH_MAX) {
    throw fail(`repository name must not be more than ${NAME_TOTAL_LENGTH_MAX} characters`);
  }

  const tag = explicitTag ?? (digest === undefined ? DEFAULT_TAG : undefined);
  const ref: ImageReference = {
    domain,
    path,
    name,
    string: withSuffixes(name, tag, digest),
    familiar: withSuffixes(familiarName(domain, path), tag, digest),
  };
  if (tag !== undefined) ref.tag = tag;
  if (digest !== undefined) ref.digest = digest;
  return ref;
}

/**
 * The host that serves the registry API for a reference's domain. Only Docker Hub differs.
 * Per-registry configuration (`certs.d/<domain>/hosts.toml`) stays keyed by the domain itself.
 */
export function registryHost(domain: string): string {
  return domain === DEFAULT_DOMAIN ? DOCKER_HUB_API_HOST : domain;
}
