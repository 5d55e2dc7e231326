import { type Unit } from './words.js';
/** A global ARG (declared before the first FROM). */
export interface GlobalArg {
    readonly name: string;
    /** 1-based line of its declaration. */
    readonly line: number;
    /** The default as written; absent for a build argument without one. */
    readonly units?: readonly Unit[];
    /**
     * The default expanded once, where it is declared, as BuildKit does: only ARGs declared before
     * it are set then (so `ARG X=${X:-a}` is `a`). Undefined when unknown.
     */
    readonly value?: string;
    /** Declaration order: the ARGs its default can see are those with a smaller one. */
    readonly order: number;
}
/** The global ARGs of a file: each name's declarations, in order, and how many were declared. */
export interface GlobalArgs {
    readonly byName: Map<string, GlobalArg[]>;
    count: number;
}
/** What a word can see of the global ARGs: those declared before `order` (FROM sees them all). */
export declare const ALL_ARGS: number;
export declare function emptyGlobalArgs(): GlobalArgs;
/** Declare a global ARG, with its default as written (`units`) or without one. */
export declare function declareGlobalArg(args: GlobalArgs, name: string, line: number, units?: readonly Unit[]): void;
/** The declaration of `name` a word sees when only ARGs declared before `before` are set. */
export declare function visibleArg(args: GlobalArgs, name: string, before: number): GlobalArg | undefined;
/**
 * Expand a word with the global ARGs declared before `before` (what BuildKit does for FROM and
 * for each ARG default); undefined if unknown. ARG values are already expanded, so this never
 * follows a variable into another ARG: self references and cycles cannot loop.
 */
export declare function expandWord(args: GlobalArgs, units: readonly Unit[], before: number): string | undefined;
/**
 * How a word names an image. FROM: stages declared before it, variables followed to global ARG
 * defaults. COPY --from: any stage of the file, or a stage index. A mount's from=: any stage of
 * the file by name; a number is an image (dockerfile2llb convert_runmount.go detectRunMount looks
 * it up with findStateByName only, where convert.go toCommand tries strconv.Atoi for COPY first).
 */
export type Scope = 'from' | 'copy' | 'mount';
/** Stage names, lowercased: those declared so far, and every one in the file. */
export interface Stages {
    readonly earlier: Set<string>;
    readonly all: Set<string>;
}
/** True when a word's value names a stage (or `scratch`) rather than an image. */
export declare function isStageOrScratch(stages: Stages, value: string, scope: Scope): boolean;
