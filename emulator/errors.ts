/** Errors as each endpoint spells them: AWS JSON `__type` on the API, distribution `errors[]` on the registry. */

export class ApiError extends Error {
  constructor(
    readonly type: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
    this.name = type;
  }
}

export type RegistryErrorCode =
  | 'BLOB_UNKNOWN'
  | 'DENIED'
  | 'DIGEST_INVALID'
  | 'MANIFEST_UNKNOWN'
  | 'NAME_INVALID'
  | 'NAME_UNKNOWN'
  | 'TAG_INVALID'
  | 'TOOMANYREQUESTS'
  | 'UNAUTHORIZED'
  | 'UNKNOWN'
  | 'UNSUPPORTED';

export class RegistryError extends Error {
  constructor(
    readonly status: number,
    readonly code: RegistryErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'RegistryError';
  }
}

/** What ECR says for a missing image, a missing pull-through permission or an image missing upstream. */
export const IMAGE_NOT_FOUND = 'Requested image not found';

export function imageNotFound(): RegistryError {
  return new RegistryError(404, 'MANIFEST_UNKNOWN', IMAGE_NOT_FOUND);
}

export function repositoryNotFoundMessage(name: string, account: string): string {
  return `The repository with name '${name}' does not exist in the registry with id '${account}'`;
}

/** DescribeImages' and UpdateImageStorageClass' answer for an id the repository does not hold. */
export function imageNotFoundException(
  id: { imageTag?: string; imageDigest?: string },
  repository: string,
  account: string,
): ApiError {
  return new ApiError(
    'ImageNotFoundException',
    `The image with imageId {imageDigest:'${id.imageDigest ?? 'null'}', imageTag:'${id.imageTag ?? 'null'}'} does not exist within the repository with name '${repository}' in the registry with id '${account}'`,
  );
}
