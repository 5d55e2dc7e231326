import type { RegistryTarget } from '../image/rules.js';
import { type Finding, type Rewrite } from './edits.js';
import type { YamlOrigin } from './yaml-origin.js';
export { rewriteDockerfile } from './dockerfile.js';
export type { Change, Finding, Rewrite } from './edits.js';
export type { YamlOrigin } from './yaml-origin.js';
export type FileKind = 'dockerfile' | 'list' | 'yaml';
/** Rewrite a file's text by its kind; `origin` tells which YAML documents hold references (default: all). */
export declare function rewriteText(source: string, kind: FileKind, target: RegistryTarget, origin?: YamlOrigin): Rewrite;
/** Images a file makes a build or deployment pull (for warm), without mapping them. */
export declare function extractImages(source: string, kind: FileKind, origin?: YamlOrigin): {
    images: Rewrite['images'];
    notes: readonly Finding[];
    errors: readonly Finding[];
};
