import { type UnansweredRequest } from './unanswered.js';
/**
 * The SDK hides an error that is not an `Error` of its own realm (Node's socket errors, when the
 * code runs in a vm context such as a test runner's) behind a message-only wrapper. Recover the
 * name and code, which the retry rule reads.
 */
export declare function unwrapSdkError(e: unknown): unknown;
/** True for failures worth another try: throttling, 429, 5xx, timeouts, resets, DNS hiccups. */
export declare function isRetryable(failure: unknown): boolean;
/** True for failures of authentication or authorization (never retried). */
export declare function isAuthFailure(error: unknown): boolean;
/** The likely fix for an AWS failure, in the user's terms (undefined when we have nothing useful to add). */
export declare function awsHint(error: unknown, region: string): string | undefined;
/** Where an image lives in the cache, and the rule behind it, for the diagnoses of warm. */
export interface CachedImageContext {
    /** The cache URI's registry host. */
    readonly registry: string;
    /** The cache repository, `<prefix>/<upstream path>`. */
    readonly repository: string;
    /** `:tag@digest` as written. */
    readonly suffix: string;
    /** The rule the repository falls under, when one does. */
    readonly rule?: {
        readonly prefix: string;
        /** The upstream host as references spell it (`docker.io` for Docker Hub). */
        readonly upstream: string;
        /** The path upstream, after the rule's prefix. */
        readonly path: string;
    };
}
/** An image ECR holds, by the tag or digest a pull named, and its status (ACTIVE, ARCHIVED, ACTIVATING). */
export interface StoredImage {
    readonly reference: string;
    readonly status: string;
}
/** A pull's 404 that an archived image gives too (any but NAME_UNKNOWN): worth one DescribeImages to tell. */
export declare function mayBeArchived(status: number, code: string | undefined): boolean;
/** Why one image could not be warmed, as warm saw it. */
export type WarmFailure = {
    readonly kind: 'unmapped';
    readonly registry: string;
    readonly reason: string;
} | {
    readonly kind: 'registry';
    readonly status: number;
    readonly code?: string;
    readonly detail: string;
    readonly image: CachedImageContext;
    readonly digestOnly: boolean;
    /** What DescribeImages (any status) said of the image a 404 named: archived images 404 too. */
    readonly stored?: StoredImage;
} | {
    readonly kind: 'api';
    readonly operation: string;
    readonly error: unknown;
    readonly region: string;
} | {
    readonly kind: 'deadline';
    readonly waitedMs: number;
    readonly timeoutMs: number;
    /** Whether the pull that starts the import got through. */
    readonly triggered: boolean;
    readonly lastError?: string;
    /** Layers still not available (with --verify-layers). */
    readonly layersPending?: number;
    /** The request that was still waiting for an answer when time ran out. */
    readonly unanswered?: UnansweredRequest;
    readonly region?: string;
} | {
    readonly kind: 'tag-moved';
    readonly tag: string;
    readonly digest: string;
    readonly pinned: string;
} | {
    readonly kind: 'platform';
    readonly wanted: readonly string[];
    readonly available: readonly string[];
} | {
    readonly kind: 'other';
    readonly error: unknown;
};
export interface Diagnosis {
    readonly error: string;
    readonly hint?: string;
}
/** What a failure to warm an image means, and the likely fix, in the user's terms. */
export declare function warmDiagnosis(f: WarmFailure): Diagnosis;
