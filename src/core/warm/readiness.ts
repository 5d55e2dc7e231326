// What "ready in the cache" means for one image, from the manifest its first pull returned: which
// manifests DescribeImages must list (the image, and each child of an index that counts), the tag
// the image must carry, and which image manifests hold the layers `--verify-layers` checks.

import type { ImageRef } from '../image/reference.js';
import { type CacheRule, ROOT, upstreamHost } from '../image/rules.js';
import type { CachedImageContext, WarmFailure } from './diagnosis.js';
import {
  type ChildManifest,
  formatPlatform,
  isRunnable,
  type Platform,
  parseManifest,
  platformMatches,
} from './manifest.js';

export interface Readiness {
  /** The digest reported: of the index, or the pinned one. */
  readonly digest: string;
  /** Manifests DescribeImages must list. */
  readonly manifests: readonly string[];
  /** The tag the first manifest must carry: when warmed by tag, not pinned to a digest. */
  readonly tag?: string;
  /** Image manifests whose layers --verify-layers checks, with the body when already known. */
  readonly images: readonly { readonly digest: string; readonly body?: string }[];
  /** Platforms of the children that count. */
  readonly platforms: readonly string[];
}

export interface PulledManifest {
  readonly digest: string;
  readonly mediaType: string;
  readonly body: string;
}

/**
 * What ECR must hold for `ref` to be ready, given the manifest its pull returned and the platforms
 * asked for (none: every child of an index). A pinned digest is what is checked, even when the pull
 * went by tag; a digest the tag no longer leads to, or a platform the index lacks, can never be ready.
 */
export function readiness(
  ref: ImageRef,
  pulled: PulledManifest,
  wanted: readonly Platform[],
): Readiness | { readonly failure: WarmFailure } {
  const parsed = parseManifest(pulled.body, pulled.mediaType);
  const pinned = ref.digest;
  const tag = pinned === undefined ? (ref.tag ?? 'latest') : undefined;
  const moved = (p: string) => ({
    failure: { kind: 'tag-moved', tag: ref.tag ?? '', digest: pulled.digest, pinned: p } as const,
  });
  if (parsed.kind === 'image') {
    if (pinned !== undefined && pinned !== pulled.digest) return moved(pinned);
    return {
      digest: pulled.digest,
      manifests: [pulled.digest],
      ...(tag !== undefined && { tag }),
      images: [{ digest: pulled.digest, body: pulled.body }],
      platforms: [],
    };
  }
  if (pinned !== undefined && pinned !== pulled.digest) {
    const child = parsed.children.find((c) => c.digest === pinned);
    if (!child) return moved(pinned);
    const platforms = child.platform ? [formatPlatform(child.platform)] : [];
    return { digest: pinned, manifests: [pinned], images: [{ digest: pinned }], platforms };
  }
  let children: readonly ChildManifest[] = parsed.children;
  if (wanted.length > 0) {
    children = children.filter((c) => wanted.some((w) => platformMatches(c.platform, w)));
    if (children.length === 0) {
      const available = parsed.children.filter(isRunnable).map((c) => formatPlatform(c.platform!));
      return { failure: { kind: 'platform', wanted: wanted.map(formatPlatform), available } };
    }
  }
  return {
    digest: pulled.digest,
    manifests: [pulled.digest, ...children.map((c) => c.digest)],
    ...(tag !== undefined && { tag }),
    images: children.map((c) => ({ digest: c.digest })),
    platforms: children.filter(isRunnable).map((c) => formatPlatform(c.platform!)),
  };
}

/** Where a cache URI's image lives, and the rule it falls under (the longest prefix; ROOT last). */
export function cachedImageContext(
  registry: string,
  repository: string,
  suffix: string,
  rules: readonly CacheRule[],
): CachedImageContext {
  let best: CacheRule | undefined;
  let bestLength = -1;
  for (const r of rules) {
    const prefix = r.ecrRepositoryPrefix;
    const length = prefix === ROOT ? 0 : repository.startsWith(`${prefix}/`) ? prefix.length : -1;
    if (length > bestLength) [best, bestLength] = [r, length];
  }
  if (!best) return { registry, repository, suffix };
  const prefix = best.ecrRepositoryPrefix;
  const path = prefix === ROOT ? repository : repository.slice(prefix.length + 1);
  return {
    registry,
    repository,
    suffix,
    rule: { prefix, upstream: upstreamHost(best.upstreamRegistryUrl), path },
  };
}

/** What a listing of a cache repository says: each manifest digest ECR holds, with its tags. */
export type Listing = ReadonlyMap<string, readonly string[]>;

/** Whether a listing shows the image ready: every expected manifest there, the first with its tag. */
export function listedReady(listing: Listing, expected: Readiness): boolean {
  if (!expected.manifests.every((d) => listing.has(d))) return false;
  return expected.tag === undefined || (listing.get(expected.digest)?.includes(expected.tag) ?? false);
}
