import { type ECRClient } from '@aws-sdk/client-ecr';
import type { ExistingRule, ExistingTemplate } from '../core/setup/state.js';
export declare function listRules(ecr: ECRClient, signal?: AbortSignal): Promise<ExistingRule[]>;
/** Templates (all, or those with the given prefixes); a prefix with no template is simply absent. */
export declare function listTemplates(ecr: ECRClient, prefixes?: readonly string[]): Promise<ExistingTemplate[]>;
export declare function registryPolicyText(ecr: ECRClient): Promise<string | undefined>;
/** Cache repositories (under the non-ROOT prefixes) whose tags are immutable; reads at most `maxPages` pages. */
export declare function immutableCacheRepositories(ecr: ECRClient, prefixes: readonly string[], maxPages?: number): Promise<string[]>;
