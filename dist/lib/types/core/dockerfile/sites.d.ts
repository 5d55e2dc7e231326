import { type GlobalArg, type GlobalArgs, type Scope, type Stages } from './scope.js';
import { type Unit, type WordSpan } from './words.js';
export type SiteKind = 'from' | 'copy-from' | 'mount-from' | 'arg-default' | 'variable-default' | 'syntax';
/** One place in the file that holds an image reference (or, with `nameOnly`, its repository). */
export interface ImageSite {
    readonly kind: SiteKind;
    /** Source offsets of the text to replace. */
    readonly start: number;
    readonly end: number;
    /** The text in [start, end). */
    readonly text: string;
    /** Only the repository is literal here; the tag or digest after it is a variable. */
    readonly nameOnly: boolean;
    /** 1-based line of the text. */
    readonly line: number;
}
export interface Note {
    readonly line: number;
    readonly message: string;
}
/** What site collection reads (the source, the scope of a word) and where it records what it finds. */
export interface SiteCollector {
    readonly source: string;
    readonly lineAt: (offset: number) => number;
    /** Sites by start offset: a span reached twice is recorded once. */
    readonly sites: Map<number, ImageSite>;
    readonly notes: Note[];
    readonly args: GlobalArgs;
    readonly stages: Stages;
    /** The global ARG whose default holds a site, by the site's start (see arg-uses.ts). */
    readonly owners: Map<number, GlobalArg>;
}
export declare function note(c: SiteCollector, line: number, message: string): void;
/** Record the span of literal units as a site, or note why it cannot be one. */
export declare function addSite(c: SiteCollector, kind: SiteKind, units: readonly Unit[], nameOnly: boolean, line: number, owner?: GlobalArg): void;
/**
 * Record a source span as a site (a span reached before is kept as it was). `line` is the span's own
 * line when the caller knows it (a word on one source line), else looked up.
 */
export declare function addSpan(c: SiteCollector, kind: SiteKind, range: WordSpan, nameOnly: boolean, line?: number): void;
/** `$X`, `${X}` and the forms that give X's value unchanged when X is set and not empty. */
export declare function passesValue(op: string): boolean;
/**
 * A word that is a variable then its tag or digest (`${X}:1.2`, `$X@sha256:...`): the variable is
 * the repository. What follows starts with `:` or `@` and has no `/` (after a `/`, the variable
 * was a registry host and the `:` its port).
 */
export declare function isRepositoryThenSuffix(units: readonly Unit[]): boolean;
/**
 * Record where the literal parts of an image word can be rewritten, or note why not. Variables
 * are followed to the global ARGs declared before `before`; `followed` keeps each ARG to one visit
 * (a default reached twice has the same sites, and chains of `${A:-$B}` would otherwise branch).
 * `owner` is the ARG whose default the word is.
 */
export declare function imageSites(c: SiteCollector, kind: SiteKind, units: readonly Unit[], line: number, scope: Scope, before: number, followed: Set<GlobalArg>, owner?: GlobalArg): void;
