import { type DoctorFinding } from './findings.js';
export type ProbeOutcome = 'allowed' | 'denied' | 'failed';
/** A permission check by a harmless call: what its error (or success) says about the permission. */
export declare function probeOutcome(errorName: string | undefined): ProbeOutcome;
/**
 * Permissions no harmless call shows. On a pull-through path BatchGetImage is itself a pull: it may
 * create the repository and import from the upstream (the Service Authorization Reference has it
 * need the other two there). BatchImportUpstreamImage is a permission only, with no API.
 */
export declare const UNPROBED_PERMISSIONS: readonly string[];
export interface PermissionProbe {
    /** e.g. `ecr:GetDownloadUrlForLayer`. */
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
