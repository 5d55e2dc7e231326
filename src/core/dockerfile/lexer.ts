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

export const isSpace = (c: string | undefined): boolean =>
  c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\v' || c === '\f';

/** The physical lines of a text, as two tables of offsets (an object per line weighed on a big file). */
class PhysicalLines {
  private readonly starts: number[] = [];
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
}

/** Length of a leading byte-order mark, in UTF-8 bytes read as latin1 or as one UTF-16 unit. */
export function bomLength(text: string): number {
  if (text.startsWith('\uFEFF')) return 1;
  if (text.startsWith('\xEF\xBB\xBF')) return 3;
  return 0;
}

function leadingSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isSpace(text[i])) i++;
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

export function lexDockerfile(text: string): DockerfileLexResult {
  const lines = new PhysicalLines(text, bomLength(text));
  const escape = escapeToken(directiveBlock(text, lines, 'parser'));
  const syntax = directiveBlock(text, lines, 'syntax').find((d) => d.name === 'syntax');
  const instructions: Instruction[] = [];
  let i = 0;
  while (i < lines.length) {
    const first = lines.at(i);
    const lineNo = i + 1;
    i++;
    const begin = leadingSpace(text, first.start, first.end);
    if (begin === first.end || text[begin] === '#') continue;

    let cut = continuationCut(text, begin, first.end, escape);
    if (cut === undefined) {
      // One physical line, the usual instruction: its text is a slice, its offsets need no table.
      const one = text.slice(begin, first.end);
      if (one.trim() === '') continue;
      const instruction: Instruction = { text: one, line: lineNo, start: begin };
      instructions.push(instruction);
      i = skipHeredocBodies(text, lines, i, instruction);
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
    i = skipHeredocBodies(text, lines, i, instruction);
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

/** Keyword of an instruction, lowercased, and where its arguments begin. */
export function splitKeyword(text: string, from = 0): { keyword: string; rest: number } {
  let i = leadingSpace(text, from, text.length);
  const start = i;
  while (i < text.length && !isSpace(text[i])) i++;
  return { keyword: text.slice(start, i).toLowerCase(), rest: i };
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
  for (const doc of heredocNames(ins.text)) {
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
