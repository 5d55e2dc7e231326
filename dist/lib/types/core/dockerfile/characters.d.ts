/** White space as BuildKit's word splitting reads it, by character code: tab, newline, vertical tab, form feed, carriage return, space. */
export declare const isSpaceCode: (c: number) => boolean;
/** The same rule for one character. */
export declare const isSpace: (c: string | undefined) => boolean;
/** A regular expression source for one character, literal inside and outside a class. */
export declare const literalChar: (c: string) => string;
export declare function leadingSpace(text: string, from: number, to: number): number;
/** Where the keyword that starts at `start` ends: at white space or the end of the text. */
export declare function keywordEnd(text: string, start: number): number;
/** What skips white space before a keyword: ASCII by default, or a text's own reading (white-space.ts). */
interface SpaceSkipper {
    skip(s: string, from: number, to: number): number;
}
/**
 * Keyword of an instruction, lowercased, and where its arguments begin (split_command.go: white
 * space trimmed, then the keyword ends at an ASCII blank).
 */
export declare function splitKeyword(text: string, from?: number, ws?: SpaceSkipper): {
    keyword: string;
    rest: number;
};
export {};
