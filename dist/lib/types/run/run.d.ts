import type { Agent } from 'node:http';
import type { UnansweredRequest } from '../core/unanswered.js';
import type { Deadline } from './deadline.js';
/** The HTTP agents of a run (net/agents.ts): one kept-alive set, so every call reuses its connections. */
export interface RunAgents {
    /** The agent for a URL: direct, or through the proxy the environment names for it. */
    for(url: string): Promise<Agent>;
    destroy(): void;
}
/** A request as --debug shows it: never a header, body or query string. */
export interface RequestSent {
    readonly method: string;
    readonly url: URL | string;
    /** The API operation, for AWS requests (all of them POST /). */
    readonly operation?: string;
}
/** Where the run's requests are reported (net/request-log.ts). */
export interface RequestLog {
    /** Report `sent` when it ends (its status read by `statusOf`); `sent` itself is returned unchanged. */
    logged<T>(request: RequestSent, sent: Promise<T>, statusOf: (answer: T) => number): Promise<T>;
}
export interface RunSettings {
    /** Every request and wait of the run ends by then; none for a call a caller left unbounded. */
    readonly deadline?: Deadline;
    readonly agents: RunAgents;
    /** The shared-config profile for credentials, region and endpoint settings (default: AWS_PROFILE). */
    readonly profile?: string;
    /** The environment the run reads for the machine (PATH, DOCKER_CONFIG, proxies); AWS reads process.env. */
    readonly env: NodeJS.ProcessEnv;
    readonly requests: RequestLog;
    readonly onWarning: (message: string) => void;
    /** Called with every secret string the moment it exists (the action masks it). */
    readonly onSecret: (secret: string) => void;
}
export declare class Run implements RunSettings {
    readonly deadline?: Deadline;
    readonly agents: RunAgents;
    readonly profile?: string;
    readonly env: NodeJS.ProcessEnv;
    readonly requests: RequestLog;
    readonly onWarning: (message: string) => void;
    readonly onSecret: (secret: string) => void;
    constructor(settings: RunSettings);
    /** The deadline's signal: it aborts every request and wait of the run. */
    get signal(): AbortSignal | undefined;
    get expired(): boolean;
    /** After the deadline, its error (what kept the run waiting) replaces whatever a call failed with. */
    failIfExpired(): void;
    /** A request in flight, remembered by the deadline (which then names it if time runs out). */
    watch<T>(request: UnansweredRequest, work: Promise<T>): Promise<T>;
    /** A use case's work within the deadline: at expiry, a DeadlineError naming what did not answer. */
    within<T>(work: () => Promise<T>): Promise<T>;
    /** The same run under another deadline (doctor's short wait for STS). */
    until(deadline: Deadline): Run;
}
