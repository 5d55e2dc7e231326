// YAML read by the yaml library: the reference reading, and the reader of every text outside the
// subset yaml-subset.ts takes. Documents are read one at a time (lexer, parser and composer as a
// stream), so what is held is one document's tree, never the file's; a caller that must bound its
// memory gives a size past which a document is not read at all.

import {
  Composer,
  type CST,
  type Document,
  isAlias,
  isCollection,
  isMap,
  isPair,
  isScalar,
  Lexer,
  type Node,
  Parser,
  type Scalar,
  visit,
  type YAMLMap,
} from 'yaml';
import type { ImageValue, ManifestSigns } from './yaml-subset.js';

/** One document as read: its errors (the library's, then repeated keys), image: values and manifest signs. */
export interface ReadDocument {
  readonly errors: readonly { pos: number; message: string }[];
  readonly values: readonly ImageValue[];
  signs(): ManifestSigns;
  /** Set when the document ran past the reader's limit and was not read: where it starts. */
  readonly tooBig?: number;
}

/** A line that starts with `---` or `...` alone: the end of a document, in any scalar or collection. */
const DOCUMENT_MARKER = /\n(?:---|\.\.\.)(?=[ \t\r\n]|$)/g;

/**
 * The parser's tokens, fed one lexeme at a time (what Parser#parse does) so that a document that
 * runs past `limit` characters is given up before its syntax tree grows with it (the tree costs
 * about 100 times the text). Reading goes on at the next line that starts with `---` or `...`:
 * YAML allows no such line inside a document, and the library's lexer ends one there too.
 * `skipped` gets where each document given up starts.
 */
function* tokens(source: string, limit: number, skipped: number[]): Generator<CST.Token> {
  let from = 0;
  for (;;) {
    const parser = new Parser();
    parser.offset = from;
    let start = from;
    let tooBig = false;
    for (const lexeme of new Lexer().lex(from === 0 ? source : source.slice(from))) {
      for (const token of parser.next(lexeme)) {
        yield token;
        start = parser.offset;
      }
      if (parser.offset - start > limit) {
        tooBig = true;
        break;
      }
    }
    if (!tooBig) return yield* parser.end();
    skipped.push(start);
    DOCUMENT_MARKER.lastIndex = parser.offset - 1;
    const end = DOCUMENT_MARKER.exec(source);
    if (end === null) return;
    from = end.index + 1;
  }
}

/** ` at line L, column C` of an offset, as the library words it (nothing for -1: no place). */
function place(source: string, pos: number, lineAt: (offset: number) => number): string {
  if (pos === -1) return '';
  const column = pos === 0 ? 1 : pos - source.lastIndexOf('\n', pos - 1);
  return ` at line ${lineAt(pos)}, column ${column}`;
}

/**
 * Keys repeated in a map, in the yaml library's words. The library finds them by comparing each key
 * with every earlier one, quadratic in a map's size (a compose file of 200,000 services took
 * minutes), so documents are parsed without that check and each map's keys go through one set here.
 * Keys are equal as the library has it: the same node, or scalars with the same value.
 */
function duplicateKeys(doc: Document): number[] {
  const found: number[] = [];
  const check = (map: YAMLMap) => {
    if (map.items.length < 2) return;
    const seen = new Set<unknown>();
    for (const pair of map.items) {
      const key = pair.key;
      const value = isScalar(key) ? key.value : key;
      if (Number.isNaN(value)) continue; // NaN equals nothing, not even itself
      if (!seen.has(value)) {
        seen.add(value);
        continue;
      }
      const pos = (key as { range?: [number, number, number] } | null)?.range?.[0];
      if (pos !== undefined) found.push(pos);
    }
  };
  visit(doc, {
    Map(_key, map) {
      check(map);
    },
  });
  return found;
}

/**
 * The documents of a text, read by the library one at a time; a document longer than `limit`
 * characters is not read (it comes last, with `tooBig`). Errors are the library's words and place
 * (the first line of what its parseAllDocuments says, without the excerpt that follows).
 */
export function* libraryDocuments(
  source: string,
  lineAt: (offset: number) => number,
  limit = Number.POSITIVE_INFINITY,
): Iterable<ReadDocument> {
  const skipped: number[] = [];
  for (const doc of new Composer({ uniqueKeys: false }).compose(tokens(source, limit, skipped))) {
    const errors = [
      ...doc.errors.map((e) => ({ pos: e.pos[0], message: e.message + place(source, e.pos[0], lineAt) })),
      ...duplicateKeys(doc).map((pos) => ({
        pos,
        message: `Map keys must be unique${place(source, pos, lineAt)}`,
      })),
    ].sort((a, b) => a.pos - b.pos);
    yield {
      errors,
      values: errors.length > 0 ? [] : libraryImageValues(doc, lineAt),
      signs: () => manifestSigns(doc),
    };
  }
  const none = { servicesMap: false, apiVersionString: false, kindString: false };
  for (const tooBig of skipped) yield { errors: [], values: [], signs: () => none, tooBig };
}

/** What a document's top-level map says about it (see isManifestRoot in yaml.ts). */
function manifestSigns(doc: Document): ManifestSigns {
  const root = doc.contents;
  const value = (key: string) =>
    isMap(root)
      ? root.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key)?.value
      : undefined;
  const scalarString = (n: unknown) => isScalar(n) && typeof n.value === 'string';
  return {
    servicesMap: isMap(value('services')),
    apiVersionString: scalarString(value('apiVersion')),
    kindString: scalarString(value('kind')),
  };
}

const isImageKey = (pair: unknown) => isPair(pair) && isScalar(pair.key) && pair.key.value === 'image';
/** A pair whose key starts with `x-`: a compose extension field, which compose ignores. */
const isExtensionField = (pair: unknown) =>
  isPair(pair) && isScalar(pair.key) && typeof pair.key.value === 'string' && pair.key.value.startsWith('x-');
const hasBuildKey = (map: unknown) =>
  isMap(map) && map.items.some((p) => isPair(p) && isScalar(p.key) && p.key.value === 'build');

/** How an anchored string scalar is used through its aliases. */
interface AliasUses {
  /** Some alias of it is an `image:` value; `build` when such a map also has `build:`. */
  image: boolean;
  build: boolean;
  /** The line of the first alias of it that is not an `image:` value (nor in an `x-` field). */
  otherLine?: number;
}

/**
 * The string scalars at `image:` in a library document, in document order: the pair's own value, or,
 * through an alias (`image: *img`), the anchored scalar it names (compose files often keep an image
 * in an `x-` field: `x-image: &img nginx`).
 *
 * The rule for an anchored value: it is rewritten only when each place that reads it is an `image:`
 * value. Those places are its aliases and its anchor's own place, except where that is inside an
 * `x-` field, which compose ignores (such fields exist to hold anchors). Any other place (an
 * environment value, a label, an annotation) reads the same text, and rewriting it would change that
 * value too: the value is left alone with a note naming that place's line. Anchors are matched as
 * the library resolves them: the last one of that name before the alias.
 */
function libraryImageValues(doc: Document, lineAt: (offset: number) => number): ImageValue[] {
  const values: ImageValue[] = [];
  const direct = new Map<Scalar, number>(); // image: values as written, by index in values
  const anchors = new Map<string, Node>();
  /** Anchored scalars whose own place is a use that is not an image: value, with its line. */
  const heldAsData = new Map<Scalar, number>();
  const aliased = new Map<Scalar, AliasUses>();
  const imageValue = (value: Scalar, build: boolean, sharedWith?: number): ImageValue => ({
    value: value.value as string,
    style: value.type ?? '',
    start: value.range![0],
    end: value.range![1],
    line: lineAt(value.range![0]),
    build,
    ...(sharedWith !== undefined && { sharedWith }),
  });
  visit(doc, (key, node, path) => {
    const parent = path[path.length - 1];
    if ((isScalar(node) || isCollection(node)) && node.anchor) {
      anchors.set(node.anchor, node);
      const image = key === 'value' && isImageKey(parent);
      if (isScalar(node) && node.range && !image && !path.some(isExtensionField))
        heldAsData.set(node, lineAt(node.range[0]));
    }
    if (isPair(node)) {
      const value = node.value;
      if (!isImageKey(node) || !isScalar(value) || typeof value.value !== 'string' || !value.range) return;
      direct.set(value, values.length);
      values.push(imageValue(value, hasBuildKey(parent)));
    } else if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (!isScalar(target) || typeof target.value !== 'string' || !target.range) return;
      const uses = aliased.get(target) ?? { image: false, build: false };
      aliased.set(target, uses);
      if (key === 'value' && isImageKey(parent)) {
        uses.image = true;
        uses.build ||= hasBuildKey(path[path.length - 2]);
      } else if (uses.otherLine === undefined && !path.some(isExtensionField)) {
        uses.otherLine = lineAt(node.range?.[0] ?? target.range[0]);
      }
    }
  });
  if (aliased.size === 0) return values;
  for (const [target, uses] of aliased) {
    const at = direct.get(target);
    if (at === undefined && !uses.image) continue;
    const other = heldAsData.get(target) ?? uses.otherLine;
    const value = imageValue(target, uses.build || (at !== undefined && values[at]!.build), other);
    if (at === undefined) values.push(value);
    else values[at] = value;
  }
  return values.sort((a, b) => a.start - b.start);
}
