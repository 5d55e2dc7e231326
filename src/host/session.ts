// Where the CLI keeps what `login` added, for `logout`: beside the docker config, no secrets.

import { lstatSync, mkdirSync, readFileSync, rmSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-write.js';

/** What login added, enough for logout to remove exactly that (no secrets in it). */
export interface SessionEntry {
  readonly registry: string;
  readonly method: 'docker' | 'config';
  readonly engine?: string;
  readonly configDir?: string;
  /** Fingerprint of the auth value written (config method). */
  readonly fingerprint?: string;
  /** Fingerprint of the auth value it replaced (config method): if still there, the write never happened. */
  readonly replaced?: string;
}

/** Where the CLI keeps its session between `login` and `logout` (beside the docker config; no secrets). */
export function sessionPath(configDir: string): string {
  return join(configDir, 'ecr-pull-through-session.json');
}

/** Add entries to the session (an entry replaces an earlier one for its registry). */
export function saveSession(configDir: string, entries: readonly SessionEntry[]): void {
  mkdirSync(configDir, { recursive: true, mode: 0o700 });
  const path = sessionPath(configDir);
  const previous = loadSession(configDir).filter((p) => !entries.some((e) => e.registry === p.registry));
  unlinkIfSymlink(path);
  writeFileAtomic(path, `${JSON.stringify([...previous, ...entries], null, 2)}\n`, 0o600);
}

/**
 * writeFileAtomic writes through a link (docker's config.json keeps that behaviour); a link here
 * would send our file outside the config dir, so the link itself goes and a plain file takes its place.
 */
function unlinkIfSymlink(path: string): void {
  try {
    if (lstatSync(path).isSymbolicLink()) unlinkSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
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
