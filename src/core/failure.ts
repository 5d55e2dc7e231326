// What a failure is: retryable or not, and what it means in the user's terms. One place for both
// rules, shared by login, warm and the action.

import { DOCKER_HUB, parseImageRef } from './image/reference.js';
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

/** True for a refusal for the rate: the API's ThrottlingException, the registry's 429. */
export function isThrottled(failure: unknown): boolean {
  const e = (unwrapSdkError(failure) ?? {}) as ErrorLike;
  return (e.name !== undefined && THROTTLING.has(e.name)) || status(e) === 429;
}

/**
 * True for a request that got no answer at all: it timed out, or its connection failed or dropped
 * (what a missing VPC endpoint looks like), as opposed to an answer that was an error.
 */
export function isNoAnswer(failure: unknown): boolean {
  const error = unwrapSdkError(failure);
  if (!error || typeof error !== 'object') return false;
  const e = error as ErrorLike;
  if (e.name === 'TimeoutError' || (e.code && TRANSIENT_CODES.has(e.code))) return true;
  if (e.cause && e.cause !== error && e.cause !== failure) return isNoAnswer(e.cause);
  return false;
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

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/**
 * Settings a hint may point to, in the words of both kinds of users who read it: the CLI's flag and
 * the action's input (the library's options are named alike). One place, so no hint sends the
 * action's users to a flag they do not have.
 */
const SETTINGS = {
  timeout: { flag: '--timeout', input: 'warm-timeout' },
  concurrency: { flag: '--concurrency', input: 'concurrency' },
  rule: { flag: '--rule', input: 'rules' },
  platform: { flag: '--platform', input: 'platforms' },
  registry: { flag: '--registry', input: 'registries' },
  region: { flag: '--region', input: 'region' },
  rate: { flag: '--rate' },
} as const satisfies Record<string, { flag: string; input?: string }>;

/**
 * A setting as a hint names it, e.g. `--timeout, now 60.0 s; the action's warm-timeout`; `detail`
 * follows the flag as written (` PREFIX=quay.io`, `, now 60.0 s`).
 */
function setting(name: keyof typeof SETTINGS, detail = ''): string {
  const s: { flag: string; input?: string } = SETTINGS[name];
  return s.input ? `${s.flag}${detail}; the action's ${s.input}` : `${s.flag}${detail}, CLI only`;
}

const moreTime = (timeoutMs: number) =>
  `allow more time (${setting('timeout', `, now ${seconds(timeoutMs)}`)})`;

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

/** A call before the first pull that took this share of the run is named: it left the images too little time. */
const SLOW_START_SHARE = 0.25;

const heard = (c: CallCounts) => c.ok + c.throttled + c.failed;
const times = (n: number) => (n === 1 ? 'once' : `${n} times`);
/** Mostly refused for the rate: more time would not help, fewer calls would. */
const mostlyThrottled = (c: CallCounts) => c.throttled > 0 && c.throttled >= c.failed + c.silent;

/** What the failed requests saw, e.g. `was throttled 25 times (last: Rate exceeded)`. */
function failures(c: CallCounts): string {
  const parts = [
    ...(c.throttled ? [`was throttled ${times(c.throttled)}`] : []),
    ...(c.failed ? [`failed ${times(c.failed)}`] : []),
    ...(c.silent ? [`got no answer ${times(c.silent)}`] : []),
  ];
  return `${parts.join(', ')}${c.lastError ? ` (last: ${c.lastError})` : ''}`;
}

function slowStartHint(before: { operation: string; ms: number }, timeoutMs: number): string {
  const skip =
    before.operation === 'DescribePullThroughCacheRules'
      ? `name the rules (${setting('rule', ' PREFIX=UPSTREAM_URL')}) so that warm need not ask for them, or `
      : '';
  return `ECR's API was slow to answer ${before.operation}, which left the images little of the time: ${skip}${moreTime(timeoutMs)}`;
}

const THROTTLED_HINT = `ECR limits API calls per account and region, for every job there together, and more time does not help while they are refused: lower the concurrency (${setting('concurrency')}) or the call rate (${setting('rate')}), or warm fewer images at once`;

/**
 * Time ran out: say what the calls of this image saw, not what they might have seen. A silent
 * endpoint, a throttling storm, a slow start (token, discovery) and a long import each read
 * differently, and each has its own fix.
 */
function deadlineDiagnosis(f: Extract<WarmFailure, { kind: 'deadline' }>): Diagnosis {
  const slow = f.before && f.before.ms >= SLOW_START_SHARE * f.timeoutMs ? f.before : undefined;
  const start = slow
    ? `; ${slow.operation} took ${seconds(slow.ms)} of the ${seconds(f.timeoutMs)} before the first pull`
    : '';
  const hint = (otherwise: string) => (slow ? slowStartHint(slow, f.timeoutMs) : otherwise);
  const waited = seconds(f.waitedMs);
  const counts = f.triggered ? f.checks?.counts : f.pulls;
  // The request in flight is to blame only when its endpoint said nothing to this image, and earlier
  // requests went unanswered too or this one waited most of the time; else it was merely unlucky.
  if (
    f.unanswered &&
    (!counts ||
      (heard(counts) === 0 && (counts.silent > 0 || (f.inFlightMs ?? f.waitedMs) >= f.waitedMs / 2)))
  ) {
    return {
      error: `${unansweredMessage(f.unanswered, f.waitedMs)}${start}`,
      hint: unansweredHint(f.unanswered, f.region),
    };
  }
  if (!f.triggered) {
    if (counts?.sent === 0) {
      return {
        error: `the import was not started: its first pull was still waiting for a free request slot when time ran out (after ${waited})${start}`,
        hint: hint(
          `the other images' requests held every slot: ${moreTime(f.timeoutMs)}, or raise the concurrency (${setting('concurrency')})`,
        ),
      };
    }
    if (counts && counts.throttled + counts.failed + counts.silent === 0) {
      return {
        error: `the import was not started: the first pull ${f.inFlightMs === undefined ? 'was' : `was sent ${seconds(f.inFlightMs)} before the deadline and`} not answered yet${start}`,
        hint: hint(
          `ECR answers a first pull once it has the manifest from the upstream, which can take seconds: ${moreTime(f.timeoutMs)}`,
        ),
      };
    }
    const said = counts ? `: the pull ${failures(counts)}` : f.lastError ? `: ${f.lastError}` : '';
    return {
      error: `the registry did not let warm start the import before the deadline (${waited})${said}${start}`,
      hint: hint(
        counts && mostlyThrottled(counts)
          ? `the registry refused the pulls for their rate: lower the concurrency (${setting('concurrency')}), or warm fewer images at once`
          : 'warm retried until the timeout: check the network path to the registry (HTTPS_PROXY, NO_PROXY, VPC endpoints)',
      ),
    };
  }
  const checks = f.checks;
  if (checks && checks.counts.ok === 0 && checks.counts.failingStreak === 0) {
    return {
      error: `not confirmed ready after ${waited}: the import was started, but time ran out before a check was answered${start}`,
      hint: hint(moreTime(f.timeoutMs)),
    };
  }
  // ECR's last word is stale when the checks failed for most of the wait (or never got one).
  const stale =
    checks !== undefined &&
    checks.counts.failingStreak > 0 &&
    (checks.sinceAnsweredMs === undefined || checks.sinceAnsweredMs >= f.waitedMs / 2);
  if (checks && stale) {
    const c = checks.counts;
    return {
      error: `not confirmed ready after ${waited}: ${checks.operation} ${failures(c)}, ${c.ok} of ${c.sent} checks answered; ECR may have finished importing${start}`,
      hint: mostlyThrottled(c)
        ? THROTTLED_HINT
        : `the ECR API kept failing: check the network path (HTTPS_PROXY, NO_PROXY, the ecr.api VPC endpoint) and the AWS Health Dashboard for ECR${f.region ? ` in ${f.region}` : ''}, then warm again`,
    };
  }
  return {
    error: `not ready after ${waited}: ECR is still importing it${f.layersPending ? ` (${f.layersPending} layer(s) not available yet)` : ''}${start}`,
    hint: hint(
      `the first import of a large image can take minutes: ${moreTime(f.timeoutMs)}, or start warm earlier in the pipeline`,
    ),
  };
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

/** A Docker Hub path that is an official image's short name: Hub's normalization puts it under library/. */
function lacksOfficialNamespace(path: string): boolean {
  try {
    return parseImageRef(`${DOCKER_HUB}/${path}`).path !== path;
  } catch {
    return false;
  }
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
    if (lacksOfficialNamespace(rule.path)) {
      return {
        error: `Docker Hub refused "${rule.path}" (403): official images live under library/`,
        hint: `use ${uri(`library/${rule.path}`)}`,
      };
    }
    if (parts[0] === 'library' && parts.length > 2) {
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
