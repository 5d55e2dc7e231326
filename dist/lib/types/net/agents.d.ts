import { Agent as HttpAgent } from 'node:http';
import { Agent as AgentBase, type AgentConnectOpts } from 'agent-base';
export declare class Agents {
    #private;
    private readonly env;
    constructor(env?: Record<string, string | undefined>);
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
