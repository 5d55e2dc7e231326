import type { EndpointVariant } from '../core/image/ecr-host.js';
export interface TokenSource {
    /** The API endpoint the calls go to (host[:port]), as messages name it. */
    endpoint(): Promise<string>;
    /** One GetAuthorizationToken attempt for `accounts` (none: the caller's registry): the answer as it came. */
    authorizationToken(accounts: readonly string[]): Promise<unknown>;
    /** The form registry hosts take (FIPS, dual-stack), as this way resolved its API endpoint. */
    variant(): Promise<EndpointVariant>;
    /** Close what the source opened (clients, sockets). */
    close(): void;
}
