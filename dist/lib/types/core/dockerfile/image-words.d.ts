import { type Instruction } from './lexer.js';
import { type Scope } from './scope.js';
import { type Note, type SiteCollector, type SiteKind } from './sites.js';
import type { WhiteSpace } from './white-space.js';
import { type Unit, type WordSpan } from './words.js';
/** An image a build of this file pulls, as far as it can be known without build args. */
export interface PulledImage {
    readonly image: string;
    readonly line: number;
}
/** What the scan collects as it reads a file's instructions. */
export interface ScanContext extends SiteCollector {
    readonly escape: string;
    readonly ws: WhiteSpace;
    readonly images: PulledImage[];
    readonly skipped: Note[];
}
/** The image a word pulls, recorded for warm; edit sites are recorded by `imageSites`. */
export declare function imageWord(ctx: ScanContext, kind: SiteKind, units: readonly Unit[], line: number, scope: Scope): void;
/**
 * The image a word names, as imageWord finds it; a plain word on one source line (the usual one)
 * is taken by its span, without a unit per character.
 */
export declare function imageWordAt(ctx: ScanContext, kind: SiteKind, ins: Instruction, w: WordSpan, scope: Scope): void;
export declare function wordUnits(ctx: ScanContext, ins: Instruction, w: WordSpan): Unit[];
