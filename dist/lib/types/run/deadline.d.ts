import { DeadlineError } from '../core/errors.js';
import { type EndpointService, type UnansweredRequest } from '../core/unanswered.js';
/** The run took longer than allowed (exit 1): the one timeout error, kept with the other kinds in core. */
export { DeadlineError };
export declare class Deadline {
    #private;
    readonly timeoutMs: number;
    readonly startedAt: number;
    readonly signal: AbortSignal;
    constructor(timeoutMs: number, 
    /** A caller's own cancel signal (the run ends with it too). */
    parent?: AbortSignal);
    /** The region the hints name (endpoint names carry it). */
    inRegion(region: string): this;
    get expired(): boolean;
    /** Milliseconds left (0 once expired). */
    left(): number;
    /** Remember a request while it is in flight, and a silent failure after it. */
    watch<T>(request: UnansweredRequest, work: Promise<T>): Promise<T>;
    /** What kept the run waiting: a request in flight, else the last one that went unanswered. */
    unanswered(): UnansweredRequest | undefined;
    /** A request of one of these services in flight (at expiry, once time has run out). */
    pendingOf(services: readonly EndpointService[]): UnansweredRequest | undefined;
    error(): DeadlineError;
    /**
     * Run a use case within the deadline: its result, or at expiry a DeadlineError naming what did not
     * answer (the work left behind is aborted by the signal, so nothing keeps the process alive).
     */
    run<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T>;
    /** Stop the timer (the run is over). */
    dispose(): void;
}
/** What a use case takes to be bounded in time: a deadline shared with its caller, or its own length (use-cases/run.ts makes the Run's deadline from it). */
export interface DeadlineOptions {
    /** A deadline shared with other use cases of the same run (e.g. prepare's). */
    readonly deadline?: Deadline;
    /** For the whole use case, when it runs on its own deadline. */
    readonly timeoutMs?: number;
}
