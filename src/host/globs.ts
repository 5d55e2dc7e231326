// `--include` globs (picomatch): their own module, loaded only by a run that is given some.

import picomatch from 'picomatch';

/** Whether a path (relative to the walked directory) matches a glob: a name alone matches at any depth. */
export function globMatcher(glob: string): (relativePath: string) => boolean {
  const matches = picomatch(glob, { dot: true, basename: !glob.includes('/') });
  // One argument only: picomatch's second parameter returns a match object (truthy) when set, so
  // passing the matcher to Array#some (which hands it an index) would match everything.
  return (relativePath) => matches(relativePath);
}

/** One matcher per glob. */
export const globMatchers = (globs: readonly string[]): ((relativePath: string) => boolean)[] =>
  globs.map(globMatcher);
