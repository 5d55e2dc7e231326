// The words BuildKit's shell lexer (frontend/dockerfile/shell/lex.go, processStopOn and the
// functions it calls) splits a text into, with no variable set and SkipUnsetEnv: the reading the
// parser gives a heredoc line (parser.go heredocsFromLine: RawQuotes and RawEscapes, escape `\`
// whatever the file's `# escape=`) and a heredoc word (heredocFromMatch). Written from that code
// because the heredoc rule depends on its quirks: `<<` takes the spaces, tabs and CRs after it into
// its word (processPossibleHeredoc), and a lexing error means no heredoc on the line.

import type { WhiteSpace } from './white-space.js';
import { utf8CodePoint, utf8Length } from './white-space.js';

export interface ShellMode {
  /** Quotes stay in the words (Lex.RawQuotes). */
  readonly rawQuotes: boolean;
  /** Escape characters stay in the words (Lex.RawEscapes). */
  readonly rawEscapes: boolean;
}

/** A lexing error (an unclosed quote, `${`, a bad substitution): BuildKit's lexer returns no words. */
class LexError extends Error {}

/** How deep `${...}` may nest before the text is taken as unreadable (Go's stack has no such limit). */
const MAX_DEPTH = 500;

/** unicode.IsDigit and unicode.IsLetter. */
const isDigit = (cp: number) => (cp < 0x80 ? cp >= 48 && cp <= 57 : /\p{Nd}/u.test(String.fromCodePoint(cp)));
const isLetter = (cp: number) =>
  cp < 0x80 ? (cp | 32) >= 97 && (cp | 32) <= 122 : /\p{L}/u.test(String.fromCodePoint(cp));

/** wordsStruct: a word ends at white space, unless it is empty and was started by a raw string. */
class Words {
  private buf = '';
  private inWord = false;
  readonly words: string[] = [];
  addChar(ch: string, space: boolean): void {
    if (space && this.inWord) {
      if (this.buf !== '') {
        this.words.push(this.buf);
        this.buf = '';
        this.inWord = false;
      }
    } else if (!space) this.addRaw(ch);
  }
  addRaw(s: string): void {
    this.buf += s;
    this.inWord = true;
  }
  end(): string[] {
    if (this.buf !== '') this.words.push(this.buf);
    return this.words;
  }
}

class Lexer {
  private i = 0;
  private depth = 0;

  constructor(
    private readonly s: string,
    private readonly mode: ShellMode,
    private readonly ws: WhiteSpace,
  ) {}

  run(): string[] {
    // text/scanner skips a byte-order mark at the very start.
    const bom = this.ws.bytes ? '\xEF\xBB\xBF' : '\uFEFF';
    if (this.s.startsWith(bom)) this.i = bom.length;
    return this.stopOn(undefined, this.mode.rawEscapes).words;
  }

  /** One character as Go's text/scanner gives it: a whole UTF-8 sequence, or a surrogate pair. */
  private charLength(s: string, i: number): number {
    const c = s.charCodeAt(i);
    if (c < 0x80) return 1;
    if (this.ws.bytes) return Math.max(1, utf8Length(s, i));
    const low = s.charCodeAt(i + 1);
    return c >= 0xd800 && c <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
  }

  /** Add a string to the words, character by character (addString: what `$` gives is split). */
  private addString(words: Words, s: string): void {
    for (let k = 0; k < s.length; ) {
      const space = this.ws.at(s, k);
      const n = space || this.charLength(s, k);
      words.addChar(s.slice(k, k + n), space > 0);
      k += n;
    }
  }

  /** processStopOn: up to `stop` (consumed), or to the end when stop is undefined. */
  private stopOn(stop: string | undefined, rawEscapes: boolean): { result: string; words: string[] } {
    if (++this.depth > MAX_DEPTH) throw new LexError('nested too deep');
    const { s } = this;
    const words = new Words();
    let result = '';
    while (this.i < s.length) {
      const ch = s[this.i]!;
      if (stop !== undefined && ch === stop) {
        this.i++;
        this.depth--;
        return { result, words: words.end() };
      }
      let tmp: string | undefined;
      if (ch === '$') {
        tmp = this.dollar();
        this.addString(words, tmp);
      } else if (ch === '<') tmp = this.possibleHeredoc();
      else if (ch === "'") tmp = this.singleQuote();
      else if (ch === '"') tmp = this.doubleQuote(rawEscapes);
      if (tmp !== undefined) {
        if (ch !== '$') words.addRaw(tmp);
        result += tmp;
        continue;
      }
      if (ch === '\\') {
        this.i++;
        if (rawEscapes) {
          words.addRaw(ch);
          result += ch;
        }
        if (this.i >= s.length) break;
        const n = this.charLength(s, this.i);
        const next = s.slice(this.i, this.i + n);
        this.i += n;
        words.addRaw(next);
        result += next;
        continue;
      }
      const space = this.ws.at(s, this.i);
      const n = space || this.charLength(s, this.i);
      const c = s.slice(this.i, this.i + n);
      this.i += n;
      words.addChar(c, space > 0);
      result += c;
    }
    if (stop !== undefined) throw new LexError(`no ${stop}`);
    this.depth--;
    return { result, words: words.end() };
  }

  private singleQuote(): string {
    const q = this.mode.rawQuotes ? "'" : '';
    const end = this.s.indexOf("'", this.i + 1);
    if (end === -1) throw new LexError("no closing '");
    const body = this.s.slice(this.i + 1, end);
    this.i = end + 1;
    return q + body + q;
  }

  private doubleQuote(rawEscapes: boolean): string {
    const { s } = this;
    let result = this.mode.rawQuotes ? '"' : '';
    this.i++;
    for (;;) {
      if (this.i >= s.length) throw new LexError('no closing "');
      const ch = s[this.i]!;
      if (ch === '"') {
        this.i++;
        return this.mode.rawQuotes ? `${result}"` : result;
      }
      if (ch === '$') {
        result += this.dollar();
        continue;
      }
      this.i++;
      if (ch === '\\') {
        if (rawEscapes) result += ch;
        if (this.i >= s.length) continue; // the loop then fails on the missing quote
        const next = s[this.i]!;
        if (next === '"' || next === '$' || next === '\\') {
          this.i++;
          result += next;
        } else result += ch;
        continue;
      }
      result += ch;
    }
  }

  /** processDollar with no variable set and SkipUnsetEnv: the text as written, or an error. */
  private dollar(): string {
    const { s } = this;
    this.i++;
    if (s[this.i] !== '{') return `$${this.name()}`;
    this.i++;
    const first = s[this.i];
    if (first === undefined) throw new LexError("missing '}'");
    if (first === '{' || first === '}' || first === ':') throw new LexError('bad substitution');
    const name = this.name();
    const ch = s[this.i++];
    if (ch === '}') return `\${${name}}`;
    if (ch === ':' || ch === '+' || ch === '-' || ch === '?' || ch === '#' || ch === '%') {
      let op: string = ch;
      let modifier: string | undefined = ch;
      if (ch === ':') {
        modifier = s[this.i++];
        op += modifier ?? '\uFFFD';
      }
      const raw = modifier === '#' || modifier === '%';
      if (ch === ':' && raw) throw new LexError('unsupported modifier');
      const word = this.stopOn('}', raw).result;
      return `\${${name}${op}${word}}`;
    }
    if (ch === '/') {
      if (s[this.i] === '/') this.i++;
      const pattern = this.stopOn('/', true).result;
      const replacement = this.stopOn('}', true).result;
      return `\${${name}/${pattern}/${replacement}}`;
    }
    throw new LexError('unsupported modifier');
  }

  /** processName: digits, one special parameter, or letters, digits and `_` (Unicode classes). */
  private name(): string {
    const { s } = this;
    const start = this.i;
    while (this.i < s.length) {
      const n = this.charLength(s, this.i);
      const cp = this.codePoint(this.i, n);
      if (this.i === start && isDigit(cp)) {
        while (this.i < s.length && isDigit(this.codePoint(this.i, this.charLength(s, this.i))))
          this.i += this.charLength(s, this.i);
        break;
      }
      if (this.i === start && '@*#?-$!0'.includes(s[this.i]!)) {
        this.i++;
        break;
      }
      if (!isLetter(cp) && !isDigit(cp) && s[this.i] !== '_') break;
      this.i += n;
    }
    return s.slice(start, this.i);
  }

  private codePoint(i: number, n: number): number {
    if (this.ws.bytes) return utf8CodePoint(this.s, i, n);
    return this.s.codePointAt(i) ?? 0;
  }

  /** processPossibleHeredoc: `<<` and the tabs, CRs and spaces after it, kept in one word. */
  private possibleHeredoc(): string {
    const { s } = this;
    this.i++;
    if (s[this.i] !== '<') return '<';
    this.i++;
    const start = this.i;
    while (s[this.i] === ' ' || s[this.i] === '\t' || s[this.i] === '\r') this.i++;
    return `<<${s.slice(start, this.i)}`;
  }
}

/** The words of a text as BuildKit's lexer gives them, or undefined where it fails. */
export function shellWords(text: string, mode: ShellMode, ws: WhiteSpace): string[] | undefined {
  try {
    return new Lexer(text, mode, ws).run();
  } catch (e) {
    if (e instanceof LexError) return undefined;
    throw e;
  }
}
