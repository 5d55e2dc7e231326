import { ECRClient } from '@aws-sdk/client-ecr';
import type { GetCallerIdentityCommandOutput } from '@aws-sdk/client-sts';
import { Agents } from '../net/agents.js';
export declare class RegionError extends Error {
    constructor();
}
export declare function resolveRegion(region?: string, env?: NodeJS.ProcessEnv): string;
export interface Clients {
    readonly region: string;
    readonly ecr: ECRClient;
    /** STS GetCallerIdentity; the STS client is loaded only by the commands that ask who the caller is. */
    callerIdentity(): Promise<GetCallerIdentityCommandOutput>;
    /** The agents registry calls use too (same proxy rules). */
    readonly agents: Agents;
}
/** Create clients for a region; `destroy()` closes them and every socket they opened. */
export declare function createClients(region: string, agents?: Agents): Clients & {
    destroy(): void;
};
export declare function withClients<T>(region: string | undefined, use: (c: Clients) => Promise<T>): Promise<T>;
