// A shell word as BuildKit's lexer reads it (quotes, the escape token, `$VAR`, `${VAR:-word}`),
// kept as units that remember where each literal character sits in the source, so callers can
// tell which part of a word is literal and splice new text over exactly that part. Also where the
// words of an instruction's arguments begin and end, and its leading `--flag=value` words.

import { isSpace, isSpaceCode, literalChar } from './characters.js';

/** Where a word sits in an instruction's text: [start, end). */
export interface WordSpan {
  readonly start: number;
  readonly end: number;
}

/** A leading `--name[=value]` flag; `value` is where its value sits, when it has one. */
export interface Flag {
  readonly name: string;
  readonly value?: WordSpan;
}

/**
 * One shell word, as a sticky expression per escape token: characters outside quotes up to white
 * space, an escape token keeping the next character (in double quotes too), quoted runs (an
 * unclosed quote runs to the end). A native match per word, not a JavaScript step per character:
 * a thousand files are scanned once each, mostly before the scanner's code is optimized.
 */
const wordExpressions = new Map<string, RegExp>();
function wordExpression(escape: string): RegExp {
  let re = wordExpressions.get(escape);
  if (re === undefined) {
    const e = literalChar(escape);
    re = new RegExp(`(?:[^ \\t\\n\\r\\v\\f"'${e}]|${e}[^]?|"(?:[^"${e}]|${e}[^]?)*"?|'[^']*'?)+`, 'y');
    wordExpressions.set(escape, re);
  }
  return re;
}

/**
 * Words split on white space outside quotes; escape tokens keep the next character in the word.
 * `max` stops after that many words (a flag needs only its own).
 */
export function splitWords(
  text: string,
  from: number,
  to: number,
  escape: string,
  max = Number.POSITIVE_INFINITY,
): WordSpan[] {
  const out: WordSpan[] = [];
  const within = to < text.length ? text.slice(0, to) : text;
  const word = wordExpression(escape);
  let i = from;
  while (i < to && out.length < max) {
    while (i < to && isSpaceCode(within.charCodeAt(i))) i++;
    if (i >= to) break;
    word.lastIndex = i;
    // Any other character starts a word, so the match cannot fail; if it did, one character is one.
    const end = word.test(within) ? Math.min(word.lastIndex, to) : i + 1;
    out.push({ start: i, end });
    i = end;
  }
  return out;
}

/** Leading `--name[=value]` flags (BuildKit's extractBuilderFlags) and where the arguments start. */
export function leadingFlags(text: string, from: number): { flags: Flag[]; args: number } {
  const found: Flag[] = [];
  let i = from;
  for (;;) {
    while (i < text.length && isSpace(text[i])) i++;
    if (!text.startsWith('--', i)) return { flags: found, args: i };
    const word = splitWords(text, i, text.length, '\\', 1)[0]; // not `const [word]`: an iterator per call
    if (!word) return { flags: found, args: i };
    const raw = text.slice(word.start, word.end);
    if (raw === '--') return { flags: found, args: word.end };
    const eq = raw.indexOf('=');
    const name = (eq === -1 ? raw.slice(2) : raw.slice(2, eq)).toLowerCase();
    found.push(eq === -1 ? { name } : { name, value: { start: word.start + eq + 1, end: word.end } });
    i = word.end;
  }
}

/**
 * A word with no quote, escape token or `$`: analyzeWord would give one literal unit per character,
 * in order. Callers that only need its text and span skip the units (a big file has a great many).
 */
export function isPlainWord(text: string, from: number, to: number, escape: string): boolean {
  const special = specialExpression(escape);
  special.lastIndex = from;
  const m = special.exec(text);
  return m === null || m.index >= to;
}

/** A quote, `$` or the escape token: what makes a word more than its characters. */
const specialExpressions = new Map<string, RegExp>();
function specialExpression(escape: string): RegExp {
  let re = specialExpressions.get(escape);
  if (re === undefined) {
    re = new RegExp(`["'$${literalChar(escape)}]`, 'g');
    specialExpressions.set(escape, re);
  }
  return re;
}

export interface LiteralUnit {
  readonly t: 'c';
  readonly ch: string;
  /** Source offset of the character. */
  readonly at: number;
}

export interface VarUnit {
  readonly t: 'v';
  readonly name: string;
  /** The operator inside `${...}` (`:-`, `-`, `:+`, ...), or '' for `$X` and `${X}`. */
  readonly op: string;
  /** The word after the operator, for `${X:-word}` and friends. */
  readonly word?: readonly Unit[];
}

export type Unit = LiteralUnit | VarUnit;

const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;
const OPERATORS = [':-', ':+', ':?', '-', '+', '?', '##', '#', '%%', '%', '//', '/'];

/**
 * Analyze `text[from, to)` as one shell word. `sourceAt(i)` gives the source offset of text index
 * `i` (the text may be a logical line joined from several physical lines).
 */
export function analyzeWord(
  text: string,
  from: number,
  to: number,
  escape: string,
  sourceAt: (i: number) => number,
): Unit[] {
  const units: Unit[] = [];
  let i = from;
  let quote: '' | "'" | '"' = '';
  const lit = (k: number) => units.push({ t: 'c', ch: text[k]!, at: sourceAt(k) });
  while (i < to) {
    const ch = text[i]!;
    if (quote === "'") {
      if (ch === "'") quote = '';
      else lit(i);
      i++;
      continue;
    }
    if (ch === escape && i + 1 < to) {
      // Inside double quotes the escape only escapes what is special there.
      if (quote === '"' && !['$', '"', escape].includes(text[i + 1]!)) lit(i);
      lit(i + 1);
      i += 2;
      continue;
    }
    if (ch === '"' || (ch === "'" && quote === '')) {
      quote = quote === ch ? '' : (ch as '"' | "'");
      i++;
      continue;
    }
    if (ch === '$') {
      const parsed = parseVariable(text, i, to, escape, sourceAt);
      if (parsed) {
        units.push(parsed.unit);
        i = parsed.next;
        continue;
      }
    }
    lit(i);
    i++;
  }
  return units;
}

function parseVariable(
  text: string,
  at: number,
  to: number,
  escape: string,
  sourceAt: (i: number) => number,
): { unit: VarUnit; next: number } | undefined {
  let i = at + 1;
  if (i >= to) return undefined;
  if (text[i] !== '{') {
    if (!NAME_START.test(text[i]!)) return undefined;
    while (i < to && NAME_CHAR.test(text[i]!)) i++;
    return { unit: { t: 'v', name: text.slice(at + 1, i), op: '' }, next: i };
  }
  i++;
  const nameStart = i;
  while (i < to && NAME_CHAR.test(text[i]!)) i++;
  const name = text.slice(nameStart, i);
  if (text[i] === '}') return { unit: { t: 'v', name, op: '' }, next: i + 1 };
  const op = OPERATORS.find((o) => text.startsWith(o, i));
  if (!op || name === '') return undefined;
  const wordStart = i + op.length;
  // Find the closing brace, stepping over nested ${...} and quotes.
  let depth = 1;
  let quote = '';
  let j = wordStart;
  for (; j < to; j++) {
    const c = text[j]!;
    if (c === escape && quote !== "'") {
      j++;
      continue;
    }
    if (quote) {
      if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '$' && text[j + 1] === '{') {
      depth++;
      j++;
    } else if (c === '}' && --depth === 0) break;
  }
  if (j >= to) return undefined;
  return {
    unit: { t: 'v', name, op, word: analyzeWord(text, wordStart, j, escape, sourceAt) },
    next: j + 1,
  };
}

/** The literal text of units that are all literal; undefined when any is a variable. */
export function literalText(units: readonly Unit[]): string | undefined {
  let s = '';
  for (let k = 0; k < units.length; k++) {
    const u = units[k]!;
    if (u.t !== 'c') return undefined;
    s += u.ch;
  }
  return s;
}

/** Source range of literal units when they sit side by side in the source (no quote or escape between). */
export function contiguousRange(units: readonly Unit[]): { start: number; end: number } | undefined {
  if (units.length === 0) return undefined;
  let prev = -1;
  for (let k = 0; k < units.length; k++) {
    const u = units[k]!;
    if (u.t !== 'c') return undefined;
    if (prev !== -1 && u.at !== prev + 1) return undefined;
    prev = u.at;
  }
  return { start: (units[0] as LiteralUnit).at, end: prev + 1 };
}

/** `${X:-word}` and `${X-word}`: the operators whose word is a default value. */
export function isDefaultOperator(op: string): boolean {
  return op === ':-' || op === '-';
}

/** `${X:+word}` and `${X+word}`: the word replaces X's value when X is set. */
export function isAlternateOperator(op: string): boolean {
  return op === ':+' || op === '+';
}

/** A word as written, for messages: `${X:-word}` and friends shown with their operator and word. */
export function describeUnits(units: readonly Unit[]): string {
  return units
    .map((u) => (u.t === 'c' ? u.ch : `\${${u.name}${u.op}${u.word ? describeUnits(u.word) : ''}}`))
    .join('');
}
