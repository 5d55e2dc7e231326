import { type CacheRule } from '../image/rules.js';
export interface CredentialConfig {
    /** Secrets Manager secret name, `ecr-pullthroughcache/...`. */
    readonly secret: string;
    /** Environment variables holding the upstream username and access token (create or update the secret). */
    readonly usernameEnv?: string;
    readonly accessTokenEnv?: string;
}
/**
 * A rule as the setup file wants it: a CacheRule (its upstreamRegistryUrl canonical, Docker Hub as
 * registry-1.docker.io) and where its credentials come from. The file's keys are `prefix`,
 * `upstream`, `upstreamRepositoryPrefix`, `credentials` and `roleArn`.
 */
export interface DesiredRule extends CacheRule {
    readonly credentials?: CredentialConfig;
    /** ECR-to-ECR rules across accounts: the role ECR assumes to read the upstream registry. */
    readonly customRoleArn?: string;
}
export type TagMutability = 'MUTABLE' | 'IMMUTABLE';
export interface TemplateConfig {
    readonly prefix: string;
    readonly expireAfterDays?: number;
    readonly imageTagMutability: TagMutability;
    readonly description: string;
}
export interface SetupConfig {
    readonly region?: string;
    readonly rules: readonly DesiredRule[];
    readonly template?: TemplateConfig;
    /** The registry policy statement (and the template's repository policy) for an AWS organization. */
    readonly organizationId?: string;
}
export declare const DEFAULT_TEMPLATE_DESCRIPTION = "Pull-through cache repositories (managed by ecr-pull-through setup)";
export declare function defaultSecretName(prefix: string): string;
/** Check a parsed config object (from YAML, JSON or code). */
export declare function checkSetupConfig(raw: unknown, source?: string): SetupConfig;
/** Parse the YAML setup file. */
export declare function parseSetupConfig(text: string, source?: string): SetupConfig;
export interface SetupFlags {
    /** `PREFIX=UPSTREAM_URL[/UPSTREAM_PREFIX]`, as --rule everywhere. */
    readonly rules?: readonly string[];
    /** `PREFIX=USERNAME_ENV:TOKEN_ENV`, `PREFIX=SECRET_NAME` or `PREFIX=SECRET_NAME:USERNAME_ENV:TOKEN_ENV`. */
    readonly credentials?: readonly string[];
    readonly expireAfterDays?: number;
    readonly organizationId?: string;
    readonly region?: string;
}
/** The same config from flags: rules, their credentials, a ROOT template, an organization. */
export declare function setupConfigFromFlags(flags: SetupFlags): SetupConfig;
