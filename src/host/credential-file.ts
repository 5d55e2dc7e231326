// A credential file in docker's format: the docker config, or the containers auth.json that Podman,
// Buildah and Skopeo read (its `auths` are the same). It is read as a JSON object together with the
// layout it is written in, and replaced atomically in that same layout, so that a login and its
// logout leave the file byte for byte as it was: docker and podman write it indented with tabs and
// no final newline (Go's json.MarshalIndent), and a file this tool creates has a final newline.

import { mkdirSync, unlinkSync } from 'node:fs';
import { dirname } from 'node:path';
import { displayName } from '../core/display.js';
import { InputError } from '../core/errors.js';
import { writeFileAtomic } from './atomic-write.js';
import { errnoText, FileInputError, readRegularFile } from './files.js';

export interface DockerConfig {
  auths?: Record<string, { auth?: string; [k: string]: unknown }>;
  credsStore?: string;
  credHelpers?: Record<string, string>;
  [key: string]: unknown;
}

/** How a JSON file is laid out: its indent ('' when on one line) and whether it ends with a newline. */
export interface JsonLayout {
  readonly indent: string;
  readonly finalNewline: boolean;
}

/** A new file's layout: docker's tab indent, with a final newline. */
const NEW_FILE_LAYOUT: JsonLayout = { indent: '\t', finalNewline: true };

export interface CredentialDocument {
  readonly config: DockerConfig;
  readonly layout: JsonLayout;
  /** Whether the file is there (an empty file is, and reads as `{}`). */
  readonly exists: boolean;
}

/** The mode of a new credential file (it holds passwords), and of a folder created for one. */
export const CREDENTIAL_FILE_MODE = 0o600;
export const CREDENTIAL_DIR_MODE = 0o700;

/** A credential file's text; undefined when missing. Not a regular file: a NotRegularFileError (never opened for reading). */
function readCredentialText(path: string): string | undefined {
  try {
    return readRegularFile(path).bytes.toString('utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    if (e instanceof FileInputError) throw e;
    throw new InputError(`${displayName(path)}: cannot read: ${errnoText(e)}`);
  }
}

/** The layout of a JSON text: the indent of its first indented line, and its last character. */
function layoutOf(text: string): JsonLayout {
  return { indent: /\n([ \t]+)\S/.exec(text)?.[1] ?? '', finalNewline: text.endsWith('\n') };
}

/** A credential file with its layout. Missing or empty: `{}` (a missing one in a new file's layout). */
export function readCredentialDocument(path: string): CredentialDocument {
  const text = readCredentialText(path);
  if (text === undefined) return { config: {}, layout: NEW_FILE_LAYOUT, exists: false };
  if (text.trim() === '') return { config: {}, layout: NEW_FILE_LAYOUT, exists: true };
  try {
    const parsed: unknown = JSON.parse(text);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not a JSON object');
    return { config: parsed as DockerConfig, layout: layoutOf(text), exists: true };
  } catch (e) {
    throw new InputError(
      `${displayName(path)} is not valid JSON (${(e as Error).message}); fix or remove it, it was left as it is`,
    );
  }
}

/** Create the folder of a credential file (mode 0700) when it is missing. */
export function makeCredentialDir(path: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: CREDENTIAL_DIR_MODE });
}

/**
 * Replace a credential file atomically, in `layout` (a new file: docker's, with a final newline). A
 * new one gets mode 0600 (it holds passwords) and its folder 0700 when created; one already there
 * keeps its mode and owner, as docker keeps them.
 */
export function writeCredentialFile(path: string, config: DockerConfig, layout = NEW_FILE_LAYOUT): void {
  makeCredentialDir(path);
  const text = JSON.stringify(config, null, layout.indent);
  writeFileAtomic(path, layout.finalNewline ? `${text}\n` : text, CREDENTIAL_FILE_MODE);
}

/** Remove a credential file a login created, once nothing is left in it. */
export function removeCredentialFile(path: string): void {
  try {
    unlinkSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
}
