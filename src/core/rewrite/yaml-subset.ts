// A reader for the plain shape nearly every compose file and Kubernetes manifest takes: block maps
// and sequences, one-line plain or quoted scalars, comments, `---` between documents. It finds the
// `image:` values and the manifest signs the yaml library would find, in one pass over the lines
// (the library builds a node per scalar and was the limit on big files), and answers undefined
// ("not sure") the moment the text steps outside that shape: flow collections, anchors, aliases,
// tags, block or multi-line scalars, escapes, tabs, directives, a BOM, odd indentation, repeated
// keys. The library then reads the whole text, so what is found never depends on which one read it.

/** How a scalar is written, in the yaml library's words (`Scalar.type`). */
export type ScalarStyle = string;

/** A string scalar that is the value of an `image:` key, with its source range as the library gives it. */
export interface ImageValue {
  readonly value: string;
  readonly style: ScalarStyle;
  /** Source range of the scalar, quotes included. */
  readonly start: number;
  readonly end: number;
  readonly line: number;
  /** The map holding the pair also has a `build:` key (it names the image a service builds). */
  readonly build: boolean;
}

/** What a document's top-level map says about it (see isManifestRoot in yaml.ts). */
export interface ManifestSigns {
  /** The first `services` key's value is a map. */
  readonly servicesMap: boolean;
  /** The first `apiVersion` and `kind` keys' values are string scalars. */
  readonly apiVersionString: boolean;
  readonly kindString: boolean;
}

export interface SubsetDocument {
  readonly values: readonly ImageValue[];
  readonly signs: ManifestSigns;
}

/**
 * Characters the reader does not judge: tabs (indentation rules), control characters, a BOM, YAML 1.1
 * line breaks, a carriage return not followed by a line feed.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is its purpose
const OUTSIDE_SUBSET_CHARS = /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\u2028\u2029]/;
const LONE_CR = /\r(?!\n)/;

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

/** The library measures an implicit key's `:` from the key's start; keep well inside its 1024. */
const MAX_KEY_SPAN = 1000;
/** Beyond this many keys a map checks repeats with a set instead of comparing spans. */
const SMALL_MAP = 16;

const CR = 13;
const SPACE = 32;
const HASH = 35;
const DASH = 45;
const DOT = 46;
const COLON = 58;
const DQUOTE = 34;
const SQUOTE = 39;
const BACKSLASH = 92;
const PERCENT = 37;

/** First characters of a plain scalar the reader leaves to the library (YAML's indicators, all of them). */
const INDICATOR = new Uint8Array(128);
for (const c of '-?:,[]{}#&*!|>\'"%@`') INDICATOR[c.charCodeAt(0)] = 1;

/** An open block collection. Frames are reused by depth: a big file opens millions of them. */
interface Frame {
  col: number;
  seq: boolean;
  /** A sequence at its key's own indentation (`key:\n- a`), which a key at that column ends. */
  sameIndent: boolean;
  /** A map's keys as source spans [start, end, start, end...], while it is small. */
  readonly spans: number[];
  /** A big map's keys. */
  names: Set<string> | undefined;
  build: boolean;
  /** The index of this map's image: value in the document's list, or -1. */
  image: number;
}

/** Thrown inside the reader when the text is outside its subset. */
const NOT_SURE = new Error('outside the YAML subset');

/** The documents of a YAML text in the plain subset, or undefined when the library must read it. */
export function readYamlSubset(source: string): SubsetDocument[] | undefined {
  if (OUTSIDE_SUBSET_CHARS.test(source) || (source.includes('\r') && LONE_CR.test(source))) return undefined;
  try {
    return new SubsetReader(source).read();
  } catch (e) {
    if (e === NOT_SURE) return undefined;
    throw e;
  }
}

function notSure(): never {
  throw NOT_SURE;
}

interface MutableImageValue extends ImageValue {
  build: boolean;
}

class SubsetReader {
  private readonly docs: SubsetDocument[] = [];
  private readonly frames: Frame[] = [];
  private depth = 0;
  private rooted = false;
  private values: MutableImageValue[] = [];
  private servicesMap = false;
  private apiVersionString = false;
  private kindString = false;
  private line = 0;
  /** After a scalar value, a line more indented than this would continue it (or be an error). */
  private maxCol = Number.POSITIVE_INFINITY;
  /** A key or `-` with nothing after it: the column whose next line opens its value, or -1. */
  private pendingCol = -1;
  /** The pending key is the top-level `services`. */
  private pendingServices = false;
  private pendingIsKey = false;
  // The node last read by node(): a key (its text's span, and where its `:` ends) or a scalar.
  private keyStart = 0;
  private keyEnd = 0;
  private afterColon = 0;
  private valStart = 0;
  private valEnd = 0;
  private valStyle: ScalarStyle = 'PLAIN';
  private hashAt = -1;
  private colonAt = -1;

  constructor(private readonly src: string) {}

  read(): SubsetDocument[] {
    const src = this.src;
    const len = src.length;
    let pos = 0;
    while (pos < len) {
      this.line++;
      let eol = src.indexOf('\n', pos);
      if (eol === -1) eol = len;
      const end = eol > pos && src.charCodeAt(eol - 1) === CR ? eol - 1 : eol;
      let i = pos;
      while (i < end && src.charCodeAt(i) === SPACE) i++;
      if (i < end) {
        const c = src.charCodeAt(i);
        if (c !== HASH && !(i === pos && (c === DASH || c === DOT || c === PERCENT) && this.marker(i, end)))
          this.content(i, end, i - pos);
      }
      pos = eol + 1;
    }
    this.endDocument();
    return this.docs;
  }

  /** `---` between documents (true), a plain line starting with `-` (false), else not sure. */
  private marker(i: number, end: number): boolean {
    const src = this.src;
    const c = src.charCodeAt(i);
    const three = src.charCodeAt(i + 1) === c && src.charCodeAt(i + 2) === c;
    if (c === DASH && !three) return false;
    if (c !== DASH || !three) return notSure(); // `...`, `%` directives and anything like them
    const after = i + 3;
    if (after < end && src.charCodeAt(after) !== SPACE) return notSure();
    this.trailing(after, end);
    this.endDocument();
    return true;
  }

  /** After a node: spaces, then nothing or a comment; else not sure. */
  private trailing(p: number, end: number): void {
    const src = this.src;
    let q = p;
    while (q < end && src.charCodeAt(q) === SPACE) q++;
    if (q < end && (q === p || src.charCodeAt(q) !== HASH)) notSure();
  }

  private endDocument(): void {
    this.settlePending(false);
    while (this.depth > 0) this.pop();
    if (this.rooted)
      this.docs.push({
        values: this.values,
        signs: {
          servicesMap: this.servicesMap,
          apiVersionString: this.apiVersionString,
          kindString: this.kindString,
        },
      });
    this.rooted = false;
    this.values = [];
    this.servicesMap = this.apiVersionString = this.kindString = false;
    this.maxCol = Number.POSITIVE_INFINITY;
  }

  /** The value of a pending key or entry is known: a map (true) or anything else. */
  private settlePending(map: boolean): void {
    if (this.pendingServices) this.servicesMap = map;
    this.pendingCol = -1;
    this.pendingServices = false;
    this.pendingIsKey = false;
  }

  private isDash(i: number, end: number): boolean {
    return this.src.charCodeAt(i) === DASH && (i + 1 === end || this.src.charCodeAt(i + 1) === SPACE);
  }

  /** A line with content at i (column col). */
  private content(i: number, end: number, col: number): void {
    if (col > this.maxCol) notSure();
    this.maxCol = Number.POSITIVE_INFINITY;
    const dash = this.isDash(i, end);
    const pending = this.pendingCol;
    if (pending !== -1 && (col > pending || (col === pending && dash && this.pendingIsKey))) {
      this.settlePending(!dash);
      this.open(col, dash, col === pending);
    } else {
      this.settlePending(false);
      this.align(col, dash);
    }
    const top = this.frames[this.depth - 1]!;
    if (top.seq) this.entry(i, end, top);
    else this.pair(i, end, top);
  }

  private open(col: number, seq: boolean, sameIndent: boolean): Frame {
    let frame = this.frames[this.depth];
    if (frame === undefined) {
      frame = { col, seq, sameIndent, spans: [], names: undefined, build: false, image: -1 };
      this.frames.push(frame);
    } else {
      frame.col = col;
      frame.seq = seq;
      frame.sameIndent = sameIndent;
      frame.spans.length = 0;
      frame.names = undefined;
      frame.build = false;
      frame.image = -1;
    }
    this.depth++;
    return frame;
  }

  /** Close the innermost collection; a map with `build:` marks its image: value. */
  private pop(): void {
    const frame = this.frames[--this.depth]!;
    if (frame.build && frame.image !== -1) this.values[frame.image]!.build = true;
    frame.names = undefined;
  }

  /** Close what a line at col ends; the collection it continues must be at exactly col. */
  private align(col: number, dash: boolean): void {
    while (this.depth > 0 && this.frames[this.depth - 1]!.col > col) this.pop();
    if (this.depth === 0) {
      if (this.rooted) notSure(); // a second top-level node
      this.rooted = true;
      this.open(col, dash, false);
      return;
    }
    let top = this.frames[this.depth - 1]!;
    if (top.col !== col) notSure();
    if (top.seq && !dash) {
      if (!top.sameIndent) notSure();
      this.pop();
      top = this.frames[this.depth - 1]!;
    }
    if (top.seq !== dash) notSure();
  }

  /** `- ...` in a sequence. */
  private entry(i: number, end: number, seq: Frame): void {
    const src = this.src;
    let k = i + 1;
    while (k < end && src.charCodeAt(k) === SPACE) k++;
    if (k === end || src.charCodeAt(k) === HASH) {
      this.pendingCol = seq.col;
      return;
    }
    if (this.isDash(k, end)) notSure(); // a sequence inside an entry
    if (this.node(k, end)) this.afterKey(this.open(seq.col + (k - i), false, false), k, end);
    else this.maxCol = seq.col;
  }

  /** `key: ...` in a map. */
  private pair(i: number, end: number, map: Frame): void {
    if (!this.node(i, end)) notSure();
    this.afterKey(map, i, end);
  }

  /** Whether the key node() read is `name`. */
  private keyIs(name: string): boolean {
    return this.keyEnd - this.keyStart === name.length && this.src.startsWith(name, this.keyStart);
  }

  /** After a key read by node(): record it, then read its value on this line or leave it pending. */
  private afterKey(map: Frame, nodeStart: number, end: number): void {
    const src = this.src;
    if (this.afterColon - nodeStart > MAX_KEY_SPAN) notSure();
    this.addKey(map);
    const root = this.depth === 1;
    const image = this.keyIs('image');
    let q = this.afterColon;
    while (q < end && src.charCodeAt(q) === SPACE) q++;
    if (q === end || src.charCodeAt(q) === HASH) {
      this.pendingCol = map.col;
      this.pendingIsKey = true;
      this.pendingServices = root && this.keyIs('services');
      return;
    }
    let apiVersion = false;
    let kind = false;
    if (root) {
      apiVersion = this.keyIs('apiVersion');
      kind = !apiVersion && this.keyIs('kind');
    }
    if (this.node(q, end)) notSure(); // `a: b: c`
    this.maxCol = map.col;
    if (!image && !apiVersion && !kind) return;
    const value = src.slice(this.valStart, this.valEnd);
    const style = this.valStyle;
    const quoted = style !== 'PLAIN';
    const isString = quoted || plainIsString(value);
    if (apiVersion) this.apiVersionString = isString;
    if (kind) this.kindString = isString;
    if (!image || !isString) return;
    map.image = this.values.length;
    this.values.push({
      value: quoted ? value.slice(1, -1) : value,
      style,
      start: this.valStart,
      end: this.valEnd,
      line: this.line,
      build: false,
    });
  }

  /** Add the key node() read to a map; a key already there is not sure (the library reports it). */
  private addKey(map: Frame): void {
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
    if (this.keyIs('build')) map.build = true;
  }

  /**
   * The node at k up to the line's end: a key (returns true; keyStart, keyEnd, afterColon) or a
   * one-line scalar with nothing but a comment after it (returns false; valStart, valEnd, valStyle).
   * Anything else: not sure.
   */
  private node(k: number, end: number): boolean {
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
