import { InputError } from '../errors.js';
import { type ImageRef } from './reference.js';
/** A pull-through cache rule, with the field names of DescribePullThroughCacheRules. */
export interface CacheRule {
    readonly ecrRepositoryPrefix: string;
    readonly upstreamRegistryUrl: string;
    /** ECR-to-ECR rules only: the start of the upstream path this rule covers (`ROOT`: all). */
    readonly upstreamRepositoryPrefix?: string;
}
/** Where references are sent: the private registry host and the rules it has. */
export interface RegistryTarget {
    readonly registry: string;
    readonly rules: readonly CacheRule[];
    /** Other names of the same registry (its canonical ECR host when `registry` is an endpoint address). */
    readonly aliases?: readonly string[];
    /** The account that owns the registry, when ECR said so (a rule's registryId). */
    readonly account?: string;
}
export type Mapping = {
    readonly kind: 'mapped';
    readonly ref: ImageRef;
    readonly uri: string;
    readonly rule: CacheRule;
} | {
    readonly kind: 'cached';
    readonly ref: ImageRef;
    readonly uri: string;
} | {
    readonly kind: 'unmapped';
    readonly ref: ImageRef;
    readonly reason: string;
};
export declare const ROOT = "ROOT";
export declare class InvalidRuleError extends InputError {
    constructor(message: string);
}
/** Upstream registry host as references spell it: every Docker Hub URL becomes `docker.io`. */
export declare function upstreamHost(url: string): string;
/**
 * A rule checked as ECR holds them, the one check of every rule we are given: `--rule`, the action's
 * `rules` lines and what DescribePullThroughCacheRules answers (a misconfigured or hostile endpoint's
 * names would end up in file paths and command-line flags). `what` names the rule in the message.
 */
export declare function checkRule(rule: CacheRule, what: string): CacheRule;
/**
 * Parse `PREFIX=UPSTREAM_URL[/UPSTREAM_PREFIX]`, the `--rule` flag and the action's `rules` lines.
 * A path after the upstream host is the upstream repository prefix of an ECR-to-ECR rule.
 */
export declare function parseRuleSpec(spec: string): CacheRule;
/** Where a rule fetches from, as references spell it: `quay.io`, `docker.io`, `HOST/team-a`. */
export declare function upstreamOfRule(rule: CacheRule): string;
/** Two rules fetch from the same place: one upstream registry and one upstream repository prefix. */
export declare function sameUpstream(a: CacheRule, b: CacheRule): boolean;
/**
 * One rule per prefix, as ECR holds them: a repeated rule counts once, and two rules that give one
 * prefix different upstreams are refused (the cache would fetch one upstream's images for the other).
 */
export declare function distinctRules(rules: readonly CacheRule[]): CacheRule[];
/**
 * Map a reference to its pull-through cache URI. References already in the target registry are
 * left as they are (a second run is a no-op); references no rule covers are left with a reason.
 * Tag and digest are kept exactly as written; `library/` comes only from normalization.
 */
export declare function mapReference(ref: ImageRef, target: RegistryTarget): Mapping;
/** The cache repository (`<prefix>/<path>`) a cache URI names, without registry, tag or digest. */
export declare function cacheRepository(uri: string): string;
export type ImageMapping = Mapping | {
    readonly kind: 'invalid';
    readonly text: string;
    readonly error: string;
};
/** Parse and map one image text; invalid references come back as `invalid` with the broken rule. */
export declare function mapImage(text: string, target: RegistryTarget): ImageMapping;
