// What an AWS failure means to the user: the likely fix, read from the error's name, message and
// code. (Doctor keeps a failure as data, AwsFailure in core/doctor/findings.ts, with this hint.)

import { type ErrorLike, THROTTLING, unwrapSdkError } from './retry.js';

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
    return `${endpointNamed(e)} for ${region} could not be resolved: check DNS, the region name, or the VPC endpoints`;
  }
  if (code === 'ECONNREFUSED' || code === 'ETIMEDOUT' || name === 'TimeoutError') {
    return `${endpointNamed(e)} did not answer: check the network path, a proxy (HTTPS_PROXY, NO_PROXY), or the VPC endpoints`;
  }
  return undefined;
}

/** Whether an AWS call failed without an answer from the service: its host unresolved or unreached. */
export function isUnreached(error: unknown): boolean {
  const e = (unwrapSdkError(error) ?? {}) as ErrorLike;
  const code = e.code ?? (e.cause as ErrorLike | undefined)?.code;
  return ['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ETIMEDOUT', 'ECONNRESET'].includes(code ?? '');
}

const SERVICES: Record<string, string> = { sts: 'STS', secretsmanager: 'Secrets Manager' };

/** The endpoint a network error names (Node puts the host in it): `the STS endpoint (HOST)`; ECR by default. */
function endpointNamed(e: ErrorLike): string {
  const cause = (e.cause ?? {}) as { hostname?: unknown };
  const named = (e as { hostname?: unknown }).hostname ?? cause.hostname;
  const host =
    typeof named === 'string'
      ? named
      : /(?:ENOTFOUND|EAI_AGAIN|ECONNREFUSED) ([\w.-]+)/.exec(e.message ?? '')?.[1];
  const service = host ? SERVICES[host.split('.')[0]!.toLowerCase()] : undefined;
  return service ? `the ${service} endpoint (${host})` : 'the ECR endpoint';
}

/**
 * Where a signature mismatch's message goes on to quote what the service computed: the canonical
 * request (its headers carry the session token) and the string to sign. Nothing after either is kept.
 */
const ECHOED_SIGNING_TEXT =
  /\s*(?:The Canonical String for this request should have been|The String-to-Sign should have been)[\s\S]*$/;

/**
 * An AWS error message fit to show: the quoted canonical request and string to sign cut off, and
 * every secret given (the session token) replaced. The one shaper of both token paths' messages.
 */
export function shownAwsMessage(message: string, secrets: readonly (string | undefined)[] = []): string {
  let shown = message.replace(ECHOED_SIGNING_TEXT, '');
  for (const secret of secrets) if (secret) shown = shown.split(secret).join('***');
  return shown;
}
