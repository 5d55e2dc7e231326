// Registry credentials as login hands them on, and the forms their password travels in: each form is
// a secret, masked and redacted wherever the password is.

/** One registry's login, from GetAuthorizationToken. */
export interface RegistryCredentials {
  /** Registry host[:port], from the token's proxyEndpoint. */
  readonly registry: string;
  /** The token's proxyEndpoint, e.g. https://111122223333.dkr.ecr.us-east-1.amazonaws.com */
  readonly endpoint: string;
  readonly region: string;
  /** The account asked for, when one was. */
  readonly account?: string;
  readonly username: string;
  readonly password: string;
  // biome-ignore lint/style/noRestrictedGlobals: a value the token carries; core reads no clock
  readonly expiresAt: Date;
}

/** `username:password` in base64: HTTP Basic auth's value, and the `auth` docker's config stores. */
export function basicAuth(username: string, password: string): string {
  return Buffer.from(`${username}:${password}`).toString('base64');
}

/**
 * The forms a registry password travels in, each a secret: raw, base64 (as some tools log it), and
 * base64 of `username:password` (basicAuth).
 */
export function secretForms(username: string, password: string): string[] {
  return [password, Buffer.from(password).toString('base64'), basicAuth(username, password)];
}

/**
 * Every form a docker `auth` value (base64 of `user:password`) shows its secret in: the value itself,
 * and the password's forms when it decodes to a user and a password.
 */
export function authSecrets(auth: string): string[] {
  const decoded = Buffer.from(auth, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (!(colon > 0 && colon < decoded.length - 1)) return [auth];
  return [...new Set([auth, ...secretForms(decoded.slice(0, colon), decoded.slice(colon + 1))])];
}

/** Text with every form of a password replaced by `***`. */
export function redact(text: string, username: string, password: string): string {
  return secretForms(username, password)
    .sort((a, b) => b.length - a.length)
    .reduce((t, secret) => t.split(secret).join('***'), text);
}
