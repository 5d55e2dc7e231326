import type { AwsFailure } from '../core/doctor-findings.js';
/** One AWS call, retried on throttling and transient failures. */
export declare function retrying<T>(fn: () => Promise<T>): Promise<T>;
/** One AWS call, retried; its failure is returned, never thrown. */
export declare function attempt<T>(fn: () => Promise<T>, region: string): Promise<T | AwsFailure>;
