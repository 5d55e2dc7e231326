/** How a scalar is written, in the yaml library's words (`Scalar.type`). */
export type ScalarStyle = string;
/** Whether a text has a character the reader does not judge (then the library reads it all). */
export declare function hasCharsOutsideSubset(text: string): boolean;
/** Whether a plain scalar is a string under the core schema. */
export declare function plainIsString(text: string): boolean;
/** A map's keys, as addKey checks them for a repeat. */
export interface MapKeys {
    /** The keys as source spans [start, end, start, end...], while the map is small. */
    readonly spans: number[];
    /** A big map's keys. */
    names: Set<string> | undefined;
}
/** Thrown inside the reader when the text is outside its subset. */
export declare const NOT_SURE: Error;
export declare function notSure(): never;
/** Reads the node at a position of a line; what it read is left in its fields for the reader. */
export declare class NodeScanner {
    protected readonly src: string;
    protected keyStart: number;
    protected keyEnd: number;
    protected afterColon: number;
    protected valStart: number;
    protected valEnd: number;
    protected valStyle: ScalarStyle;
    private hashAt;
    private colonAt;
    constructor(src: string);
    /** After a node: spaces, then nothing or a comment; else not sure. */
    protected trailing(p: number, end: number): void;
    protected isDash(i: number, end: number): boolean;
    /** Whether the key node() read is `name`. */
    protected keyIs(name: string): boolean;
    /** Add the key node() read to a map; a key already there is not sure (the library reports it). */
    protected addKey(map: MapKeys): void;
    /**
     * The node at k up to the line's end: a key (returns true; keyStart, keyEnd, afterColon) or a
     * one-line scalar with nothing but a comment after it (returns false; valStart, valEnd, valStyle).
     * Anything else: not sure.
     */
    protected node(k: number, end: number): boolean;
    /**
     * The first `#` or `:` at or after `from` (the text's length when none). Each is looked up again only
     * once passed, so every line costs a look only where one of them is, and the whole text one scan.
     */
    private next;
    private find;
    /** A plain key must be a name that is a string (else not sure). */
    private plainKey;
}
