export interface EcrHost {
    readonly account: string;
    readonly region: string;
    readonly fips: boolean;
    readonly host: string;
}
/** A registry address as users write it, without `http(s)://` and trailing slashes. */
export declare function withoutScheme(address: string): string;
/** Parse an ECR registry host (a `https://` prefix and trailing `/` are tolerated); undefined if it is not one. */
export declare function parseEcrHost(text: string): EcrHost | undefined;
/**
 * A registry named by a 12-digit account id (in the default region, asked for only then) or by its
 * ECR host; undefined for anything else.
 */
export declare function parseRegistryEntry(entry: string, defaultRegion: () => string): EcrHost | undefined;
/** The standard registry host for an account in a region (China regions use `.amazonaws.com.cn`). */
export declare function ecrHostFor(account: string, region: string): string;
/** Host (and port) part of a registry URL such as a token's `proxyEndpoint`. */
export declare function hostOf(endpoint: string): string;
