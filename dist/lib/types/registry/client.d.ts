import { OperationError } from '../core/errors.js';
import type { Agents } from '../net/agents.js';
import type { Deadline } from '../run/deadline.js';
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
    readonly agents: Agents;
    /** Per request (default REQUEST_TIMEOUT_MS). */
    readonly timeoutMs?: number;
    /** The run's deadline: every request ends by then, and it learns which endpoint kept it waiting. */
    readonly deadline?: Deadline;
}
export declare class RegistryClient {
    #private;
    private readonly options;
    constructor(options: RegistryClientOptions);
    /** GET (or HEAD) a manifest by tag or digest. Only a GET makes ECR start an import. */
    manifest(repository: string, reference: string, options?: {
        method?: 'GET' | 'HEAD';
        signal?: AbortSignal;
    }): Promise<RegistryManifest>;
}
