import { ECRClient } from '@aws-sdk/client-ecr';
import type { Clients } from './clients.js';
/** An ECR client sharing the run's handler (proxy, agents) and credentials, without SDK retries. */
export declare function singleAttemptEcr(clients: Clients): ECRClient;
export interface ImageQuery {
    readonly repositoryName: string;
    /** For another account's registry; absent for the caller's own. */
    readonly registryId?: string;
}
/** DescribeImages and BatchCheckLayerAvailability take at most 100 ids per call. */
export declare const MAX_IDS_PER_CALL = 100;
/**
 * The tags of each manifest asked for (at most 100), or undefined when any of them is not in the
 * repository yet: DescribeImages fails the whole call for one missing id, and a repository that a
 * first pull has just created may not be listed yet either.
 */
export declare function describeManifests(ecr: ECRClient, query: ImageQuery, digests: readonly string[], signal?: AbortSignal): Promise<Map<string, readonly string[]> | undefined>;
/**
 * The status (ACTIVE, ARCHIVED, ACTIVATING) of the image a tag or digest names, or undefined when ECR
 * does not hold it. Without an imageStatus filter DescribeImages sees ACTIVE images only.
 */
export declare function storedImageStatus(ecr: ECRClient, query: ImageQuery, reference: string, signal?: AbortSignal): Promise<string | undefined>;
/** The layers and configs (at most 100) that ECR cannot serve yet: unavailable or unknown. */
export declare function unavailableLayers(ecr: ECRClient, query: ImageQuery, digests: readonly string[], signal?: AbortSignal): Promise<string[]>;
