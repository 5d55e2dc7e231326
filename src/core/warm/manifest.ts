// Manifests as the registry serves them: an index (OCI index, Docker manifest list) names child
// manifests per platform; an image manifest names its config and layers.

export const MEDIA_TYPES = {
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
} as const;

/** What a manifest GET accepts: every kind, so that ECR serves (and imports) exactly what upstream has. */
export const MANIFEST_ACCEPT: readonly string[] = [
  MEDIA_TYPES.ociIndex,
  MEDIA_TYPES.dockerList,
  MEDIA_TYPES.ociManifest,
  MEDIA_TYPES.dockerManifest,
];

export interface Platform {
  readonly os: string;
  readonly architecture: string;
  readonly variant?: string;
}

export interface ChildManifest {
  readonly digest: string;
  readonly mediaType: string;
  readonly platform?: Platform;
}

export type ParsedManifest =
  | { readonly kind: 'index'; readonly children: readonly ChildManifest[] }
  | { readonly kind: 'image'; readonly blobs: readonly string[] };

export class ManifestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ManifestError';
  }
}

interface RawDescriptor {
  digest?: unknown;
  mediaType?: unknown;
  platform?: { os?: unknown; architecture?: unknown; variant?: unknown };
}

/** Parse a manifest body; the Content-Type wins, the body's own mediaType or shape decides otherwise. */
export function parseManifest(body: string, contentType?: string): ParsedManifest {
  let json: { mediaType?: unknown; manifests?: unknown; config?: RawDescriptor; layers?: unknown };
  try {
    json = JSON.parse(body);
  } catch {
    throw new ManifestError('the registry answered with a manifest that is not JSON');
  }
  const type = (contentType?.split(';')[0]?.trim() || String(json.mediaType ?? '')).toLowerCase();
  const isIndex =
    type === MEDIA_TYPES.ociIndex || type === MEDIA_TYPES.dockerList || Array.isArray(json.manifests);
  const descriptors = (list: unknown): RawDescriptor[] =>
    Array.isArray(list) ? list.filter((d) => typeof d?.digest === 'string') : [];
  if (isIndex) {
    const children = descriptors(json.manifests).map((d) => {
      const p = d.platform;
      const platform =
        typeof p?.os === 'string' && typeof p.architecture === 'string'
          ? {
              os: p.os,
              architecture: p.architecture,
              ...(typeof p.variant === 'string' && { variant: p.variant }),
            }
          : undefined;
      return {
        digest: String(d.digest),
        mediaType: String(d.mediaType ?? ''),
        ...(platform && { platform }),
      };
    });
    return { kind: 'index', children };
  }
  const blobs = [json.config, ...descriptors(json.layers)]
    .filter((d): d is RawDescriptor => typeof d?.digest === 'string')
    .map((d) => String(d.digest));
  return { kind: 'image', blobs: [...new Set(blobs)] };
}

export function formatPlatform(p: Platform): string {
  return `${p.os}/${p.architecture}${p.variant ? `/${p.variant}` : ''}`;
}

/** Parse `os/arch[/variant]`, as docker's --platform takes it. */
export function parsePlatform(text: string): Platform | undefined {
  const [os, architecture, variant, extra] = text.trim().toLowerCase().split('/');
  if (!os || !architecture || extra !== undefined || variant === '') return undefined;
  return { os, architecture, ...(variant !== undefined && { variant }) };
}

/** Whether a child's platform is the one asked for; arm64 without a variant is arm64/v8, as containerd has it. */
export function platformMatches(have: Platform | undefined, want: Platform): boolean {
  if (!have) return false;
  const variant = (p: Platform) => p.variant ?? (p.architecture === 'arm64' ? 'v8' : undefined);
  if (have.os !== want.os || have.architecture !== want.architecture) return false;
  return want.variant === undefined || variant(have) === variant(want);
}

/** An attestation or other non-image child: `unknown/unknown`, not something a build runs. */
export function isRunnable(child: ChildManifest): boolean {
  return child.platform !== undefined && child.platform.os !== 'unknown';
}
