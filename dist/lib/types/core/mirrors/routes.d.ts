import { type CacheRule } from '../image/rules.js';
export interface MirrorRoute {
    /** The upstream registry host as references spell it: `docker.io`, `quay.io`. */
    readonly upstreamHost: string;
    /** ECR-to-ECR rules only: the start of the upstream path the rule covers. */
    readonly upstreamPrefix?: string;
    /** Where the route's images live in the cache: `HOST/docker-hub`, or `HOST` for a ROOT rule. */
    readonly location: string;
    /** The cache's repository prefix (`docker-hub`), or '' for a ROOT rule. */
    readonly cachePrefix: string;
    readonly rule: CacheRule;
}
/** `HOST/team-a` for a route whose rule covers only part of an upstream; `docker.io` for a whole one. */
export declare function routeUpstream(route: MirrorRoute): string;
/**
 * One route per upstream, most specific first (a client that stops at the first match then picks
 * what the cache would). A second rule for the same upstream is never chosen by the mapping, so it
 * is left out.
 */
export declare function mirrorRoutes(registry: string, rules: readonly CacheRule[]): MirrorRoute[];
/** Routes that cover a whole upstream host: the only ones a per-host mirror setting can express. */
export declare function wholeHostRoutes(routes: readonly MirrorRoute[]): MirrorRoute[];
/** A registry on this machine (the local stand-in): `localhost`, 127.0.0.0/8 or ::1, with any port. */
export declare function isLoopbackRegistry(registry: string): boolean;
/**
 * How clients reach the cache: ECR answers only on https; a loopback registry (the local stand-in)
 * cannot have a certificate, so it is plain http, and each format says so in its own words.
 */
export declare function cacheScheme(registry: string): 'http' | 'https';
/** The routes a per-host format can express, and a warning for each one it cannot. */
export declare function hostRoutesOrWarn(registry: string, rules: readonly CacheRule[], formatName: string): {
    routes: MirrorRoute[];
    warnings: string[];
};
/** A format with nothing to redirect is refused: an empty configuration would look like it worked. */
export declare function requireRoutes(routes: readonly MirrorRoute[], formatName: string, rules: readonly CacheRule[]): void;
/** A TOML basic string (hosts and paths here hold no characters that need more than JSON's escapes). */
export declare const tomlString: (text: string) => string;
/** Comment lines (`# ...`) for formats that allow them. */
export declare const comments: (lines: readonly string[]) => string;
