// What ECR holds in a cache repository: DescribeImages (is this manifest there, with this tag? is an
// image that will not pull archived?) and BatchCheckLayerAvailability (can its layers be served?).
// Calls go through a client that never retries on its own: warm retries itself within its deadline
// and counts every call it makes.

import {
  BatchCheckLayerAvailabilityCommand,
  DescribeImagesCommand,
  ECRClient,
  type ImageIdentifier,
} from '@aws-sdk/client-ecr';
import { unwrapSdkError } from '../core/retry.js';
import type { Clients } from './clients.js';

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

/** DescribeImages and BatchCheckLayerAvailability take at most 100 ids per call. */
export const MAX_IDS_PER_CALL = 100;

const NOT_THERE = new Set(['ImageNotFoundException', 'RepositoryNotFoundException']);

/**
 * The tags of each manifest asked for (at most 100), or undefined when any of them is not in the
 * repository yet: DescribeImages fails the whole call for one missing id, and a repository that a
 * first pull has just created may not be listed yet either.
 */
export async function describeManifests(
  ecr: ECRClient,
  query: ImageQuery,
  digests: readonly string[],
  signal?: AbortSignal,
): Promise<Map<string, readonly string[]> | undefined> {
  const imageIds: ImageIdentifier[] = digests.map((imageDigest) => ({ imageDigest }));
  try {
    const answer = await ecr.send(new DescribeImagesCommand({ ...query, imageIds }), { abortSignal: signal });
    const found = new Map<string, readonly string[]>();
    for (const d of answer.imageDetails ?? []) if (d.imageDigest) found.set(d.imageDigest, d.imageTags ?? []);
    return digests.every((d) => found.has(d)) ? found : undefined;
  } catch (e) {
    if (NOT_THERE.has((e as Error).name)) return undefined;
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
