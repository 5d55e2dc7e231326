/** Where a word sits in an instruction's text: [start, end). */
export interface WordSpan {
    readonly start: number;
    readonly end: number;
}
/** A leading `--name[=value]` flag; `value` is where its value sits, when it has one. */
export interface Flag {
    readonly name: string;
    readonly value?: WordSpan;
}
/**
 * Words split on white space outside quotes; escape tokens keep the next character in the word.
 * `max` stops after that many words (a flag needs only its own).
 */
export declare function splitWords(text: string, from: number, to: number, escape: string, max?: number): WordSpan[];
/** Leading `--name[=value]` flags (BuildKit's extractBuilderFlags) and where the arguments start. */
export declare function leadingFlags(text: string, from: number): {
    flags: Flag[];
    args: number;
};
/**
 * A word with no quote, escape token or `$`: analyzeWord would give one literal unit per character,
 * in order. Callers that only need its text and span skip the units (a big file has a great many).
 */
export declare function isPlainWord(text: string, from: number, to: number, escape: string): boolean;
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
/** A word as written, for messages: `${X:-word}` and friends shown with their operator and word. */
export declare function describeUnits(units: readonly Unit[]): string;
