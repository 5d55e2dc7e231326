// Credentials from the container credentials endpoint (CodeBuild, ECS tasks, EKS Pod Identity): what
// the SDK's default chain asks when the environment names the endpoint and no earlier source applies.
// The URL and token rules are the SDK's (@aws-sdk/credential-provider-http, the oracle of
// test/aws/direct/container-credentials.test.ts): AWS_CONTAINER_CREDENTIALS_RELATIVE_URI on
// 169.254.170.2 first, else AWS_CONTAINER_CREDENTIALS_FULL_URI (https, or http on a loopback or
// container host); the Authorization header from AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE, else _TOKEN.

import { readFileSync } from 'node:fs';
import { globalAgent as httpAgent } from 'node:http';
import { globalAgent as httpsAgent } from 'node:https';
import { checkContainerCredentials, NOT_JSON, UnexpectedAnswer } from '../../core/token-answer.js';
import { exchange } from '../../net/http.js';
import type { Run } from '../../run/run.js';
import { retrying } from '../calls.js';
import type { AwsCredentials } from './sigv4.js';

/** How long the SDK gives the endpoint, to connect and to answer. */
const TIMEOUT_MS = 1_000;

/** Plain http is taken on these hosts only (besides 127.0.0.0/8): the container hosts and loopback. */
const CONTAINER_HOSTS = new Set(['169.254.170.2', '169.254.170.23', '[fd00:ec2::23]', 'localhost', '[::1]']);

/** The endpoint the environment names, when the SDK would accept it. */
export function containerCredentialsUrl(env: NodeJS.ProcessEnv): URL | undefined {
  const relative = env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI;
  const full = env.AWS_CONTAINER_CREDENTIALS_FULL_URI;
  let url: URL;
  try {
    url = new URL(relative ? `http://169.254.170.2${relative}` : (full ?? ''));
  } catch {
    return undefined;
  }
  if (url.protocol === 'https:') return url;
  if (url.protocol !== 'http:') return undefined;
  const loopback = /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(url.hostname);
  return loopback || CONTAINER_HOSTS.has(url.hostname) ? url : undefined;
}

/** A failure to get credentials, named as the SDK names it (the hints read the name and message). */
class CredentialsProviderError extends Error {
  override readonly name = 'CredentialsProviderError';
}

/** An answer other than 200: a 5xx or a 429 is tried again (the status is what the retry rule reads). */
class EndpointAnswer extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
    this.name = 'CredentialsEndpointAnswer';
  }
}

/**
 * The Authorization header to send: the token file's text (trimmed: a file written with a final
 * newline still works, where the SDK would fail), else the variable's. A token with CR or LF inside
 * is refused, as the SDK refuses it.
 */
export function containerAuthorization(env: NodeJS.ProcessEnv): string | undefined {
  const tokenFile = env.AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE;
  const token = tokenFile ? readFileSync(tokenFile, 'utf8').trim() : env.AWS_CONTAINER_AUTHORIZATION_TOKEN;
  if (token && /[\r\n]/.test(token))
    throw new CredentialsProviderError(
      `the container authorization token${tokenFile ? ` in ${tokenFile}` : ''} holds a line break`,
    );
  return token || undefined;
}

/**
 * The secrets the environment holds for AWS: the secret key and session token, the container
 * credentials endpoint's token and, on ECS, its path (a credential of its own). Each is handed to
 * the run's onSecret before the first call (the action masks them).
 */
export function environmentSecrets(env: NodeJS.ProcessEnv): string[] {
  let token: string | undefined;
  try {
    token = containerAuthorization(env);
  } catch {} // the call that sends it says what is wrong with it
  return [
    env.AWS_SECRET_ACCESS_KEY,
    env.AWS_SESSION_TOKEN,
    token,
    env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI,
  ].filter((s): s is string => !!s);
}

/**
 * The credentials the endpoint hands out, each handed to the run's onSecret as it arrives; never
 * through a proxy (the endpoint is the host's own).
 */
export async function containerCredentials(
  run: Run,
  url: URL,
  env: NodeJS.ProcessEnv,
): Promise<AwsCredentials> {
  const token = containerAuthorization(env);
  const ask = async () => {
    const answer = await exchange(run, url.href, {
      ...(token && { headers: { Authorization: token } }),
      agent: url.protocol === 'https:' ? httpsAgent : httpAgent,
      timeoutMs: TIMEOUT_MS,
      connectTimeoutMs: TIMEOUT_MS,
      // The path is a credential of its own on ECS: --debug shows the host only.
      hidePath: true,
      signal: run.signal,
    });
    if (answer.status !== 200) throw new EndpointAnswer(answer.status);
    return answer;
  };
  let text: string;
  try {
    text = (await retrying(ask, run.signal)).body.toString('utf8');
  } catch (e) {
    if (run.expired) throw e;
    throw new CredentialsProviderError(
      `Could not load credentials from the container credentials endpoint ${url.host}: ${(e as Error).message}`,
      { cause: e },
    );
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new UnexpectedAnswer(url.host, NOT_JSON);
  }
  const checked = checkContainerCredentials(body, url.host, Date.now(), Date.parse);
  for (const secret of [checked.accessKeyId, checked.secretAccessKey, checked.sessionToken])
    if (secret) run.onSecret(secret);
  return {
    accessKeyId: checked.accessKeyId,
    secretAccessKey: checked.secretAccessKey,
    sessionToken: checked.sessionToken,
  };
}
