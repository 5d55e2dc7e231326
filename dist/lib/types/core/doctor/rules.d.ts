import type { ImageMapping } from '../image/rules.js';
import type { SetupConfig } from '../setup/config.js';
import type { ExistingRule } from '../setup/state.js';
import { type AwsFailure, type DoctorFinding } from './findings.js';
export interface RuleCheck {
    readonly rule: ExistingRule;
    /** ValidatePullThroughCacheRule's answer, or why it could not be asked. */
    readonly validation?: {
        readonly isValid: boolean;
        readonly failure?: string;
    } | AwsFailure;
    /** The credential secret: found, missing, or why it could not be read; undefined without a credential. */
    readonly secret?: 'found' | 'missing' | AwsFailure;
}
export declare function ruleFindings(rules: readonly RuleCheck[] | AwsFailure): DoctorFinding[];
export declare function expectationFindings(rules: readonly ExistingRule[], expected: {
    config?: SetupConfig;
    source?: string;
    images?: readonly ImageMapping[];
}): DoctorFinding[];
