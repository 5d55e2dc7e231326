import { Agent as HttpAgent } from 'node:http';
import type { Deadline } from '../run/deadline.js';
export interface AgentsOptions {
    /**
     * The CA bundle's PEM text, as the AWS side reads it (undefined: Node's own roots). Awaited before
     * the first connection, so that a bundle that cannot be read fails before any request.
     */
    readonly ca?: Promise<string | undefined>;
}
export declare class Agents {
    #private;
    private readonly env;
    constructor(env?: Record<string, string | undefined>, options?: AgentsOptions);
    /** The agent for a URL: direct, or through the proxy the environment names for it. */
    for(url: string): Promise<HttpAgent>;
    destroy(): void;
}
/** Every client created under `deadline` uses `agents`; the caller destroys them when the run ends. */
export declare function shareAgents(deadline: Deadline, agents: Agents): void;
/** The agents shared under `deadline`, if the run shares one set. */
export declare const agentsOfRun: (deadline: Deadline) => Agents | undefined;
/**
 * The agents for calls under `deadline`: the run's shared set (its owner destroys it), else a set
 * of their own trusting the CA bundle `ca` reads, which `release` destroys.
 */
export declare function agentsFor(deadline: Deadline | undefined, ca: () => Promise<string | undefined>): {
    agents: Agents;
    release(): void;
};
