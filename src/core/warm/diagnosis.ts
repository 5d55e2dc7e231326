// Why warm could not make an image ready, and the likely fix, in the user's terms: each failure warm
// sees (a registry answer, an API error, the deadline, a moved tag, a missing platform) as data, and
// one function that says what it means. What the deadline means is in deadline-diagnosis.ts.

import { awsHint } from '../aws-failure.js';
import { DOCKER_HUB, isOfficialImageName, OFFICIAL_NAMESPACE } from '../image/reference.js';
import type { UnansweredRequest } from '../unanswered.js';
import { deadlineDiagnosis } from './deadline-diagnosis.js';
import { setting } from './settings.js';

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
export function mayBeArchived(status: number, code: string | undefined): boolean {
  return status === 404 && code !== 'NAME_UNKNOWN';
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
export type WarmFailure =
  | { readonly kind: 'unmapped'; readonly registry: string; readonly reason: string }
  | {
      readonly kind: 'registry';
      readonly status: number;
      readonly code?: string;
      readonly detail: string;
      readonly image: CachedImageContext;
      readonly digestOnly: boolean;
      /** What DescribeImages (any status) said of the image a 404 named: archived images 404 too. */
      readonly stored?: StoredImage;
    }
  | { readonly kind: 'api'; readonly operation: string; readonly error: unknown; readonly region: string }
  | {
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
      readonly before?: { readonly operation: string; readonly ms: number };
      /** What the pulls that start the import saw (the operation is the registry's GET manifest). */
      readonly pulls?: CallCounts;
      /** What the readiness checks saw once the import was started, and how long ago one was answered. */
      readonly checks?: {
        readonly operation: string;
        readonly counts: CallCounts;
        readonly sinceAnsweredMs?: number;
      };
    }
  | { readonly kind: 'tag-moved'; readonly tag: string; readonly digest: string; readonly pinned: string }
  | { readonly kind: 'platform'; readonly wanted: readonly string[]; readonly available: readonly string[] }
  | { readonly kind: 'other'; readonly error: unknown };

export interface Diagnosis {
  readonly error: string;
  readonly hint?: string;
}

/** What a failure to warm an image means, and the likely fix, in the user's terms. */
export function warmDiagnosis(f: WarmFailure): Diagnosis {
  switch (f.kind) {
    case 'unmapped':
      return {
        error: f.reason,
        hint: `create a pull-through cache rule for ${f.registry} (aws ecr create-pull-through-cache-rule --ecr-repository-prefix PREFIX --upstream-registry-url ${f.registry}), or name an existing one (${setting('rule', ` PREFIX=${f.registry}`)})`,
      };
    case 'registry':
      return registryDiagnosis(f);
    case 'api':
      return {
        error: `${f.operation} failed: ${(f.error as Error)?.message ?? String(f.error)}`,
        ...optionalHint(awsHint(f.error, f.region)),
      };
    case 'deadline':
      return deadlineDiagnosis(f);
    case 'tag-moved':
      return {
        error: `the tag ${f.tag} now points to ${f.digest}, not to the pinned ${f.pinned}`,
        hint: 'ECR imports what a tag points to upstream; update the pinned digest, or pin one the tag still has',
      };
    case 'platform':
      return {
        error: `the index has no ${f.wanted.join(', ')} image (it has ${f.available.join(', ') || 'none'})`,
        hint: `choose platforms (${setting('platform')}) among those the index has, or name none to warm them all`,
      };
    case 'other':
      return { error: (f.error as Error)?.message ?? String(f.error) };
  }
}

function optionalHint(hint: string | undefined): { hint?: string } {
  return hint === undefined ? {} : { hint };
}

/** A 404 on an image ECR holds in its archive storage class, or is restoring from it. */
function archiveDiagnosis(image: CachedImageContext, stored: StoredImage | undefined): Diagnosis | undefined {
  if (stored?.status !== 'ARCHIVED' && stored?.status !== 'ACTIVATING') return undefined;
  const byDigest = stored.reference.startsWith('sha256:');
  const named = `${image.repository}${byDigest ? '@' : ':'}${stored.reference}`;
  if (stored.status === 'ACTIVATING') {
    return {
      error: `being restored from the archive: ECR does not serve ${named} until the restore is done`,
      hint: 'a restore takes up to 20 minutes: warm again once DescribeImages shows the image ACTIVE',
    };
  }
  const id = `${byDigest ? 'imageDigest' : 'imageTag'}=${stored.reference}`;
  return {
    error: `archived: ${named} is in ECR's archive storage class, and an archived image cannot be pulled`,
    hint: `restore it (UpdateImageStorageClass: aws ecr update-image-storage-class --repository-name ${image.repository} --image-id ${id} --target-storage-class STANDARD; up to 20 minutes) and warm again, or pull a new tag, which ECR imports afresh`,
  };
}

function registryDiagnosis(f: Extract<WarmFailure, { kind: 'registry' }>): Diagnosis {
  const { image, detail } = f;
  const rule = image.rule;
  const said = detail ? `: ${detail}` : '';
  if (f.status === 401) {
    return {
      error: `the registry refused the token (401 Unauthorized${said})`,
      hint: `the token is for another account or region: warm gets it for the registry (${setting('registry')}; default: the caller's) in the region (${setting('region')}); check that both name the cache`,
    };
  }
  if (f.status === 403 && /token has expired/i.test(detail)) {
    return {
      error: 'the registry token has expired',
      hint: 'tokens last 12 hours: run warm again for a fresh one',
    };
  }
  // IAM names the action it denied; past that, a 403 on a Docker Hub name is decided by the name
  // itself, whatever ECR's words (they are Hub's 401 for a repository that does not exist).
  const deniedAction = /perform: (\S+)/.exec(detail)?.[1];
  const hub = rule?.upstream === DOCKER_HUB;
  if (f.status === 403 && deniedAction === undefined && hub && rule) {
    const parts = rule.path.split('/');
    const uri = (path: string) => `${image.registry}/${rule.prefix}/${path}${image.suffix}`;
    if (isOfficialImageName(rule.path)) {
      return {
        error: `Docker Hub refused "${rule.path}" (403): official images live under library/`,
        hint: `use ${uri(`${OFFICIAL_NAMESPACE}/${rule.path}`)}`,
      };
    }
    if (parts[0] === OFFICIAL_NAMESPACE && parts.length > 2) {
      return {
        error: `authentication to Docker Hub failed for "${rule.path}" (403): library/ does not belong in a namespaced name`,
        hint: `library/ is only for official images (one-part names): use ${uri(parts.slice(1).join('/'))}`,
      };
    }
  }
  if (f.status === 403 && /upstream registry/i.test(detail)) {
    const host = rule?.upstream ?? 'the upstream registry';
    return {
      error: `authentication to ${host} failed (403${said})`,
      hint: `check the rule's Secrets Manager secret (ecr-pullthroughcache/...): its username and accessToken must be valid for ${host}${hub ? '; Docker Hub also answers this way for a repository that does not exist' : ''}`,
    };
  }
  if (f.status === 403) {
    return {
      error: `access denied (403${said})`,
      hint: `the caller lacks ${deniedAction ?? 'a permission to pull'} on ${image.repository}: grant it in the IAM policy`,
    };
  }
  if (f.status === 404 && f.code === 'NAME_UNKNOWN') {
    const prefix = image.repository.split('/')[0];
    return {
      error: `no pull-through cache rule covers ${image.repository}${said}`,
      hint: `no rule in this registry has the prefix "${prefix}": check the rules (aws ecr describe-pull-through-cache-rules, or those given: ${setting('rule')})`,
    };
  }
  if (f.status === 404) {
    const archived = archiveDiagnosis(image, f.stored);
    if (archived) return archived;
    if (f.digestOnly) {
      return {
        error: 'ECR cannot import an image by digest on its first pull, and this digest is not in the cache',
        hint: `warm it by tag, as NAME:TAG${image.suffix}: ECR imports the tag and warm checks the digest (aws/containers-roadmap#2837)`,
      };
    }
    const upstream = rule ? `${rule.upstream}/${rule.path}${image.suffix}` : image.repository + image.suffix;
    return {
      error: `Requested image not found: no image ${upstream} upstream, or ECR was not allowed to import it`,
      hint: 'check that the image exists upstream; the caller needs ecr:BatchImportUpstreamImage, and ecr:CreateRepository when the cache repository is new',
    };
  }
  return { error: `the registry answered ${f.status}${f.code ? ` ${f.code}` : ''}${said}` };
}
