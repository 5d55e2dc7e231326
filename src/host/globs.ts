// `--include` globs and the action's file patterns (picomatch): their own module, loaded only by a
// run that is given some.

import picomatch from 'picomatch';

/**
 * Whether a path (relative to the walked directory) matches a glob: a name alone matches at any depth.
 * A glob picks among the files the walk finds, so it must see every name the walk does: `dot` for
 * dot files and folders, and the `s` flag, since picomatch's `**` is made of `.`, which without it
 * stops at a line break (a folder named `a\nb` was skipped). `flags` replaces picomatch's own, which
 * are `i` with `nocase` only.
 */
export function globMatcher(glob: string): (relativePath: string) => boolean {
  const matches = picomatch(glob, { dot: true, basename: !glob.includes('/'), flags: 's' });
  // One argument only: picomatch's second parameter returns a match object (truthy) when set, so
  // passing the matcher to Array#some (which hands it an index) would match everything.
  return (relativePath) => matches(relativePath);
}

/** One matcher per glob. */
export const globMatchers = (globs: readonly string[]): ((relativePath: string) => boolean)[] =>
  globs.map(globMatcher);
