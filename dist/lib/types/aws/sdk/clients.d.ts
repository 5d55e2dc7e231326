import { ECRClient } from '@aws-sdk/client-ecr';
import type { GetCallerIdentityCommandOutput } from '@aws-sdk/client-sts';
import type { Deadline } from '../../run/deadline.js';
import type { Run } from '../../run/run.js';
export { RegionError, regionInUse } from '../region.js';
/** Attempts the SDK makes per call: one; retrying is calls.ts's, on both token paths. */
export declare const SDK_ATTEMPTS = 1;
export interface Clients {
    readonly region: string;
    readonly ecr: ECRClient;
    /**
     * STS GetCallerIdentity, within `within` (default: the run's deadline). Only doctor and setup ask
     * who the caller is; the main job never does, since a private subnet often has no sts endpoint.
     */
    callerIdentity(within?: Deadline): Promise<GetCallerIdentityCommandOutput>;
    /** The run the clients work in: its agents, deadline and profile. */
    readonly run: Run;
}
/**
 * What every SDK client of a run is given: the product and version in its user agent (CloudTrail
 * attribution), one attempt per call (our retry loop, calls.ts, decides, as it does for the signed
 * path), and the run's profile.
 */
export declare function sdkSettings(run: Run): {
    profile?: string | undefined;
    customUserAgent: [string, string][];
    maxAttempts: number;
};
/**
 * Create clients for a region within `run` (its agents, profile and deadline); `destroy()` closes
 * them, while the connections stay the run's until it ends.
 */
export declare function createClients(region: string, run: Run): Clients & {
    destroy(): void;
};
export declare function withClients<T>(run: Run, region: string | undefined, use: (c: Clients) => Promise<T>): Promise<T>;
