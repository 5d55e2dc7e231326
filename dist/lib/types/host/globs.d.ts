/** Whether a path (relative to the walked directory) matches a glob: a name alone matches at any depth. */
export declare function globMatcher(glob: string): (relativePath: string) => boolean;
/** One matcher per glob. */
export declare const globMatchers: (globs: readonly string[]) => ((relativePath: string) => boolean)[];
