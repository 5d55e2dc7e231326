export interface LiteralUnit {
    readonly t: 'c';
    readonly ch: string;
    /** Source offset of the character. */
    readonly at: number;
}
export interface VarUnit {
    readonly t: 'v';
    readonly name: string;
    /** The operator inside `${...}` (`:-`, `-`, `:+`, ...), or '' for `$X` and `${X}`. */
    readonly op: string;
    /** The word after the operator, for `${X:-word}` and friends. */
    readonly word?: readonly Unit[];
}
export type Unit = LiteralUnit | VarUnit;
/**
 * Analyze `text[from, to)` as one shell word. `sourceAt(i)` gives the source offset of text index
 * `i` (the text may be a logical line joined from several physical lines).
 */
export declare function analyzeWord(text: string, from: number, to: number, escape: string, sourceAt: (i: number) => number): Unit[];
/** The literal text of units that are all literal; undefined when any is a variable. */
export declare function literalText(units: readonly Unit[]): string | undefined;
/** Source range of literal units when they sit side by side in the source (no quote or escape between). */
export declare function contiguousRange(units: readonly Unit[]): {
    start: number;
    end: number;
} | undefined;
/** `${X:-word}` and `${X-word}`: the operators whose word is a default value. */
export declare function isDefaultOperator(op: string): boolean;
/** `${X:+word}` and `${X+word}`: the word replaces X's value when X is set. */
export declare function isAlternateOperator(op: string): boolean;
