import { type DoctorFinding } from './doctor-findings.js';
export type ProbeOutcome = 'allowed' | 'denied' | 'failed';
/** A permission check by a harmless call: what its error (or success) says about the permission. */
export declare function probeOutcome(errorName: string | undefined): ProbeOutcome;
export interface PermissionProbe {
    /** e.g. `ecr:BatchGetImage`. */
    readonly action: string;
    /** The rule prefix whose repositories were probed; undefined for registry-wide actions. */
    readonly prefix?: string;
    readonly outcome: ProbeOutcome;
    readonly detail?: string;
}
/** The IAM principal behind a caller ARN: an assumed role's role (its path, if any, is not in the ARN). */
export declare function principalArnOf(callerArn: string): string;
export declare function repositoryArns(region: string, account: string, prefixes: readonly string[]): string[];
export declare function permissionFindings(probes: readonly PermissionProbe[], context: {
    region: string;
    account: string;
    callerArn: string;
    prefixes: readonly string[];
}): DoctorFinding[];
