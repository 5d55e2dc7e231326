// The action's file patterns are relative to the workspace. One that leaves it (absolute, or with a
// `..` segment) can match nothing the walk visits: it is refused rather than silently matching nothing.

export function leavesRoot(pattern: string): boolean {
  const p = pattern.trim().replace(/\\/g, '/');
  return p.startsWith('/') || /^[A-Za-z]:\//.test(p) || p.split('/').includes('..');
}
