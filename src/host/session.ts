// What `login` added, and undoing it: the record is kept beside the docker config (the CLI) or in the
// action's state. Each entry says which file it wrote, how to tell its own write, and what it
// replaced there, which logout puts back. One entry per registry, method and file: a later login
// into the same slot keeps what was there before the first, so logout returns the file to that.
// The CLI's record is read, changed and replaced under the docker config's lock (file-lock.ts).

import { lstatSync, mkdirSync, rmSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { displayName } from '../core/display.js';
import { writeFileAtomic } from './atomic-write.js';
import {
  CREDENTIAL_DIR_MODE,
  CREDENTIAL_FILE_MODE,
  type CredentialDocument,
  type DockerConfig,
  readCredentialDocument,
  removeCredentialFile,
  writeCredentialFile,
} from './credential-file.js';
import { dockerConfigDir, ECR_LOGIN_HELPER, recordedEntryState, withEntryUndone } from './docker-config.js';
import { NotRegularFileError, readRegularFile } from './files.js';
import type { SessionEntry } from './types.js';

export type { SessionEntry } from './types.js';

/** The file an entry wrote (config and helper methods). */
export function entryFile(entry: SessionEntry, env: NodeJS.ProcessEnv = process.env): string {
  return entry.authFile ?? join(entry.configDir ?? dockerConfigDir(env), 'config.json');
}

/** The slot an entry fills: its registry, its method, and the file it wrote (the engine and its folder for docker). */
const slotOf = (e: SessionEntry) =>
  JSON.stringify([e.registry, e.method, e.engine ?? '', e.authFile ?? e.configDir ?? '']);

/**
 * A later login into a slot the session has: when it replaced the earlier login's own entry, what
 * logout must put back is still what the earlier one replaced (and created).
 */
function merged(earlier: SessionEntry, later: SessionEntry): SessionEntry {
  if (later.method !== 'config' || later.replaced === undefined || later.replaced !== earlier.fingerprint)
    return later;
  const { replaced: _, replacedEntry: __, created: ___, ...rest } = later;
  return {
    ...rest,
    ...(earlier.replaced && { replaced: earlier.replaced }),
    ...(earlier.replacedEntry && { replacedEntry: earlier.replacedEntry }),
    ...(earlier.created && { created: earlier.created }),
  };
}

/** Write a file back after an undo; a file the login created goes once nothing is left in it. */
function putBack(path: string, doc: CredentialDocument, config: DockerConfig, entry: SessionEntry): void {
  if (entry.created === 'file' && Object.keys(config).length === 0) removeCredentialFile(path);
  else writeCredentialFile(path, config, doc.layout);
}

/**
 * Undo what a config or helper entry wrote, putting back what it replaced: `removed`; `not-there`
 * when the write never happened or the entry is gone; a sentence when the entry changed since (not
 * ours to remove) or the file is gone. Call it holding the file's lock.
 */
export function undoFileEntry(
  entry: SessionEntry,
  env: NodeJS.ProcessEnv = process.env,
): 'removed' | 'not-there' | string {
  const path = entryFile(entry, env);
  const doc = readCredentialDocument(path);
  if (!doc.exists)
    return `${entry.registry}: ${displayName(path)} is gone, so nothing was removed there (login wrote its credentials into it)`;
  const { config } = doc;
  if (entry.method === 'helper') {
    const current = config.credHelpers?.[entry.registry];
    if (current === undefined || current === entry.replacedHelper) return 'not-there';
    if (current !== ECR_LOGIN_HELPER)
      return `${entry.registry}: left in ${displayName(path)}: the credHelpers entry changed after this login`;
    putBack(
      path,
      doc,
      withEntryUndone(config, 'credHelpers', entry.registry, entry.replacedHelper, entry.created),
      entry,
    );
    return 'removed';
  }
  const state = recordedEntryState(config, entry);
  if (state === 'not-there') return state;
  if (state === 'changed')
    return `${entry.registry}: left in ${displayName(path)}: the entry changed after this login`;
  putBack(
    path,
    doc,
    withEntryUndone(config, 'auths', entry.registry, entry.replacedEntry, entry.created),
    entry,
  );
  return 'removed';
}

/** Where the CLI keeps its session between `login` and `logout` (beside the docker config, mode 0600). */
export function sessionPath(configDir: string): string {
  return join(configDir, 'ecr-pull-through-session.json');
}

/** Replace the record with `session` (none left: the record goes). */
function writeSession(configDir: string, session: readonly SessionEntry[]): void {
  const path = sessionPath(configDir);
  if (session.length === 0) {
    rmSync(path, { force: true });
    return;
  }
  unlinkIfSymlink(path);
  writeFileAtomic(path, `${JSON.stringify(session, null, 2)}\n`, CREDENTIAL_FILE_MODE);
}

/**
 * Add entries to the session: one per slot (registry, method, file), merged with an earlier one for
 * its slot (see merged). Call it holding the docker config's lock (login calls onSessionEntry so).
 */
export function saveSession(configDir: string, entries: readonly SessionEntry[]): void {
  mkdirSync(configDir, { recursive: true, mode: CREDENTIAL_DIR_MODE });
  // Read first: a record that is not a regular file (nor a link to one) is refused before anything changes.
  const session = [...loadSession(configDir)];
  for (const entry of entries) {
    const at = session.findIndex((e) => slotOf(e) === slotOf(entry));
    if (at === -1) session.push(entry);
    else session[at] = merged(session[at]!, entry);
  }
  writeSession(configDir, session);
}

/**
 * Take out of the session the entries a logout handled; entries a login added meanwhile stay. Call
 * it holding the docker config's lock.
 */
export function forgetSession(configDir: string, handled: readonly SessionEntry[]): void {
  const gone = new Set(handled.map((e) => JSON.stringify(e)));
  const session = loadSession(configDir);
  const left = session.filter((e) => !gone.has(JSON.stringify(e)));
  if (left.length !== session.length) writeSession(configDir, left);
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
