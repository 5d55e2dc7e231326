/** Bad input: an unreadable file, an invalid reference or argument (exit status 2). */
export declare class InputError extends Error {
    constructor(message: string);
}
/** A use case failed: what failed, and the likely fix (exit status 1). */
export declare class OperationError extends Error {
    /** The likely fix, when we know one. */
    readonly hint?: string | undefined;
    constructor(message: string, 
    /** The likely fix, when we know one. */
    hint?: string | undefined, options?: {
        cause?: unknown;
    });
}
