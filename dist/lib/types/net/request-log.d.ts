import type { RequestLog, RequestSent } from '../run/run.js';
export interface RequestRecord {
    readonly method: string;
    /** host[:port] */
    readonly host: string;
    /** The path alone, without its query string. */
    readonly path: string;
    /** The API operation, for AWS requests (all of them POST /). */
    readonly operation?: string;
    /** The HTTP status; undefined when no answer came. */
    readonly status?: number;
    /** Why no answer came (the error's name or code, never its message). */
    readonly failure?: string;
    readonly ms: number;
}
export type { RequestSent } from '../run/run.js';
type Listener = (record: RequestRecord) => void;
/** Listen to every request that ends; returns the function that stops listening. */
export declare function onRequest(listener: Listener): () => void;
/** Report `sent` when it ends (its status read by `statusOf`); `sent` itself is returned unchanged. */
export declare function loggedRequest<T>(request: RequestSent, sent: Promise<T>, statusOf: (answer: T) => number): Promise<T>;
/** The request log every Run carries: the listeners above, the CLI's --debug and the action's debug. */
export declare const requestLog: RequestLog;
/** One line: `POST ecr.us-east-1.amazonaws.com/ GetAuthorizationToken 200 38ms`. */
export declare function formatRequest(r: RequestRecord): string;
