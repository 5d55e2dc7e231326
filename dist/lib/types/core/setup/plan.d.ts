import type { RuleConfig, SetupConfig } from './config.js';
export interface ExistingRule {
    readonly prefix: string;
    readonly upstream: string;
    readonly upstreamRepositoryPrefix?: string;
    readonly credentialArn?: string;
    readonly customRoleArn?: string;
    /** The account whose registry holds the rule (as DescribePullThroughCacheRules says). */
    readonly registryId?: string;
}
export interface ExistingSecret {
    readonly arn: string;
    /** How the stored value compares with the environment's; `unknown` when the config gives no variables. */
    readonly value: 'same' | 'different' | 'unknown';
}
export interface ExistingTemplate {
    readonly prefix: string;
    readonly appliedFor: readonly string[];
    readonly imageTagMutability?: string;
    readonly lifecyclePolicy?: string;
    readonly repositoryPolicy?: string;
    readonly description?: string;
    /** How many resource tags new repositories get (doctor: they need a role, containers-roadmap#2398). */
    readonly resourceTags?: number;
    readonly kms?: boolean;
    readonly customRoleArn?: string;
}
export interface RegistryState {
    readonly account: string;
    readonly region: string;
    readonly rules: readonly ExistingRule[];
    /** By secret name; a name that is absent does not exist. */
    readonly secrets: ReadonlyMap<string, ExistingSecret>;
    readonly template?: ExistingTemplate;
    readonly registryPolicy?: string;
}
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
    readonly rule: RuleConfig;
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
/** Human lines for a plan or its outcome, and a closing line that says whether anything changed. */
export declare function formatSetupSteps(steps: readonly {
    kind: string;
    name: string;
    action: StepAction;
    reason: string;
}[], outcome: {
    dryRun: boolean;
    blocked: boolean;
    changes: number;
}): string[];
export {};
