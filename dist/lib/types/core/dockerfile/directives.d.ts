import type { PhysicalLines } from './physical-lines.js';
import type { WhiteSpace } from './white-space.js';
/** A parser directive (`# name=value` at the very top of the file). */
export interface ParserDirective {
    /** Lowercased: `syntax`, `escape` or `check`. */
    readonly name: string;
    readonly value: string;
    /** Source offsets of the value. */
    readonly start: number;
    readonly end: number;
    /** 1-based line. */
    readonly line: number;
}
/** The escape token the parser reads, and the `# syntax=` directive DetectSyntax finds, if any. */
export declare function parserDirectives(text: string, lines: PhysicalLines, ws: WhiteSpace): {
    escape: string;
    syntax: ParserDirective | undefined;
};
