// What `login` added, and undoing it: the record is kept beside the docker config (the CLI) or in the
// action's state, with no secrets; each entry says which file it wrote and how to tell its own write.

import { lstatSync, mkdirSync, rmSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { displayName } from '../core/display.js';
import { writeFileAtomic } from './atomic-write.js';
import {
  CREDENTIAL_DIR_MODE,
  CREDENTIAL_FILE_MODE,
  dockerConfigDir,
  ECR_LOGIN_HELPER,
  readCredentialFile,
  recordedEntryState,
  withoutCredentials,
  withoutHelper,
  writeCredentialFile,
} from './docker-config.js';
import { NotRegularFileError, readRegularFile } from './files.js';
import type { SessionEntry } from './types.js';

export type { SessionEntry } from './types.js';

/** The file an entry wrote (config and helper methods). */
export function entryFile(entry: SessionEntry, env: NodeJS.ProcessEnv = process.env): string {
  return entry.authFile ?? join(entry.configDir ?? dockerConfigDir(env), 'config.json');
}

/** Two entries for the same thing (the later replaces the earlier in a session). */
const sameSlot = (a: SessionEntry, b: SessionEntry) => a.registry === b.registry && a.authFile === b.authFile;

/**
 * Undo what a config or helper entry wrote: `removed`; `not-there` when the write never happened or
 * the entry is gone; a sentence when the entry changed since, which is not ours to remove.
 */
export function undoFileEntry(
  entry: SessionEntry,
  env: NodeJS.ProcessEnv = process.env,
): 'removed' | 'not-there' | string {
  const path = entryFile(entry, env);
  const config = readCredentialFile(path);
  if (entry.method === 'helper') {
    const current = config.credHelpers?.[entry.registry];
    if (current === undefined || current === entry.replacedHelper) return 'not-there';
    if (current !== ECR_LOGIN_HELPER)
      return `${entry.registry}: left in ${displayName(path)}: the credHelpers entry changed after this login`;
    writeCredentialFile(path, withoutHelper(config, entry.registry, entry.replacedHelper));
    return 'removed';
  }
  const state = recordedEntryState(config, entry.registry, entry.fingerprint ?? '', entry.replaced);
  if (state === 'not-there') return state;
  if (state === 'changed')
    return `${entry.registry}: left in ${displayName(path)}: the entry changed after this login`;
  writeCredentialFile(path, withoutCredentials(config, entry.registry));
  return 'removed';
}

/** Where the CLI keeps its session between `login` and `logout` (beside the docker config; no secrets). */
export function sessionPath(configDir: string): string {
  return join(configDir, 'ecr-pull-through-session.json');
}

/** Add entries to the session (an entry replaces an earlier one for its registry and file). */
export function saveSession(configDir: string, entries: readonly SessionEntry[]): void {
  mkdirSync(configDir, { recursive: true, mode: CREDENTIAL_DIR_MODE });
  const path = sessionPath(configDir);
  // Read first: a record that is not a regular file (nor a link to one) is refused before anything changes.
  const previous = loadSession(configDir).filter((p) => !entries.some((e) => sameSlot(e, p)));
  unlinkIfSymlink(path);
  writeFileAtomic(path, `${JSON.stringify([...previous, ...entries], null, 2)}\n`, CREDENTIAL_FILE_MODE);
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

/** The session recorded; none when there is no record or it does not parse. A device, FIFO or socket there is refused (NotRegularFileError). */
export function loadSession(configDir: string): SessionEntry[] {
  try {
    const parsed: unknown = JSON.parse(readRegularFile(sessionPath(configDir)).bytes.toString('utf8'));
    return Array.isArray(parsed) ? (parsed as SessionEntry[]) : [];
  } catch (e) {
    if (e instanceof NotRegularFileError) throw e;
    return [];
  }
}

export function clearSession(configDir: string): void {
  rmSync(sessionPath(configDir), { force: true });
}
