export declare const ORGANIZATION_STATEMENT_SID = "EcrPullThroughCacheOrganization";
interface Statement {
    readonly Sid?: string;
    readonly [key: string]: unknown;
}
/** Expire every cached image N days after its import; the next pull imports it again. */
export declare function expireAfterDaysPolicy(days: number): string;
/** The days of an expire policy written by expireAfterDaysPolicy, when the text is one. */
export declare function expireAfterDaysOf(policyText: string | undefined): number | undefined;
/**
 * Registry policy statement: principals of the organization may create cache repositories and import
 * upstream images (the two permissions a pull-through pull needs beyond pulling) under the prefixes.
 */
export declare function organizationImportStatement(organizationId: string, region: string, account: string, prefixes: readonly string[]): Statement;
/** Repository policy for cache repositories (set through the creation template): the organization may pull. */
export declare function organizationPullPolicy(organizationId: string): string;
/**
 * The registry policy with our statement in it, keeping every other statement as it is.
 * `changed` is false when the policy already holds exactly this statement.
 */
export declare function withStatement(policyText: string | undefined, statement: Statement): {
    text: string;
    changed: boolean;
};
/** True when two JSON texts mean the same document (key order and whitespace aside). */
export declare function sameJson(a: string | undefined, b: string | undefined): boolean;
export {};
