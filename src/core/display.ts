// How names from outside (file names, which come from a pull request; names an endpoint answers
// with) are shown. A line break in one would start a line of its own: in a workflow's log, a line
// such as `::add-mask::` or `::warning::` is a command to the runner. Control characters (C0, DEL,
// C1), the Unicode line and paragraph separators and the bidirectional controls (which make a name
// read as another) never reach a terminal or a log raw.

/** Characters never printed as they are. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is its purpose
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const UNSAFE_ALL = new RegExp(UNSAFE.source, 'g');

/** `\uXXXX` for one character. */
const escaped = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * `text` as a JSON string, `"..."`, with the characters JSON leaves raw (DEL, C1, the separators,
 * the bidirectional controls) escaped too: one line, every character visible.
 */
export function quoted(text: string): string {
  return JSON.stringify(text).replace(UNSAFE_ALL, escaped);
}

/**
 * A name as every printer shows it: as it is when it is safe to print, otherwise quoted (see
 * `quoted`). A name that starts with `"` is quoted too, so that a shown name that starts with a
 * quote is always a quoted one.
 */
export function displayName(name: string): string {
  return UNSAFE.test(name) || name.startsWith('"') ? quoted(name) : name;
}

/**
 * A message that quotes text from outside (a note on a file's line, an answer's error) as one line:
 * each character never printed raw is escaped in place (`\n`, `\r`, `\t`, else `\uXXXX`).
 */
export function displayLine(message: string): string {
  return message.replace(UNSAFE_ALL, (c) => JSON.stringify(c).slice(1, -1).replace(UNSAFE_ALL, escaped));
}
