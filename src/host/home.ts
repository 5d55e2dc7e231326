// The user's home directory, as Node and the AWS SDK find it: HOME, else the passwd entry's home.
// With neither (HOME unset and a uid with no passwd entry, as in some containers) os.homedir()
// throws; callers decide what no home means for them.

import { homedir } from 'node:os';

/** HOME, else the passwd entry's home; undefined when there is neither. */
export function homeDirectory(env: NodeJS.ProcessEnv): string | undefined {
  if (env.HOME) return env.HOME;
  try {
    return homedir();
  } catch {
    return undefined;
  }
}
