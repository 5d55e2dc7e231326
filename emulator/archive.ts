/**
 * ECR's archive storage class. An archived image is still described (DescribeImages lists it, with
 * imageStatus ARCHIVED, when its filter asks for that status) but a pull of it gets 404 until a
 * restore (UpdateImageStorageClass to STANDARD; ACTIVATING for "up to 20 minutes") makes it ACTIVE.
 * Only the manifest named changes class; the children of an index keep theirs.
 */
import type { CachedManifest, PrivateRegistry } from './cache.js';
import type { Clock } from './clock.js';
import { ApiError, imageNotFoundException, repositoryNotFoundMessage } from './errors.js';

export type ImageStatus = 'ACTIVE' | 'ARCHIVED' | 'ACTIVATING';
/** DescribeImages' `filter.imageStatus`; without one it lists ACTIVE images only. */
export type ImageStatusFilter = ImageStatus | 'ANY';
const FILTERS: readonly string[] = ['ACTIVE', 'ARCHIVED', 'ACTIVATING', 'ANY'];

export interface ImageId {
  imageTag?: string;
  imageDigest?: string;
}

export function statusOf(m: CachedManifest): ImageStatus {
  return m.imageStatus ?? 'ACTIVE';
}

/** Only an ACTIVE image can be pulled (registry GET or BatchGetImage). */
export function isPullable(m: CachedManifest): boolean {
  return statusOf(m) === 'ACTIVE';
}

export function statusFilter(filter: unknown): ImageStatusFilter {
  const value = (filter as { imageStatus?: unknown } | undefined)?.imageStatus ?? 'ACTIVE';
  if (typeof value !== 'string' || !FILTERS.includes(value)) {
    throw new ApiError(
      'InvalidParameterException',
      `Invalid parameter at 'filter.imageStatus' failed to satisfy constraint: 'Member must satisfy enum value set: [${FILTERS.join(', ')}]'`,
    );
  }
  return value as ImageStatusFilter;
}

export function statusMatches(m: CachedManifest, filter: ImageStatusFilter): boolean {
  return filter === 'ANY' || statusOf(m) === filter;
}

/** A tag or digest as written (`3.20`, `sha256:...`) as an image id. */
export function imageIdOf(reference: string): ImageId {
  return reference.startsWith('sha256:') ? { imageDigest: reference } : { imageTag: reference };
}

export interface ArchiveDeps {
  readonly account: string;
  readonly cache: PrivateRegistry;
  readonly clock: Clock;
  /** How long a restore stays ACTIVATING. */
  readonly restoreMs: () => number;
}

export class ImageArchive {
  /** Each restore in flight: its timer, and what it does when it fires. */
  readonly #timers = new Map<NodeJS.Timeout, () => void>();

  constructor(private readonly deps: ArchiveDeps) {}

  /** The manifest an id names, whatever its status. */
  find(repository: string, id: ImageId): CachedManifest {
    const repo = this.deps.cache.get(repository);
    if (repo === undefined) {
      throw new ApiError(
        'RepositoryNotFoundException',
        repositoryNotFoundMessage(repository, this.deps.account),
      );
    }
    const byTag = id.imageTag === undefined ? undefined : repo.tags.get(id.imageTag)?.digest;
    const digest = id.imageTag === undefined ? id.imageDigest : byTag;
    const m = digest === undefined ? undefined : repo.manifests.get(digest);
    if (m === undefined || (id.imageDigest !== undefined && id.imageDigest !== digest)) {
      throw imageNotFoundException(id, repository, this.deps.account);
    }
    return m;
  }

  /** ACTIVE → ARCHIVED; any other status is left as it is. */
  archive(repository: string, id: ImageId): CachedManifest {
    const m = this.find(repository, id);
    if (statusOf(m) === 'ACTIVE') {
      m.imageStatus = 'ARCHIVED';
      m.lastArchivedAt = this.deps.clock.now();
    }
    return m;
  }

  /** ARCHIVED → ACTIVATING, then ACTIVE after `durationMs`; any other status is left as it is. */
  restore(repository: string, id: ImageId, durationMs = this.deps.restoreMs()): CachedManifest {
    const m = this.find(repository, id);
    if (statusOf(m) !== 'ARCHIVED') return m;
    m.imageStatus = 'ACTIVATING';
    const activate = () => {
      this.#timers.delete(timer);
      delete m.imageStatus;
      m.lastActivatedAt = this.deps.clock.now();
    };
    const timer = setTimeout(activate, durationMs);
    this.#timers.set(timer, activate);
    return m;
  }

  /** Ends the restores in flight now, as their timers would: a test need not race them. */
  finishRestores(): void {
    for (const [timer, activate] of [...this.#timers]) {
      clearTimeout(timer);
      activate();
    }
  }

  stop(): void {
    for (const timer of this.#timers.keys()) clearTimeout(timer);
    this.#timers.clear();
  }
}
