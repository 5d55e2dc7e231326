import type { ExistingRule, ExistingTemplate } from '../setup/state.js';
import { type AwsFailure, type DoctorFinding } from './findings.js';
/** The template ECR applies to a new cache repository under `prefix`: the longest matching prefix, else ROOT. */
export declare function templateFor(templates: readonly ExistingTemplate[], prefix: string): ExistingTemplate | undefined;
export declare function templateFindings(templates: readonly ExistingTemplate[] | AwsFailure, rules: readonly ExistingRule[], immutableRepositories?: readonly string[] | AwsFailure): DoctorFinding[];
