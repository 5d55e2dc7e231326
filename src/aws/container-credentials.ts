// Credentials from the container credentials endpoint (CodeBuild, ECS tasks, EKS Pod Identity): what
// the SDK's default chain asks when the environment names the endpoint and no earlier source applies.
// The URL and token rules are the SDK's: AWS_CONTAINER_CREDENTIALS_RELATIVE_URI on 169.254.170.2
// first, else AWS_CONTAINER_CREDENTIALS_FULL_URI (https, or http on a loopback or container host);
// the Authorization header from AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE, else _TOKEN.

import { readFileSync } from 'node:fs';
import { globalAgent as httpAgent } from 'node:http';
import { globalAgent as httpsAgent } from 'node:https';
import type { Deadline } from '../deadline.js';
import { exchange } from '../registry/http.js';
import { retrying } from './calls.js';
import type { AwsCredentials } from './sigv4.js';

/** How long the SDK gives the endpoint, to connect and to answer. */
const TIMEOUT_MS = 1_000;

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

/** A failure to get credentials, named as the SDK names it (the hints read the name). */
class CredentialsProviderError extends Error {
  override readonly name = 'CredentialsProviderError';
}

/** The credentials the endpoint hands out; never through a proxy (the endpoint is the host's own). */
export async function containerCredentials(
  url: URL,
  env: NodeJS.ProcessEnv,
  deadline?: Deadline,
): Promise<AwsCredentials> {
  const tokenFile = env.AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE;
  const token = tokenFile ? readFileSync(tokenFile, 'utf8').trim() : env.AWS_CONTAINER_AUTHORIZATION_TOKEN;
  const answer = await retrying(
    () =>
      exchange(url.href, {
        ...(token && { headers: { Authorization: token } }),
        agent: url.protocol === 'https:' ? httpsAgent : httpAgent,
        timeoutMs: TIMEOUT_MS,
        connectTimeoutMs: TIMEOUT_MS,
        ...(deadline && { signal: deadline.signal }),
      }),
    deadline?.signal,
  );
  let body: { AccessKeyId?: unknown; SecretAccessKey?: unknown; Token?: unknown } = {};
  try {
    body = JSON.parse(answer.body.toString('utf8'));
  } catch {}
  const { AccessKeyId: accessKeyId, SecretAccessKey: secretAccessKey, Token: sessionToken } = body;
  if (answer.status !== 200 || typeof accessKeyId !== 'string' || typeof secretAccessKey !== 'string')
    throw new CredentialsProviderError(
      `Could not load credentials from the container credentials endpoint ${url.host} (HTTP ${answer.status})`,
    );
  return { accessKeyId, secretAccessKey, ...(typeof sessionToken === 'string' && { sessionToken }) };
}
