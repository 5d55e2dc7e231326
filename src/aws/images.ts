// What ECR holds in a cache repository: DescribeImages (which manifests, with which tags, a listing
// of the repository; is an image that will not pull archived?) and BatchCheckLayerAvailability (can
// its layers be served?).
// Calls go through a client that never retries on its own: warm retries itself within its deadline
// and counts every call it makes.

import {
  BatchCheckLayerAvailabilityCommand,
  DescribeImagesCommand,
  ECRClient,
  type ImageIdentifier,
} from '@aws-sdk/client-ecr';
import { unwrapSdkError } from '../core/retry.js';
import type { Clients } from './sdk/clients.js';

/** An ECR client sharing the run's handler (proxy, agents) and credentials, without SDK retries. */
export function singleAttemptEcr(clients: Clients): ECRClient {
  const { requestHandler, credentials } = clients.ecr.config;
  return new ECRClient({ region: clients.region, requestHandler, credentials, maxAttempts: 1 });
}

export interface ImageQuery {
  readonly repositoryName: string;
  /** For another account's registry; absent for the caller's own. */
  readonly registryId?: string;
}

/** BatchCheckLayerAvailability takes at most 100 ids per call. */
export const MAX_IDS_PER_CALL = 100;

const NOT_THERE = new Set(['ImageNotFoundException', 'RepositoryNotFoundException']);

/** A listing page holds up to 1,000 images (DescribeImages' largest maxResults). */
export const MAX_RESULTS_PER_PAGE = 1000;

/**
 * One page of what a cache repository holds: each manifest digest with its tags (ACTIVE images
 * only, as DescribeImages lists without a status filter), and the token of the next page. A
 * listing, not a list of ids: DescribeImages fails the whole call when one id asked for is missing,
 * so ids batched together only say "all there or not", while a listing says it for each image of
 * the repository at once. A repository a first pull has not created yet holds nothing.
 */
export async function listImagesPage(
  ecr: ECRClient,
  query: ImageQuery,
  nextToken: string | undefined,
  signal?: AbortSignal,
): Promise<{ found: Map<string, readonly string[]>; nextToken?: string }> {
  try {
    const answer = await ecr.send(
      new DescribeImagesCommand({
        ...query,
        maxResults: MAX_RESULTS_PER_PAGE,
        ...(nextToken && { nextToken }),
      }),
      { abortSignal: signal },
    );
    const found = new Map<string, readonly string[]>();
    for (const d of answer.imageDetails ?? []) if (d.imageDigest) found.set(d.imageDigest, d.imageTags ?? []);
    return { found, ...(answer.nextToken && { nextToken: answer.nextToken }) };
  } catch (e) {
    if (NOT_THERE.has((e as Error).name)) return { found: new Map() };
    throw unwrapSdkError(e);
  }
}

/**
 * The status (ACTIVE, ARCHIVED, ACTIVATING) of the image a tag or digest names, or undefined when ECR
 * does not hold it. Without an imageStatus filter DescribeImages sees ACTIVE images only.
 */
export async function storedImageStatus(
  ecr: ECRClient,
  query: ImageQuery,
  reference: string,
  signal?: AbortSignal,
): Promise<string | undefined> {
  const imageId: ImageIdentifier = reference.startsWith('sha256:')
    ? { imageDigest: reference }
    : { imageTag: reference };
  try {
    const answer = await ecr.send(
      new DescribeImagesCommand({ ...query, imageIds: [imageId], filter: { imageStatus: 'ANY' } }),
      { abortSignal: signal },
    );
    return answer.imageDetails?.[0]?.imageStatus;
  } catch (e) {
    if (NOT_THERE.has((e as Error).name)) return undefined;
    throw unwrapSdkError(e);
  }
}

/** The layers and configs (at most 100) that ECR cannot serve yet: unavailable or unknown. */
export async function unavailableLayers(
  ecr: ECRClient,
  query: ImageQuery,
  digests: readonly string[],
  signal?: AbortSignal,
): Promise<string[]> {
  const answer = await ecr.send(
    new BatchCheckLayerAvailabilityCommand({ ...query, layerDigests: [...digests] }),
    {
      abortSignal: signal,
    },
  );
  const available = new Set(
    (answer.layers ?? []).filter((l) => l.layerAvailability === 'AVAILABLE').map((l) => l.layerDigest),
  );
  return digests.filter((d) => !available.has(d));
}
