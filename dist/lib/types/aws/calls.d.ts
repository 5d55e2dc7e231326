import type { AwsFailure } from '../core/doctor/findings.js';
/** One AWS call, retried on throttling and transient failures until the signal (a run's deadline) aborts. */
export declare function retrying<T>(fn: () => Promise<T>, signal?: AbortSignal): Promise<T>;
/** One AWS call, retried; its failure is returned, never thrown. */
export declare function attempt<T>(fn: () => Promise<T>, region: string, signal?: AbortSignal): Promise<T | AwsFailure>;
