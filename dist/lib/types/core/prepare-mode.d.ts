/**
 * rewrite: the files name cache URIs. transparent: the files stay as they are and BuildKit's source
 * policy redirects the pulls (EXPERIMENTAL_BUILDKIT_SOURCE_POLICY). both: the two together.
 */
export declare const PREPARE_MODES: readonly ["rewrite", "transparent", "both"];
export type PrepareMode = (typeof PREPARE_MODES)[number];
export declare const DEFAULT_PREPARE_MODE: PrepareMode;
/** A mode given as text (an input, a flag), checked; `name` is what the user typed it into. */
export declare function prepareMode(text: string | undefined, name?: string): PrepareMode;
