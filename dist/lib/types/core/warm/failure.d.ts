import type { UnansweredRequest } from '../unanswered.js';
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
/** What the requests of one operation (the pulls that start an import, the DescribeImages checks) of one image saw. */
export interface CallCounts {
    /** Requests sent, every retry included. */
    sent: number;
    /** Answered with what was asked. */
    ok: number;
    /** Refused for the rate (ThrottlingException, 429). */
    throttled: number;
    /** Answered with another error (5xx, ...). */
    failed: number;
    /** Never answered: timed out, reset, refused, unreachable. */
    silent: number;
    /** Failures since the last success: what the latest requests saw. */
    failingStreak: number;
    /** When the last success came (Date.now() ms). */
    lastOkAt?: number;
    lastError?: string;
}
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
    /** Since the import was started, or (when it was not) since the image's turn came. */
    readonly waitedMs: number;
    readonly timeoutMs: number;
    /** Whether the pull that starts the import got through. */
    readonly triggered: boolean;
    readonly lastError?: string;
    /** Layers still not available (with --verify-layers). */
    readonly layersPending?: number;
    /** The request that was still waiting for an answer when time ran out. */
    readonly unanswered?: UnansweredRequest;
    /** How long the image's request in flight at the deadline, if any, had waited. */
    readonly inFlightMs?: number;
    readonly region?: string;
    /** The slowest call before the first pull (the token, discovery): time the images did not get. */
    readonly before?: {
        readonly operation: string;
        readonly ms: number;
    };
    /** What the pulls that start the import saw (the operation is the registry's GET manifest). */
    readonly pulls?: CallCounts;
    /** What the readiness checks saw once the import was started, and how long ago one was answered. */
    readonly checks?: {
        readonly operation: string;
        readonly counts: CallCounts;
        readonly sinceAnsweredMs?: number;
    };
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
