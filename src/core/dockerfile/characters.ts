// Characters as BuildKit's Dockerfile parser reads them: white space, the keyword it delimits at the
// start of an instruction, and a character (the escape token) written as a literal in a regular
// expression. Apart so that the lexer, the heredoc rule and the word reader, which all need them,
// need not import each other.

/** White space as BuildKit's word splitting reads it, by character code: tab, newline, vertical tab, form feed, carriage return, space. */
export const isSpaceCode = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);
/** The same rule for one character. */
export const isSpace = (c: string | undefined): boolean => c !== undefined && isSpaceCode(c.charCodeAt(0));
/** A regular expression source for one character, literal inside and outside a class. */
export const literalChar = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

export function leadingSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/** Where the keyword that starts at `start` ends: at white space or the end of the text. */
export function keywordEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length && !isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/** What skips white space before a keyword: ASCII by default, or a text's own reading (white-space.ts). */
interface SpaceSkipper {
  skip(s: string, from: number, to: number): number;
}

/**
 * Keyword of an instruction, lowercased, and where its arguments begin (split_command.go: white
 * space trimmed, then the keyword ends at an ASCII blank).
 */
export function splitKeyword(text: string, from = 0, ws?: SpaceSkipper): { keyword: string; rest: number } {
  const start = ws ? ws.skip(text, from, text.length) : leadingSpace(text, from, text.length);
  const rest = keywordEnd(text, start);
  return { keyword: text.slice(start, rest).toLowerCase(), rest };
}
