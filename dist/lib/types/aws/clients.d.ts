import { ECRClient } from '@aws-sdk/client-ecr';
import { STSClient } from '@aws-sdk/client-sts';
export declare class RegionError extends Error {
    constructor();
}
export declare function resolveRegion(region?: string, env?: NodeJS.ProcessEnv): string;
export interface Clients {
    readonly region: string;
    readonly ecr: ECRClient;
    readonly sts: STSClient;
}
export declare function withClients<T>(region: string | undefined, use: (c: Clients) => Promise<T>): Promise<T>;
