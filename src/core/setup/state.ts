// What a registry holds for pull-through cache, as setup and doctor read it: its rules (CacheRules
// with what ECR adds), credential secrets (by verdict, never by value), the creation template and the
// registry policy. Data only: the adapters in src/aws fill it, plan.ts and core/doctor read it.

import type { CacheRule } from '../image/rules.js';

/** A rule as DescribePullThroughCacheRules returns it: the CacheRule and what ECR keeps beside it. */
export interface ExistingRule extends CacheRule {
  readonly credentialArn?: string;
  readonly customRoleArn?: string;
  /** The account whose registry holds the rule. */
  readonly registryId?: string;
}

export interface ExistingSecret {
  readonly arn: string;
  /** How the stored value compares with the environment's; `unknown` when the config gives no variables. */
  readonly value: 'same' | 'different' | 'unknown';
}

export interface ExistingTemplate {
  readonly prefix: string;
  readonly appliedFor: readonly string[];
  readonly imageTagMutability?: string;
  readonly lifecyclePolicy?: string;
  readonly repositoryPolicy?: string;
  readonly description?: string;
  /** How many resource tags new repositories get (doctor: they need a role, containers-roadmap#2398). */
  readonly resourceTags?: number;
  readonly kms?: boolean;
  readonly customRoleArn?: string;
}

export interface RegistryState {
  readonly account: string;
  readonly region: string;
  readonly rules: readonly ExistingRule[];
  /** By secret name; a name that is absent does not exist. */
  readonly secrets: ReadonlyMap<string, ExistingSecret>;
  readonly template?: ExistingTemplate;
  readonly registryPolicy?: string;
}
