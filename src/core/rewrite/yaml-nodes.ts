// One node of a line in the plain YAML subset that yaml-subset.ts reads: a key (`name:`, plain or
// quoted, not repeated in its map) or a one-line scalar with nothing but a comment after it; with the
// core schema's rules for what a plain scalar or key is, and the characters the subset leaves to the
// library. Apart from the reader, which decides from indentation where each node belongs (maps,
// sequences, documents): this part reads the characters of one line. The reader extends NodeScanner,
// so both work on one object as they did as one class. Outside the subset it throws NOT_SURE, which
// the reader turns into "the library reads it".

/** How a scalar is written, in the yaml library's words (`Scalar.type`). */
export type ScalarStyle = string;

/**
 * Characters the reader does not judge: tabs (indentation rules), control characters, a BOM, YAML 1.1
 * line breaks, a carriage return not followed by a line feed.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is its purpose
const OUTSIDE_SUBSET_CHARS = /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\u2028\u2029]/;
const LONE_CR = /\r(?!\n)/;

/** Whether a text has a character the reader does not judge (then the library reads it all). */
export function hasCharsOutsideSubset(text: string): boolean {
  return OUTSIDE_SUBSET_CHARS.test(text) || (text.includes('\r') && LONE_CR.test(text));
}

/**
 * Plain scalars the YAML 1.2 core schema reads as something else than a string (null, booleans,
 * integers, floats): the yaml library's own tests, in its order.
 */
const CORE_NON_STRING = [
  /^(?:~|[Nn]ull|NULL)?$/,
  /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  /^0o[0-7]+$/,
  /^[-+]?[0-9]+$/,
  /^0x[0-9a-fA-F]+$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
];

/** Whether a plain scalar is a string under the core schema. */
export function plainIsString(text: string): boolean {
  for (const re of CORE_NON_STRING) if (re.test(text)) return false;
  return true;
}

/** Characters of the plain keys taken here: a letter or `_`, then letters, digits and `_./-`. */
const KEY_FIRST = new Uint8Array(128);
const KEY_REST = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  KEY_FIRST[c] = /[A-Za-z_]/.test(ch) ? 1 : 0;
  KEY_REST[c] = /[\w./-]/.test(ch) ? 1 : 0;
}
/** Those of them the core schema reads as null or a boolean. */
const NON_STRING_WORD = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE)$/;

const SPACE = 32;
const HASH = 35;
const DASH = 45;
const COLON = 58;
const DQUOTE = 34;
const SQUOTE = 39;
const BACKSLASH = 92;

/** First characters of a plain scalar the reader leaves to the library (YAML's indicators, all of them). */
const INDICATOR = new Uint8Array(128);
for (const c of '-?:,[]{}#&*!|>\'"%@`') INDICATOR[c.charCodeAt(0)] = 1;

/** A map's keys, as addKey checks them for a repeat. */
export interface MapKeys {
  /** The keys as source spans [start, end, start, end...], while the map is small. */
  readonly spans: number[];
  /** A big map's keys. */
  names: Set<string> | undefined;
}
/** Beyond this many keys a map checks repeats with a set instead of comparing spans. */
const SMALL_MAP = 16;

/** Thrown inside the reader when the text is outside its subset. */
export const NOT_SURE = new Error('outside the YAML subset');

export function notSure(): never {
  throw NOT_SURE;
}

/** Reads the node at a position of a line; what it read is left in its fields for the reader. */
export class NodeScanner {
  // The node last read by node(): a key (its text's span, and where its `:` ends) or a scalar.
  protected keyStart = 0;
  protected keyEnd = 0;
  protected afterColon = 0;
  protected valStart = 0;
  protected valEnd = 0;
  protected valStyle: ScalarStyle = 'PLAIN';
  private hashAt = -1;
  private colonAt = -1;

  constructor(protected readonly src: string) {}

  /** After a node: spaces, then nothing or a comment; else not sure. */
  protected trailing(p: number, end: number): void {
    const src = this.src;
    let q = p;
    while (q < end && src.charCodeAt(q) === SPACE) q++;
    if (q < end && (q === p || src.charCodeAt(q) !== HASH)) notSure();
  }

  protected isDash(i: number, end: number): boolean {
    return this.src.charCodeAt(i) === DASH && (i + 1 === end || this.src.charCodeAt(i + 1) === SPACE);
  }

  /** Whether the key node() read is `name`. */
  protected keyIs(name: string): boolean {
    return this.keyEnd - this.keyStart === name.length && this.src.startsWith(name, this.keyStart);
  }

  /** Add the key node() read to a map; a key already there is not sure (the library reports it). */
  protected addKey(map: MapKeys): void {
    const src = this.src;
    const start = this.keyStart;
    const end = this.keyEnd;
    if (map.names !== undefined) {
      const name = src.slice(start, end);
      if (map.names.has(name)) notSure();
      map.names.add(name);
    } else {
      const spans = map.spans;
      const len = end - start;
      for (let j = 0; j < spans.length; j += 2) {
        const s = spans[j]!;
        if (spans[j + 1]! - s !== len) continue;
        let n = 0;
        while (n < len && src.charCodeAt(s + n) === src.charCodeAt(start + n)) n++;
        if (n === len) notSure();
      }
      spans.push(start, end);
      if (spans.length > 2 * SMALL_MAP) {
        map.names = new Set();
        for (let j = 0; j < spans.length; j += 2) map.names.add(src.slice(spans[j]!, spans[j + 1]!));
      }
    }
  }

  /**
   * The node at k up to the line's end: a key (returns true; keyStart, keyEnd, afterColon) or a
   * one-line scalar with nothing but a comment after it (returns false; valStart, valEnd, valStyle).
   * Anything else: not sure.
   */
  protected node(k: number, end: number): boolean {
    const src = this.src;
    const c = src.charCodeAt(k);
    if (c === DQUOTE || c === SQUOTE) {
      let q = k + 1;
      while (q < end && src.charCodeAt(q) !== c) {
        if (c === DQUOTE && src.charCodeAt(q) === BACKSLASH) notSure();
        q++;
      }
      if (q === end) notSure(); // runs on to another line
      const r = q + 1;
      if (c === SQUOTE && src.charCodeAt(r) === SQUOTE) notSure(); // '' escape
      if (r < end && src.charCodeAt(r) === COLON && (r + 1 === end || src.charCodeAt(r + 1) === SPACE)) {
        this.keyStart = k + 1;
        this.keyEnd = q;
        this.afterColon = r + 1;
        return true;
      }
      this.trailing(r, end);
      this.valStyle = c === DQUOTE ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE';
      this.valStart = k;
      this.valEnd = r;
      return false;
    }
    if (c < 128 && INDICATOR[c] === 1) notSure();
    // The scalar runs to a comment (` #`) or the line's end; a `: ` (or `:` last) before that makes it a key.
    let p = this.next(HASH, k);
    while (p < end && src.charCodeAt(p - 1) !== SPACE) p = this.next(HASH, p + 1);
    if (p > end) p = end;
    for (let colon = this.next(COLON, k); colon < p; colon = this.next(COLON, colon + 1)) {
      if (colon + 1 === end || src.charCodeAt(colon + 1) === SPACE) {
        this.plainKey(k, colon);
        this.keyStart = k;
        this.keyEnd = colon;
        this.afterColon = colon + 1;
        return true;
      }
    }
    let e = p;
    while (src.charCodeAt(e - 1) === SPACE) e--;
    this.valStyle = 'PLAIN';
    this.valStart = k;
    this.valEnd = e;
    return false;
  }

  /**
   * The first `#` or `:` at or after `from` (the text's length when none). Each is looked up again only
   * once passed, so every line costs a look only where one of them is, and the whole text one scan.
   */
  private next(ch: typeof HASH | typeof COLON, from: number): number {
    if (ch === HASH) {
      if (this.hashAt < from) this.hashAt = this.find('#', from);
      return this.hashAt;
    }
    if (this.colonAt < from) this.colonAt = this.find(':', from);
    return this.colonAt;
  }

  private find(ch: string, from: number): number {
    const at = this.src.indexOf(ch, from);
    return at === -1 ? this.src.length : at;
  }

  /** A plain key must be a name that is a string (else not sure). */
  private plainKey(start: number, end: number): void {
    const src = this.src;
    const first = src.charCodeAt(start);
    if (first >= 128 || KEY_FIRST[first] !== 1) notSure();
    for (let p = start + 1; p < end; p++) {
      const ch = src.charCodeAt(p);
      if (ch >= 128 || KEY_REST[ch] !== 1) notSure();
    }
    const len = end - start;
    if ((len === 4 || len === 5) && NON_STRING_WORD.test(src.slice(start, end))) notSure();
  }
}
