/** Length of the UTF-8 sequence at i of a text held as bytes (one per character), 0 if invalid. */
export declare function utf8Length(s: string, i: number): number;
/** The code point of the UTF-8 sequence of length n at i (a valid one). */
export declare function utf8CodePoint(s: string, i: number, n: number): number;
/** unicode.IsSpace over the strings cut from one Dockerfile's text (read the way that text is). */
export declare class WhiteSpace {
    private readonly source;
    private reading;
    constructor(source: string);
    /** Whether characters of this text are UTF-8 bytes (one per character). */
    get bytes(): boolean;
    /** Length of the white space character at i of s (a piece of the source), 0 if there is none. */
    at(s: string, i: number): number;
    /** The first index in [from, to) that is not white space, or `to`. */
    skip(s: string, from: number, to: number): number;
    /** The end of s[from, to) without its trailing white space. */
    trimEnd(s: string, from: number, to: number): number;
}
