import type { EndpointVariant } from '../../core/image/ecr-host.js';
import type { Run } from '../../run/run.js';
import type { TokenSource } from '../types.js';
import type { AwsCredentials } from './sigv4.js';
export declare class SignedTokenSource implements TokenSource {
    private readonly region;
    private readonly url;
    private readonly credentials;
    private readonly run;
    constructor(region: string, url: URL, credentials: () => Promise<AwsCredentials>, run: Run);
    endpoint(): Promise<string>;
    authorizationToken(accounts: readonly string[]): Promise<unknown>;
    /** The signed way is taken only where neither FIPS nor dual-stack is asked for. */
    variant(): Promise<EndpointVariant>;
    /** Nothing of its own: the connections are the run's. */
    close(): void;
}
