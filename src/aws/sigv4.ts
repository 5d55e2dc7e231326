// AWS Signature Version 4 for one JSON request (POST, no query string), the form every AWS SDK
// sends: the login path signs GetAuthorizationToken itself so that a login with credentials in the
// environment never loads the SDK (see direct-token.ts). test/aws/sigv4.test.ts checks each header
// against the SDK's own signer.

import { createHash, createHmac } from 'node:crypto';

export interface AwsCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string;
}

export interface SignedJsonRequest {
  readonly url: URL;
  /** Headers to send and sign besides those signing adds. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  readonly region: string;
  /** The signing name: `ecr` for the ECR API. */
  readonly service: string;
  readonly credentials: AwsCredentials;
  /** The signing time (default: now). */
  readonly at?: Date;
}

const sha256 = (data: string): string => createHash('sha256').update(data, 'utf8').digest('hex');
const hmac = (key: Buffer | string, data: string): Buffer =>
  createHmac('sha256', key).update(data, 'utf8').digest();

/** `20261126T154500Z`: ISO 8601 basic, seconds, UTC. */
const amzDate = (at: Date): string =>
  at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** The headers to send: the given ones plus host, date, payload hash, session token and authorization. */
export function signJsonRequest(r: SignedJsonRequest): Record<string, string> {
  const date = amzDate(r.at ?? new Date());
  const day = date.slice(0, 8);
  const payloadHash = sha256(r.body);
  const headers: Record<string, string> = {
    ...Object.fromEntries(Object.entries(r.headers).map(([n, v]) => [n.toLowerCase(), v])),
    host: r.url.host,
    'content-length': String(Buffer.byteLength(r.body, 'utf8')),
    'x-amz-content-sha256': payloadHash,
    'x-amz-date': date,
    ...(r.credentials.sessionToken && { 'x-amz-security-token': r.credentials.sessionToken }),
  };
  const names = Object.keys(headers).sort();
  const signedHeaders = names.join(';');
  const value = (n: string) => String(headers[n]).trim().replace(/\s+/g, ' ');
  const canonical = [
    'POST',
    r.url.pathname || '/',
    '',
    ...names.map((n) => `${n}:${value(n)}`),
    '',
    signedHeaders,
    payloadHash,
  ].join('\n');
  const scope = `${day}/${r.region}/${r.service}/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', date, scope, sha256(canonical)].join('\n');
  let key = hmac(`AWS4${r.credentials.secretAccessKey}`, day);
  for (const part of [r.region, r.service, 'aws4_request']) key = hmac(key, part);
  const signature = createHmac('sha256', key).update(toSign, 'utf8').digest('hex');
  headers.authorization = `AWS4-HMAC-SHA256 Credential=${r.credentials.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
  return headers;
}
