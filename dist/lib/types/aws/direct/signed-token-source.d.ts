import type { EndpointVariant } from '../../core/image/ecr-host.js';
import type { TokenSource, TokenSourceOptions } from '../types.js';
import type { AwsCredentials } from './sigv4.js';
export declare class SignedTokenSource implements TokenSource {
    #private;
    private readonly region;
    private readonly url;
    private readonly credentials;
    private readonly options;
    constructor(region: string, url: URL, credentials: () => Promise<AwsCredentials>, options: TokenSourceOptions);
    endpoint(): Promise<string>;
    authorizationToken(accounts: readonly string[]): Promise<unknown>;
    /** The signed way is taken only where neither FIPS nor dual-stack is asked for. */
    variant(): Promise<EndpointVariant>;
    close(): void;
}
