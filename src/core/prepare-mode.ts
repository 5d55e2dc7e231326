// How the job makes builds use the cache. A rule of its own so that the CLI and the action check a
// mode where they parse it, without loading the use case (and the SDK) to do so.

import { oneOf } from './choice.js';

/**
 * rewrite: the files name cache URIs. transparent: the files stay as they are and BuildKit's source
 * policy redirects the pulls (EXPERIMENTAL_BUILDKIT_SOURCE_POLICY). both: the two together.
 */
export const PREPARE_MODES = ['rewrite', 'transparent', 'both'] as const;
export type PrepareMode = (typeof PREPARE_MODES)[number];
export const DEFAULT_PREPARE_MODE: PrepareMode = 'rewrite';

/** A mode given as text (an input, a flag), checked; `name` is what the user typed it into. */
export function prepareMode(text: string | undefined, name = 'mode'): PrepareMode {
  return text ? oneOf(PREPARE_MODES, text, name) : DEFAULT_PREPARE_MODE;
}
