import type { Run } from '../../run/run.js';
import { type AwsCredentials } from './sigv4.js';
export interface DirectAccess {
    /** Where the credentials come from: the environment's keys, or the container credentials endpoint. */
    readonly credentials: AwsCredentials | {
        readonly container: URL;
    };
    /** The endpoint configured in the environment (AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL), if any. */
    readonly endpoint?: URL;
}
/**
 * How to call ECR without the SDK, or undefined when the SDK must decide: a profile is named, a
 * shared config or credentials file exists, FIPS or dual-stack is asked for, the credentials come
 * from elsewhere than the environment or the container endpoint, or the endpoint is one the SDK
 * would build differently.
 */
export declare function directAccess(env: NodeJS.ProcessEnv, profile?: string): DirectAccess | undefined;
/** The credentials to sign with: at hand, or asked of the container endpoint (once per run). */
export declare function credentialsOf(access: DirectAccess, run: Run): () => Promise<AwsCredentials>;
/**
 * The ECR API endpoint of a region, as the SDK's rules build it for a partition this tool knows;
 * undefined for the others (the isolated partitions), which the SDK resolves.
 */
export declare function ecrApiUrl(region: string): URL | undefined;
/** Where the signed call goes for a region: the configured endpoint, else the region's; undefined when the SDK must resolve it. */
export declare function signedTokenUrl(region: string, access: DirectAccess): URL | undefined;
/** An AWS service error as the SDK shapes it: what the retry rule and the hints read. */
export declare class AwsServiceError extends Error {
    readonly $fault: 'client' | 'server';
    readonly $metadata: {
        readonly httpStatusCode: number;
        readonly requestId?: string;
    };
    constructor(name: string, message: string, status: number, requestId?: string);
}
/** The error an AWS JSON protocol answer carries: its type from the header or the body, without namespace. */
export declare function serviceError(status: number, headers: Record<string, unknown>, body: Buffer, secrets?: readonly (string | undefined)[]): AwsServiceError;
export interface DirectCall {
    readonly credentials: AwsCredentials;
    readonly region: string;
    readonly url: URL;
}
/**
 * One signed GetAuthorizationToken (retries are the caller's): the answer's body as parsed JSON (an
 * empty body is an empty object, as the SDK reads it), an UnexpectedAnswer when it is not JSON, or
 * an AwsServiceError. As the SDK does, a signature refused while the server's Date is minutes away
 * from our clock (a runner without NTP) is signed again once, with the server's time.
 */
export declare function signedGetAuthorizationToken(run: Run, call: DirectCall, accounts: readonly string[]): Promise<unknown>;
