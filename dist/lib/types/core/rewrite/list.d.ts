import type { RegistryTarget } from '../image/rules.js';
import { type Candidate, type Finding, type Rewrite } from './edits.js';
/** The reference on each line of an image list, or why a line is not one. */
export declare function scanImageList(source: string): {
    candidates: Candidate[];
    errors: Finding[];
    notes: Finding[];
};
export declare function rewriteImageList(source: string, target: RegistryTarget): Rewrite;
