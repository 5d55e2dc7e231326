/**
 * `text` as a JSON string, `"..."`, with the characters JSON leaves raw (DEL, C1, the separators,
 * the bidirectional controls) escaped too: one line, every character visible.
 */
export declare function quoted(text: string): string;
/**
 * A name as every printer shows it: as it is when it is safe to print, otherwise quoted (see
 * `quoted`). A name that starts with `"` is quoted too, so that a shown name that starts with a
 * quote is always a quoted one.
 */
export declare function displayName(name: string): string;
/**
 * A message that quotes text from outside (a note on a file's line, an answer's error) as one line:
 * each character never printed raw is escaped in place (`\n`, `\r`, `\t`, else `\uXXXX`).
 */
export declare function displayLine(message: string): string;
