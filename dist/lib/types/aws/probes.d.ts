import { type ECRClient } from '@aws-sdk/client-ecr';
import { type PermissionProbe } from '../core/doctor/permissions.js';
export interface ProbeResults {
    readonly probes: PermissionProbe[];
    /** The registry URL the token names, when the token call was allowed. */
    readonly proxyEndpoint?: string;
}
/** What pulling needs that a harmless call can show: a token, layers (and DescribeImages for warm) per prefix. */
export declare function probePermissions(ecr: ECRClient, region: string, prefixes: readonly (string | undefined)[]): Promise<ProbeResults>;
