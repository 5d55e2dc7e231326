import type { ProfileOption } from '../aws/region.js';
import type { SetupConfig } from '../core/setup/config.js';
import { type SetupStep, type StepAction } from '../core/setup/plan.js';
import type { DeadlineOptions } from '../run/deadline.js';
export interface SetupOptions extends DeadlineOptions, ProfileOption {
    readonly config: SetupConfig;
    /** Default: the config's region, then AWS_REGION / AWS_DEFAULT_REGION. */
    readonly region?: string;
    /** Read and plan, change nothing. */
    readonly dryRun?: boolean;
    /** Delete and re-create rules whose upstream changed. */
    readonly force?: boolean;
    /** Where usernameEnv and accessTokenEnv are read (default: process.env). */
    readonly env?: Record<string, string | undefined>;
    /** Called with every credential value the moment it is read (the action masks them). */
    readonly onSecret?: (value: string) => void;
}
export interface SetupStepReport {
    readonly kind: SetupStep['kind'];
    readonly name: string;
    readonly action: StepAction;
    readonly reason: string;
    /** The change was made (false in a dry run, for unchanged and blocked steps). */
    readonly applied: boolean;
}
export interface SetupReport {
    readonly region: string;
    readonly account: string;
    readonly dryRun: boolean;
    readonly steps: readonly SetupStepReport[];
    /** How many steps change something (in a dry run: would). */
    readonly changes: number;
    /** A step needs --force or a missing secret: nothing was changed. */
    readonly blocked: boolean;
}
export declare function setup(options: SetupOptions): Promise<SetupReport>;
