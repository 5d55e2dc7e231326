/**
 * Whether a path (relative to the walked directory) matches a glob: a name alone matches at any depth.
 * A glob picks among the files the walk finds, so it must see every name the walk does: `dot` for
 * dot files and folders, and the `s` flag, since picomatch's `**` is made of `.`, which without it
 * stops at a line break (a folder named `a\nb` was skipped). `flags` replaces picomatch's own, which
 * are `i` with `nocase` only.
 */
export declare function globMatcher(glob: string): (relativePath: string) => boolean;
/** One matcher per glob. */
export declare const globMatchers: (globs: readonly string[]) => ((relativePath: string) => boolean)[];
