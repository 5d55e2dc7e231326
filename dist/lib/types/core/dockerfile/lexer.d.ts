export interface Instruction {
    /** The logical line: physical lines joined, continuation tokens removed. */
    readonly text: string;
    /** Source offset of `text`'s first character. */
    readonly start: number;
    /**
     * For text joined from several physical lines: where each piece starts, in `text` and in the
     * source (pairs). Absent for one line (a table per character cost 8 bytes per byte of a big file).
     */
    readonly pieces?: readonly number[];
    /** 1-based line number where the instruction starts. */
    readonly line: number;
}
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
export interface DockerfileLexResult {
    readonly instructions: readonly Instruction[];
    readonly escape: string;
    /** The `# syntax=` directive BuildKit reads to choose its frontend image, if any. */
    readonly syntax?: ParserDirective;
}
/** White space as BuildKit's word splitting reads it, by character code: tab, newline, vertical tab, form feed, carriage return, space. */
export declare const isSpaceCode: (c: number) => boolean;
/** The same rule for one character. */
export declare const isSpace: (c: string | undefined) => boolean;
/** A regular expression source for one character, literal inside and outside a class. */
export declare const literalChar: (c: string) => string;
/** Length of a leading byte-order mark, in UTF-8 bytes read as latin1 or as one UTF-16 unit. */
export declare function bomLength(text: string): number;
export declare function leadingSpace(text: string, from: number, to: number): number;
/** An instruction a caller acts on: its keyword (lowercase), and whether only one with a `--` flag matters. */
export interface WantedInstruction {
    readonly keyword: string;
    readonly flagged?: boolean;
}
export interface LexOptions {
    /**
     * The instructions the caller acts on: others may then be left out, their lines passed over by
     * a native search instead of read one by one. None of these is ever left out.
     */
    readonly only?: readonly WantedInstruction[];
}
export declare function lexDockerfile(text: string, options?: LexOptions): DockerfileLexResult;
/** The source offset of the character at `index` of an instruction's text. */
export declare function sourceOffset(ins: Instruction, index: number): number;
/** Where the keyword that starts at `start` ends: at white space or the end of the text. */
export declare function keywordEnd(text: string, start: number): number;
/** Keyword of an instruction, lowercased, and where its arguments begin. */
export declare function splitKeyword(text: string, from?: number): {
    keyword: string;
    rest: number;
};
/** Heredoc names opened on an instruction line (RUN, COPY, ADD, also under ONBUILD; not JSON form). */
export declare function heredocNames(text: string): {
    name: string;
    chomp: boolean;
}[];
/** `["a", "b"]`: the exec form, which has no heredocs. */
export declare function isJsonForm(args: string): boolean;
