import type { Diagnosis, WarmFailure } from './failure.js';
export type { CachedImageContext, CallCounts, Diagnosis, StoredImage, WarmFailure } from './failure.js';
/** A pull's 404 that an archived image gives too (any but NAME_UNKNOWN): worth one DescribeImages to tell. */
export declare function mayBeArchived(status: number, code: string | undefined): boolean;
/** What a failure to warm an image means, and the likely fix, in the user's terms. */
export declare function warmDiagnosis(f: WarmFailure): Diagnosis;
