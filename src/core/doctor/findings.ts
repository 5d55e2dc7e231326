// What doctor concludes, as findings: what is wrong in the user's terms and how to fix it.
// Severity `error` means a pull would break; doctor exits 1 on any. The checks live beside this
// module (doctor-rules, doctor-permissions, doctor-templates, doctor-network), each a pure function
// from what the use case observed to findings.

export type Severity = 'error' | 'warning' | 'note' | 'ok';

export interface DoctorFinding {
  /** Stable identifier of the kind of finding, e.g. `secret-missing`. */
  readonly code: string;
  readonly severity: Severity;
  /** What it is about: `rule docker-hub`, `ecr:BatchGetImage`, `registry endpoint`... */
  readonly subject: string;
  readonly message: string;
  readonly fix?: string;
}

/** An AWS call that failed, by error name and message (and the hint aws-failure.ts gives for it). */
export interface AwsFailure {
  readonly name: string;
  readonly message: string;
  readonly hint?: string;
  /** No answer came: the host did not resolve, or refused or dropped the connection. */
  readonly unreached?: boolean;
}

export function isAwsFailure(value: unknown): value is AwsFailure {
  return typeof value === 'object' && value !== null && 'name' in value && 'message' in value;
}

export const isDenied = (f: AwsFailure): boolean =>
  f.name === 'AccessDeniedException' || f.name === 'AccessDenied';

export const finding = (
  code: string,
  severity: Severity,
  subject: string,
  message: string,
  fix?: string,
): DoctorFinding => ({ code, severity, subject, message, ...(fix !== undefined && { fix }) });

export const SETUP_HINT = 'ecr-pull-through setup --config setup.yaml (see examples/setup.yaml)';
export const WARM_FIX =
  'warm the cache first (ecr-pull-through warm) or give the subnet a NAT route during imports';

// --- caller and region -------------------------------------------------------------------------

export function callerFindings(identity: { account: string; arn: string } | AwsFailure): DoctorFinding[] {
  if (isAwsFailure(identity)) {
    return [
      finding(
        'aws-unreachable',
        'error',
        'caller',
        `cannot call AWS: ${identity.message}`,
        identity.hint ??
          'check the AWS credentials, the region and the network path to the STS and ECR endpoints',
      ),
    ];
  }
  return [finding('caller', 'ok', 'caller', `${identity.arn} (account ${identity.account})`)];
}

/** Regions ECR documented without pull-through cache (GovCloud and China, as of 2023-11). */
export const REGIONS_WITHOUT_PTC: readonly string[] = [
  'cn-north-1',
  'cn-northwest-1',
  'us-gov-east-1',
  'us-gov-west-1',
];

export function regionFindings(region: string, fips: boolean, anyValidRule: boolean): DoctorFinding[] {
  const out: DoctorFinding[] = [];
  if (fips) {
    out.push(
      finding(
        'fips-first-pull',
        'warning',
        'FIPS endpoint',
        "ECR's FIPS endpoints don't support the first pull of an image through the cache (later pulls work)",
        'make first pulls through the standard endpoint: run ecr-pull-through warm without AWS_USE_FIPS_ENDPOINT, then pull over FIPS',
      ),
    );
  }
  if (REGIONS_WITHOUT_PTC.includes(region) && !anyValidRule) {
    out.push(
      finding(
        'region-without-ptc',
        'warning',
        'region',
        `ECR documented pull-through cache as unavailable in ${region} (AWS GovCloud (US) and China regions)`,
        'use a registry in a commercial region for the cache, or check the ECR user guide for this region',
      ),
    );
  }
  return out;
}

// --- report ----------------------------------------------------------------------------------------

export interface FindingCounts {
  readonly errors: number;
  readonly warnings: number;
  readonly notes: number;
  readonly ok: number;
}

export function countFindings(findings: readonly DoctorFinding[]): FindingCounts {
  const n = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return { errors: n('error'), warnings: n('warning'), notes: n('note'), ok: n('ok') };
}

const LABEL: Record<Severity, string> = { error: 'ERROR', warning: 'warn ', note: 'note ', ok: 'ok   ' };

/** Human lines: one per finding (with its fix under it) and a closing summary. */
/** A finding as the report shows it: its line, and the fix under it unless it is fine. */
export function formatFinding(f: DoctorFinding): string[] {
  const line = `${LABEL[f.severity]} ${f.subject}: ${f.message}`;
  return f.fix && f.severity !== 'ok' ? [line, `      fix: ${f.fix}`] : [line];
}

/** The report's last line: what the findings add up to. */
export function findingsSummary(findings: readonly DoctorFinding[]): string {
  const c = countFindings(findings);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return c.errors > 0
    ? `${plural(c.errors, 'error')}, ${plural(c.warnings, 'warning')}: pulls through the cache would fail`
    : c.warnings > 0
      ? `no errors, ${plural(c.warnings, 'warning')}`
      : 'no problems found';
}

export function formatFindings(findings: readonly DoctorFinding[]): string[] {
  return [...findings.flatMap(formatFinding), findingsSummary(findings)];
}
