// Where the CLI keeps what \`login\` added, for \`logout\`: beside the docker config, no secrets.

import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from './files.js';
import type { SessionEntry } from './login.js';

/** Where the CLI keeps its session between `login` and `logout` (beside the docker config; no secrets). */
export function sessionPath(configDir: string): string {
  return join(configDir, 'ecr-pull-through-session.json');
}

export function saveSession(configDir: string, entries: readonly SessionEntry[]): void {
  mkdirSync(configDir, { recursive: true, mode: 0o700 });
  const previous = loadSession(configDir).filter((p) => !entries.some((e) => e.registry === p.registry));
  writeFileAtomic(sessionPath(configDir), `${JSON.stringify([...previous, ...entries], null, 2)}\n`, 0o600);
}

export function loadSession(configDir: string): SessionEntry[] {
  try {
    const parsed: unknown = JSON.parse(readFileSync(sessionPath(configDir), 'utf8'));
    return Array.isArray(parsed) ? (parsed as SessionEntry[]) : [];
  } catch {
    return [];
  }
}

export function clearSession(configDir: string): void {
  rmSync(sessionPath(configDir), { force: true });
}
