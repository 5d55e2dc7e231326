// What a failure is: retryable or not, and what it means in the user's terms. One place for both
// rules, shared by login, warm and the action.

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

/** True for failures worth another try: throttling, 429, 5xx, timeouts, resets, DNS hiccups. */
export function isRetryable(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const e = error as ErrorLike;
  if (e.name && AUTH_FAILURES.has(e.name)) return false;
  const s = status(e);
  if (s === 401 || s === 403) return false;
  if (e.name && (THROTTLING.has(e.name) || TRANSIENT_NAMES.has(e.name))) return true;
  if (e.code && TRANSIENT_CODES.has(e.code)) return true;
  if (s === 429 || (s !== undefined && s >= 500)) return true;
  if (e.cause && e.cause !== error) return isRetryable(e.cause);
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
  const e = (error ?? {}) as ErrorLike;
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
