import { type GlobalArg, type GlobalArgs } from './scope.js';
import { type Unit } from './words.js';
/** A word of a FROM instruction that may name global ARGs. */
export interface ArgUse {
    readonly units: readonly Unit[];
    readonly line: number;
    /** The FROM image (true), or a flag of it (false: any ARG there has its value taken otherwise). */
    readonly image: boolean;
}
/** Where an ARG's value is taken other than as an image or its repository. */
export interface Blocking {
    readonly line: number;
    readonly word: string;
}
/** The global ARGs whose defaults must stay as written, each with the first use that says so. */
export declare function blockedArgs(args: GlobalArgs, uses: readonly ArgUse[]): Map<GlobalArg, Blocking>;
