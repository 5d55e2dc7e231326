// GetAuthorizationToken without the SDK, for the case CI runs most: credentials in the environment
// (configure-aws-credentials, a CodeBuild export), no profile and no shared config file. Loading and
// compiling the SDK's ECR client costs more than the call itself; one signed POST does what the SDK
// would do with those settings. Anything that a profile, a FIPS or dual-stack setting or another
// credential source could change goes to the SDK instead (directAccess says undefined).

import { shownAwsMessage } from '../../core/aws-failure.js';
import { partitionFor } from '../../core/image/ecr-host.js';
import { REQUEST_TIMEOUT_MS } from '../../core/timeouts.js';
import { NOT_JSON, UnexpectedAnswer } from '../../core/token-answer.js';
import { exchange } from '../../net/http.js';
import { USER_AGENT } from '../../net/user-agent.js';
import type { Run } from '../../run/run.js';
import { sdkBoolean } from '../region.js';
import { containerCredentials, containerCredentialsUrl } from './container-credentials.js';
import { hasSharedConfig } from './shared-config.js';
import { type AwsCredentials, signJsonRequest } from './sigv4.js';

const TARGET = 'AmazonEC2ContainerRegistry_V20150921.GetAuthorizationToken';

export interface DirectAccess {
  /** Where the credentials come from: the environment's keys, or the container credentials endpoint. */
  readonly credentials: AwsCredentials | { readonly container: URL };
  /** The endpoint configured in the environment (AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL), if any. */
  readonly endpoint?: URL;
}

/** Unset or exactly `false`: a FIPS or dual-stack setting that leaves the default endpoint alone. */
const unsetOrFalse = (value: string | undefined) => value === undefined || sdkBoolean(value) === false;

/**
 * Credentials as the SDK's default chain finds them when no profile and no shared config file exist:
 * the environment's keys, else (no web identity to exchange first) the container endpoint's.
 */
function credentialSource(env: NodeJS.ProcessEnv): DirectAccess['credentials'] | undefined {
  const { AWS_ACCESS_KEY_ID: accessKeyId, AWS_SECRET_ACCESS_KEY: secretAccessKey } = env;
  if (accessKeyId && secretAccessKey)
    return {
      accessKeyId,
      secretAccessKey,
      ...(env.AWS_SESSION_TOKEN && { sessionToken: env.AWS_SESSION_TOKEN }),
    };
  if (env.AWS_WEB_IDENTITY_TOKEN_FILE) return undefined;
  const container = containerCredentialsUrl(env);
  return container && { container };
}

/**
 * How to call ECR without the SDK, or undefined when the SDK must decide: a profile is named, a
 * shared config or credentials file exists, FIPS or dual-stack is asked for, the credentials come
 * from elsewhere than the environment or the container endpoint, or the endpoint is one the SDK
 * would build differently.
 */
export function directAccess(env: NodeJS.ProcessEnv, profile?: string): DirectAccess | undefined {
  if (profile || env.AWS_PROFILE) return undefined;
  if (!unsetOrFalse(env.AWS_USE_FIPS_ENDPOINT) || !unsetOrFalse(env.AWS_USE_DUALSTACK_ENDPOINT))
    return undefined;
  if (env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS !== undefined) return undefined;
  if (hasSharedConfig(env)) return undefined;
  const credentials = credentialSource(env);
  if (!credentials) return undefined;
  const configured = env.AWS_ENDPOINT_URL_ECR || env.AWS_ENDPOINT_URL;
  if (!configured) return { credentials };
  let endpoint: URL;
  try {
    endpoint = new URL(configured);
  } catch {
    return undefined; // the SDK says what is wrong with it
  }
  if (!/^https?:$/.test(endpoint.protocol) || endpoint.pathname !== '/' || endpoint.search) return undefined;
  return { credentials, endpoint };
}

/** The credentials to sign with: at hand, or asked of the container endpoint (once per run). */
export function credentialsOf(access: DirectAccess, run: Run): () => Promise<AwsCredentials> {
  const source = access.credentials;
  if (!('container' in source)) return () => Promise.resolve(source);
  let asked: Promise<AwsCredentials> | undefined;
  return () => {
    asked ??= containerCredentials(run, source.container, process.env);
    return asked;
  };
}

/**
 * The ECR API endpoint of a region, as the SDK's rules build it for a partition this tool knows;
 * undefined for the others (the isolated partitions), which the SDK resolves.
 */
export function ecrApiUrl(region: string): URL | undefined {
  // The SDK resolves `fips-us-east-1` / `us-gov-west-1-fips` to FIPS in the real region: its own.
  if (/-iso[a-z]*-|fips/.test(region)) return undefined;
  return new URL(`https://api.ecr.${region}.${partitionFor(region).dnsSuffix}/`);
}

/** Where the signed call goes for a region: the configured endpoint, else the region's; undefined when the SDK must resolve it. */
export function signedTokenUrl(region: string, access: DirectAccess): URL | undefined {
  // A region we sign for (not an isolated partition, not a `fips-` pseudo-region), whatever the endpoint.
  const apiUrl = ecrApiUrl(region);
  return apiUrl && (access.endpoint ?? apiUrl);
}

/** An AWS service error as the SDK shapes it: what the retry rule and the hints read. */
export class AwsServiceError extends Error {
  readonly $fault: 'client' | 'server';
  readonly $metadata: { readonly httpStatusCode: number; readonly requestId?: string };
  constructor(name: string, message: string, status: number, requestId?: string) {
    super(message);
    this.name = name;
    this.$fault = status >= 500 ? 'server' : 'client';
    this.$metadata = { httpStatusCode: status, ...(requestId && { requestId }) };
  }
}

/** The error an AWS JSON protocol answer carries: its type from the header or the body, without namespace. */
export function serviceError(
  status: number,
  headers: Record<string, unknown>,
  body: Buffer,
  secrets: readonly (string | undefined)[] = [],
): AwsServiceError {
  let parsed: { __type?: unknown; code?: unknown; message?: unknown; Message?: unknown } = {};
  try {
    parsed = JSON.parse(body.toString('utf8')) ?? {};
  } catch {
    // not JSON (a proxy's page): the status speaks
  }
  const raw = String(headers['x-amzn-errortype'] ?? parsed.__type ?? parsed.code ?? '');
  const type = raw.split(':')[0]!.split('#').pop() || (status >= 500 ? 'InternalFailure' : `HTTP${status}`);
  // A signature mismatch's message goes on with the canonical request, whose headers carry the
  // session token: shaped as every AWS message is.
  const message = shownAwsMessage(String(parsed.message ?? parsed.Message ?? `HTTP ${status}`), secrets);
  const requestId = headers['x-amzn-requestid'];
  return new AwsServiceError(type, message, status, typeof requestId === 'string' ? requestId : undefined);
}

export interface DirectCall {
  readonly credentials: AwsCredentials;
  readonly region: string;
  readonly url: URL;
}

/** How far the server's clock is from ours, when it is far enough for a signature to be refused. */
const SKEW_MS = 4 * 60_000;

/**
 * One signed GetAuthorizationToken (retries are the caller's): the answer's body as parsed JSON (an
 * empty body is an empty object, as the SDK reads it), an UnexpectedAnswer when it is not JSON, or
 * an AwsServiceError. As the SDK does, a signature refused while the server's Date is minutes away
 * from our clock (a runner without NTP) is signed again once, with the server's time.
 */
export async function signedGetAuthorizationToken(
  run: Run,
  call: DirectCall,
  accounts: readonly string[],
): Promise<unknown> {
  const secrets = [call.credentials.sessionToken];
  let answer = await signedPost(run, call, accounts, 0);
  if (answer.status !== 200) {
    const serverDate = Date.parse(String(answer.headers.date ?? ''));
    const offset = Number.isNaN(serverDate) ? 0 : serverDate - Date.now();
    const refused = serviceError(answer.status, answer.headers, answer.body, secrets);
    if (refused.name === 'InvalidSignatureException' && Math.abs(offset) > SKEW_MS)
      answer = await signedPost(run, call, accounts, offset);
  }
  if (answer.status !== 200) throw serviceError(answer.status, answer.headers, answer.body, secrets);
  const text = answer.body.toString('utf8');
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new UnexpectedAnswer(call.url.host, NOT_JSON);
  }
}

/** The request, signed at our time plus `offsetMs`, and its answer whatever the status. */
async function signedPost(run: Run, call: DirectCall, accounts: readonly string[], offsetMs: number) {
  const { url } = call;
  const body = JSON.stringify(accounts.length ? { registryIds: accounts } : {});
  const headers = signJsonRequest({
    url,
    region: call.region,
    service: 'ecr',
    credentials: call.credentials,
    body,
    // Both headers the SDK names itself in (CloudTrail's userAgent field reads them); as the SDK
    // does, x-amz-user-agent is signed and user-agent is not.
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': TARGET,
      'x-amz-user-agent': USER_AGENT,
      'user-agent': USER_AGENT,
    },
    at: new Date(Date.now() + offsetMs),
  });
  const agent = await run.agents.for(url.href);
  const sent = exchange(run, url.href, {
    method: 'POST',
    headers,
    body,
    operation: 'GetAuthorizationToken',
    agent,
    timeoutMs: REQUEST_TIMEOUT_MS,
    signal: run.signal,
  });
  return run.watch({ service: 'ecr.api', host: url.host, operation: 'GetAuthorizationToken' }, sent);
}
