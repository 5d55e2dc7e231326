// Findings about the caller's permissions, from harmless calls: a call on a repository that does
// not exist answers "not found" when it is allowed and AccessDenied when it is not. The pull and
// import permissions have no such call; doctor says so and how to check them.

import { repositoryArn } from '../image/ecr-host.js';
import { ROOT } from '../image/rules.js';
import { type DoctorFinding, finding, type Severity } from './findings.js';

export type ProbeOutcome = 'allowed' | 'denied' | 'failed';

/** A permission check by a harmless call: what its error (or success) says about the permission. */
export function probeOutcome(errorName: string | undefined): ProbeOutcome {
  if (errorName === undefined) return 'allowed';
  if (errorName === 'AccessDeniedException' || errorName === 'AccessDenied') return 'denied';
  // IAM is evaluated before existence: a "not found" means the call was allowed.
  const notFound = [
    'RepositoryNotFoundException',
    'LayersNotFoundException',
    'LayerInaccessibleException',
    'ImageNotFoundException',
  ];
  return notFound.includes(errorName) ? 'allowed' : 'failed';
}

/**
 * Permissions no harmless call shows. On a pull-through path BatchGetImage is itself a pull: it may
 * create the repository and import from the upstream (the Service Authorization Reference has it
 * need the other two there). BatchImportUpstreamImage is a permission only, with no API.
 */
export const UNPROBED_PERMISSIONS: readonly string[] = [
  'ecr:BatchGetImage',
  'ecr:BatchImportUpstreamImage',
  'ecr:CreateRepository',
];

export interface PermissionProbe {
  /** e.g. `ecr:GetDownloadUrlForLayer`. */
  readonly action: string;
  /** The rule prefix whose repositories were probed; undefined for registry-wide actions. */
  readonly prefix?: string;
  readonly outcome: ProbeOutcome;
  readonly detail?: string;
}

/** What each probed permission breaks when it is missing. */
const PERMISSION_ROLE: Record<string, { severity: Severity; breaks: string }> = {
  'ecr:GetAuthorizationToken': { severity: 'error', breaks: 'docker login to the registry fails' },
  'ecr:GetDownloadUrlForLayer': { severity: 'error', breaks: 'downloading layers fails' },
  'ecr:DescribeImages': {
    severity: 'warning',
    breaks: 'ecr-pull-through warm cannot see when an import is done',
  },
};

/** The IAM principal behind a caller ARN: an assumed role's role (its path, if any, is not in the ARN). */
export function principalArnOf(callerArn: string): string {
  const m = /^arn:([^:]+):sts::(\d{12}):assumed-role\/([^/]+)\//.exec(callerArn);
  return m ? `arn:${m[1]}:iam::${m[2]}:role/${m[3]}` : callerArn;
}

export function repositoryArns(region: string, account: string, prefixes: readonly string[]): string[] {
  if (prefixes.length === 0 || prefixes.includes(ROOT)) return [repositoryArn(region, account, '*')];
  return [...new Set(prefixes)].map((p) => repositoryArn(region, account, `${p}/*`));
}

export function permissionFindings(
  probes: readonly PermissionProbe[],
  context: { region: string; account: string; callerArn: string; prefixes: readonly string[] },
): DoctorFinding[] {
  const out: DoctorFinding[] = [];
  const principal = principalArnOf(context.callerArn);
  const actions = [...new Set(probes.map((p) => p.action))];
  for (const action of actions) {
    const mine = probes.filter((p) => p.action === action);
    const role = PERMISSION_ROLE[action] ?? { severity: 'warning' as Severity, breaks: 'some calls fail' };
    const denied = mine.filter((p) => p.outcome === 'denied');
    const failed = mine.filter((p) => p.outcome === 'failed');
    if (denied.length > 0) {
      const scoped = denied.map((p) => p.prefix).filter((p): p is string => p !== undefined);
      const resources = mine.some((p) => p.prefix !== undefined)
        ? repositoryArns(context.region, context.account, scoped).join(', ')
        : '*';
      const where =
        scoped.length > 0
          ? ` on ${scoped.map((p) => (p === ROOT ? 'all repositories' : `${p}/*`)).join(', ')}`
          : '';
      out.push(
        finding(
          'permission-missing',
          role.severity,
          action,
          `the caller may not call ${action}${where}: ${role.breaks}`,
          `allow ${action} on ${resources} in the policy of ${principal}`,
        ),
      );
    } else if (failed.length > 0) {
      out.push(
        finding(
          'permission-unknown',
          'warning',
          action,
          `could not check ${action}: ${failed[0]?.detail ?? 'the check failed'}`,
          'run doctor again; if it persists, check the ECR endpoint and throttling',
        ),
      );
    } else {
      out.push(finding('permission-ok', 'ok', action, 'allowed'));
    }
  }
  const arns = repositoryArns(context.region, context.account, context.prefixes);
  out.push(
    finding(
      'permission-unchecked',
      'note',
      UNPROBED_PERMISSIONS.join(', '),
      'not checked: no harmless call exercises them (on a pull-through repository BatchGetImage is itself a pull, which may create the repository and import from the upstream). Without ecr:BatchGetImage every pull fails with 403 denied; without the other two a first pull fails with "Requested image not found"',
      `aws iam simulate-principal-policy --policy-source-arn ${principal} --action-names ${UNPROBED_PERMISSIONS.join(' ')} --resource-arns ${arns.join(' ')} (or warm one image: ecr-pull-through warm IMAGE)`,
    ),
  );
  return out;
}
