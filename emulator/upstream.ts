/**
 * The upstream registries (Docker Hub, Quay, ...), all kept in one local store: each upstream host is a
 * namespace inside it, so `docker.io/library/node` lives at `hub/library/node`.
 */
import {
  type BuiltImage,
  buildImage,
  buildIndex,
  formatPlatform,
  type ManifestFormat,
  parsePlatform,
} from './images.js';

export interface StoredManifest {
  readonly digest: string;
  readonly mediaType: string;
  readonly body: Buffer;
}

/** The content store behind the upstreams: a real docker-registry or an in-memory map. */
export interface UpstreamStore {
  readonly kind: 'registry' | 'memory';
  /** Base URL of the docker-registry process, when there is one. */
  readonly url?: string;
  getManifest(repository: string, reference: string): Promise<StoredManifest | undefined>;
  getBlob(repository: string, digest: string): Promise<Buffer | undefined>;
  /** Whether the repository has any tag: Docker Hub answers 401 rather than 404 for one that does not. */
  repositoryExists(repository: string): Promise<boolean>;
  putBlob(repository: string, digest: string, data: Buffer): Promise<void>;
  putManifest(repository: string, reference: string, mediaType: string, body: Buffer): Promise<void>;
  /** Removes the manifest and every tag that points at it. */
  deleteManifest(repository: string, digest: string): Promise<void>;
  close(): Promise<void>;
}

const DOCKER_HUB_HOSTS = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);

const NAMESPACES: Record<string, string> = {
  'docker.io': 'hub',
  'quay.io': 'quay',
  'ghcr.io': 'ghcr',
  'public.ecr.aws': 'ecrpublic',
  'registry.k8s.io': 'k8s',
  'registry.gitlab.com': 'gitlab',
};

export function normalizeUpstreamHost(hostOrUrl: string): string {
  const host = hostOrUrl
    .replace(/^https?:\/\//i, '')
    .replace(/\/.*$/, '')
    .toLowerCase();
  return DOCKER_HUB_HOSTS.has(host) ? 'docker.io' : host;
}

export function isDockerHubHost(hostOrUrl: string): boolean {
  return normalizeUpstreamHost(hostOrUrl) === 'docker.io';
}

/** The namespace of an upstream host in the local store; unknown hosts get their own, named after them. */
export function upstreamNamespace(hostOrUrl: string): string {
  const host = normalizeUpstreamHost(hostOrUrl);
  return NAMESPACES[host] ?? host.replace(/[^a-z0-9.-]/g, '-');
}

export function upstreamRepository(hostOrUrl: string, path: string): string {
  return `${upstreamNamespace(hostOrUrl)}/${path}`;
}

export interface SeedImageOptions {
  host: string;
  path: string;
  tag: string;
  /** e.g. ['linux/amd64', 'linux/arm64']: two or more make an index (default ['linux/amd64']). */
  platforms?: string[];
  /** Force an index even for one platform. */
  index?: boolean;
  layers?: number;
  layerBytes?: number;
  /** Default: 'docker' for Docker Hub, 'oci' elsewhere. */
  format?: ManifestFormat;
}

export interface SeededImage {
  readonly digest: string;
  readonly mediaType: string;
  /** Sum of every manifest, config and layer. */
  readonly bytes: number;
  readonly children?: readonly { platform: string; digest: string }[];
}

export interface DeleteImageOptions {
  host: string;
  path: string;
  tag?: string;
  digest?: string;
}

/** What tests use to change the upstreams at run time. */
export interface UpstreamControl {
  readonly kind: 'registry' | 'memory';
  readonly url?: string;
  seedImage(options: SeedImageOptions): Promise<SeededImage>;
  /** Re-seed a tag with new content, so its digest changes (for the 24 h re-check). */
  updateTag(options: SeedImageOptions): Promise<SeededImage>;
  /** Remove an image (by tag or digest) and every tag pointing at it. */
  deleteImage(options: DeleteImageOptions): Promise<void>;
  namespace(host: string): string;
}

async function pushImage(store: UpstreamStore, repository: string, image: BuiltImage): Promise<void> {
  for (const b of [image.config, ...image.layers]) await store.putBlob(repository, b.digest, b.data);
  await store.putManifest(repository, image.manifest.digest, image.manifest.mediaType, image.manifest.data);
}

export function createUpstreamControl(store: UpstreamStore): UpstreamControl {
  // Each seed of the same reference gets a new generation, hence new bytes and a new digest.
  const generations = new Map<string, number>();

  async function seedImage(options: SeedImageOptions): Promise<SeededImage> {
    const repository = upstreamRepository(options.host, options.path);
    const key = `${repository}:${options.tag}`;
    const generation = generations.get(key) ?? 0;
    generations.set(key, generation + 1);
    const platforms = (options.platforms ?? ['linux/amd64']).map(parsePlatform);
    const format = options.format ?? (isDockerHubHost(options.host) ? 'docker' : 'oci');
    const images = platforms.map((platform) =>
      buildImage({
        seed: `${key}#${generation}`,
        platform,
        layers: options.layers ?? 3,
        layerBytes: options.layerBytes ?? 4096,
        format,
      }),
    );
    for (const image of images) await pushImage(store, repository, image);
    const imageBytes = (i: BuiltImage) =>
      i.manifest.data.length + i.config.data.length + i.layers.reduce((n, l) => n + l.data.length, 0);
    const first = images[0];
    if (first === undefined) throw new Error('seedImage needs at least one platform');
    if (images.length === 1 && !options.index) {
      await store.putManifest(repository, options.tag, first.manifest.mediaType, first.manifest.data);
      return { digest: first.manifest.digest, mediaType: first.manifest.mediaType, bytes: imageBytes(first) };
    }
    const { index } = buildIndex(images, format);
    await store.putManifest(repository, options.tag, index.mediaType, index.data);
    return {
      digest: index.digest,
      mediaType: index.mediaType,
      bytes: index.data.length + images.reduce((n, i) => n + imageBytes(i), 0),
      children: images.map((i) => ({ platform: formatPlatform(i.platform), digest: i.manifest.digest })),
    };
  }

  return {
    kind: store.kind,
    ...(store.url !== undefined && { url: store.url }),
    seedImage,
    updateTag: seedImage,
    namespace: upstreamNamespace,
    async deleteImage(options) {
      const repository = upstreamRepository(options.host, options.path);
      const digest = options.digest ?? (await store.getManifest(repository, options.tag ?? ''))?.digest;
      if (digest === undefined)
        throw new Error(`no upstream image ${options.host}/${options.path}:${options.tag}`);
      await store.deleteManifest(repository, digest);
    },
  };
}
