import { type ProfileOption } from '../aws/region.js';
import { type DoctorFinding } from '../core/doctor/findings.js';
import type { SetupConfig } from '../core/setup/config.js';
import { type NetworkProbe } from '../net/probe.js';
import { type DeadlineOptions } from '../run/deadline.js';
export type { NetworkProbe } from '../net/probe.js';
export interface DoctorOptions extends DeadlineOptions, ProfileOption {
    readonly region?: string;
    /** The setup file's rules are expected to exist as written. */
    readonly config?: SetupConfig;
    /** How to name the setup file in findings and fixes. */
    readonly configSource?: string;
    /** Images that must be covered by a rule. */
    readonly images?: readonly string[];
    /** How DNS and TCP are probed (default: the system's); false skips the network checks. */
    readonly network?: NetworkProbe | false;
    /** Where proxy settings are read (default: process.env). */
    readonly env?: Record<string, string | undefined>;
}
export interface DoctorReport {
    readonly region: string;
    readonly account?: string;
    readonly caller?: string;
    readonly registry?: string;
    readonly findings: readonly DoctorFinding[];
    readonly errors: number;
    readonly warnings: number;
    /** No finding would break a pull. */
    readonly ok: boolean;
}
export declare function doctor(options?: DoctorOptions): Promise<DoctorReport>;
