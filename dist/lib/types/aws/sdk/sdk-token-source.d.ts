import type { EndpointVariant } from '../../core/image/ecr-host.js';
import type { Run } from '../../run/run.js';
import type { TokenSource } from '../types.js';
export declare class SdkTokenSource implements TokenSource {
    #private;
    private readonly region;
    constructor(region: string, run: Run);
    endpoint(): Promise<string>;
    authorizationToken(accounts: readonly string[]): Promise<unknown>;
    variant(): Promise<EndpointVariant>;
    close(): void;
}
