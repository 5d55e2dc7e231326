import { OperationError } from '../core/errors.js';
import type { Run } from '../run/run.js';
export declare class RegistryError extends OperationError {
    readonly status: number;
    /** The distribution error code (MANIFEST_UNKNOWN, DENIED, ...), when the registry sent one. */
    readonly code: string | undefined;
    /** The registry's own words (e.g. "Requested image not found"). */
    readonly detail: string;
    constructor(status: number, 
    /** The distribution error code (MANIFEST_UNKNOWN, DENIED, ...), when the registry sent one. */
    code: string | undefined, 
    /** The registry's own words (e.g. "Requested image not found"). */
    detail: string);
}
export interface RegistryManifest {
    readonly digest: string;
    readonly mediaType: string;
    readonly body: string;
}
export interface RegistryClientOptions {
    /** Base URL, e.g. the token's proxyEndpoint. */
    readonly endpoint: string;
    readonly username: string;
    readonly password: string;
    /** Per request (default REQUEST_TIMEOUT_MS). */
    readonly timeoutMs?: number;
}
export declare class RegistryClient {
    #private;
    private readonly run;
    private readonly options;
    /** Requests go through the run's agents, end by its deadline, and tell it which endpoint kept it waiting. */
    constructor(run: Run, options: RegistryClientOptions);
    /** GET (or HEAD) a manifest by tag or digest. Only a GET makes ECR start an import. */
    manifest(repository: string, reference: string, options?: {
        method?: 'GET' | 'HEAD';
        signal?: AbortSignal;
    }): Promise<RegistryManifest>;
}
