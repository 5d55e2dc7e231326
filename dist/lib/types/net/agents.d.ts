import { Agent as HttpAgent } from 'node:http';
import type { RunAgents } from '../run/run.js';
export interface AgentsOptions {
    /**
     * The CA bundle's PEM text, as the AWS side reads it (undefined: Node's own roots). Read at the
     * first request and awaited before it connects, so that a bundle that cannot be read fails before
     * any request, and a run that makes none never reads it.
     */
    readonly ca?: () => Promise<string | undefined>;
}
export declare class Agents implements RunAgents {
    #private;
    private readonly env;
    constructor(env?: Record<string, string | undefined>, options?: AgentsOptions);
    /** The agent for a URL: direct, or through the proxy the environment names for it. */
    for(url: string): Promise<HttpAgent>;
    destroy(): void;
}
