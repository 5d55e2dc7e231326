// Findings about the rules: each one as ECR validates it, its credential secret, and the rules a
// setup file or a list of images expects.

import type { ImageMapping } from '../image/rules.js';
import { sameUpstream } from '../image/rules.js';
import { secretNameOfArn, upstreamOf } from '../image/upstreams.js';
import type { SetupConfig } from '../setup/config.js';
import type { ExistingRule } from '../setup/state.js';
import {
  type AwsFailure,
  type DoctorFinding,
  finding,
  isAwsFailure,
  isDenied,
  SETUP_HINT,
} from './findings.js';

export interface RuleCheck {
  readonly rule: ExistingRule;
  /** ValidatePullThroughCacheRule's answer, or why it could not be asked. */
  readonly validation?: { readonly isValid: boolean; readonly failure?: string } | AwsFailure;
  /** The credential secret: found, missing, or why it could not be read; undefined without a credential. */
  readonly secret?: 'found' | 'missing' | AwsFailure;
}

function secretFix(prefix: string, name: string): string {
  return `create it with the keys username and accessToken: ecr-pull-through setup --rule ${prefix}=... --credentials ${prefix}=USERNAME_ENV:TOKEN_ENV (creates ${name} from those variables and points the rule at it), or aws secretsmanager create-secret --name ${name} --secret-string '{"username":"...","accessToken":"..."}' and update the rule's credential ARN`;
}

function invalidFix(rule: ExistingRule): string {
  const upstream = upstreamOf(rule.upstreamRegistryUrl);
  if (upstream?.auth === 'secret') {
    const name = rule.credentialArn ? (secretNameOfArn(rule.credentialArn) ?? rule.credentialArn) : undefined;
    return name
      ? `store valid upstream credentials in ${name} as {"username":"...","accessToken":"..."} (aws secretsmanager put-secret-value --secret-id ${name}), or rerun setup with the variables that hold them`
      : `give the rule a credential: ${secretFix(rule.ecrRepositoryPrefix, `ecr-pullthroughcache/${rule.ecrRepositoryPrefix}`)}`;
  }
  if (upstream?.auth === 'iam-role') {
    return `check that ECR can assume ${rule.customRoleArn ?? 'the rule’s role'} and that it may pull from ${rule.upstreamRegistryUrl}`;
  }
  return `check that ${rule.upstreamRegistryUrl} is reachable and supported, or delete the rule and create it again`;
}

export function ruleFindings(rules: readonly RuleCheck[] | AwsFailure): DoctorFinding[] {
  if (isAwsFailure(rules)) {
    return [
      isDenied(rules)
        ? finding(
            'rules-unreadable',
            'warning',
            'ecr:DescribePullThroughCacheRules',
            'the caller may not list pull-through cache rules, so no rule was checked',
            'grant ecr:DescribePullThroughCacheRules (login, rewrite and warm need it too unless given --rule)',
          )
        : finding(
            'rules-unreadable',
            'warning',
            'rules',
            `could not list the rules: ${rules.message}`,
            rules.hint,
          ),
    ];
  }
  if (rules.length === 0) {
    return [
      finding(
        'no-rules',
        'error',
        'rules',
        'this registry has no pull-through cache rules: every pull through it fails with "not found"',
        SETUP_HINT,
      ),
    ];
  }
  const out: DoctorFinding[] = [];
  const unvalidated: string[] = [];
  for (const { rule, validation, secret } of rules) {
    const subject = `rule ${rule.ecrRepositoryPrefix}`;
    const where = `${rule.ecrRepositoryPrefix} → ${rule.upstreamRegistryUrl}`;
    const secretName = rule.credentialArn ? (secretNameOfArn(rule.credentialArn) ?? rule.credentialArn) : '';
    if (secret === 'missing') {
      out.push(
        finding(
          'secret-missing',
          'error',
          subject,
          `the credential secret ${secretName} (${rule.credentialArn}) does not exist: pulls through ${where} fail`,
          secretFix(rule.ecrRepositoryPrefix, secretName),
        ),
      );
      continue;
    }
    if (validation === undefined || isAwsFailure(validation)) {
      if (validation && !isDenied(validation)) {
        out.push(
          finding(
            'rule-unvalidated',
            'warning',
            subject,
            `could not validate: ${validation.message}`,
            validation.hint,
          ),
        );
      } else {
        unvalidated.push(rule.ecrRepositoryPrefix);
      }
      continue;
    }
    if (!validation.isValid) {
      const needsSecret = upstreamOf(rule.upstreamRegistryUrl)?.auth === 'secret' && !rule.credentialArn;
      out.push(
        finding(
          needsSecret ? 'secret-missing' : 'rule-invalid',
          'error',
          subject,
          `ECR says ${where} is not valid${validation.failure ? `: ${validation.failure}` : ''}`,
          invalidFix(rule),
        ),
      );
      continue;
    }
    out.push(finding('rule-ok', 'ok', subject, `→ ${rule.upstreamRegistryUrl}: valid`));
  }
  if (unvalidated.length > 0) {
    out.push(
      finding(
        'rule-unvalidated',
        'note',
        'ecr:ValidatePullThroughCacheRule',
        `the caller may not validate rules; not validated: ${unvalidated.join(', ')}`,
        'grant ecr:ValidatePullThroughCacheRule to the role that runs doctor, or run doctor as an administrator',
      ),
    );
  }
  return out;
}

// What the setup file or the images expect.
export function expectationFindings(
  rules: readonly ExistingRule[],
  expected: { config?: SetupConfig; source?: string; images?: readonly ImageMapping[] },
): DoctorFinding[] {
  const out: DoctorFinding[] = [];
  const source = expected.source ?? 'the setup file';
  const file = expected.source ?? 'FILE';
  for (const want of expected.config?.rules ?? []) {
    const have = rules.find((r) => r.ecrRepositoryPrefix === want.ecrRepositoryPrefix);
    const target = `${want.upstreamRegistryUrl}${want.upstreamRepositoryPrefix ? `/${want.upstreamRepositoryPrefix}` : ''}`;
    if (!have) {
      out.push(
        finding(
          'rule-missing',
          'error',
          `rule ${want.ecrRepositoryPrefix}`,
          `${source} wants ${want.ecrRepositoryPrefix} → ${target}; the registry has no such rule`,
          `ecr-pull-through setup --config ${file}`,
        ),
      );
    } else if (!sameUpstream(have, want)) {
      out.push(
        finding(
          'rule-differs',
          'error',
          `rule ${want.ecrRepositoryPrefix}`,
          `${source} wants ${want.ecrRepositoryPrefix} → ${target}; the registry's rule goes to ${have.upstreamRegistryUrl}`,
          `ecr-pull-through setup --config ${file} --force (deletes and re-creates the rule)`,
        ),
      );
    }
  }
  for (const m of expected.images ?? []) {
    if (m.kind === 'invalid') {
      out.push(finding('image-invalid', 'error', `image ${m.text}`, m.error));
      continue;
    }
    if (m.kind !== 'unmapped') continue;
    const upstream = upstreamOf(m.ref.registry);
    out.push(
      finding(
        'rule-missing',
        'error',
        `image ${m.ref.original}`,
        upstream
          ? `${m.reason}: the image cannot be pulled through the cache`
          : `${m.reason}, and ECR pull-through cache does not support ${m.ref.registry}`,
        upstream
          ? `add a rule: ecr-pull-through setup --rule PREFIX=${upstream.url}${upstream.auth === 'secret' ? ' --credentials PREFIX=USERNAME_ENV:TOKEN_ENV' : ''}`
          : `copy ${m.ref.original} into an ECR repository (or ECR Public) and use that reference`,
      ),
    );
  }
  return out;
}
