import type { ImageValue, ManifestSigns } from './yaml-subset.js';
/** One document as read: its errors (the library's, then repeated keys), image: values and manifest signs. */
export interface ReadDocument {
    readonly errors: readonly {
        pos: number;
        message: string;
    }[];
    readonly values: readonly ImageValue[];
    signs(): ManifestSigns;
    /** Set when the document ran past the reader's limit and was not read: where it starts. */
    readonly tooBig?: number;
}
/**
 * The documents of a text, read by the library one at a time; a document longer than `limit`
 * characters is not read (it comes last, with `tooBig`). Errors are the library's words and place
 * (the first line of what its parseAllDocuments says, without the excerpt that follows).
 */
export declare function libraryDocuments(source: string, lineAt: (offset: number) => number, limit?: number): Iterable<ReadDocument>;
