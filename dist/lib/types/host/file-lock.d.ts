import type { Deadline } from '../run/deadline.js';
/** The lock of a file: beside it, its name and `.lock`. */
export declare const lockPath: (file: string) => string;
/**
 * Run `work` holding the locks of `files` (taken in this order, all or none: a run that finds one
 * busy lets go of the others before it waits, so two runs never wait on each other). `work` must be
 * synchronous: the locks are released when it returns. Waiting ends at the run's deadline (else
 * after the default timeout) with an OperationError naming the lock and its holder.
 */
export declare function withFileLocks<T>(files: readonly string[], deadline: Deadline | undefined, work: () => T): Promise<T>;
