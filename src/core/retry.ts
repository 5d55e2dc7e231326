// Retryable or fatal: the one rule for every call we make (the AWS SDK's, the registry's, Node's
// sockets), and the backoff between tries. Deciding only: the loop that sleeps is retry-loop.ts.

import { InputError } from './errors.js';

/** The shape of the errors we meet: SDK service errors, Node network errors, registry HTTP errors. */
export interface ErrorLike {
  name?: string;
  code?: string;
  message?: string;
  status?: number;
  $metadata?: { httpStatusCode?: number; clockSkewCorrected?: boolean };
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
/** The names of a refusal for the rate (the registry says it with a 429 instead). */
export const THROTTLING: ReadonlySet<string> = new Set([
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
  // A signature refused for our clock, which the SDK has now set by the server's: sign again. (The
  // signed path does the same within its one attempt, token-call.ts.)
  if (e.$metadata?.clockSkewCorrected === true) return true;
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

/** Exponential backoff with full jitter and a cap. */
export interface BackoffPolicy {
  /** First delay ceiling. */
  readonly baseMs: number;
  /** Largest delay ceiling. */
  readonly capMs: number;
  /** Attempts in all (the first one included); unbounded when absent (then a deadline bounds it). */
  readonly maxAttempts?: number;
}

/** A call of login, discovery, the token, doctor or setup: five attempts at most. */
export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 200, capMs: 5_000, maxAttempts: 5 };

/**
 * The attempts an AWS call gets: AWS_MAX_ATTEMPTS when set (a positive integer, as the SDK reads
 * it), else DEFAULT_BACKOFF's. Our loop is the one that retries AWS calls on both token paths (the
 * SDK clients make one attempt each), so it honours the SDK's setting.
 */
export function awsAttempts(setting: string | undefined): number {
  if (setting === undefined || setting === '') return DEFAULT_BACKOFF.maxAttempts!;
  if (!/^\d+$/.test(setting.trim()) || Number(setting) < 1)
    throw new InputError(`AWS_MAX_ATTEMPTS must be a positive integer, not "${setting}"`);
  return Number(setting);
}

/** A call of warm (its `retry` option overrides base and cap): no attempt limit, the run's deadline ends it. */
export const WARM_BACKOFF: BackoffPolicy = { baseMs: 250, capMs: 5_000 };

/**
 * Full jitter: a uniform delay between 0 and min(cap, base * 2^retry), for retry = 0, 1, ...;
 * `random` is a draw in [0, 1) (the loop passes Math.random).
 */
export function backoffDelay(retry: number, policy: BackoffPolicy, random: () => number): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(retry, 30));
  return Math.floor(random() * ceiling);
}
