// Which upstream goes where: one route per upstream a rule covers, in the order the cache picks
// rules (mapReference: the rule with the longest upstream repository prefix, then the first given),
// and how a client must reach the cache host. Every format renders these routes and nothing else.

import { classifyAddress } from '../addresses.js';
import { InputError } from '../errors.js';
import { type CacheRule, ROOT, upstreamHost } from '../image/rules.js';

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
export function routeUpstream(route: MirrorRoute): string {
  return route.upstreamPrefix === undefined
    ? route.upstreamHost
    : `${route.upstreamHost}/${route.upstreamPrefix}`;
}

/**
 * One route per upstream, most specific first (a client that stops at the first match then picks
 * what the cache would). A second rule for the same upstream is never chosen by the mapping, so it
 * is left out.
 */
export function mirrorRoutes(registry: string, rules: readonly CacheRule[]): MirrorRoute[] {
  const routes = new Map<string, MirrorRoute>();
  for (const rule of rules) {
    const prefix = rule.upstreamRepositoryPrefix;
    const cachePrefix = rule.ecrRepositoryPrefix === ROOT ? '' : rule.ecrRepositoryPrefix;
    const route: MirrorRoute = {
      upstreamHost: upstreamHost(rule.upstreamRegistryUrl),
      ...(prefix !== undefined && prefix !== ROOT && prefix !== '' && { upstreamPrefix: prefix }),
      location: cachePrefix === '' ? registry : `${registry}/${cachePrefix}`,
      cachePrefix,
      rule,
    };
    const key = routeUpstream(route);
    if (!routes.has(key)) routes.set(key, route);
  }
  const depth = (r: MirrorRoute) => (r.upstreamPrefix === undefined ? 0 : r.upstreamPrefix.length);
  return [...routes.values()].sort((a, b) => depth(b) - depth(a));
}

/** Routes that cover a whole upstream host: the only ones a per-host mirror setting can express. */
export function wholeHostRoutes(routes: readonly MirrorRoute[]): MirrorRoute[] {
  return routes.filter((r) => r.upstreamPrefix === undefined);
}

/** A registry on this machine (the local stand-in): `localhost`, 127.0.0.0/8 or ::1, with any port. */
export function isLoopbackRegistry(registry: string): boolean {
  const host = registry
    .replace(/:\d+$/, '')
    .replace(/^\[(.*)\]$/, '$1')
    .toLowerCase();
  return host === 'localhost' || classifyAddress(host) === 'loopback';
}

/**
 * How clients reach the cache: ECR answers only on https; a loopback registry (the local stand-in)
 * cannot have a certificate, so it is plain http, and each format says so in its own words.
 */
export function cacheScheme(registry: string): 'http' | 'https' {
  return isLoopbackRegistry(registry) ? 'http' : 'https';
}

/** The routes a per-host format can express, and a warning for each one it cannot. */
export function hostRoutesOrWarn(
  registry: string,
  rules: readonly CacheRule[],
  formatName: string,
): { routes: MirrorRoute[]; warnings: string[] } {
  const all = mirrorRoutes(registry, rules);
  const routes = wholeHostRoutes(all);
  const warnings = all
    .filter((r) => r.upstreamPrefix !== undefined)
    .map(
      (r) =>
        `rule "${r.rule.ecrRepositoryPrefix}" covers only ${routeUpstream(r)}: ${formatName} mirrors a whole registry host, so it is left out (use source-policy or registries-conf)`,
    );
  return { routes, warnings };
}

/** A format with nothing to redirect is refused: an empty configuration would look like it worked. */
export function requireRoutes(
  routes: readonly MirrorRoute[],
  formatName: string,
  rules: readonly CacheRule[],
): void {
  if (routes.length > 0) return;
  const given = rules.map((r) => `${r.ecrRepositoryPrefix}=${r.upstreamRegistryUrl}`).join(', ') || 'none';
  throw new InputError(
    `no pull-through rule can be expressed as ${formatName} (rules: ${given})`,
    'add a rule for the upstream registry the builder pulls from (--rule PREFIX=UPSTREAM_URL)',
  );
}

/** A TOML basic string (hosts and paths here hold no characters that need more than JSON's escapes). */
export const tomlString = (text: string): string => JSON.stringify(text);

/** Comment lines (`# ...`) for formats that allow them. */
export const comments = (lines: readonly string[]): string =>
  lines.map((l) => (l === '' ? '#' : `# ${l}`)).join('\n');
