// What a failure is: retryable or not, and what it means in the user's terms. One place for both
// rules, shared by login, warm and the action.

import { type UnansweredRequest, unansweredHint, unansweredMessage } from './unanswered.js';

/** The shape of the errors we meet: SDK service errors, Node network errors, registry HTTP errors. */
interface ErrorLike {
  name?: string;
  code?: string;
  message?: string;
  status?: number;
  $metadata?: { httpStatusCode?: number };
  $retryable?: unknown;
  cause?: unknown;
}

const AUTH_FAILURES = new Set([
  'AccessDeniedException',
  'AccessDenied',
  'UnrecognizedClientException',
  'InvalidClientTokenId',
  'ExpiredToken',
  'ExpiredTokenException',
  'InvalidSignatureException',
  'SignatureDoesNotMatch',
  'CredentialsProviderError',
  'MissingAuthenticationTokenException',
]);
const THROTTLING = new Set([
  'ThrottlingException',
  'Throttling',
  'TooManyRequestsException',
  'RequestLimitExceeded',
]);
const TRANSIENT_NAMES = new Set([
  'ServerException',
  'ServiceUnavailable',
  'ServiceUnavailableException',
  'InternalServerError',
  'InternalFailure',
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException',
]);
const TRANSIENT_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'ESOCKETTIMEDOUT',
  'EAI_AGAIN',
  'ENOTFOUND',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
]);

function status(e: ErrorLike): number | undefined {
  return e.status ?? e.$metadata?.httpStatusCode;
}

/**
 * The SDK hides an error that is not an `Error` of its own realm (Node's socket errors, when the
 * code runs in a vm context such as a test runner's) behind a message-only wrapper. Recover the
 * name and code, which the retry rule reads.
 */
export function unwrapSdkError(e: unknown): unknown {
  const m = /^AWS SDK error wrapper for (\w+): (.*)$/s.exec((e as Error | undefined)?.message ?? '');
  if (!m) return e;
  const code = /\b(E[A-Z]{3,})\b/.exec(m[2]!)?.[1];
  return Object.assign(new Error(m[2], { cause: e }), { name: m[1], ...(code && { code }) });
}

/** True for failures worth another try: throttling, 429, 5xx, timeouts, resets, DNS hiccups. */
export function isRetryable(failure: unknown): boolean {
  const error = unwrapSdkError(failure);
  if (!error || typeof error !== 'object') return false;
  const e = error as ErrorLike;
  if (e.name && AUTH_FAILURES.has(e.name)) return false;
  const s = status(e);
  if (s === 401 || s === 403) return false;
  if (e.name && (THROTTLING.has(e.name) || TRANSIENT_NAMES.has(e.name))) return true;
  if (e.code && TRANSIENT_CODES.has(e.code)) return true;
  if (s === 429 || (s !== undefined && s >= 500)) return true;
  // Follow a cause, but not back into the SDK wrapper this error was recovered from.
  if (e.cause && e.cause !== error && e.cause !== failure) return isRetryable(e.cause);
  return false;
}

/** True for failures of authentication or authorization (never retried). */
export function isAuthFailure(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const e = error as ErrorLike;
  return (e.name !== undefined && AUTH_FAILURES.has(e.name)) || status(e) === 401;
}

/** The likely fix for an AWS failure, in the user's terms (undefined when we have nothing useful to add). */
export function awsHint(error: unknown, region: string): string | undefined {
  const e = (unwrapSdkError(error) ?? {}) as ErrorLike;
  const name = e.name ?? '';
  const msg = e.message ?? '';
  if (name === 'CredentialsProviderError' || /Could not load credentials/i.test(msg)) {
    return 'no AWS credentials found: set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, AWS_PROFILE, a web identity (aws-actions/configure-aws-credentials), or run where container or instance credentials exist';
  }
  if (name === 'UnrecognizedClientException' || name === 'InvalidClientTokenId') {
    return 'the AWS credentials are not valid (wrong key, or a session token missing or from another partition)';
  }
  if (name === 'ExpiredToken' || name === 'ExpiredTokenException')
    return 'the AWS session has expired: refresh the credentials';
  if (name === 'InvalidSignatureException' || name === 'SignatureDoesNotMatch') {
    return `the request was signed for another region or with a wrong secret key; check that the region (${region}) matches the registry`;
  }
  if (name === 'AccessDeniedException' || name === 'AccessDenied') {
    const action = /perform: (\S+)/.exec(msg)?.[1];
    return `the caller lacks ${action ?? 'an ECR permission'}: grant it in the IAM policy`;
  }
  if (THROTTLING.has(name)) return 'ECR throttled the calls (Rate exceeded); retried until the deadline';
  const code = e.code ?? (e.cause as ErrorLike | undefined)?.code;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return `the ECR endpoint for ${region} could not be resolved: check DNS, the region name, or the VPC endpoints`;
  }
  if (code === 'ECONNREFUSED' || code === 'ETIMEDOUT' || name === 'TimeoutError') {
    return 'the ECR endpoint did not answer: check the network path, a proxy (HTTPS_PROXY, NO_PROXY), or the VPC endpoints';
  }
  return undefined;
}

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
    }
  | { readonly kind: 'tag-moved'; readonly tag: string; readonly digest: string; readonly pinned: string }
  | { readonly kind: 'platform'; readonly wanted: readonly string[]; readonly available: readonly string[] }
  | { readonly kind: 'other'; readonly error: unknown };

export interface Diagnosis {
  readonly error: string;
  readonly hint?: string;
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/** What a failure to warm an image means, and the likely fix, in the user's terms. */
export function warmDiagnosis(f: WarmFailure): Diagnosis {
  switch (f.kind) {
    case 'unmapped':
      return {
        error: f.reason,
        hint: `create a pull-through cache rule for ${f.registry} (aws ecr create-pull-through-cache-rule --ecr-repository-prefix PREFIX --upstream-registry-url ${f.registry}), or name an existing one with --rule PREFIX=${f.registry}`,
      };
    case 'registry':
      return registryDiagnosis(f);
    case 'api':
      return {
        error: `${f.operation} failed: ${(f.error as Error)?.message ?? String(f.error)}`,
        ...optionalHint(awsHint(f.error, f.region)),
      };
    case 'deadline':
      if (f.unanswered) {
        return {
          error: unansweredMessage(f.unanswered, f.waitedMs),
          hint: unansweredHint(f.unanswered, f.region),
        };
      }
      if (!f.triggered) {
        return {
          error: `the registry did not let warm start the import before the deadline (${seconds(f.waitedMs)})${f.lastError ? `: ${f.lastError}` : ''}`,
          hint: 'warm retried until --timeout: check the network path to the registry (HTTPS_PROXY, NO_PROXY, VPC endpoints)',
        };
      }
      return {
        error: `not ready after ${seconds(f.waitedMs)}: ECR is still importing it${f.layersPending ? ` (${f.layersPending} layer(s) not available yet)` : ''}`,
        hint: `the first import of a large image can take minutes: give warm more time (--timeout, now ${seconds(f.timeoutMs)}) or start it earlier in the pipeline`,
      };
    case 'tag-moved':
      return {
        error: `the tag ${f.tag} now points to ${f.digest}, not to the pinned ${f.pinned}`,
        hint: 'ECR imports what a tag points to upstream; update the pinned digest, or pin one the tag still has',
      };
    case 'platform':
      return {
        error: `the index has no ${f.wanted.join(', ')} image (it has ${f.available.join(', ') || 'none'})`,
        hint: 'choose --platform among the platforms the index has, or drop it to warm them all',
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
      hint: 'the token is for another account or region: warm gets it for --registry (or the default registry) in --region; check both name the cache',
    };
  }
  if (f.status === 403 && /token has expired/i.test(detail)) {
    return {
      error: 'the registry token has expired',
      hint: 'tokens last 12 hours: run warm again for a fresh one',
    };
  }
  if (f.status === 403 && /upstream registry/i.test(detail)) {
    const hub = rule?.upstream === 'docker.io';
    const parts = rule?.path.split('/') ?? [];
    const uri = (path: string) => `${image.registry}/${rule?.prefix}/${path}${image.suffix}`;
    if (hub && rule && parts.length === 1) {
      return {
        error: `Docker Hub refused "${rule.path}" (403): official images live under library/`,
        hint: `use ${uri(`library/${rule.path}`)}`,
      };
    }
    if (hub && rule && parts[0] === 'library' && parts.length > 2) {
      return {
        error: `authentication to Docker Hub failed for "${rule.path}" (403): library/ does not belong in a namespaced name`,
        hint: `library/ is only for official images (one-part names): use ${uri(parts.slice(1).join('/'))}`,
      };
    }
    const host = rule?.upstream ?? 'the upstream registry';
    return {
      error: `authentication to ${host} failed (403${said})`,
      hint: `check the rule's Secrets Manager secret (ecr-pullthroughcache/...): its username and accessToken must be valid for ${host}${hub ? '; Docker Hub also answers this way for a repository that does not exist' : ''}`,
    };
  }
  if (f.status === 403) {
    const action = /perform: (\S+)/.exec(detail)?.[1];
    return {
      error: `access denied (403${said})`,
      hint: `the caller lacks ${action ?? 'a permission to pull'} on ${image.repository}: grant it in the IAM policy`,
    };
  }
  if (f.status === 404 && f.code === 'NAME_UNKNOWN') {
    const prefix = image.repository.split('/')[0];
    return {
      error: `no pull-through cache rule covers ${image.repository}${said}`,
      hint: `no rule in this registry has the prefix "${prefix}": check the rules (aws ecr describe-pull-through-cache-rules) or --rule`,
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
