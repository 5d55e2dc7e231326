/** `none`: public; `secret`: a Secrets Manager secret; `iam-role`: an ECR upstream (IAM, maybe a role). */
export type UpstreamAuth = 'none' | 'secret' | 'iam-role';
export interface Upstream {
    /** The URL a rule must name (Docker Hub only as registry-1.docker.io). */
    readonly url: string;
    readonly name: string;
    readonly auth: UpstreamAuth;
}
/** Credential secrets must be named with this prefix, or ECR refuses the rule. */
export declare const CREDENTIAL_SECRET_PREFIX = "ecr-pullthroughcache/";
/** The URL as ECR wants it: no scheme or trailing slash, lowercase, Docker Hub as registry-1.docker.io. */
export declare function canonicalUpstreamUrl(url: string): string;
/** What ECR knows of an upstream URL; undefined when ECR has no pull-through support for it. */
export declare function upstreamOf(url: string): Upstream | undefined;
/**
 * What to do about images of `host` when ECR pull-through cache cannot cache that registry (no rule
 * could be created for it); undefined when it can.
 */
export declare function uncacheableHint(host: string): string | undefined;
/** The secret name inside a Secrets Manager ARN, without the 6-character suffix Secrets Manager adds. */
export declare function secretNameOfArn(arn: string): string | undefined;
