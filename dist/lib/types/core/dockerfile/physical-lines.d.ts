export interface PhysicalLine {
    readonly start: number;
    /** End of the content, before the `\r`s and `\n` that end the line. */
    readonly end: number;
}
/** The physical lines of a text from `from` (after a BOM). */
export declare class PhysicalLines {
    readonly starts: number[];
    private readonly ends;
    constructor(text: string, from: number);
    get length(): number;
    at(i: number): PhysicalLine;
    start(i: number): number;
    end(i: number): number;
}
