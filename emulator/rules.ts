/** Pull-through cache rules: validation as CreatePullThroughCacheRule does it, and repository matching. */
import { ApiError } from './errors.js';
import { normalizeUpstreamHost } from './upstream.js';

export const ROOT = 'ROOT';
export const MAX_RULES = 50;
const PREFIX_RE = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;

export interface CacheRule {
  readonly ecrRepositoryPrefix: string;
  readonly upstreamRegistryUrl: string;
  /** The `upstreamRegistry` enum value of the API ('docker-hub', 'quay', ...). */
  readonly upstreamRegistry: string;
  readonly upstreamRepositoryPrefix?: string;
  readonly credentialArn?: string;
  readonly customRoleArn?: string;
  readonly createdAt: number;
  readonly updatedAt: number;
}

export interface RuleMatch {
  readonly rule: CacheRule;
  /** The repository path at the upstream registry. */
  readonly upstreamPath: string;
}

interface UpstreamKind {
  readonly upstreamRegistry: string;
  /** Docker Hub, GHCR, GitLab, Azure and Chainguard need a Secrets Manager secret. */
  readonly needsCredential: boolean;
}

/**
 * The upstream registries ECR supports, keyed by the URL a rule must use. Docker Hub must be given as
 * registry-1.docker.io; the emulator also accepts docker.io and index.docker.io in seeds only.
 */
export function classifyUpstream(url: string): UpstreamKind | undefined {
  const host = url.toLowerCase();
  if (host === 'registry-1.docker.io') return { upstreamRegistry: 'docker-hub', needsCredential: true };
  if (host === 'public.ecr.aws') return { upstreamRegistry: 'ecr-public', needsCredential: false };
  if (host === 'registry.k8s.io') return { upstreamRegistry: 'k8s', needsCredential: false };
  if (host === 'quay.io') return { upstreamRegistry: 'quay', needsCredential: false };
  if (host === 'ghcr.io') return { upstreamRegistry: 'github-container-registry', needsCredential: true };
  if (host === 'registry.gitlab.com')
    return { upstreamRegistry: 'gitlab-container-registry', needsCredential: true };
  if (host === 'cgr.dev') return { upstreamRegistry: 'chainguard', needsCredential: true };
  if (/^[a-z0-9-]+\.azurecr\.io$/.test(host))
    return { upstreamRegistry: 'azure-container-registry', needsCredential: true };
  if (/^\d{12}\.dkr\.ecr\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$/.test(host)) {
    return { upstreamRegistry: 'ecr', needsCredential: false };
  }
  return undefined;
}

export function isValidPrefix(prefix: string): boolean {
  return prefix === ROOT || (prefix.length >= 2 && prefix.length <= 30 && PREFIX_RE.test(prefix));
}

export interface NewRule {
  ecrRepositoryPrefix: string;
  upstreamRegistryUrl: string;
  upstreamRepositoryPrefix?: string;
  credentialArn?: string;
  customRoleArn?: string;
}

export class RuleSet {
  readonly #rules = new Map<string, CacheRule>();

  constructor(private readonly now: () => number) {}

  list(): CacheRule[] {
    return [...this.#rules.values()];
  }

  get(prefix: string): CacheRule | undefined {
    return this.#rules.get(prefix);
  }

  /**
   * Add a rule. `strict` is the API's validation; seeds may also use Docker Hub aliases and
   * any upstream host (the emulator's stand-in for registries ECR adds later).
   */
  add(input: NewRule, strict: boolean): CacheRule {
    const prefix = input.ecrRepositoryPrefix;
    if (typeof prefix !== 'string' || !isValidPrefix(prefix)) {
      throw new ApiError(
        'InvalidParameterException',
        `Invalid parameter at 'ecrRepositoryPrefix' failed to satisfy constraint: 'must be ROOT or 2-30 characters matching ${PREFIX_RE.source}'`,
      );
    }
    if (typeof input.upstreamRegistryUrl !== 'string' || input.upstreamRegistryUrl === '') {
      throw new ApiError(
        'InvalidParameterException',
        "Invalid parameter at 'upstreamRegistryUrl': a URL is required",
      );
    }
    const url = input.upstreamRegistryUrl.replace(/^https?:\/\//i, '').replace(/\/+$/, '');
    let kind = classifyUpstream(url);
    if (kind === undefined && !strict) {
      kind =
        normalizeUpstreamHost(url) === 'docker.io' ? classifyUpstream('registry-1.docker.io') : undefined;
      kind ??= { upstreamRegistry: 'other', needsCredential: false };
    }
    if (kind === undefined) {
      throw new ApiError(
        'UnsupportedUpstreamRegistryException',
        `The specified upstream registry ${url} is not supported for pull through cache rules`,
      );
    }
    if (strict && kind.needsCredential && !input.credentialArn) {
      throw new ApiError(
        'InvalidParameterException',
        `A credentialArn is required for upstream registry ${kind.upstreamRegistry} (${url})`,
      );
    }
    if (
      input.credentialArn !== undefined &&
      !/^arn:aws[a-z-]*:secretsmanager:.+:secret:ecr-pullthroughcache\//.test(input.credentialArn)
    ) {
      throw new ApiError(
        'InvalidParameterException',
        "Invalid parameter at 'credentialArn': the secret name must start with 'ecr-pullthroughcache/'",
      );
    }
    if (input.upstreamRepositoryPrefix !== undefined && !isValidPrefix(input.upstreamRepositoryPrefix)) {
      throw new ApiError('InvalidParameterException', "Invalid parameter at 'upstreamRepositoryPrefix'");
    }
    if (this.#rules.has(prefix)) {
      throw new ApiError(
        'PullThroughCacheRuleAlreadyExistsException',
        `A pull through cache rule with the ecrRepositoryPrefix '${prefix}' already exists`,
      );
    }
    if (this.#rules.size >= MAX_RULES) {
      throw new ApiError(
        'LimitExceededException',
        `The maximum number of pull through cache rules (${MAX_RULES}) for this registry has been reached`,
      );
    }
    const now = this.now();
    const rule: CacheRule = {
      ecrRepositoryPrefix: prefix,
      upstreamRegistryUrl: url,
      upstreamRegistry: kind.upstreamRegistry,
      ...(input.upstreamRepositoryPrefix !== undefined && {
        upstreamRepositoryPrefix: input.upstreamRepositoryPrefix,
      }),
      ...(input.credentialArn !== undefined && { credentialArn: input.credentialArn }),
      ...(input.customRoleArn !== undefined && { customRoleArn: input.customRoleArn }),
      createdAt: now,
      updatedAt: now,
    };
    this.#rules.set(prefix, rule);
    return rule;
  }

  /**
   * Hold a rule as given, with none of the API's checks: what a misconfigured or hostile endpoint
   * answers DescribePullThroughCacheRules with (tests of the clients that read it).
   */
  plant(input: NewRule): void {
    const now = this.now();
    this.#rules.set(input.ecrRepositoryPrefix, {
      ...input,
      upstreamRegistry: 'other',
      createdAt: now,
      updatedAt: now,
    });
  }

  /** UpdatePullThroughCacheRule: only the credential and the role change; the upstream never does. */
  update(prefix: string, changes: { credentialArn?: string; customRoleArn?: string }): CacheRule | undefined {
    const rule = this.#rules.get(prefix);
    if (rule === undefined) return undefined;
    if (
      changes.credentialArn !== undefined &&
      !/^arn:aws[a-z-]*:secretsmanager:.+:secret:ecr-pullthroughcache\//.test(changes.credentialArn)
    ) {
      throw new ApiError(
        'InvalidParameterException',
        "Invalid parameter at 'credentialArn': the secret name must start with 'ecr-pullthroughcache/'",
      );
    }
    const updated: CacheRule = {
      ...rule,
      ...(changes.credentialArn !== undefined && { credentialArn: changes.credentialArn }),
      ...(changes.customRoleArn !== undefined && { customRoleArn: changes.customRoleArn }),
      updatedAt: this.now(),
    };
    this.#rules.set(prefix, updated);
    return updated;
  }

  delete(prefix: string): CacheRule | undefined {
    const rule = this.#rules.get(prefix);
    this.#rules.delete(prefix);
    return rule;
  }

  /** Longest `<prefix>/` that starts the name wins; a ROOT rule takes names no other prefix matches. */
  match(repositoryName: string): RuleMatch | undefined {
    let best: CacheRule | undefined;
    for (const rule of this.#rules.values()) {
      if (rule.ecrRepositoryPrefix === ROOT) continue;
      const p = rule.ecrRepositoryPrefix;
      if (repositoryName.length > p.length + 1 && repositoryName.startsWith(`${p}/`)) {
        if (best === undefined || p.length > best.ecrRepositoryPrefix.length) best = rule;
      }
    }
    const rest =
      best === undefined ? repositoryName : repositoryName.slice(best.ecrRepositoryPrefix.length + 1);
    best ??= this.#rules.get(ROOT);
    if (best === undefined) return undefined;
    const upstreamPrefix = best.upstreamRepositoryPrefix;
    const upstreamPath =
      upstreamPrefix === undefined || upstreamPrefix === ROOT ? rest : `${upstreamPrefix}/${rest}`;
    return { rule: best, upstreamPath };
  }
}
