import { ECRClient } from '@aws-sdk/client-ecr';
import type { GetCallerIdentityCommandOutput } from '@aws-sdk/client-sts';
import { type Agents } from '../../net/agents.js';
import type { Deadline } from '../../run/deadline.js';
import { type ProfileOption } from '../region.js';
export { RegionError, regionInUse } from '../region.js';
/** Attempts the SDK makes per call: one; retrying is calls.ts's, on both token paths. */
export declare const SDK_ATTEMPTS = 1;
export interface Clients {
    readonly region: string;
    readonly ecr: ECRClient;
    /**
     * STS GetCallerIdentity, within `within` (default: the clients' deadline). Only doctor and setup ask
     * who the caller is; the main job never does, since a private subnet often has no sts endpoint.
     */
    callerIdentity(within?: Deadline): Promise<GetCallerIdentityCommandOutput>;
    /** The agents registry calls use too (same proxy rules). */
    readonly agents: Agents;
    /** The run's deadline, when it has one: every request of these clients ends by then. */
    readonly deadline?: Deadline;
}
export interface ClientOptions {
    readonly agents?: Agents;
    readonly deadline?: Deadline;
    /** The shared-config profile for credentials and endpoint settings (default: AWS_PROFILE). */
    readonly profile?: string;
}
/**
 * Create clients for a region; `destroy()` closes them and every socket they opened, except those
 * of agents handed in (directly or through the deadline's run), which belong to the caller.
 */
export declare function createClients(region: string, options?: ClientOptions): Clients & {
    destroy(): void;
};
export declare function withClients<T>(region: string | undefined, use: (c: Clients) => Promise<T>, deadline?: Deadline, options?: ProfileOption): Promise<T>;
