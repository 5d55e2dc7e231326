// Splits a Dockerfile into instructions the way BuildKit's parser does (frontend/dockerfile/parser):
// line continuations with comment and blank lines skipped inside them, heredoc bodies consumed as
// data (heredoc.ts), CR and CRLF line ends, a BOM, Unicode white space where the parser trims it
// (white-space.ts), with the escape token the parser directives set (directives.ts). Each
// instruction keeps, for every character of its joined text, the source offset it came from.

import { bomLength } from '../lines.js';
import { isSpaceCode, literalChar } from './characters.js';
import { type ParserDirective, parserDirectives } from './directives.js';
import { HEREDOC_HOSTS, skipHeredocBodies } from './heredoc.js';
import { type PhysicalLine, PhysicalLines } from './physical-lines.js';
import { WhiteSpace } from './white-space.js';

export interface Instruction {
  /**
   * The logical line: physical lines joined, continuation tokens removed, white space trimmed at
   * both ends (split_command.go strings.TrimSpace).
   */
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

export interface DockerfileLexResult {
  readonly instructions: readonly Instruction[];
  readonly escape: string;
  /** The `# syntax=` directive BuildKit reads to choose its frontend image, if any. */
  readonly syntax?: ParserDirective;
  /** White space as BuildKit reads it in this text. */
  readonly ws: WhiteSpace;
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

/** parser.go isComment and isEmptyContinuationLine: after leading white space, `#` or nothing. */
const isCommentLine = (text: string, line: PhysicalLine, ws: WhiteSpace) =>
  text[ws.skip(text, line.start, line.end)] === '#';
const isBlankLine = (text: string, line: PhysicalLine, ws: WhiteSpace) =>
  ws.skip(text, line.start, line.end) === line.end;

/**
 * White space a line may start with, for the native search: ASCII and every Unicode space, as a
 * character or as UTF-8 bytes read one per character (a superset of what either reading takes).
 */
const LEADING_SPACE =
  '(?:[ \\t\\v\\f\\r\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]' +
  '|\\xc2[\\x85\\xa0]|\\xe1\\x9a\\x80|\\xe2\\x80[\\x80-\\x8a\\xa8\\xa9\\xaf]|\\xe2\\x81\\x9f|\\xe3\\x80\\x80)*';

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
    re = new RegExp(`\\n(?=${LEADING_SPACE}(?:${starts.join('|')}))|${e}(?=[ \\t]*\\r*(?:\\n|$))`, 'gi');
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
  const ws = new WhiteSpace(text);
  const { escape, syntax } = parserDirectives(text, lines, ws);
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
    // parser.go processLine: leading white space (unicode.IsSpace) stripped.
    let begin = lineStart;
    let c = text.charCodeAt(begin);
    while (begin < lineEnd && isSpaceCode(c)) c = text.charCodeAt(++begin);
    if (c >= 0x80 && begin < lineEnd) {
      begin = ws.skip(text, begin, lineEnd);
      c = text.charCodeAt(begin);
    }
    if (begin === lineEnd || c === 35) continue; // blank, or a `#` comment

    // Not continued unless the last character before trailing blanks is the escape token.
    let last = lineEnd - 1;
    let e = text.charCodeAt(last);
    while (last > begin && (e === 32 || e === 9)) e = text.charCodeAt(--last);
    let cut = e === escapeCode ? continuationCut(text, begin, lineEnd, escape) : undefined;
    if (cut === undefined) {
      // One physical line, the usual instruction: its text is a slice, its offsets need no table.
      const tail = text.charCodeAt(lineEnd - 1);
      const end = isSpaceCode(tail) || tail >= 0x80 ? ws.trimEnd(text, begin, lineEnd) : lineEnd;
      const instruction: Instruction = { text: text.slice(begin, end), line: lineNo, start: begin };
      instructions.push(instruction);
      if (instruction.text.includes('<<'))
        i = skipHeredocBodies(text, lines, i, text.slice(begin, lineEnd), ws);
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
      if (isCommentLine(text, line, ws) || isBlankLine(text, line, ws)) continue;
      cut = continuationCut(text, line.start, line.end, escape);
      append(line.start, cut ?? line.end);
    }
    const instruction = trimmed(joined, pieces, lineNo, ws);
    if (!instruction) continue;
    instructions.push(instruction);
    if (joined.includes('<<')) i = skipHeredocBodies(text, lines, i, joined, ws);
  }
  return { instructions, escape, ws, ...(syntax && { syntax }) };
}

/** A joined line without white space at either end (undefined when nothing is left), its pieces moved. */
function trimmed(joined: string, pieces: number[], line: number, ws: WhiteSpace): Instruction | undefined {
  const from = ws.skip(joined, 0, joined.length);
  const to = ws.trimEnd(joined, from, joined.length);
  if (from === to) return undefined;
  // The last piece that starts at or before `from` holds the first character.
  let k = 0;
  while (k + 2 < pieces.length && pieces[k + 2]! <= from) k += 2;
  const moved = [0, pieces[k + 1]! + from - pieces[k]!];
  for (let j = k + 2; j < pieces.length && pieces[j]! < to; j += 2)
    moved.push(pieces[j]! - from, pieces[j + 1]!);
  return {
    text: joined.slice(from, to),
    line,
    start: moved[1]!,
    ...(moved.length > 2 && { pieces: moved }),
  };
}

/** The source offset of the character at `index` of an instruction's text. */
export function sourceOffset(ins: Instruction, index: number): number {
  const { pieces } = ins;
  if (!pieces) return ins.start + index;
  let k = 0;
  while (k + 2 < pieces.length && pieces[k + 2]! <= index) k += 2;
  return pieces[k + 1]! + index - pieces[k]!;
}
