// White space as Go's unicode.IsSpace sees it, which BuildKit's parser uses to trim a line's start
// (parser.go trimLeadingWhitespace), a whole instruction (split_command.go strings.TrimSpace), the
// text after a directive's `#` (directives.go) and the heredoc word split (shell/lex.go addChar):
// ASCII tab to carriage return and space, and U+0085, U+00A0, U+1680, U+2000-U+200A, U+2028,
// U+2029, U+202F, U+205F, U+3000. Go reads the file's bytes as UTF-8.
//
// A text reaches the scan in one of two forms: read as latin1, one character per byte (the CLI and
// the action, so any encoding survives), or as decoded characters (a library caller). A text whose
// characters are all below U+0100 and whose bytes are valid UTF-8 is taken as bytes (`\xC2\xA0` is
// one no-break space); any other text as characters. Decided on first need: an ASCII text never is.

import { isSpaceCode } from './characters.js';

type Reading = 'bytes' | 'chars';

/** The non-ASCII white space characters of unicode.IsSpace. */
const isUnicodeSpace = (c: number): boolean =>
  c === 0x85 ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000;

/** Length of the UTF-8 sequence at i of a text held as bytes (one per character), 0 if invalid. */
export function utf8Length(s: string, i: number): number {
  const b = s.charCodeAt(i);
  if (b < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => {
    const c = s.charCodeAt(i + k);
    return c >= lo && c <= hi;
  };
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    const lo = b === 0xe0 ? 0xa0 : 0x80;
    const hi = b === 0xed ? 0x9f : 0xbf;
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const lo = b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xf4 ? 0x8f : 0xbf;
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/** The code point of the UTF-8 sequence of length n at i (a valid one). */
export function utf8CodePoint(s: string, i: number, n: number): number {
  const b = s.charCodeAt(i);
  if (n === 1) return b;
  let cp = b & (0xff >> (n + 1));
  for (let k = 1; k < n; k++) cp = (cp << 6) | (s.charCodeAt(i + k) & 0x3f);
  return cp;
}

function readingOf(text: string): Reading {
  const nonAscii = /[\u0080-\uffff]/g;
  for (let m = nonAscii.exec(text); m !== null; m = nonAscii.exec(text)) {
    if (text.charCodeAt(m.index) > 0xff) return 'chars';
    const n = utf8Length(text, m.index);
    if (n === 0) return 'chars';
    nonAscii.lastIndex = m.index + n;
  }
  return 'bytes';
}

/** unicode.IsSpace over the strings cut from one Dockerfile's text (read the way that text is). */
export class WhiteSpace {
  private reading: Reading | undefined;

  constructor(private readonly source: string) {}

  /** Whether characters of this text are UTF-8 bytes (one per character). */
  get bytes(): boolean {
    this.reading ??= readingOf(this.source);
    return this.reading === 'bytes';
  }

  /** Length of the white space character at i of s (a piece of the source), 0 if there is none. */
  at(s: string, i: number): number {
    const c = s.charCodeAt(i);
    if (c < 0x80) return isSpaceCode(c) ? 1 : 0; // NaN past the end: 0
    if (!this.bytes) return isUnicodeSpace(c) ? 1 : 0;
    const n = utf8Length(s, i);
    return n > 1 && isUnicodeSpace(utf8CodePoint(s, i, n)) ? n : 0;
  }

  /** The first index in [from, to) that is not white space, or `to`. */
  skip(s: string, from: number, to: number): number {
    let i = from;
    while (i < to) {
      const n = this.at(s, i);
      if (n === 0) break;
      i += n;
    }
    return Math.min(i, to);
  }

  /** The end of s[from, to) without its trailing white space. */
  trimEnd(s: string, from: number, to: number): number {
    let j = to;
    while (j > from) {
      if (isSpaceCode(s.charCodeAt(j - 1))) j--;
      else if (s.charCodeAt(j - 1) < 0x80) break;
      else if (!this.bytes) {
        if (!isUnicodeSpace(s.charCodeAt(j - 1))) break;
        j--;
      } else if (j - 2 >= from && this.at(s, j - 2) === 2) j -= 2;
      else if (j - 3 >= from && this.at(s, j - 3) === 3) j -= 3;
      else break;
    }
    return j;
  }
}
