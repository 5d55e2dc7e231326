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
    readonly expiresAt: Date;
}
/** `username:password` in base64: HTTP Basic auth's value, and the `auth` docker's config stores. */
export declare function basicAuth(username: string, password: string): string;
/**
 * The forms a registry password travels in, each a secret: raw, base64 (as some tools log it), and
 * base64 of `username:password` (basicAuth).
 */
export declare function secretForms(username: string, password: string): string[];
/**
 * Every form a docker `auth` value (base64 of `user:password`) shows its secret in: the value itself,
 * and the password's forms when it decodes to a user and a password.
 */
export declare function authSecrets(auth: string): string[];
/** Text with every form of a password replaced by `***`. */
export declare function redact(text: string, username: string, password: string): string;
