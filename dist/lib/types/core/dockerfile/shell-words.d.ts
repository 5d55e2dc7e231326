import type { WhiteSpace } from './white-space.js';
export interface ShellMode {
    /** Quotes stay in the words (Lex.RawQuotes). */
    readonly rawQuotes: boolean;
    /** Escape characters stay in the words (Lex.RawEscapes). */
    readonly rawEscapes: boolean;
}
/** The words of a text as BuildKit's lexer gives them, or undefined where it fails. */
export declare function shellWords(text: string, mode: ShellMode, ws: WhiteSpace): string[] | undefined;
