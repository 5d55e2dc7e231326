// AWS Signature Version 4 for one JSON request (POST, no query string), as the SDK's signer
// (@smithy/signature-v4) makes it: the login path signs GetAuthorizationToken itself so that a login
// with credentials in the environment never loads the SDK (see token-call.ts).
// test/aws/direct/sigv4.test.ts checks every signature against the SDK's own signer on generated
// requests (odd header values, session tokens, regions, dates, endpoints with paths and ports).

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

/**
 * Headers sent but never signed, as the SDK leaves them out: hop-by-hop ones and those a proxy may
 * change (user-agent among them; x-amz-user-agent is signed).
 */
export const UNSIGNED_HEADERS: ReadonlySet<string> = new Set([
  'authorization',
  'cache-control',
  'connection',
  'expect',
  'from',
  'keep-alive',
  'max-forwards',
  'pragma',
  'referer',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'user-agent',
  'x-amzn-trace-id',
]);

const unsigned = (name: string): boolean =>
  UNSIGNED_HEADERS.has(name) || name.startsWith('proxy-') || name.startsWith('sec-');

const sha256 = (data: string): string => createHash('sha256').update(data, 'utf8').digest('hex');
const hmac = (key: Buffer | string, data: string): Buffer =>
  createHmac('sha256', key).update(data, 'utf8').digest();

/** `20261126T154500Z`: ISO 8601 basic, seconds, UTC. */
const amzDate = (at: Date): string =>
  at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/**
 * A header value in the canonical request: CR and LF count as spaces, each run of spaces and tabs
 * becomes one space, and one space at either end goes. Only those: other white space (NBSP, U+FEFF,
 * VT, FF) stays as sent, as the SDK keeps it (String.prototype.trim would remove it).
 */
export function canonicalHeaderValue(value: string): string {
  return value
    .replace(/[ \t\r\n]+/g, ' ')
    .replace(/^ /, '')
    .replace(/ $/, '');
}

/** RFC 3986 encoding of one path segment as SigV4 wants it (the SDK's escapeUri): also ! ' ( ) *. */
const escapeSegment = (segment: string): string =>
  encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * The canonical path of every service but S3: empty and `.` segments dropped, `..` taken back, each
 * segment encoded again (the URL's path is already encoded once), a trailing slash kept.
 */
export function canonicalPath(pathname: string): string {
  const segments: string[] = [];
  for (const segment of pathname.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  const trailing = segments.length > 0 && pathname.endsWith('/') ? '/' : '';
  return `${pathname.startsWith('/') ? '/' : ''}${segments.map(escapeSegment).join('/')}${trailing}`;
}

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
  const names = Object.keys(headers)
    .filter((n) => !unsigned(n))
    .sort();
  const signedHeaders = names.join(';');
  const canonical = [
    'POST',
    canonicalPath(r.url.pathname),
    '',
    ...names.map((n) => `${n}:${canonicalHeaderValue(headers[n]!)}`),
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
