import type { UnansweredRequest } from './unanswered.js';
/** Exit statuses of the command line: success, the job failed (or --check found work), usage or input error. */
export declare const EXIT: {
    readonly ok: 0;
    readonly failed: 1;
    readonly usage: 2;
};
export type ExitStatus = (typeof EXIT)[keyof typeof EXIT];
/** A failure whose meaning to the user is known: its kind carries the exit status and the likely fix. */
export declare abstract class ExitError extends Error {
    /** The exit status a run that ends with this failure exits with. */
    abstract readonly exitCode: ExitStatus;
    /** The likely fix, when we know one. */
    readonly hint?: string;
    constructor(message: string, hint?: string, options?: {
        cause?: unknown;
    });
}
/** Bad input: an unreadable file, an invalid reference, rule or argument (exit status 2). */
export declare class InputError extends ExitError {
    readonly exitCode: 2;
    constructor(message: string, hint?: string, options?: {
        cause?: unknown;
    });
}
/** A use case failed: what failed, and the likely fix (exit status 1). */
export declare class OperationError extends ExitError {
    readonly exitCode: 1;
    constructor(message: string, hint?: string, options?: {
        cause?: unknown;
    });
}
/**
 * The run took longer than allowed (exit status 1): says what did not answer and the likely fix.
 * Its name stays 'DeadlineError': a name containing 'TimeoutError' would make it retryable (and a
 * silent request, see deadline.ts), and the end of a run must end it.
 */
export declare class DeadlineError extends OperationError {
    /** The request that kept the run waiting, when one did. */
    readonly unanswered: UnansweredRequest | undefined;
    readonly waitedMs: number;
    constructor(message: string, hint: string, 
    /** The request that kept the run waiting, when one did. */
    unanswered: UnansweredRequest | undefined, waitedMs: number);
}
/** What a failure means to the user: how the run exits, what to say, and the likely fix. */
export interface Failure {
    readonly exitCode: ExitStatus;
    readonly message: string;
    readonly hint?: string;
}
/** Any thrown value as a Failure: an ExitError says its own; anything else is a failed job (exit 1). */
export declare function failureOf(e: unknown): Failure;
