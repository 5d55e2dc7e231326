import { OperationError } from './errors.js';
/** The longest an ECR token lives ahead of now (ECR gives 12 hours). */
export declare const MAX_TOKEN_LIFETIME_MS: number;
/** What is wrong with an answer whose body does not parse. */
export declare const NOT_JSON = "the body is not JSON";
/** An answer we cannot use: which endpoint gave it and what is wrong with it. */
export declare class UnexpectedAnswer extends OperationError {
    constructor(endpoint: string, what: string);
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
/**
 * The entries of a GetAuthorizationToken answer (`answer` is the parsed body or the SDK's output),
 * each with a token that decodes (by `decodeBase64`) to `AWS:PASSWORD`, an http(s) proxyEndpoint
 * and an expiry between `nowMs` and a day later; else an UnexpectedAnswer.
 */
export declare function checkTokenAnswer(answer: unknown, endpoint: string, nowMs: number, decodeBase64: (text: string) => string): TokenEntry[];
/** Credentials from a container credentials endpoint, checked. */
export interface ContainerCredentials {
    readonly accessKeyId: string;
    readonly secretAccessKey: string;
    readonly sessionToken: string;
    readonly expirationMs: number;
}
/**
 * The credentials in a container credentials answer, checked at least as the SDK's HTTP provider
 * checks them (AccessKeyId, SecretAccessKey, Token and an RFC 3339 Expiration, all strings), and
 * not expired at `nowMs` (`parseTime` reads the time: epoch ms, NaN when it is none); else an
 * UnexpectedAnswer.
 */
export declare function checkContainerCredentials(answer: unknown, endpoint: string, nowMs: number, parseTime: (text: string) => number): ContainerCredentials;
