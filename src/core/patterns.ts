// The action's file patterns are relative to the workspace. One that leaves it (absolute, or with a
// `..` segment) can match nothing the walk visits: it is refused rather than silently matching nothing.

/**
 * Whether a pattern leaves its root. A `..` may also be one alternative of a brace (`{src,..}/x`):
 * picomatch then reads the whole brace as a character range, and the pattern matched nothing.
 */
export function leavesRoot(pattern: string): boolean {
  const p = pattern.trim().replace(/\\/g, '/');
  return p.startsWith('/') || /^[A-Za-z]:\//.test(p) || p.split(/[/{},]/).includes('..');
}
