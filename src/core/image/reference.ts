// Image references, parsed and normalized the way distribution/reference does it
// (ParseNormalizedNamed), so that what we map is exactly what docker would pull.

import { quoted } from '../display.js';
import { InputError } from '../errors.js';
import { isRegistryHost } from './ecr-host.js';

export const DOCKER_HUB = 'docker.io';
const HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
/** distribution/reference's NameTotalLengthMax, applied to the repository path (not the registry). */
const PATH_MAX = 255;
/** Docker Hub's namespace for official images, implicit in a one-part name (`node` = `library/node`). */
export const OFFICIAL_NAMESPACE = 'library';

const alnum = '[a-z0-9]+';
const separator = '(?:[._]|__|[-]+)';
const pathComponent = `${alnum}(?:${separator}${alnum})*`;
const PATH_COMPONENT_RE = new RegExp(`^${pathComponent}$`);
const TAG_RE = /^[\w][\w.-]{0,127}$/;
const DIGEST_RE = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
/** The algorithms go-digest validates (and docker links), with their hex lengths; any other is unsupported. */
const DIGEST_HEX_LENGTH: Readonly<Record<string, number>> = { sha256: 64, sha384: 96, sha512: 128 };

/** A parsed, normalized image reference. `tag` and `digest` keep the text as written. */
export interface ImageRef {
  /** Registry host as docker resolves it: `docker.io` for every Docker Hub spelling. */
  readonly registry: string;
  /** Repository path inside the registry, with `library/` for one-part Hub names. */
  readonly path: string;
  readonly tag?: string;
  readonly digest?: string;
  /** The reference exactly as it was given. */
  readonly original: string;
}

export class InvalidReferenceError extends InputError {
  constructor(
    readonly reference: string,
    readonly rule: string,
  ) {
    super(`invalid image reference ${quoted(reference)}: ${rule}`);
    this.name = 'InvalidReferenceError';
  }
}

/**
 * The `library/` rule (go-containerregistry's hasImplicitNamespace): a Docker Hub repository name of
 * one part is an official image's, and Hub keeps it under `library/` (`node` is `library/node`).
 * A name with a namespace (`percona/x`) never gets it. Used by the normalizer and by warm's diagnosis
 * of a 403 alike.
 */
export function isOfficialImageName(name: string): boolean {
  return name !== '' && !name.includes('/');
}

/** True for every host name that means Docker Hub. */
export function isDockerHub(registry: string): boolean {
  return HUB_ALIASES.has(registry.toLowerCase());
}

/**
 * Whether the first component of a name is a registry host rather than a path (distribution's
 * splitDockerDomain): it holds `.` or `:`, is `localhost`, or has upper case.
 */
export function namesRegistry(firstComponent: string): boolean {
  return (
    /[.:]/.test(firstComponent) ||
    firstComponent === 'localhost' ||
    firstComponent !== firstComponent.toLowerCase()
  );
}

function splitRegistry(name: string): { registry: string; remainder: string; explicit: boolean } {
  const slash = name.indexOf('/');
  if (slash === -1) return { registry: DOCKER_HUB, remainder: name, explicit: false };
  const first = name.slice(0, slash);
  if (!namesRegistry(first)) return { registry: DOCKER_HUB, remainder: name, explicit: false };
  return { registry: first, remainder: name.slice(slash + 1), explicit: true };
}

/** Parse and normalize an image reference; throws InvalidReferenceError naming the broken rule. */
export function parseImageRef(input: string): ImageRef {
  const fail = (rule: string): never => {
    throw new InvalidReferenceError(input, rule);
  };
  if (input.length === 0) fail('the reference is empty');
  if (/\s/.test(input)) fail('a reference cannot contain white space');
  if (/^[a-f0-9]{64}$/.test(input)) fail('a 64-character hex string is an image id, not a repository name');

  let rest = input;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at !== -1) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST_RE.test(digest))
      fail(`digest ${quoted(digest)} must be ALGORITHM:HEX with at least 32 hex digits`);
    const [algo, hex] = digest.split(':') as [string, string];
    const want = Object.hasOwn(DIGEST_HEX_LENGTH, algo) ? DIGEST_HEX_LENGTH[algo] : undefined;
    if (want === undefined) {
      fail(
        `digest algorithm ${quoted(algo)} is not supported (only ${Object.keys(DIGEST_HEX_LENGTH).join(', ')})`,
      );
    } else if (hex.length !== want || /[A-F]/.test(hex)) {
      fail(`a ${algo} digest has exactly ${want} lowercase hex digits`);
    }
  }

  // The tag separator is a ':' after the last '/', so a registry port is not mistaken for a tag.
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG_RE.test(tag)) fail(`tag ${quoted(tag)} must match [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`);
  }

  if (rest.length === 0) fail('the repository name is missing');
  const { registry: written, remainder, explicit } = splitRegistry(rest);
  if (explicit && !isRegistryHost(written)) fail(`${quoted(written)} is not a valid registry host[:port]`);
  if (remainder.length === 0) fail('the repository name is missing');
  if (remainder !== remainder.toLowerCase()) fail(`repository name ${quoted(remainder)} must be lowercase`);
  for (const component of remainder.split('/')) {
    if (!PATH_COMPONENT_RE.test(component)) {
      fail(
        component === ''
          ? 'a repository path cannot have an empty component'
          : `path component ${quoted(component)} must be lowercase letters and digits, separated by ".", "_", "__" or "-"`,
      );
    }
  }

  const hub = isDockerHub(written);
  const registry = hub ? DOCKER_HUB : written;
  const path = hub && isOfficialImageName(remainder) ? `${OFFICIAL_NAMESPACE}/${remainder}` : remainder;
  // Checked on the normalized path, as ParseNormalizedNamed does: `library/` counts, the registry not.
  if (path.length > PATH_MAX) {
    fail(`the repository path must not be longer than ${PATH_MAX} characters (it has ${path.length})`);
  }
  return {
    registry,
    path,
    original: input,
    ...(tag !== undefined && { tag }),
    ...(digest !== undefined && { digest }),
  };
}

/**
 * The short form docker prints (distribution's FamiliarName): Docker Hub's host dropped, and
 * `library/` too when the rest is one part (`docker.io/library/node` → `node`).
 */
export function familiarName(ref: Pick<ImageRef, 'registry' | 'path'>): string {
  if (ref.registry !== DOCKER_HUB) return `${ref.registry}/${ref.path}`;
  const rest = ref.path.slice(OFFICIAL_NAMESPACE.length + 1);
  return ref.path.startsWith(`${OFFICIAL_NAMESPACE}/`) && isOfficialImageName(rest) ? rest : ref.path;
}

/** `:tag@digest` suffix exactly as written (empty when neither is present). */
export function refSuffix(ref: Pick<ImageRef, 'tag' | 'digest'>): string {
  return `${ref.tag !== undefined ? `:${ref.tag}` : ''}${ref.digest !== undefined ? `@${ref.digest}` : ''}`;
}

/** The fully qualified form, e.g. `docker.io/library/node:20`. */
export function formatImageRef(ref: ImageRef): string {
  return `${ref.registry}/${ref.path}${refSuffix(ref)}`;
}

/** A digest-only reference names content, not a tag: ECR cannot import it on a first pull. */
export function isDigestOnly(ref: ImageRef): boolean {
  return ref.digest !== undefined && ref.tag === undefined;
}
