import type { DesiredRule, SetupConfig } from './config.js';
import type { RegistryState } from './state.js';
/** `blocked`: a change setup will not make on its own (an upstream change without --force, a missing secret). */
export type StepAction = 'create' | 'update' | 'replace' | 'unchanged' | 'blocked';
interface StepBase {
    readonly action: StepAction;
    /** What is (or would be) done and why, in words; never a secret value. */
    readonly reason: string;
}
export interface SecretStep extends StepBase {
    readonly kind: 'secret';
    readonly name: string;
    readonly usernameEnv?: string;
    readonly accessTokenEnv?: string;
}
export interface RuleStep extends StepBase {
    readonly kind: 'rule';
    readonly name: string;
    readonly rule: DesiredRule;
}
export interface TemplateInput {
    readonly prefix: string;
    readonly description: string;
    readonly appliedFor: readonly string[];
    readonly imageTagMutability: string;
    readonly lifecyclePolicy?: string;
    readonly repositoryPolicy?: string;
}
export interface TemplateStep extends StepBase {
    readonly kind: 'template';
    readonly name: string;
    readonly template: TemplateInput;
}
export interface RegistryPolicyStep extends StepBase {
    readonly kind: 'registry-policy';
    readonly name: string;
    readonly policyText: string;
}
export type SetupStep = SecretStep | RuleStep | TemplateStep | RegistryPolicyStep;
export interface SetupPlan {
    readonly steps: readonly SetupStep[];
    /** Steps that change something. */
    readonly changes: number;
    readonly blocked: boolean;
}
export declare function planSetup(config: SetupConfig, state: RegistryState, options?: {
    force?: boolean;
}): SetupPlan;
export {};
