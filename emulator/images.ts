/**
 * Small but real container images: gzip'd tar layers of pseudo-random bytes, a config whose diff_ids
 * match the layers, and Docker v2 or OCI manifests and indexes with correct sha256 digests.
 */
import { createCipheriv, createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

export const MediaType = {
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  dockerConfig: 'application/vnd.docker.container.image.v1+json',
  dockerLayer: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociConfig: 'application/vnd.oci.image.config.v1+json',
  ociLayer: 'application/vnd.oci.image.layer.v1.tar+gzip',
} as const;

export const MANIFEST_MEDIA_TYPES: readonly string[] = [
  MediaType.dockerManifest,
  MediaType.dockerList,
  MediaType.ociManifest,
  MediaType.ociIndex,
];

export type ManifestFormat = 'docker' | 'oci';

export interface Blob {
  readonly digest: string;
  readonly mediaType: string;
  readonly data: Buffer;
}

export interface Platform {
  readonly os: string;
  readonly architecture: string;
  readonly variant?: string;
}

export interface BuiltImage {
  readonly platform: Platform;
  readonly manifest: Blob;
  readonly config: Blob;
  readonly layers: readonly Blob[];
}

export interface BuiltIndex {
  readonly index: Blob;
  readonly children: readonly BuiltImage[];
}

export function sha256Digest(data: Buffer): string {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`;
}

export function isIndexMediaType(mediaType: string): boolean {
  return mediaType === MediaType.dockerList || mediaType === MediaType.ociIndex;
}

export function parsePlatform(text: string): Platform {
  const [os, architecture, variant] = text.split('/');
  if (!os || !architecture) throw new Error(`platform "${text}" is not os/arch[/variant]`);
  return variant ? { os, architecture, variant } : { os, architecture };
}

export function formatPlatform(p: Platform): string {
  return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}

/** Deterministic incompressible bytes: AES-CTR keystream keyed by the seed text. */
function pseudoRandomBytes(seed: string, length: number): Buffer {
  const key = createHash('sha256').update(seed).digest().subarray(0, 16);
  const cipher = createCipheriv('aes-128-ctr', key, Buffer.alloc(16));
  return Buffer.concat([cipher.update(Buffer.alloc(length)), cipher.final()]);
}

/** A ustar archive holding one regular file (enough for any layer consumer). */
function tarOneFile(name: string, content: Buffer): Buffer {
  const header = Buffer.alloc(512);
  const put = (text: string, offset: number, length: number) => header.write(text, offset, length, 'ascii');
  const octal = (n: number, width: number) => `${n.toString(8).padStart(width - 1, '0')}\0`;
  put(name, 0, 100);
  put(octal(0o644, 8), 100, 8);
  put(octal(0, 8), 108, 8);
  put(octal(0, 8), 116, 8);
  put(octal(content.length, 12), 124, 12);
  put(octal(0, 12), 136, 12);
  put('        ', 148, 8); // checksum is computed with its own field as spaces
  put('0', 156, 1);
  put('ustar\0', 257, 6);
  put('00', 263, 2);
  let sum = 0;
  for (const byte of header) sum += byte;
  put(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8);
  const padding = Buffer.alloc((512 - (content.length % 512)) % 512);
  return Buffer.concat([header, content, padding, Buffer.alloc(1024)]);
}

function json(value: unknown): Buffer {
  return Buffer.from(JSON.stringify(value));
}

function blob(mediaType: string, data: Buffer): Blob {
  return { digest: sha256Digest(data), mediaType, data };
}

function descriptor(b: Blob): { mediaType: string; size: number; digest: string } {
  return { mediaType: b.mediaType, size: b.data.length, digest: b.digest };
}

export interface ImageSpec {
  /** Any text: the same seed gives the same bytes, a different one a different image. */
  readonly seed: string;
  readonly platform: Platform;
  readonly layers: number;
  readonly layerBytes: number;
  readonly format: ManifestFormat;
}

export function buildImage(spec: ImageSpec): BuiltImage {
  const docker = spec.format === 'docker';
  const layers: Blob[] = [];
  const diffIds: string[] = [];
  for (let i = 0; i < spec.layers; i++) {
    const content = pseudoRandomBytes(
      `${spec.seed}|${formatPlatform(spec.platform)}|layer${i}`,
      spec.layerBytes,
    );
    const tar = tarOneFile(`layer${i}/data.bin`, content);
    diffIds.push(sha256Digest(tar));
    layers.push(blob(docker ? MediaType.dockerLayer : MediaType.ociLayer, gzipSync(tar)));
  }
  const config = blob(
    docker ? MediaType.dockerConfig : MediaType.ociConfig,
    json({
      architecture: spec.platform.architecture,
      os: spec.platform.os,
      ...(spec.platform.variant && { variant: spec.platform.variant }),
      created: '2026-01-01T00:00:00Z',
      config: {
        Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
        Cmd: ['/bin/sh'],
      },
      rootfs: { type: 'layers', diff_ids: diffIds },
      history: layers.map((_, i) => ({ created: '2026-01-01T00:00:00Z', created_by: `emulator layer ${i}` })),
      // The seed makes configs differ between images whose layers are identical (layers: 0).
      labels: { 'org.example.emulator.seed': spec.seed },
    }),
  );
  const manifest = blob(
    docker ? MediaType.dockerManifest : MediaType.ociManifest,
    json({
      schemaVersion: 2,
      mediaType: docker ? MediaType.dockerManifest : MediaType.ociManifest,
      config: descriptor(config),
      layers: layers.map(descriptor),
    }),
  );
  return { platform: spec.platform, manifest, config, layers };
}

export function buildIndex(children: readonly BuiltImage[], format: ManifestFormat): BuiltIndex {
  const mediaType = format === 'docker' ? MediaType.dockerList : MediaType.ociIndex;
  const index = blob(
    mediaType,
    json({
      schemaVersion: 2,
      mediaType,
      manifests: children.map((c) => ({ ...descriptor(c.manifest), platform: c.platform })),
    }),
  );
  return { index, children };
}

/** What a stored manifest points at: child manifests (of an index) or config and layer blobs. */
export interface ManifestRefs {
  readonly children: readonly { digest: string; size: number; platform?: Platform }[];
  readonly config?: { digest: string; size: number; mediaType: string };
  readonly layers: readonly { digest: string; size: number; mediaType: string }[];
}

interface RawDescriptor {
  digest?: unknown;
  size?: unknown;
  mediaType?: unknown;
  platform?: Platform;
}

function readDescriptor(d: RawDescriptor): { digest: string; size: number; mediaType: string } {
  if (typeof d.digest !== 'string' || typeof d.size !== 'number') throw new Error('malformed descriptor');
  return { digest: d.digest, size: d.size, mediaType: typeof d.mediaType === 'string' ? d.mediaType : '' };
}

export function manifestRefs(body: Buffer, mediaType: string): ManifestRefs {
  const doc = JSON.parse(body.toString('utf8')) as {
    manifests?: RawDescriptor[];
    config?: RawDescriptor;
    layers?: RawDescriptor[];
  };
  if (isIndexMediaType(mediaType)) {
    return {
      children: (doc.manifests ?? []).map((m) => ({
        ...readDescriptor(m),
        ...(m.platform && { platform: m.platform }),
      })),
      layers: [],
    };
  }
  return {
    children: [],
    ...(doc.config && { config: readDescriptor(doc.config) }),
    layers: (doc.layers ?? []).map(readDescriptor),
  };
}
