import { type Agent, type IncomingHttpHeaders } from 'node:http';
import { OperationError } from '../core/errors.js';
import type { Run } from '../run/run.js';
export interface HttpAnswer {
    readonly status: number;
    readonly headers: IncomingHttpHeaders;
    readonly body: Buffer;
}
export interface HttpOptions {
    readonly method?: 'GET' | 'HEAD' | 'POST';
    readonly headers?: Record<string, string>;
    /** What a POST sends. */
    readonly body?: string;
    /** The API operation, for --debug (AWS requests are all POST /). */
    readonly operation?: string;
    /** --debug shows the host alone (a path that is a credential, as the container endpoint's). */
    readonly hidePath?: boolean;
    readonly agent: Agent;
    readonly signal?: AbortSignal;
    /** Time for the whole exchange, answer body included. */
    readonly timeoutMs: number;
    /** Time to open the connection (default CONNECT_TIMEOUT_MS). */
    readonly connectTimeoutMs?: number;
    /** Larger answers are cut off with an error (manifests are small). */
    readonly maxBytes?: number;
}
export declare class HttpTimeoutError extends OperationError {
    readonly code = "ETIMEDOUT";
    constructor(url: string, ms: number, what?: string);
}
/** One exchange, reported to the run's request log (method, host, path, status, time: never a header or query). */
export declare function exchange(run: Run, url: string, options: HttpOptions): Promise<HttpAnswer>;
