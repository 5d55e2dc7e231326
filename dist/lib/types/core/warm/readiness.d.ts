import type { ImageRef } from '../image/reference.js';
import { type CacheRule } from '../image/rules.js';
import type { CachedImageContext, WarmFailure } from './diagnosis.js';
import { type Platform } from './manifest.js';
export interface Readiness {
    /** The digest reported: of the index, or the pinned one. */
    readonly digest: string;
    /** Manifests DescribeImages must list. */
    readonly manifests: readonly string[];
    /** The tag the first manifest must carry: when warmed by tag, not pinned to a digest. */
    readonly tag?: string;
    /** Image manifests whose layers --verify-layers checks, with the body when already known. */
    readonly images: readonly {
        readonly digest: string;
        readonly body?: string;
    }[];
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
export declare function readiness(ref: ImageRef, pulled: PulledManifest, wanted: readonly Platform[]): Readiness | {
    readonly failure: WarmFailure;
};
/** Where a cache URI's image lives, and the rule it falls under (the longest prefix; ROOT last). */
export declare function cachedImageContext(registry: string, repository: string, suffix: string, rules: readonly CacheRule[]): CachedImageContext;
/** What a listing of a cache repository says: each manifest digest ECR holds, with its tags. */
export type Listing = ReadonlyMap<string, readonly string[]>;
/** Whether a listing shows the image ready: every expected manifest there, the first with its tag. */
export declare function listedReady(listing: Listing, expected: Readiness): boolean;
