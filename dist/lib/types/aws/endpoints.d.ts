import type { ECRClient } from '@aws-sdk/client-ecr';
export interface ApiEndpoint {
    readonly url: URL;
    readonly fips: boolean;
    /** True when the endpoint comes from configuration rather than the region's default. */
    readonly configured: boolean;
}
export declare function ecrApiEndpoint(ecr: ECRClient, region: string): Promise<ApiEndpoint>;
