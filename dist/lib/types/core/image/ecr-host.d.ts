export interface Partition {
    /** The ARN partition: `arn:<id>:ecr:...`. */
    readonly id: string;
    /** Its region names start with this (the commercial partition, last in the table, takes the rest). */
    readonly regionPrefix: string;
    /** Registry hosts: `<account>.dkr.ecr[-fips].<region>.<dnsSuffix>`; S3 and other endpoints alike. */
    readonly dnsSuffix: string;
    /** Dual-stack (IPv4 and IPv6) registry hosts: `<account>.dkr-ecr[-fips].<region>.<dualStackSuffix>`. */
    readonly dualStackSuffix: string;
}
/** Every partition this tool knows, the commercial one last (it takes every other region name). */
export declare const PARTITIONS: readonly Partition[];
/** A name shaped like an AWS region, in any partition: `us-east-1`, `cn-north-1`, `eusc-de-east-1`. */
export declare const REGION_NAME: RegExp;
/** The partition a region belongs to. */
export declare function partitionFor(region: string): Partition;
/** The ARN partition of a region: `aws`, `aws-cn`, `aws-us-gov`, `aws-eusc`. */
export declare function partitionOf(region: string): string;
/** The ARN of an ECR repository (or, with a `*`, of repositories): `arn:<partition>:ecr:<region>:...`. */
export declare function repositoryArn(region: string, account: string, name: string): string;
export interface EcrHost {
    readonly account: string;
    readonly region: string;
    readonly fips: boolean;
    /** A dual-stack (IPv4 and IPv6) host: `dkr-ecr` instead of `dkr.ecr`. */
    readonly dualStack: boolean;
    /** The ARN partition of the region. */
    readonly partition: string;
    readonly host: string;
}
/** A registry address as users write it, without `http(s)://` and trailing slashes. */
export declare function withoutScheme(address: string): string;
/**
 * Parse an ECR registry host (a `https://` prefix and trailing `/` are tolerated); undefined if it is
 * not one, or if its suffix is not its region's partition's.
 */
export declare function parseEcrHost(text: string): EcrHost | undefined;
/** Which form of an ECR endpoint to use: the settings the SDK reads for the API endpoint. */
export interface EndpointVariant {
    readonly fips?: boolean;
    readonly dualStack?: boolean;
}
/**
 * A registry named by a 12-digit account id (in the default region, asked for only then; in the
 * form `variant` asks for) or by its ECR host (as written); undefined for anything else.
 */
export declare function parseRegistryEntry(entry: string, defaultRegion: () => string, variant?: EndpointVariant): EcrHost | undefined;
/** The registry host for an account in a region: standard unless FIPS or dual-stack is asked for. */
export declare function ecrHostFor(account: string, region: string, options?: EndpointVariant): string;
/**
 * A standard ECR host (as a token's proxyEndpoint names it) in the form `variant` asks for; a host
 * already FIPS or dual-stack, or no ECR host at all (a stand-in's 127.0.0.1:PORT), is kept.
 */
export declare function registryHostIn(host: string, variant: EndpointVariant): string;
/** Host (and port) part of a registry URL such as a token's `proxyEndpoint`. */
export declare function hostOf(endpoint: string): string;
/**
 * A registry address as references and rules write it (distribution's domain rule, which the
 * reference parser uses too): a host name or IP, with an optional port; `..`, `-x` or a name with a
 * line break is none.
 */
export declare function isRegistryHost(text: string): boolean;
