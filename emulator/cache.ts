/** The private registry's contents: repositories, their imported manifests, tags and layers. */
import { isIndexMediaType, manifestRefs } from './images.js';
import type { StoredManifest } from './upstream.js';

export interface CachedManifest extends StoredManifest {
  /** Emulator-clock ms of the import that stored it. */
  readonly pushedAt: number;
  readonly sizeBytes: number;
  /** Config media type of an image manifest (DescribeImages' artifactMediaType). */
  readonly artifactMediaType?: string;
  lastPulledAt?: number;
  /** ECR's archive storage class (archive.ts): absent means ACTIVE. */
  imageStatus?: 'ARCHIVED' | 'ACTIVATING';
  lastArchivedAt?: number;
  lastActivatedAt?: number;
}

export interface CachedTag {
  digest: string;
  /** Emulator-clock ms of the last upstream check of this tag (the import, or a 24 h re-check). */
  syncedAt: number;
}

export interface CachedBlob {
  readonly data: Buffer;
  readonly mediaType: string;
}

export class Repository {
  readonly manifests = new Map<string, CachedManifest>();
  readonly tags = new Map<string, CachedTag>();
  readonly blobs = new Map<string, CachedBlob>();
  /** From the repository creation template that covered the name when it was created (else MUTABLE). */
  imageTagMutability?: string;
  lifecyclePolicy?: string;

  constructor(
    readonly name: string,
    readonly createdAt: number,
  ) {}

  tagsOf(digest: string): string[] {
    return [...this.tags].filter(([, t]) => t.digest === digest).map(([tag]) => tag);
  }
}

/**
 * Size as DescribeImages reports it: the compressed layers of an image; for an index, the largest of
 * its children (what ECR documents for manifest lists).
 */
export function imageSize(
  manifest: StoredManifest,
  childSizes: (digest: string) => number | undefined,
): number {
  const refs = manifestRefs(manifest.body, manifest.mediaType);
  if (isIndexMediaType(manifest.mediaType)) {
    return Math.max(0, ...refs.children.map((c) => childSizes(c.digest) ?? 0));
  }
  return refs.layers.reduce((n, l) => n + l.size, 0);
}

/** Settings a new repository starts with (a repository creation template's). */
export type NewRepositorySettings = (
  name: string,
) => { imageTagMutability: string; lifecyclePolicy?: string } | undefined;

export class PrivateRegistry {
  readonly #repositories = new Map<string, Repository>();

  /** Repositories are created only by pull-through pulls, so templates for PULL_THROUGH_CACHE apply. */
  constructor(private readonly settingsFor: NewRepositorySettings = () => undefined) {}

  get(name: string): Repository | undefined {
    return this.#repositories.get(name);
  }

  create(name: string, now: number): Repository {
    let repo = this.#repositories.get(name);
    if (repo === undefined) {
      repo = new Repository(name, now);
      const settings = this.settingsFor(name);
      if (settings) {
        repo.imageTagMutability = settings.imageTagMutability;
        if (settings.lifecyclePolicy !== undefined) repo.lifecyclePolicy = settings.lifecyclePolicy;
      }
      this.#repositories.set(name, repo);
    }
    return repo;
  }

  list(): Repository[] {
    return [...this.#repositories.values()];
  }
}
