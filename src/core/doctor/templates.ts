// Findings about repository creation templates: what a cache repository starts with when a first
// pull creates it (lifecycle, tag mutability), and cache repositories that already exist.

import { ROOT } from '../image/rules.js';
import type { ExistingRule, ExistingTemplate } from '../setup/state.js';
import { type AwsFailure, type DoctorFinding, finding, isAwsFailure, isDenied } from './findings.js';

/** The template ECR applies to a new cache repository under `prefix`: the longest matching prefix, else ROOT. */
export function templateFor(
  templates: readonly ExistingTemplate[],
  prefix: string,
): ExistingTemplate | undefined {
  const ptc = templates.filter((t) => t.appliedFor.includes('PULL_THROUGH_CACHE'));
  const specific = ptc
    .filter((t) => t.prefix !== ROOT && (prefix === t.prefix || prefix.startsWith(`${t.prefix}/`)))
    .sort((a, b) => b.prefix.length - a.prefix.length)[0];
  return specific ?? ptc.find((t) => t.prefix === ROOT);
}

export function templateFindings(
  templates: readonly ExistingTemplate[] | AwsFailure,
  rules: readonly ExistingRule[],
  immutableRepositories?: readonly string[] | AwsFailure,
): DoctorFinding[] {
  if (isAwsFailure(templates)) {
    return [
      finding(
        'templates-unreadable',
        'warning',
        'repository creation templates',
        `could not read them: ${isDenied(templates) ? 'ecr:DescribeRepositoryCreationTemplates is denied' : templates.message}`,
        'grant ecr:DescribeRepositoryCreationTemplates to the role that runs doctor',
      ),
    ];
  }
  const out: DoctorFinding[] = [];
  const uncovered: string[] = [];
  const used = new Map<string, { template: ExistingTemplate; prefixes: string[] }>();
  for (const rule of rules) {
    const t = templateFor(templates, rule.ecrRepositoryPrefix);
    if (!t) {
      uncovered.push(rule.ecrRepositoryPrefix);
      continue;
    }
    const entry = used.get(t.prefix) ?? { template: t, prefixes: [] };
    entry.prefixes.push(rule.ecrRepositoryPrefix);
    used.set(t.prefix, entry);
  }
  if (uncovered.length > 0 || (rules.length === 0 && templates.length === 0)) {
    const which =
      uncovered.length > 0
        ? ` under ${uncovered.map((p) => (p === ROOT ? 'ROOT' : `${p}/`)).join(', ')}`
        : '';
    out.push(
      finding(
        'template-missing',
        'warning',
        'repository creation template',
        `no template applies to new pull-through cache repositories${which}: they get default settings and no lifecycle policy, so cached images are kept (and billed) forever`,
        'ecr-pull-through setup --expire-after-days 30 (a ROOT template for PULL_THROUGH_CACHE), or template: {expireAfterDays: 30} in the setup file',
      ),
    );
  }
  for (const { template: t, prefixes } of used.values()) {
    const subject = `template ${t.prefix}`;
    const covers = `(covers ${prefixes.join(', ')})`;
    let problems = 0;
    if (t.imageTagMutability?.startsWith('IMMUTABLE')) {
      problems++;
      out.push(
        finding(
          'tag-immutability',
          'warning',
          subject,
          `new cache repositories get ${t.imageTagMutability} tags ${covers}: ECR cannot move a cached tag when the upstream does, so tags such as node:20 stay on the first image cached`,
          'set imageTagMutability MUTABLE on the template (setup does by default)',
        ),
      );
    }
    if (((t.resourceTags ?? 0) > 0 || t.kms) && !t.customRoleArn) {
      problems++;
      out.push(
        finding(
          'template-needs-role',
          'warning',
          subject,
          `the template sets ${t.kms ? 'KMS encryption' : 'resource tags'} without a customRoleArn: first pulls may fail with "not found" (containers-roadmap#2398)`,
          'give the template a customRoleArn that may tag repositories (and use the KMS key), or drop the tags',
        ),
      );
    }
    if (!t.lifecyclePolicy) {
      problems++;
      out.push(
        finding(
          'template-no-lifecycle',
          'note',
          subject,
          `no lifecycle policy ${covers}: cached images are kept forever`,
          'add one: template: {expireAfterDays: N} in the setup file, then ecr-pull-through setup',
        ),
      );
    }
    if (problems === 0)
      out.push(finding('template-ok', 'ok', subject, `applies to pull-through cache repositories ${covers}`));
  }
  if (isAwsFailure(immutableRepositories)) {
    out.push(
      finding(
        'repositories-unreadable',
        'note',
        'cache repositories',
        `tag mutability not checked: ${isDenied(immutableRepositories) ? 'ecr:DescribeRepositories is denied' : immutableRepositories.message}`,
      ),
    );
  } else if (immutableRepositories && immutableRepositories.length > 0) {
    const shown = immutableRepositories.slice(0, 5).join(', ');
    const more = immutableRepositories.length > 5 ? ` and ${immutableRepositories.length - 5} more` : '';
    out.push(
      finding(
        'tag-immutability',
        'warning',
        'cache repositories',
        `${immutableRepositories.length} cache repositories have immutable tags (${shown}${more}): ECR cannot update their tags from upstream`,
        'aws ecr put-image-tag-mutability --image-tag-mutability MUTABLE --repository-name NAME for each',
      ),
    );
  }
  return out;
}
