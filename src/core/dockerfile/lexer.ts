// Splits a Dockerfile into instructions the way BuildKit's parser does (frontend/dockerfile/parser):
// parser directives, the escape token, line continuations with comment and blank lines skipped
// inside them, heredoc bodies consumed as data, CRLF and a BOM. Each instruction keeps, for every
// character of its joined text, the source offset it came from.

export interface Instruction {
  /** The logical line: physical lines joined, continuation tokens removed. */
  readonly text: string;
  /** Source offset of `text`'s first character. */
  readonly start: number;
  /**
   * For text joined from several physical lines: where each piece starts, in `text` and in the
   * source (pairs). Absent for one line (a table per character cost 8 bytes per byte of a big file).
   */
  readonly pieces?: readonly number[];
  /** 1-based line number where the instruction starts. */
  readonly line: number;
}

/** A parser directive (`# name=value` at the very top of the file). */
export interface ParserDirective {
  /** Lowercased: `syntax`, `escape` or `check`. */
  readonly name: string;
  readonly value: string;
  /** Source offsets of the value. */
  readonly start: number;
  readonly end: number;
  /** 1-based line. */
  readonly line: number;
}

export interface DockerfileLexResult {
  readonly instructions: readonly Instruction[];
  readonly escape: string;
  /** The `# syntax=` directive BuildKit reads to choose its frontend image, if any. */
  readonly syntax?: ParserDirective;
}

// BuildKit's DirectiveParser: `^#\s*(name)\s*=\s*(.+?)\s*$`, with Go's \s.
const DIRECTIVE_RE = /^#[\t\n\f\r ]*([a-zA-Z][a-zA-Z0-9]*)[\t\n\f\r ]*=[\t\n\f\r ]*(.+?)[\t\n\f\r ]*$/d;
const KNOWN_DIRECTIVES = new Set(['syntax', 'escape', 'check']);
const HEREDOC_WORD_RE = /^(\d*)<<(-?)([^<]*)$/;
const HEREDOC_INSTRUCTIONS = new Set(['run', 'copy', 'add']);

interface PhysicalLine {
  readonly start: number;
  /** End of the content, before `\r\n` or `\n`. */
  readonly end: number;
}

/** White space as BuildKit's word splitting reads it, by character code: tab, newline, vertical tab, form feed, carriage return, space. */
export const isSpaceCode = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);
/** The same rule for one character. */
export const isSpace = (c: string | undefined): boolean => c !== undefined && isSpaceCode(c.charCodeAt(0));
/** A regular expression source for one character, literal inside and outside a class. */
export const literalChar = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** The physical lines of a text, as two tables of offsets (an object per line weighed on a big file). */
class PhysicalLines {
  readonly starts: number[] = [];
  private readonly ends: number[] = [];

  constructor(text: string, from: number) {
    let start = from;
    while (start < text.length) {
      let nl = text.indexOf('\n', start);
      if (nl === -1) nl = text.length;
      this.starts.push(start);
      this.ends.push(nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl);
      start = nl + 1;
    }
  }

  get length(): number {
    return this.starts.length;
  }

  at(i: number): PhysicalLine {
    return { start: this.starts[i]!, end: this.ends[i]! };
  }

  start(i: number): number {
    return this.starts[i]!;
  }

  end(i: number): number {
    return this.ends[i]!;
  }
}

/** Length of a leading byte-order mark, in UTF-8 bytes read as latin1 or as one UTF-16 unit. */
export function bomLength(text: string): number {
  if (text.startsWith('\uFEFF')) return 1;
  if (text.startsWith('\xEF\xBB\xBF')) return 3;
  return 0;
}

export function leadingSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/**
 * The leading block of parser directives: it ends at the first line that is not `# name=value`
 * with a known name, or that repeats one (a blank line, any other comment, an instruction).
 * Two readers differ: the Dockerfile parser (which takes `escape`) strips leading white space;
 * DetectSyntax (which picks the frontend image) does not, and skips a `#!` first line.
 */
function directiveBlock(text: string, lines: PhysicalLines, reader: 'parser' | 'syntax'): ParserDirective[] {
  const found: ParserDirective[] = [];
  const seen = new Set<string>();
  const shebang = reader === 'syntax' && lines.length > 0 && text.startsWith('#!', lines.at(0).start);
  for (let i = shebang ? 1 : 0; i < lines.length; i++) {
    const line = lines.at(i);
    const from = reader === 'parser' ? leadingSpace(text, line.start, line.end) : line.start;
    if (text.charCodeAt(from) !== 35) break; // not `#`: the block has ended
    const m = DIRECTIVE_RE.exec(text.slice(from, line.end));
    if (!m) break;
    const name = m[1]!.toLowerCase();
    if (!KNOWN_DIRECTIVES.has(name) || seen.has(name)) break;
    seen.add(name);
    const [start, end] = m.indices![2]!;
    found.push({ name, value: m[2]!, start: from + start, end: from + end, line: i + 1 });
  }
  return found;
}

function escapeToken(directives: readonly ParserDirective[]): string {
  const value = directives.find((d) => d.name === 'escape')?.value;
  return value === '`' || value === '\\' ? value : '\\';
}

/**
 * Content end of a line without its continuation token, or undefined when it does not continue.
 * As BuildKit's `([^\\])\\[ \t]*$|^\\[ \t]*$`: an escape right after another escape is escaped.
 */
function continuationCut(text: string, start: number, end: number, escape: string): number | undefined {
  let i = end;
  while (i > start && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  if (i <= start || text[i - 1] !== escape) return undefined;
  return i - 1 === start || text[i - 2] !== escape ? i - 1 : undefined;
}

const isCommentLine = (text: string, line: PhysicalLine) =>
  text[leadingSpace(text, line.start, line.end)] === '#';
const isBlankLine = (text: string, line: PhysicalLine) =>
  leadingSpace(text, line.start, line.end) === line.end;

/** Instructions that can open a heredoc (its body is data, not instructions). */
const HEREDOC_HOSTS = [...HEREDOC_INSTRUCTIONS, 'onbuild'];

/** An instruction a caller acts on: its keyword (lowercase), and whether only one with a `--` flag matters. */
export interface WantedInstruction {
  readonly keyword: string;
  readonly flagged?: boolean;
}

/**
 * A native search for where the next line that must be read may be: one that starts an instruction
 * the caller wants, or one that may open a heredoc, or one the escape token continues. Any other
 * line is blank, a comment or a whole instruction of no interest, and is passed over. A match
 * inside a line (after a lone CR, in a heredoc body) only makes a line be read that need not be.
 */
const candidateSearches = new WeakMap<readonly WantedInstruction[], Map<string, RegExp>>();
function candidateSearch(escape: string, wanted: readonly WantedInstruction[]): RegExp {
  const byEscape = candidateSearches.get(wanted) ?? new Map<string, RegExp>();
  candidateSearches.set(wanted, byEscape);
  let re = byEscape.get(escape);
  if (re === undefined) {
    if (!wanted.every((w) => /^[a-z]+$/.test(w.keyword)))
      throw new Error(`not a keyword: ${wanted.map((w) => w.keyword)}`);
    const starts = [
      ...wanted.map((w) => (w.flagged ? `${w.keyword}[^\\n]*--` : w.keyword)),
      `(?:${HEREDOC_HOSTS.join('|')})[^\\n]*<<`,
    ];
    const e = literalChar(escape);
    // Each alternative matches one character, so `test` says where without a match array: a
    // newline before the line, or the escape token in it.
    re = new RegExp(`\\n(?=[ \\t\\v\\f\\r]*(?:${starts.join('|')}))|${e}(?=[ \\t]*\\r?(?:\\n|$))`, 'gi');
    byEscape.set(escape, re);
  }
  return re;
}

export interface LexOptions {
  /**
   * The instructions the caller acts on: others may then be left out, their lines passed over by
   * a native search instead of read one by one. None of these is ever left out.
   */
  readonly only?: readonly WantedInstruction[];
}

export function lexDockerfile(text: string, options: LexOptions = {}): DockerfileLexResult {
  const lines = new PhysicalLines(text, bomLength(text));
  const parsed = directiveBlock(text, lines, 'parser');
  const escape = escapeToken(parsed);
  // The two readers differ only on a `#!` first line or a directive line that starts with white space.
  const same =
    lines.length > 0 &&
    !text.startsWith('#!', lines.start(0)) &&
    parsed.every((d) => !isSpaceCode(text.charCodeAt(lines.start(d.line - 1))));
  const syntax = (same ? parsed : directiveBlock(text, lines, 'syntax')).find((d) => d.name === 'syntax');
  const instructions: Instruction[] = [];
  const escapeCode = escape.charCodeAt(0);
  const count = lines.length;
  const search = options.only && candidateSearch(escape, options.only);
  const starts = lines.starts;
  let i = 0;
  // The common line (one instruction on one line) is read here with character codes and no call
  // per character: most files are scanned once, before this loop's code is optimized.
  while (i < count) {
    if (search && i > 0) {
      // From the newline before line i: the first alternative may match line i itself.
      search.lastIndex = starts[i]! - 1;
      if (!search.test(text)) break;
      // After a newline: the line it starts; after the escape token: the line that holds it.
      const at = text.charCodeAt(search.lastIndex - 1) === 10 ? search.lastIndex : search.lastIndex - 1;
      while (i + 1 < count && starts[i + 1]! <= at) i++;
    }
    const lineStart = lines.start(i);
    const lineEnd = lines.end(i);
    const lineNo = i + 1;
    i++;
    let begin = lineStart;
    let c = text.charCodeAt(begin);
    while (begin < lineEnd && isSpaceCode(c)) c = text.charCodeAt(++begin);
    if (begin === lineEnd || c === 35) continue; // blank, or a `#` comment

    // Not continued unless the last character before trailing blanks is the escape token.
    let last = lineEnd - 1;
    let e = text.charCodeAt(last);
    while (last > begin && (e === 32 || e === 9)) e = text.charCodeAt(--last);
    let cut = e === escapeCode ? continuationCut(text, begin, lineEnd, escape) : undefined;
    if (cut === undefined) {
      // One physical line, the usual instruction: its text is a slice, its offsets need no table.
      const one = text.slice(begin, lineEnd);
      // Only a character past ASCII (U+00A0) can make a line trim() takes for blank.
      if (text.charCodeAt(begin) > 127 && one.trim() === '') continue;
      const instruction: Instruction = { text: one, line: lineNo, start: begin };
      instructions.push(instruction);
      if (one.includes('<<')) i = skipHeredocBodies(text, lines, i, instruction);
      continue;
    }
    let joined = '';
    const pieces: number[] = [];
    const append = (from: number, to: number) => {
      pieces.push(joined.length, from);
      joined += text.slice(from, to);
    };
    append(begin, cut);
    while (cut !== undefined && i < lines.length) {
      const line = lines.at(i);
      i++;
      if (isCommentLine(text, line) || isBlankLine(text, line)) continue;
      cut = continuationCut(text, line.start, line.end, escape);
      append(line.start, cut ?? line.end);
    }
    if (joined.trim() === '') continue;
    const instruction: Instruction = {
      text: joined,
      line: lineNo,
      start: pieces[1]!,
      ...(pieces.length > 2 && { pieces }),
    };
    instructions.push(instruction);
    if (joined.includes('<<')) i = skipHeredocBodies(text, lines, i, instruction);
  }
  return { instructions, escape, ...(syntax && { syntax }) };
}

/** The source offset of the character at `index` of an instruction's text. */
export function sourceOffset(ins: Instruction, index: number): number {
  const { pieces } = ins;
  if (!pieces) return ins.start + index;
  let k = 0;
  while (k + 2 < pieces.length && pieces[k + 2]! <= index) k += 2;
  return pieces[k + 1]! + index - pieces[k]!;
}

/** Where the keyword that starts at `start` ends: at white space or the end of the text. */
export function keywordEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length && !isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/** Keyword of an instruction, lowercased, and where its arguments begin. */
export function splitKeyword(text: string, from = 0): { keyword: string; rest: number } {
  const start = leadingSpace(text, from, text.length);
  const rest = keywordEnd(text, start);
  return { keyword: text.slice(start, rest).toLowerCase(), rest };
}

/** Heredoc names opened on an instruction line (RUN, COPY, ADD, also under ONBUILD; not JSON form). */
export function heredocNames(text: string): { name: string; chomp: boolean }[] {
  if (!text.includes('<<')) return [];
  let { keyword, rest } = splitKeyword(text);
  if (keyword === 'onbuild') ({ keyword, rest } = splitKeyword(text, rest));
  if (!HEREDOC_INSTRUCTIONS.has(keyword)) return [];
  if (isJsonForm(text.slice(rest))) return [];
  const docs: { name: string; chomp: boolean }[] = [];
  for (const word of rawWords(text.slice(rest))) {
    const m = HEREDOC_WORD_RE.exec(word);
    if (!m || m[3] === '') continue;
    docs.push({ name: unquote(m[3]!), chomp: m[2] === '-' });
  }
  return docs;
}

/** A word as the shell reads it: quotes removed wherever they are (`E"O"F` is EOF), escapes resolved. */
function unquote(word: string): string {
  let out = '';
  let quote = '';
  for (let i = 0; i < word.length; i++) {
    const c = word[i]!;
    if (c === '\\' && quote !== "'" && i + 1 < word.length) out += word[++i];
    else if (quote ? c === quote : c === '"' || c === "'") quote = quote ? '' : c;
    else out += c;
  }
  return out;
}

function skipHeredocBodies(text: string, lines: PhysicalLines, i: number, ins: Instruction): number {
  const docs = heredocNames(ins.text);
  for (let k = 0; k < docs.length; k++) {
    const doc = docs[k]!;
    while (i < lines.length) {
      const line = lines.at(i);
      i++;
      let body = text.slice(line.start, line.end);
      if (doc.chomp) body = body.replace(/^\t+/, '');
      if (body === doc.name) break;
    }
  }
  return i;
}

/** Words split on unquoted white space, quotes kept (BuildKit's RawQuotes/RawEscapes word split). */
function rawWords(text: string): string[] {
  const words: string[] = [];
  let word = '';
  let quote = '';
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (!quote && isSpace(c)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
      continue;
    }
    inWord = true;
    if (c === '\\' && quote !== "'" && i + 1 < text.length) {
      word += c + text[++i];
      continue;
    }
    if (quote ? c === quote : c === '"' || c === "'") quote = quote ? '' : c;
    word += c;
  }
  if (inWord) words.push(word);
  return words;
}

/** `["a", "b"]`: the exec form, which has no heredocs. */
export function isJsonForm(args: string): boolean {
  const s = args.trim();
  if (!s.startsWith('[')) return false;
  try {
    const v: unknown = JSON.parse(s);
    return Array.isArray(v) && v.every((x) => typeof x === 'string');
  } catch {
    return false;
  }
}
