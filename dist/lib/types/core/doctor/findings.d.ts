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
export declare function isAwsFailure(value: unknown): value is AwsFailure;
export declare const isDenied: (f: AwsFailure) => boolean;
export declare const finding: (code: string, severity: Severity, subject: string, message: string, fix?: string) => DoctorFinding;
export declare const SETUP_HINT = "ecr-pull-through setup --config setup.yaml (see examples/setup.yaml)";
export declare const WARM_FIX = "warm the cache first (ecr-pull-through warm) or give the subnet a NAT route during imports";
export declare function callerFindings(identity: {
    account: string;
    arn: string;
} | AwsFailure): DoctorFinding[];
/** Regions ECR documented without pull-through cache (GovCloud and China, as of 2023-11). */
export declare const REGIONS_WITHOUT_PTC: readonly string[];
export declare function regionFindings(region: string, fips: boolean, anyValidRule: boolean): DoctorFinding[];
export interface FindingCounts {
    readonly errors: number;
    readonly warnings: number;
    readonly notes: number;
    readonly ok: number;
}
export declare function countFindings(findings: readonly DoctorFinding[]): FindingCounts;
/** Human lines: one per finding (with its fix under it) and a closing summary. */
/** A finding as the report shows it: its line, and the fix under it unless it is fine. */
export declare function formatFinding(f: DoctorFinding): string[];
/** The report's last line: what the findings add up to. */
export declare function findingsSummary(findings: readonly DoctorFinding[]): string;
export declare function formatFindings(findings: readonly DoctorFinding[]): string[];
