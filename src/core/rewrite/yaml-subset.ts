// A reader for the plain shape nearly every compose file and Kubernetes manifest takes: block maps
// and sequences, one-line plain or quoted scalars, comments, `---` between documents. It finds the
// `image:` values and the manifest signs the yaml library would find, in one pass over the lines
// (the library builds a node per scalar and was the limit on big files), and answers undefined
// ("not sure") the moment the text steps outside that shape: flow collections, anchors, aliases,
// tags, block or multi-line scalars, escapes, tabs, directives, a BOM, odd indentation, repeated
// keys. The library then reads the whole text, so what is found never depends on which one read it.
// This file holds the block structure (maps, sequences, documents, what the image values and the
// manifest signs are); yaml-nodes.ts reads the key or scalar on each line.

import {
  hasCharsOutsideSubset,
  type MapKeys,
  NOT_SURE,
  NodeScanner,
  notSure,
  plainIsString,
  type ScalarStyle,
} from './yaml-nodes.js';

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
  /** An anchored value that is also read at this line, not as an image (see yaml-library.ts). */
  readonly sharedWith?: number;
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

/** The library measures an implicit key's `:` from the key's start; keep well inside its 1024. */
const MAX_KEY_SPAN = 1000;

const CR = 13;
const SPACE = 32;
const HASH = 35;
const DASH = 45;
const DOT = 46;
const PERCENT = 37;

/** An open block collection. Frames are reused by depth: a big file opens millions of them. */
interface Frame extends MapKeys {
  col: number;
  seq: boolean;
  /** A sequence at its key's own indentation (`key:\n- a`), which a key at that column ends. */
  sameIndent: boolean;
  build: boolean;
  /** The index of this map's image: value in the document's list, or -1. */
  image: number;
}

/** The documents of a YAML text in the plain subset, or undefined when the library must read it. */
export function readYamlSubset(source: string): SubsetDocument[] | undefined {
  if (hasCharsOutsideSubset(source)) return undefined;
  try {
    return new SubsetReader(source).read();
  } catch (e) {
    if (e === NOT_SURE) return undefined;
    throw e;
  }
}

interface MutableImageValue extends ImageValue {
  build: boolean;
}

class SubsetReader extends NodeScanner {
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

  /** After a key read by node(): record it, then read its value on this line or leave it pending. */
  private afterKey(map: Frame, nodeStart: number, end: number): void {
    const src = this.src;
    if (this.afterColon - nodeStart > MAX_KEY_SPAN) notSure();
    this.addKey(map);
    if (this.keyIs('build')) map.build = true;
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
}
