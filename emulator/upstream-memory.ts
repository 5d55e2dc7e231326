/** The upstream store kept in memory, for machines without docker-registry. */
import { sha256Digest } from './images.js';
import type { StoredManifest, UpstreamStore } from './upstream.js';

interface MemoryRepository {
  readonly manifests: Map<string, StoredManifest>;
  readonly tags: Map<string, string>;
  readonly blobs: Map<string, Buffer>;
}

export function createMemoryUpstream(): UpstreamStore {
  const repositories = new Map<string, MemoryRepository>();

  function repo(name: string): MemoryRepository {
    let r = repositories.get(name);
    if (r === undefined) {
      r = { manifests: new Map(), tags: new Map(), blobs: new Map() };
      repositories.set(name, r);
    }
    return r;
  }

  return {
    kind: 'memory',
    async getManifest(repository, reference) {
      const r = repositories.get(repository);
      if (r === undefined) return undefined;
      const digest = reference.startsWith('sha256:') ? reference : r.tags.get(reference);
      return digest === undefined ? undefined : r.manifests.get(digest);
    },
    async getBlob(repository, digest) {
      return repositories.get(repository)?.blobs.get(digest);
    },
    async repositoryExists(repository) {
      return (repositories.get(repository)?.tags.size ?? 0) > 0;
    },
    async putBlob(repository, digest, data) {
      if (sha256Digest(data) !== digest) throw new Error(`blob digest mismatch for ${digest}`);
      repo(repository).blobs.set(digest, data);
    },
    async putManifest(repository, reference, mediaType, body) {
      const r = repo(repository);
      const digest = sha256Digest(body);
      r.manifests.set(digest, { digest, mediaType, body });
      if (!reference.startsWith('sha256:')) r.tags.set(reference, digest);
    },
    async deleteManifest(repository, digest) {
      const r = repositories.get(repository);
      if (r === undefined || !r.manifests.delete(digest))
        throw new Error(`no manifest ${repository}@${digest}`);
      for (const [tag, d] of r.tags) if (d === digest) r.tags.delete(tag);
    },
    async close() {
      repositories.clear();
    },
  };
}
