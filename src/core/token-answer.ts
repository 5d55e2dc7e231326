// What a GetAuthorizationToken answer and a container credentials answer must hold before anything
// is written: the same checks whether the SDK or our own signed call fetched it. A malformed answer
// is an OperationError naming the endpoint and what is wrong, never its values (they are secrets).

import { OperationError } from './errors.js';

/** The longest an ECR token lives ahead of now (ECR gives 12 hours). */
export const MAX_TOKEN_LIFETIME_MS = 24 * 3600_000;

/** What is wrong with an answer whose body does not parse. */
export const NOT_JSON = 'the body is not JSON';

/** An answer we cannot use: which endpoint gave it and what is wrong with it. */
export class UnexpectedAnswer extends OperationError {
  constructor(endpoint: string, what: string) {
    super(`unexpected answer from ${endpoint}: ${what}`);
    this.name = 'UnexpectedAnswer';
  }
}

/** One entry of a GetAuthorizationToken answer, checked. */
export interface TokenEntry {
  readonly authorizationToken: string;
  readonly proxyEndpoint: string;
  readonly username: string;
  readonly password: string;
  /** Epoch ms; undefined when the answer gave none. */
  readonly expiresAtMs?: number;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isHttpUrl = (value: string): boolean => {
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
};

/**
 * expiresAt as epoch ms: the SDK hands a Date (an invalid one for a number it cannot convert), our
 * own call the JSON 1.1 number of epoch seconds. NaN for anything else.
 */
function expiryMs(value: unknown): number {
  if (typeof value === 'number') return value * 1000;
  if (typeof (value as { getTime?: unknown } | null)?.getTime === 'function')
    return (value as { getTime(): number }).getTime();
  return Number.NaN;
}

/**
 * The entries of a GetAuthorizationToken answer (`answer` is the parsed body or the SDK's output),
 * each with a token that decodes (by `decodeBase64`) to `AWS:PASSWORD`, an http(s) proxyEndpoint
 * and an expiry between `nowMs` and a day later; else an UnexpectedAnswer.
 */
export function checkTokenAnswer(
  answer: unknown,
  endpoint: string,
  nowMs: number,
  decodeBase64: (text: string) => string,
): TokenEntry[] {
  const wrong = (what: string) => new UnexpectedAnswer(endpoint, what);
  if (!isObject(answer)) throw wrong('the body is not a JSON object');
  const data = answer.authorizationData;
  if (data === undefined) throw wrong('no authorizationData');
  if (!Array.isArray(data)) throw wrong('authorizationData is not a list');
  return data.map((entry: unknown, i) => {
    const at = `authorizationData[${i}]`;
    if (!isObject(entry)) throw wrong(`${at} is not an object`);
    const { authorizationToken, proxyEndpoint, expiresAt } = entry;
    if (typeof authorizationToken !== 'string' || !authorizationToken)
      throw wrong(`${at} has no authorizationToken`);
    if (typeof proxyEndpoint !== 'string' || !proxyEndpoint) throw wrong(`${at} has no proxyEndpoint`);
    if (!isHttpUrl(proxyEndpoint)) throw wrong(`the proxyEndpoint of ${at} is not an http(s) URL`);
    const decoded = decodeBase64(authorizationToken);
    const colon = decoded.indexOf(':');
    const username = decoded.slice(0, colon);
    const password = decoded.slice(colon + 1);
    if (colon < 0 || username !== 'AWS' || !password)
      throw wrong(`the authorizationToken of ${at} does not decode to AWS:PASSWORD`);
    if (expiresAt === undefined || expiresAt === null)
      return { authorizationToken, proxyEndpoint, username, password };
    const expiresAtMs = expiryMs(expiresAt);
    if (!(expiresAtMs > nowMs && expiresAtMs <= nowMs + MAX_TOKEN_LIFETIME_MS))
      throw wrong(`the expiresAt of ${at} is not a time within a day from now`);
    return { authorizationToken, proxyEndpoint, username, password, expiresAtMs };
  });
}

/** Credentials from a container credentials endpoint, checked. */
export interface ContainerCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken: string;
  readonly expirationMs: number;
}

/** RFC 3339 date-time in UTC, the form the SDK's parser (parseRfc3339DateTime) takes. */
const RFC3339_UTC = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?[Zz]$/;

/**
 * The credentials in a container credentials answer, checked at least as the SDK's HTTP provider
 * checks them (AccessKeyId, SecretAccessKey, Token and an RFC 3339 Expiration, all strings), and
 * not expired at `nowMs` (`parseTime` reads the time: epoch ms, NaN when it is none); else an
 * UnexpectedAnswer.
 */
export function checkContainerCredentials(
  answer: unknown,
  endpoint: string,
  nowMs: number,
  parseTime: (text: string) => number,
): ContainerCredentials {
  const wrong = (what: string) => new UnexpectedAnswer(endpoint, what);
  if (!isObject(answer)) throw wrong('the body is not a JSON object');
  for (const field of ['AccessKeyId', 'SecretAccessKey', 'Token', 'Expiration'])
    if (typeof answer[field] !== 'string' || !answer[field]) throw wrong(`no ${field}`);
  const expiration = answer.Expiration as string;
  const expirationMs = RFC3339_UTC.test(expiration) ? parseTime(expiration) : Number.NaN;
  if (Number.isNaN(expirationMs)) throw wrong('Expiration is not an RFC 3339 time');
  if (expirationMs <= nowMs) throw wrong('Expiration is in the past');
  return {
    accessKeyId: answer.AccessKeyId as string,
    secretAccessKey: answer.SecretAccessKey as string,
    sessionToken: answer.Token as string,
    expirationMs,
  };
}
