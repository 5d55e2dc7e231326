// Executables on PATH: whether docker (or podman, nerdctl, finch) or a credential helper is there.
// Apart from engine-login.ts so that choosing a login method does not load child_process.

import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Whether an executable is on PATH (or is a path to one). */
export function findOnPath(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const candidates = name.includes('/')
    ? [name]
    : (env.PATH ?? '').split(delimiter).map((d) => join(d || '.', name));
  for (const c of candidates) {
    try {
      accessSync(c, constants.X_OK);
      return c;
    } catch {}
  }
  return undefined;
}
