/**
 * Whether a pattern leaves its root. A `..` may also be one alternative of a brace (`{src,..}/x`):
 * picomatch then reads the whole brace as a character range, and the pattern matched nothing.
 */
export declare function leavesRoot(pattern: string): boolean;
