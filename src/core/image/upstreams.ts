// The upstream registries ECR pull-through cache supports, and how each one authenticates.
// One table for setup (which rule needs a secret), doctor (what to say when one is missing), and
// the hints of map and warm for a registry no rule can cover.

import { parseEcrHost, withoutScheme } from './ecr-host.js';
import { isDockerHub } from './reference.js';

/** `none`: public; `secret`: a Secrets Manager secret; `iam-role`: an ECR upstream (IAM, maybe a role). */
export type UpstreamAuth = 'none' | 'secret' | 'iam-role';

export interface Upstream {
  /** The URL a rule must name (Docker Hub only as registry-1.docker.io). */
  readonly url: string;
  readonly name: string;
  readonly auth: UpstreamAuth;
}

/** Credential secrets must be named with this prefix, or ECR refuses the rule. */
export const CREDENTIAL_SECRET_PREFIX = 'ecr-pullthroughcache/';

const KNOWN: Record<string, Omit<Upstream, 'url'>> = {
  'public.ecr.aws': { name: 'Amazon ECR Public', auth: 'none' },
  'registry.k8s.io': { name: 'Kubernetes registry', auth: 'none' },
  'quay.io': { name: 'Quay', auth: 'none' },
  'registry-1.docker.io': { name: 'Docker Hub', auth: 'secret' },
  'ghcr.io': { name: 'GitHub Container Registry', auth: 'secret' },
  'registry.gitlab.com': { name: 'GitLab Container Registry', auth: 'secret' },
  'cgr.dev': { name: 'Chainguard', auth: 'secret' },
};

/** The URL as ECR wants it: no scheme or trailing slash, lowercase, Docker Hub as registry-1.docker.io. */
export function canonicalUpstreamUrl(url: string): string {
  const host = withoutScheme(url).toLowerCase();
  return isDockerHub(host) ? 'registry-1.docker.io' : host;
}

/** What ECR knows of an upstream URL; undefined when ECR has no pull-through support for it. */
export function upstreamOf(url: string): Upstream | undefined {
  const canonical = canonicalUpstreamUrl(url);
  const known = KNOWN[canonical];
  if (known) return { url: canonical, ...known };
  if (/^[a-z0-9-]+\.azurecr\.io$/.test(canonical)) {
    return { url: canonical, name: 'Azure Container Registry', auth: 'secret' };
  }
  // An ECR upstream is named by its standard (or FIPS) host, never a dual-stack one.
  if (parseEcrHost(canonical)?.dualStack === false)
    return { url: canonical, name: 'Amazon ECR', auth: 'iam-role' };
  return undefined;
}

/** The upstreams ECR can cache, as a hint lists them. */
const CACHEABLE = `${Object.keys(KNOWN).join(', ')}, *.azurecr.io and Amazon ECR`;

/**
 * What to do about images of `host` when ECR pull-through cache cannot cache that registry (no rule
 * could be created for it); undefined when it can.
 */
export function uncacheableHint(host: string): string | undefined {
  if (upstreamOf(host)) return undefined;
  return `ECR pull-through cache cannot cache ${host} (it caches ${CACHEABLE} only), so no rule can cover it: mirror the images you need into an ECR repository yourself, or let ${host} through a NAT`;
}

/** The hints for the registries of references no rule covers, once each: those ECR cannot cache. */
export function uncacheableHints(registries: Iterable<string | undefined>): string[] {
  const hints = new Set<string>();
  for (const host of registries) {
    const hint = host === undefined ? undefined : uncacheableHint(host);
    if (hint) hints.add(hint);
  }
  return [...hints];
}

/** The secret name inside a Secrets Manager ARN, without the 6-character suffix Secrets Manager adds. */
export function secretNameOfArn(arn: string): string | undefined {
  const at = arn.indexOf(':secret:');
  if (!arn.startsWith('arn:') || at === -1) return undefined;
  return arn.slice(at + ':secret:'.length).replace(/-[A-Za-z0-9]{6}$/, '');
}
