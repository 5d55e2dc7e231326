/** Raw HTTP helpers for the emulator's own tests: what a client sends, without any SDK in between. */

import { MANIFEST_MEDIA_TYPES } from './images.js';
import type { Emulator } from './index.js';

/** A header shaped like SigV4, with a key of no one's: the stand-in checks its scope, not its signature. */
export const SIGV4 = (region: string, service = 'ecr') =>
  `AWS4-HMAC-SHA256 Credential=AKIAHANDWRITTENEXAMP/20260101/${region}/${service}/aws4_request, SignedHeaders=host;x-amz-date, Signature=0123abcd`;

export interface ApiAnswer {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
}

export async function ecr(
  emulator: Emulator,
  operation: string,
  input: unknown = {},
  headers: Record<string, string> = { Authorization: SIGV4(emulator.region) },
): Promise<ApiAnswer> {
  const res = await fetch(emulator.apiUrl, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-amz-json-1.1',
      'X-Amz-Target': `AmazonEC2ContainerRegistry_V20150921.${operation}`,
      ...headers,
    },
    body: JSON.stringify(input),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, unknown> };
}

/** A fresh registry password from GetAuthorizationToken. */
export async function password(emulator: Emulator): Promise<string> {
  const { body } = await ecr(emulator, 'GetAuthorizationToken');
  const data = (body.authorizationData as { authorizationToken: string }[])[0];
  return Buffer.from(data?.authorizationToken ?? '', 'base64')
    .toString('utf8')
    .replace(/^AWS:/, '');
}

export function basic(pw: string, user = 'AWS'): string {
  return `Basic ${Buffer.from(`${user}:${pw}`).toString('base64')}`;
}

export interface RegistryAnswer {
  status: number;
  headers: Headers;
  text: string;
  json: () => { errors?: { code: string; message: string }[] } & Record<string, unknown>;
}

export async function registry(
  emulator: Emulator,
  path: string,
  options: { pw?: string; method?: string; accept?: string; authorization?: string } = {},
): Promise<RegistryAnswer> {
  const headers: Record<string, string> = { Accept: options.accept ?? MANIFEST_MEDIA_TYPES.join(', ') };
  const authorization = options.authorization ?? (options.pw === undefined ? undefined : basic(options.pw));
  if (authorization) headers.Authorization = authorization;
  const res = await fetch(`${emulator.registryUrl}${path}`, {
    method: options.method ?? 'GET',
    headers,
    redirect: 'manual',
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: () => JSON.parse(text) };
}

/** Wait until the imports started so far (of one repository, when given) have completed. */
export async function importsDone(
  emulator: Emulator,
  repository?: string,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const pending = () =>
    emulator.imports.some(
      (i) => i.completedAt === undefined && (repository === undefined || i.repository === repository),
    );
  while (pending()) {
    if (Date.now() > deadline) throw new Error('imports did not complete in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}
