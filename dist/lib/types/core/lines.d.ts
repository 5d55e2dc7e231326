/** A lookup from a source offset to its 1-based line number (binary search over line starts). */
export declare function lineIndex(source: string): (offset: number) => number;
