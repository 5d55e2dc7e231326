import type { EndpointVariant } from '../../core/image/ecr-host.js';
import type { TokenSource, TokenSourceOptions } from '../types.js';
export declare class SdkTokenSource implements TokenSource {
    #private;
    private readonly region;
    constructor(region: string, options: TokenSourceOptions);
    endpoint(): Promise<string>;
    authorizationToken(accounts: readonly string[]): Promise<unknown>;
    variant(): Promise<EndpointVariant>;
    close(): void;
}
