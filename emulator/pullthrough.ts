/**
 * Pull-through semantics: a manifest GET by tag of an image not yet cached creates the repository and
 * starts an import that takes real time. Until it completes the manifest is proxied from upstream and
 * layers are redirected to the upstream's CDN; afterwards everything is served from the cache.
 */
import { isPullable } from './archive.js';
import { type CachedManifest, imageSize, type PrivateRegistry, type Repository } from './cache.js';
import type { Clock } from './clock.js';
import { IMAGE_NOT_FOUND, imageNotFound, RegistryError, repositoryNotFoundMessage } from './errors.js';
import { isIndexMediaType, manifestRefs } from './images.js';
import type { RuleMatch, RuleSet } from './rules.js';
import {
  isDockerHubHost,
  normalizeUpstreamHost,
  type StoredManifest,
  type UpstreamStore,
  upstreamRepository,
} from './upstream.js';

export const RECHECK_INTERVAL_MS = 24 * 60 * 60 * 1000;
/** How long a HEAD's answer is remembered for the GET by digest that follows it. */
const HEAD_MEMORY_MS = 60_000;

export type ImportTime =
  | number
  | { latencyMs: number; bytesPerSecond: number }
  | ((image: { repository: string; tag?: string; digest: string; bytes: number }) => number);

export interface ImportRecord {
  readonly repository: string;
  readonly tag?: string;
  readonly digest: string;
  /** Date.now() ms (real time) when the import started and when it completed. */
  readonly startedAt: number;
  completedAt?: number;
  /** Bytes copied: every manifest, config and layer of the image. */
  readonly bytes: number;
  readonly durationMs: number;
}

export interface Permissions {
  batchImportUpstreamImage: boolean;
  createRepository: boolean;
  describeImages: boolean;
  describePullThroughCacheRules: boolean;
  getAuthorizationToken: boolean;
  batchGetImage: boolean;
  /** Layer downloads: the GetDownloadUrlForLayer API and blob GETs on the registry. */
  getDownloadUrlForLayer: boolean;
  describeRepositories: boolean;
  updateImageStorageClass: boolean;
  createPullThroughCacheRule: boolean;
  updatePullThroughCacheRule: boolean;
  deletePullThroughCacheRule: boolean;
  validatePullThroughCacheRule: boolean;
  createRepositoryCreationTemplate: boolean;
  describeRepositoryCreationTemplates: boolean;
  updateRepositoryCreationTemplate: boolean;
  deleteRepositoryCreationTemplate: boolean;
  getRegistryPolicy: boolean;
  putRegistryPolicy: boolean;
  deleteRegistryPolicy: boolean;
  /** Secrets Manager (secretsmanager:<Operation>). */
  createSecret: boolean;
  describeSecret: boolean;
  getSecretValue: boolean;
  putSecretValue: boolean;
  listSecrets: boolean;
}

/**
 * ECR's words when Docker Hub answers 401, which Hub does for any repository that does not exist: an
 * official image without `library/`, or `library/` in front of a namespaced name. Real pulls show
 * "denied: The authentication to the upstream registry failed..." (containers-roadmap#2354), so: 403 DENIED.
 */
export const UPSTREAM_AUTH_FAILED =
  'The authentication to the upstream registry failed. Verify that the credentials in your secret are valid and try again.';

export interface CachedBlobAnswer {
  readonly kind: 'cached';
  readonly data: Buffer;
  readonly mediaType: string;
}
export interface RedirectAnswer {
  readonly kind: 'redirect';
  readonly location: string;
}

interface Snapshot {
  readonly top: StoredManifest;
  readonly manifests: Map<string, StoredManifest>;
  readonly blobs: Map<string, { data: Buffer; mediaType: string }>;
  readonly bytes: number;
}

interface InFlight {
  readonly repository: string;
  readonly tag: string;
  readonly match: RuleMatch;
  readonly snapshot: Snapshot;
  readonly record: ImportRecord;
  readonly syncedAt: number;
  timer?: NodeJS.Timeout;
}

export interface PullThroughDeps {
  readonly account: string;
  readonly rules: RuleSet;
  readonly cache: PrivateRegistry;
  readonly upstream: UpstreamStore;
  readonly clock: Clock;
  readonly permissions: () => Permissions;
  readonly importTime: () => ImportTime;
  readonly cdnUrl: () => string;
}

export function importDuration(
  time: ImportTime,
  image: { repository: string; tag?: string; digest: string; bytes: number },
): number {
  if (typeof time === 'number') return time;
  if (typeof time === 'function') return time(image);
  const transfer =
    Number.isFinite(time.bytesPerSecond) && time.bytesPerSecond > 0
      ? (image.bytes / time.bytesPerSecond) * 1000
      : 0;
  return time.latencyMs + transfer;
}

export class PullThrough {
  readonly imports: ImportRecord[] = [];
  readonly #inflight = new Map<string, InFlight>();
  /**
   * Tags a HEAD resolved from upstream, by repository and digest. containerd and BuildKit resolve a
   * tag with a HEAD and then GET the manifest by its digest: ECR imports on that GET (the pull
   * containers-roadmap#2304 shows redirected), though a first pull by digest alone finds nothing.
   */
  readonly #resolvedByHead = new Map<
    string,
    { tag: string; match: RuleMatch; top: StoredManifest; at: number }
  >();
  #stopped = false;

  constructor(private readonly deps: PullThroughDeps) {}

  /** Answer a manifest GET or HEAD; a GET by tag may start an import. */
  async manifest(name: string, reference: string, method: 'GET' | 'HEAD'): Promise<StoredManifest> {
    const { cache, clock, rules } = this.deps;
    const repo = cache.get(name);
    if (reference.startsWith('sha256:')) {
      const cached = repo?.manifests.get(reference);
      if (cached && !isPullable(cached)) throw imageNotFound();
      if (cached) return this.#served(cached, method);
      const pending = this.#inflightManifest(name, reference);
      if (pending) return pending;
      if (repo === undefined && rules.match(name) === undefined) throw this.#nameUnknown(name);
      const resolved = this.#resolvedByHead.get(`${name}\u0000${reference}`);
      const permissions = this.deps.permissions();
      if (
        method === 'GET' &&
        resolved &&
        clock.now() - resolved.at < HEAD_MEMORY_MS &&
        (repo !== undefined || permissions.createRepository) &&
        permissions.batchImportUpstreamImage
      ) {
        this.#resolvedByHead.delete(`${name}\u0000${reference}`);
        return (await this.#startImport(name, resolved.tag, resolved.match, resolved.top)).snapshot.top;
      }
      // A first pull by digest does not reach upstream (containers-roadmap#2837).
      throw imageNotFound();
    }

    const pending = this.#inflight.get(inflightKey(name, reference));
    if (pending) return pending.snapshot.top;
    const match = rules.match(name);
    const cachedTag = repo?.tags.get(reference);
    if (repo !== undefined && cachedTag !== undefined) {
      const cached = repo.manifests.get(cachedTag.digest);
      // An archived image is neither served nor re-checked nor imported again: 404 until restored.
      if (cached && !isPullable(cached)) throw imageNotFound();
      if (match && method === 'GET' && clock.now() - cachedTag.syncedAt >= RECHECK_INTERVAL_MS) {
        const fresh = await this.#recheck(name, reference, match, cachedTag.digest);
        if (fresh) return fresh;
      }
      if (cached) return this.#served(cached, method);
    }
    if (match === undefined) {
      if (repo === undefined) throw this.#nameUnknown(name);
      throw imageNotFound();
    }
    // Without these permissions ECR never reaches upstream and says only "not found".
    const permissions = this.deps.permissions();
    if (repo === undefined && !permissions.createRepository) throw imageNotFound();
    if (!permissions.batchImportUpstreamImage) throw imageNotFound();
    const top = await this.#lookupUpstream(match, reference);
    // A HEAD is answered from upstream but does not start an import: warming needs a GET.
    if (method === 'HEAD') {
      this.#resolvedByHead.set(`${name}\u0000${top.digest}`, { tag: reference, match, top, at: clock.now() });
      return top;
    }
    const started = await this.#startImport(name, reference, match, top);
    return started.snapshot.top;
  }

  blob(name: string, digest: string): CachedBlobAnswer | RedirectAnswer {
    const repo = this.deps.cache.get(name);
    const cached = repo?.blobs.get(digest);
    if (cached) return { kind: 'cached', data: cached.data, mediaType: cached.mediaType };
    for (const job of this.#inflightIn(name)) {
      if (job.snapshot.blobs.has(digest))
        return { kind: 'redirect', location: this.#cdnLocation(job.match, digest) };
    }
    if (repo === undefined && this.deps.rules.match(name) === undefined) throw this.#nameUnknown(name);
    throw new RegistryError(404, 'BLOB_UNKNOWN', 'blob unknown to registry');
  }

  tags(name: string): string[] {
    const repo = this.deps.cache.get(name);
    if (repo === undefined) throw this.#nameUnknown(name);
    return [...repo.tags.keys()].sort();
  }

  /** For BatchCheckLayerAvailability: a layer of a running import is known but not yet available. */
  layer(
    name: string,
    digest: string,
  ): { availability: 'AVAILABLE' | 'UNAVAILABLE'; size: number; mediaType: string } | undefined {
    const cached = this.deps.cache.get(name)?.blobs.get(digest);
    if (cached) return { availability: 'AVAILABLE', size: cached.data.length, mediaType: cached.mediaType };
    for (const job of this.#inflightIn(name)) {
      const b = job.snapshot.blobs.get(digest);
      if (b) return { availability: 'UNAVAILABLE', size: b.data.length, mediaType: b.mediaType };
    }
    return undefined;
  }

  /** Upstream location of a blob for the CDN's 'serve' mode. */
  static upstreamOfCdnPath(url: URL): { repository: string; digest: string } | undefined {
    const hex = /\/blobs\/sha256\/[0-9a-f]{2}\/([0-9a-f]{64})\/data$/.exec(url.pathname)?.[1];
    const host = url.searchParams.get('upstream');
    const path = url.searchParams.get('repository');
    if (!hex || !host || !path) return undefined;
    return { repository: upstreamRepository(host, path), digest: `sha256:${hex}` };
  }

  stop(): void {
    this.#stopped = true;
    for (const job of this.#inflight.values()) clearTimeout(job.timer);
    this.#inflight.clear();
  }

  #served(manifest: CachedManifest, method: 'GET' | 'HEAD'): CachedManifest {
    if (method === 'GET') manifest.lastPulledAt = this.deps.clock.now();
    return manifest;
  }

  #nameUnknown(name: string): RegistryError {
    return new RegistryError(404, 'NAME_UNKNOWN', repositoryNotFoundMessage(name, this.deps.account));
  }

  *#inflightIn(name: string): Iterable<InFlight> {
    for (const job of this.#inflight.values()) if (job.repository === name) yield job;
  }

  #inflightManifest(name: string, digest: string): StoredManifest | undefined {
    for (const job of this.#inflightIn(name)) {
      const m = job.snapshot.manifests.get(digest);
      if (m) return m;
    }
    return undefined;
  }

  #cdnLocation(match: RuleMatch, digest: string): string {
    const hex = digest.slice('sha256:'.length);
    const query = new URLSearchParams({
      upstream: normalizeUpstreamHost(match.rule.upstreamRegistryUrl),
      repository: match.upstreamPath,
      expires: String(Math.floor(Date.now() / 1000) + 1200),
    });
    return `${this.deps.cdnUrl()}/registry-v2/docker/registry/v2/blobs/sha256/${hex.slice(0, 2)}/${hex}/data?${query}`;
  }

  async #lookupUpstream(match: RuleMatch, tag: string): Promise<StoredManifest> {
    const { upstream } = this.deps;
    const repository = upstreamRepository(match.rule.upstreamRegistryUrl, match.upstreamPath);
    if (isDockerHubHost(match.rule.upstreamRegistryUrl)) {
      if (!match.upstreamPath.includes('/') || !(await upstream.repositoryExists(repository))) {
        throw new RegistryError(403, 'DENIED', UPSTREAM_AUTH_FAILED);
      }
    }
    const manifest = await upstream.getManifest(repository, tag);
    if (manifest === undefined) throw new RegistryError(404, 'MANIFEST_UNKNOWN', IMAGE_NOT_FOUND);
    return manifest;
  }

  /** The 24 h re-check: a tag that moved upstream is imported again; any upstream failure keeps the cache. */
  async #recheck(
    name: string,
    tag: string,
    match: RuleMatch,
    cachedDigest: string,
  ): Promise<StoredManifest | undefined> {
    const cachedTag = this.deps.cache.get(name)?.tags.get(tag);
    if (cachedTag) cachedTag.syncedAt = this.deps.clock.now();
    if (!this.deps.permissions().batchImportUpstreamImage) return undefined;
    try {
      const top = await this.#lookupUpstream(match, tag);
      if (top.digest === cachedDigest) return undefined;
      return (await this.#startImport(name, tag, match, top)).snapshot.top;
    } catch {
      return undefined;
    }
  }

  async #snapshot(match: RuleMatch, top: StoredManifest): Promise<Snapshot> {
    const { upstream } = this.deps;
    const repository = upstreamRepository(match.rule.upstreamRegistryUrl, match.upstreamPath);
    const manifests = new Map<string, StoredManifest>([[top.digest, top]]);
    const blobs = new Map<string, { data: Buffer; mediaType: string }>();
    const visit = async (m: StoredManifest): Promise<void> => {
      const refs = manifestRefs(m.body, m.mediaType);
      for (const child of refs.children) {
        if (manifests.has(child.digest)) continue;
        const cm = await upstream.getManifest(repository, child.digest);
        if (cm === undefined) throw new RegistryError(404, 'MANIFEST_UNKNOWN', IMAGE_NOT_FOUND);
        manifests.set(cm.digest, cm);
        await visit(cm);
      }
      for (const b of refs.config ? [refs.config, ...refs.layers] : refs.layers) {
        if (blobs.has(b.digest)) continue;
        const data = await upstream.getBlob(repository, b.digest);
        if (data === undefined) throw new RegistryError(404, 'BLOB_UNKNOWN', 'blob unknown to registry');
        blobs.set(b.digest, { data, mediaType: b.mediaType || 'application/octet-stream' });
      }
    };
    await visit(top);
    let bytes = 0;
    for (const m of manifests.values()) bytes += m.body.length;
    for (const b of blobs.values()) bytes += b.data.length;
    return { top, manifests, blobs, bytes };
  }

  async #startImport(name: string, tag: string, match: RuleMatch, top: StoredManifest): Promise<InFlight> {
    const syncedAt = this.deps.clock.now();
    const snapshot = await this.#snapshot(match, top);
    // Another GET may have started the same import while this one read upstream.
    const existing = this.#inflight.get(inflightKey(name, tag));
    if (existing) return existing;
    const { cache, clock } = this.deps;
    cache.create(name, clock.now());
    const image = { repository: name, tag, digest: top.digest, bytes: snapshot.bytes };
    const durationMs = Math.max(0, importDuration(this.deps.importTime(), image));
    const record: ImportRecord = { ...image, startedAt: Date.now(), durationMs };
    const job: InFlight = { repository: name, tag, match, snapshot, record, syncedAt };
    this.imports.push(record);
    this.#inflight.set(inflightKey(name, tag), job);
    if (!this.#stopped) job.timer = setTimeout(() => this.#complete(job), durationMs);
    return job;
  }

  /** Ends the imports in flight now (of one repository, when given), as their timers would: a test's own clock. */
  finishImports(repository?: string): void {
    for (const job of [...this.#inflight.values()]) {
      if (repository !== undefined && job.repository !== repository) continue;
      clearTimeout(job.timer);
      this.#complete(job);
    }
  }

  #complete(job: InFlight): void {
    const { cache, clock } = this.deps;
    const repo: Repository = cache.create(job.repository, clock.now());
    const now = clock.now();
    for (const [digest, b] of job.snapshot.blobs) repo.blobs.set(digest, b);
    // Children before the index, so the index can report the size of its largest child.
    const ordered = [...job.snapshot.manifests.values()].sort(
      (a, b) => Number(isIndexMediaType(a.mediaType)) - Number(isIndexMediaType(b.mediaType)),
    );
    for (const m of ordered) {
      if (repo.manifests.has(m.digest)) continue;
      const refs = manifestRefs(m.body, m.mediaType);
      repo.manifests.set(m.digest, {
        ...m,
        pushedAt: now,
        sizeBytes: imageSize(m, (d) => repo.manifests.get(d)?.sizeBytes),
        ...(refs.config && { artifactMediaType: refs.config.mediaType }),
      });
    }
    repo.tags.set(job.tag, { digest: job.snapshot.top.digest, syncedAt: job.syncedAt });
    job.record.completedAt = Date.now();
    this.#inflight.delete(inflightKey(job.repository, job.tag));
  }
}

function inflightKey(name: string, tag: string): string {
  return `${name}\u0000${tag}`;
}
