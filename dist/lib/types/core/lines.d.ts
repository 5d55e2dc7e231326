/** A lookup from a source offset to its 1-based line number (binary search over line starts). */
export declare function lineIndex(source: string): (offset: number) => number;
/** The 1-based line of one offset, counted: one lookup in a big text needs no index of every line. */
export declare function lineOf(source: string, offset: number): number;
/** Length of a leading byte-order mark, in UTF-8 bytes read as latin1 or as one UTF-16 unit. */
export declare function bomLength(text: string): number;
