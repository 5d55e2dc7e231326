// The JSON documents setup writes: the lifecycle policy of the creation template, the registry
// policy statement that lets an organization pull through the cache, and the repository policy that
// lets it pull what is cached. Compared by meaning (canonical JSON), never by text, because ECR may
// hand a policy back with other whitespace or key order.

import { repositoryArn } from '../image/ecr-host.js';
import { ROOT } from '../image/rules.js';

export const ORGANIZATION_STATEMENT_SID = 'EcrPullThroughCacheOrganization';

interface Statement {
  readonly Sid?: string;
  readonly [key: string]: unknown;
}

/** Expire every cached image N days after its import; the next pull imports it again. */
export function expireAfterDaysPolicy(days: number): string {
  return JSON.stringify({
    rules: [
      {
        rulePriority: 1,
        description: `Expire cached images ${days} days after they were imported`,
        selection: { tagStatus: 'any', countType: 'sinceImagePushed', countUnit: 'days', countNumber: days },
        action: { type: 'expire' },
      },
    ],
  });
}

/** The days of an expire policy written by expireAfterDaysPolicy, when the text is one. */
export function expireAfterDaysOf(policyText: string | undefined): number | undefined {
  const doc = parseJson(policyText) as { rules?: { selection?: Record<string, unknown> }[] } | undefined;
  const selection = doc?.rules?.find((r) => r.selection?.countType === 'sinceImagePushed')?.selection;
  return typeof selection?.countNumber === 'number' ? selection.countNumber : undefined;
}

/**
 * Registry policy statement: principals of the organization may create cache repositories and import
 * upstream images (the two permissions a pull-through pull needs beyond pulling) under the prefixes.
 */
export function organizationImportStatement(
  organizationId: string,
  region: string,
  account: string,
  prefixes: readonly string[],
): Statement {
  const resources = prefixes.includes(ROOT)
    ? [repositoryArn(region, account, '*')]
    : [...new Set(prefixes)].sort().map((p) => repositoryArn(region, account, `${p}/*`));
  return {
    Sid: ORGANIZATION_STATEMENT_SID,
    Effect: 'Allow',
    Principal: '*',
    Action: ['ecr:BatchImportUpstreamImage', 'ecr:CreateRepository'],
    Resource: resources.length === 1 ? resources[0] : resources,
    Condition: { StringEquals: { 'aws:PrincipalOrgID': organizationId } },
  };
}

/** Repository policy for cache repositories (set through the creation template): the organization may pull. */
export function organizationPullPolicy(organizationId: string): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Sid: ORGANIZATION_STATEMENT_SID,
        Effect: 'Allow',
        Principal: '*',
        Action: ['ecr:BatchCheckLayerAvailability', 'ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'],
        Condition: { StringEquals: { 'aws:PrincipalOrgID': organizationId } },
      },
    ],
  });
}

/**
 * The registry policy with our statement in it, keeping every other statement as it is.
 * `changed` is false when the policy already holds exactly this statement.
 */
export function withStatement(
  policyText: string | undefined,
  statement: Statement,
): { text: string; changed: boolean } {
  const doc = (parseJson(policyText) ?? {}) as { Version?: string; Statement?: unknown };
  const current = Array.isArray(doc.Statement)
    ? (doc.Statement as Statement[])
    : doc.Statement
      ? [doc.Statement as Statement]
      : [];
  const ours = current.find((s) => s.Sid === statement.Sid);
  const others = current.filter((s) => s.Sid !== statement.Sid);
  const text = JSON.stringify({
    ...doc,
    Version: doc.Version ?? '2012-10-17',
    Statement: [...others, statement],
  });
  return { text, changed: ours === undefined || canonicalJson(ours) !== canonicalJson(statement) };
}

/** True when two JSON texts mean the same document (key order and whitespace aside). */
export function sameJson(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  const pa = parseJson(a);
  const pb = parseJson(b);
  return pa !== undefined && pb !== undefined ? canonicalJson(pa) === canonicalJson(pb) : a === b;
}

function parseJson(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
