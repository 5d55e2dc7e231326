// Pull-through cache rules and the one function that maps an image reference to its cache URI.

import { quoted } from '../display.js';
import { InputError } from '../errors.js';
import { isRegistryHost, withoutScheme } from './ecr-host.js';
import {
  DOCKER_HUB,
  type ImageRef,
  InvalidReferenceError,
  isDockerHub,
  parseImageRef,
  refSuffix,
} from './reference.js';

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

export type Mapping =
  | { readonly kind: 'mapped'; readonly ref: ImageRef; readonly uri: string; readonly rule: CacheRule }
  | { readonly kind: 'cached'; readonly ref: ImageRef; readonly uri: string }
  | { readonly kind: 'unmapped'; readonly ref: ImageRef; readonly reason: string };

export const ROOT = 'ROOT';
const PREFIX_RE = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;

export class InvalidRuleError extends InputError {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidRuleError';
  }
}

/** Upstream registry host as references spell it: every Docker Hub URL becomes `docker.io`. */
export function upstreamHost(url: string): string {
  const host = withoutScheme(url).replace(/\/.*$/, '').toLowerCase();
  return isDockerHub(host) ? DOCKER_HUB : host;
}

const isPath = (text: string) => PREFIX_RE.test(text);

/**
 * A rule checked as ECR holds them, the one check of every rule we are given: `--rule`, the action's
 * `rules` lines and what DescribePullThroughCacheRules answers (a misconfigured or hostile endpoint's
 * names would end up in file paths and command-line flags). `what` names the rule in the message.
 */
export function checkRule(rule: CacheRule, what: string): CacheRule {
  const prefix = rule.ecrRepositoryPrefix;
  if (prefix !== ROOT && !(isPath(prefix) && prefix.length >= 2 && prefix.length <= 30)) {
    throw new InvalidRuleError(
      `invalid ${what}: prefix ${quoted(prefix)} must be ROOT or 2-30 lowercase letters, digits, ".", "_", "-" and "/"`,
    );
  }
  const host = withoutScheme(rule.upstreamRegistryUrl);
  if (!isRegistryHost(host)) {
    throw new InvalidRuleError(`invalid ${what}: ${quoted(host)} is not a registry host`);
  }
  const upstreamPrefix = rule.upstreamRepositoryPrefix;
  if (upstreamPrefix !== undefined && upstreamPrefix !== ROOT && !isPath(upstreamPrefix)) {
    throw new InvalidRuleError(
      `invalid ${what}: upstream repository prefix ${quoted(upstreamPrefix)} must be ROOT or lowercase letters, digits, ".", "_", "-" and "/"`,
    );
  }
  return {
    ecrRepositoryPrefix: prefix,
    upstreamRegistryUrl: host,
    ...(upstreamPrefix !== undefined && { upstreamRepositoryPrefix: upstreamPrefix }),
  };
}

/**
 * Parse `PREFIX=UPSTREAM_URL[/UPSTREAM_PREFIX]`, the `--rule` flag and the action's `rules` lines.
 * A path after the upstream host is the upstream repository prefix of an ECR-to-ECR rule.
 */
export function parseRuleSpec(spec: string): CacheRule {
  const text = spec.trim();
  const eq = text.indexOf('=');
  if (eq <= 0 || eq === text.length - 1) {
    throw new InvalidRuleError(
      `invalid rule ${quoted(spec)}: expected PREFIX=UPSTREAM_URL, e.g. docker-hub=registry-1.docker.io`,
    );
  }
  const url = withoutScheme(text.slice(eq + 1));
  const slash = url.indexOf('/');
  const rule: CacheRule = {
    ecrRepositoryPrefix: text.slice(0, eq).trim(),
    upstreamRegistryUrl: slash === -1 ? url : url.slice(0, slash),
    ...(slash !== -1 && { upstreamRepositoryPrefix: url.slice(slash + 1) }),
  };
  return checkRule(rule, `rule ${quoted(spec)}`);
}

/** Where a rule fetches from, as references spell it: `quay.io`, `docker.io`, `HOST/team-a`. */
export function upstreamOfRule(rule: CacheRule): string {
  const prefix = rule.upstreamRepositoryPrefix ?? ROOT;
  return `${upstreamHost(rule.upstreamRegistryUrl)}${prefix === ROOT ? '' : `/${prefix}`}`;
}

/** Two rules fetch from the same place: one upstream registry and one upstream repository prefix. */
export function sameUpstream(a: CacheRule, b: CacheRule): boolean {
  return upstreamOfRule(a) === upstreamOfRule(b);
}

/**
 * One rule per prefix, as ECR holds them: a repeated rule counts once, and two rules that give one
 * prefix different upstreams are refused (the cache would fetch one upstream's images for the other).
 */
export function distinctRules(rules: readonly CacheRule[]): CacheRule[] {
  const byPrefix = new Map<string, CacheRule>();
  for (const rule of rules) {
    const seen = byPrefix.get(rule.ecrRepositoryPrefix);
    if (!seen) {
      byPrefix.set(rule.ecrRepositoryPrefix, rule);
      continue;
    }
    if (!sameUpstream(seen, rule)) {
      throw new InvalidRuleError(
        `conflicting rules for prefix "${rule.ecrRepositoryPrefix}": ${upstreamOfRule(seen)} and ${upstreamOfRule(rule)}; ECR holds one rule per prefix, so give each upstream its own prefix`,
      );
    }
  }
  return [...byPrefix.values()];
}

/** The part of `path` a rule covers, with the rule's upstream prefix removed; undefined if not covered. */
function coveredPath(rule: CacheRule, path: string): string | undefined {
  const prefix = rule.upstreamRepositoryPrefix;
  if (prefix === undefined || prefix === ROOT || prefix === '') return path;
  return path.startsWith(`${prefix}/`) ? path.slice(prefix.length + 1) : undefined;
}

/**
 * Map a reference to its pull-through cache URI. References already in the target registry are
 * left as they are (a second run is a no-op); references no rule covers are left with a reason.
 * Tag and digest are kept exactly as written; `library/` comes only from normalization.
 */
export function mapReference(ref: ImageRef, target: RegistryTarget): Mapping {
  const host = ref.registry.toLowerCase();
  if (host === target.registry.toLowerCase() || target.aliases?.some((a) => a.toLowerCase() === host)) {
    return { kind: 'cached', ref, uri: ref.original };
  }
  let best: { rule: CacheRule; rest: string; weight: number } | undefined;
  for (const rule of target.rules) {
    if (upstreamHost(rule.upstreamRegistryUrl) !== ref.registry.toLowerCase()) continue;
    const rest = coveredPath(rule, ref.path);
    if (rest === undefined) continue;
    const weight = ref.path.length - rest.length;
    if (!best || weight > best.weight) best = { rule, rest, weight };
  }
  if (!best) {
    const sameHost = target.rules.some(
      (r) => upstreamHost(r.upstreamRegistryUrl) === ref.registry.toLowerCase(),
    );
    const reason = sameHost
      ? `no pull-through rule for ${ref.registry}/${ref.path} (the rules for ${ref.registry} cover other repository prefixes)`
      : `no pull-through rule for ${ref.registry}`;
    return { kind: 'unmapped', ref, reason };
  }
  const prefix = best.rule.ecrRepositoryPrefix;
  const path = prefix === ROOT ? best.rest : `${prefix}/${best.rest}`;
  return { kind: 'mapped', ref, rule: best.rule, uri: `${target.registry}/${path}${refSuffix(ref)}` };
}

/** The cache repository (`<prefix>/<path>`) a cache URI names, without registry, tag or digest. */
export function cacheRepository(uri: string): string {
  const rest = uri.slice(uri.indexOf('/') + 1);
  const at = rest.indexOf('@');
  const noDigest = at === -1 ? rest : rest.slice(0, at);
  const colon = noDigest.lastIndexOf(':');
  return colon > noDigest.lastIndexOf('/') ? noDigest.slice(0, colon) : noDigest;
}

export type ImageMapping =
  | Mapping
  | { readonly kind: 'invalid'; readonly text: string; readonly error: string };

/** Parse and map one image text; invalid references come back as `invalid` with the broken rule. */
export function mapImage(text: string, target: RegistryTarget): ImageMapping {
  try {
    return mapReference(parseImageRef(text), target);
  } catch (e) {
    if (e instanceof InvalidReferenceError) return { kind: 'invalid', text, error: e.message };
    throw e;
  }
}
