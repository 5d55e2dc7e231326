import type { AwsFailure } from '../core/doctor/findings.js';
/** The failure of an AWS call with its message fit to show (the session tokens given are cut). */
export declare function shapedAwsError(error: unknown, secrets?: readonly (string | undefined)[]): unknown;
/**
 * One AWS call, retried on throttling and transient failures until AWS_MAX_ATTEMPTS attempts (5 by
 * default) are made or the signal (a run's deadline) aborts.
 */
export declare function retrying<T>(fn: () => Promise<T>, signal?: AbortSignal): Promise<T>;
/** One AWS call, retried; its failure is returned, never thrown. */
export declare function attempt<T>(fn: () => Promise<T>, region: string, signal?: AbortSignal): Promise<T | AwsFailure>;
