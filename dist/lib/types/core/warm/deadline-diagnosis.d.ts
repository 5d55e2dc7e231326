import type { Diagnosis, WarmFailure } from './failure.js';
/** Time ran out on an image, read from what its calls saw. */
export declare function deadlineDiagnosis(f: Extract<WarmFailure, {
    kind: 'deadline';
}>): Diagnosis;
