// A shell word as BuildKit's lexer reads it (quotes, the escape token, `$VAR`, `${VAR:-word}`),
// kept as units that remember where each literal character sits in the source, so callers can
// tell which part of a word is literal and splice new text over exactly that part. Also where the
// words of an instruction's arguments begin and end, and its leading `--flag=value` words.

import { isSpace } from './lexer.js';

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
  let i = from;
  while (i < to && out.length < max) {
    while (i < to && isSpace(text[i])) i++;
    if (i >= to) break;
    const start = i;
    let quote = '';
    while (i < to && (quote || !isSpace(text[i]))) {
      const c = text[i]!;
      if (c === escape && quote !== "'") i++;
      else if (quote ? c === quote : c === '"' || c === "'") quote = quote ? '' : c;
      i++;
    }
    out.push({ start, end: Math.min(i, to) });
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
    const [word] = splitWords(text, i, text.length, '\\', 1);
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
  const esc = escape.charCodeAt(0);
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 || c === 39 || c === 36 || c === esc) return false;
  }
  return true;
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
  for (const u of units) {
    if (u.t !== 'c') return undefined;
    s += u.ch;
  }
  return s;
}

/** Source range of literal units when they sit side by side in the source (no quote or escape between). */
export function contiguousRange(units: readonly Unit[]): { start: number; end: number } | undefined {
  if (units.length === 0) return undefined;
  let prev = -1;
  for (const u of units) {
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
