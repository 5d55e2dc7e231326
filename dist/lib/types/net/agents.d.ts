import { Agent as HttpAgent } from 'node:http';
import { Agent as AgentBase, type AgentConnectOpts } from 'agent-base';
import type { Deadline } from '../deadline.js';
export interface AgentsOptions {
    /** The shared-config profile whose `ca_bundle` applies (default: AWS_PROFILE, else `default`). */
    readonly profile?: string;
}
export declare class Agents {
    #private;
    private readonly env;
    constructor(env?: Record<string, string | undefined>, options?: AgentsOptions);
    /** The agent for a URL: direct, or through the proxy the environment names for it. */
    for(url: string): HttpAgent;
    destroy(): void;
}
/** One agent for clients that take a single agent (the SDK): each connection asks `Agents` where to go. */
export declare class EnvProxyAgent extends AgentBase {
    private readonly agents;
    constructor(agents: Agents);
    connect(_req: unknown, opts: AgentConnectOpts): HttpAgent;
}
/** Every client created under `deadline` uses `agents`; the caller destroys them when the run ends. */
export declare function shareAgents(deadline: Deadline, agents: Agents): void;
/** The agents shared under `deadline`, if the run shares one set. */
export declare const agentsOfRun: (deadline: Deadline) => Agents | undefined;
