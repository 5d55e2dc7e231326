import { ECRClient } from '@aws-sdk/client-ecr';
import type { Clients } from './sdk/clients.js';
/** An ECR client sharing the run's handler (proxy, agents) and credentials, without SDK retries. */
export declare function singleAttemptEcr(clients: Clients): ECRClient;
export interface ImageQuery {
    readonly repositoryName: string;
    /** For another account's registry; absent for the caller's own. */
    readonly registryId?: string;
}
/** BatchCheckLayerAvailability takes at most 100 ids per call. */
export declare const MAX_IDS_PER_CALL = 100;
/** A listing page holds up to 1,000 images (DescribeImages' largest maxResults). */
export declare const MAX_RESULTS_PER_PAGE = 1000;
/**
 * One page of what a cache repository holds: each manifest digest with its tags (ACTIVE images
 * only, as DescribeImages lists without a status filter), and the token of the next page. A
 * listing, not a list of ids: DescribeImages fails the whole call when one id asked for is missing,
 * so ids batched together only say "all there or not", while a listing says it for each image of
 * the repository at once. A repository a first pull has not created yet holds nothing.
 */
export declare function listImagesPage(ecr: ECRClient, query: ImageQuery, nextToken: string | undefined, signal?: AbortSignal): Promise<{
    found: Map<string, readonly string[]>;
    nextToken?: string;
}>;
/**
 * The status (ACTIVE, ARCHIVED, ACTIVATING) of the image a tag or digest names, or undefined when ECR
 * does not hold it. Without an imageStatus filter DescribeImages sees ACTIVE images only.
 */
export declare function storedImageStatus(ecr: ECRClient, query: ImageQuery, reference: string, signal?: AbortSignal): Promise<string | undefined>;
/** The layers and configs (at most 100) that ECR cannot serve yet: unavailable or unknown. */
export declare function unavailableLayers(ecr: ECRClient, query: ImageQuery, digests: readonly string[], signal?: AbortSignal): Promise<string[]>;
