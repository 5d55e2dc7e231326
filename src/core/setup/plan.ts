// What setup must change: the difference between the config and what the registry holds, as an
// ordered list of steps (secrets before the rules that name them). Pure: the use case reads the
// registry (state.ts), this decides, the use case applies; format.ts puts a plan in words. Secret
// values never reach this module; the use case compares them and says only "same" or "different".

import { ROOT, sameUpstream } from '../image/rules.js';
import { canonicalUpstreamUrl, secretNameOfArn } from '../image/upstreams.js';
import type { DesiredRule, SetupConfig, TemplateConfig } from './config.js';
import {
  expireAfterDaysPolicy,
  organizationImportStatement,
  organizationPullPolicy,
  sameJson,
  withStatement,
} from './registry-policies.js';
import type { RegistryState } from './state.js';

/** `blocked`: a change setup will not make on its own (an upstream change without --force, a missing secret). */
export type StepAction = 'create' | 'update' | 'replace' | 'unchanged' | 'blocked';

interface StepBase {
  readonly action: StepAction;
  /** What is (or would be) done and why, in words; never a secret value. */
  readonly reason: string;
}

export interface SecretStep extends StepBase {
  readonly kind: 'secret';
  readonly name: string;
  readonly usernameEnv?: string;
  readonly accessTokenEnv?: string;
}

export interface RuleStep extends StepBase {
  readonly kind: 'rule';
  readonly name: string;
  readonly rule: DesiredRule;
}

export interface TemplateInput {
  readonly prefix: string;
  readonly description: string;
  readonly appliedFor: readonly string[];
  readonly imageTagMutability: string;
  readonly lifecyclePolicy?: string;
  readonly repositoryPolicy?: string;
}

export interface TemplateStep extends StepBase {
  readonly kind: 'template';
  readonly name: string;
  readonly template: TemplateInput;
}

export interface RegistryPolicyStep extends StepBase {
  readonly kind: 'registry-policy';
  readonly name: string;
  readonly policyText: string;
}

export type SetupStep = SecretStep | RuleStep | TemplateStep | RegistryPolicyStep;

export interface SetupPlan {
  readonly steps: readonly SetupStep[];
  /** Steps that change something. */
  readonly changes: number;
  readonly blocked: boolean;
}

const PTC = 'PULL_THROUGH_CACHE';

function secretSteps(config: SetupConfig, state: RegistryState): SecretStep[] {
  const steps = new Map<string, SecretStep>();
  for (const rule of config.rules) {
    const c = rule.credentials;
    if (!c || steps.has(c.secret)) continue;
    const existing = state.secrets.get(c.secret);
    const env =
      c.usernameEnv && c.accessTokenEnv
        ? { usernameEnv: c.usernameEnv, accessTokenEnv: c.accessTokenEnv }
        : undefined;
    const from = env ? ` from ${env.usernameEnv} and ${env.accessTokenEnv}` : '';
    let action: StepAction;
    let reason: string;
    if (existing === undefined) {
      [action, reason] = env
        ? ['create', `username *** and accessToken ***${from}`]
        : [
            'blocked',
            'does not exist: create it, or give usernameEnv and accessTokenEnv to let setup create it',
          ];
    } else if (env && existing.value === 'different') {
      [action, reason] = ['update', `stored value differs: new username *** and accessToken ***${from}`];
    } else {
      [action, reason] = [
        'unchanged',
        env ? 'holds the same username and accessToken' : 'exists (used as it is)',
      ];
    }
    steps.set(c.secret, { kind: 'secret', name: c.secret, action, reason, ...env });
  }
  return [...steps.values()];
}

function ruleStep(
  rule: DesiredRule,
  state: RegistryState,
  secrets: readonly SecretStep[],
  force: boolean,
): RuleStep {
  const prefix = rule.ecrRepositoryPrefix;
  const base = { kind: 'rule' as const, name: prefix, rule };
  const target = `${rule.upstreamRegistryUrl}${rule.upstreamRepositoryPrefix ? `/${rule.upstreamRepositoryPrefix}` : ''}`;
  const credential = rule.credentials ? `, credential ${rule.credentials.secret}` : '';
  const existing = state.rules.find((r) => r.ecrRepositoryPrefix === prefix);
  if (existing === undefined) return { ...base, action: 'create', reason: `upstream ${target}${credential}` };

  if (!sameUpstream(existing, rule)) {
    const now = `${canonicalUpstreamUrl(existing.upstreamRegistryUrl)}${existing.upstreamRepositoryPrefix && existing.upstreamRepositoryPrefix !== ROOT ? `/${existing.upstreamRepositoryPrefix}` : ''}`;
    return force
      ? {
          ...base,
          action: 'replace',
          reason: `upstream ${now} → ${target}: delete and re-create${credential}`,
        }
      : {
          ...base,
          action: 'blocked',
          reason: `upstream is ${now}, config says ${target}: rerun with --force to delete and re-create the rule (cached repositories stay)`,
        };
  }

  const changes: string[] = [];
  if (rule.credentials) {
    const secret = rule.credentials.secret;
    const step = secrets.find((s) => s.name === secret);
    const arn = step?.action === 'create' ? undefined : state.secrets.get(secret)?.arn;
    if (arn === undefined || existing.credentialArn !== arn) {
      const was = existing.credentialArn ? secretNameOfArn(existing.credentialArn) : undefined;
      changes.push(
        was === secret
          ? `credential ${secret} (the rule names an older secret of that name)`
          : `credential ${was ?? 'none'} → ${secret}`,
      );
    }
  }
  if (rule.customRoleArn !== undefined && rule.customRoleArn !== existing.customRoleArn) {
    changes.push(`role ${existing.customRoleArn ?? 'none'} → ${rule.customRoleArn}`);
  }
  return changes.length > 0
    ? { ...base, action: 'update', reason: changes.join('; ') }
    : { ...base, action: 'unchanged', reason: `upstream ${target}${credential}` };
}

function templateStep(t: TemplateConfig, config: SetupConfig, state: RegistryState): TemplateStep {
  const wanted: TemplateInput = {
    prefix: t.prefix,
    description: t.description,
    appliedFor: [PTC],
    imageTagMutability: t.imageTagMutability,
    ...(t.expireAfterDays !== undefined && { lifecyclePolicy: expireAfterDaysPolicy(t.expireAfterDays) }),
    ...(config.organizationId !== undefined && {
      repositoryPolicy: organizationPullPolicy(config.organizationId),
    }),
  };
  const expiry =
    t.expireAfterDays === undefined
      ? 'no lifecycle policy'
      : `images expire ${t.expireAfterDays} days after import`;
  const base = { kind: 'template' as const, name: t.prefix };
  const existing = state.template?.prefix === t.prefix ? state.template : undefined;
  if (existing === undefined) {
    return {
      ...base,
      action: 'create',
      reason: `for PULL_THROUGH_CACHE: ${expiry}, ${t.imageTagMutability} tags`,
      template: wanted,
    };
  }
  const differs: string[] = [];
  if (!existing.appliedFor.includes(PTC)) differs.push('not applied for PULL_THROUGH_CACHE');
  if ((existing.imageTagMutability ?? 'MUTABLE') !== t.imageTagMutability) {
    differs.push(`tags ${existing.imageTagMutability ?? 'MUTABLE'} → ${t.imageTagMutability}`);
  }
  if (wanted.lifecyclePolicy !== undefined && !sameJson(existing.lifecyclePolicy, wanted.lifecyclePolicy)) {
    differs.push(`lifecycle policy → ${expiry}`);
  }
  if (
    wanted.repositoryPolicy !== undefined &&
    !sameJson(existing.repositoryPolicy, wanted.repositoryPolicy)
  ) {
    differs.push('repository policy → the organization may pull');
  }
  if ((existing.description ?? '') !== t.description) differs.push('description');
  if (differs.length === 0) {
    return {
      ...base,
      action: 'unchanged',
      reason: `for PULL_THROUGH_CACHE: ${expiry}, ${t.imageTagMutability} tags`,
      template: wanted,
    };
  }
  // Keep what the template is used for besides pull-through cache (replication, create on push).
  const appliedFor = [...new Set([...existing.appliedFor, PTC])];
  return { ...base, action: 'update', reason: differs.join('; '), template: { ...wanted, appliedFor } };
}

function registryPolicyStep(
  organizationId: string,
  config: SetupConfig,
  state: RegistryState,
): RegistryPolicyStep {
  const prefixes = config.rules.length > 0 ? config.rules.map((r) => r.ecrRepositoryPrefix) : [ROOT];
  const statement = organizationImportStatement(organizationId, state.region, state.account, prefixes);
  const { text, changed } = withStatement(state.registryPolicy, statement);
  const what = `organization ${organizationId} may create cache repositories and import upstream images`;
  const action: StepAction = !changed
    ? 'unchanged'
    : state.registryPolicy === undefined
      ? 'create'
      : 'update';
  return { kind: 'registry-policy', name: 'registry', action, reason: what, policyText: text };
}

export function planSetup(
  config: SetupConfig,
  state: RegistryState,
  options: { force?: boolean } = {},
): SetupPlan {
  const secrets = secretSteps(config, state);
  const steps: SetupStep[] = [
    ...secrets,
    ...config.rules.map((r) => ruleStep(r, state, secrets, options.force ?? false)),
    ...(config.template ? [templateStep(config.template, config, state)] : []),
    ...(config.organizationId ? [registryPolicyStep(config.organizationId, config, state)] : []),
  ];
  return {
    steps,
    changes: steps.filter((s) => s.action !== 'unchanged' && s.action !== 'blocked').length,
    blocked: steps.some((s) => s.action === 'blocked'),
  };
}
