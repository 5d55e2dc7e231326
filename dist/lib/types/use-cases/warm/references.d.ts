import type { WarmOptions } from './types.js';
/** The references to warm, from the arguments and the files, in order (duplicates are dropped later, by cache URI). */
export declare function collectReferences(options: Pick<WarmOptions, 'images' | 'from'>): {
    texts: string[];
    notes: string[];
};
/** The registry host a reference names, or undefined when it is no reference. */
export declare function registryOf(text: string): string | undefined;
