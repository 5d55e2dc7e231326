// YAML: which documents of a file hold image references (decided per document by how the user
// reached the file), and the span of each string `image:` value, so a rewrite splices over exactly
// that value. The plain shape of most files is read by yaml-subset.ts; anything else by the yaml
// library, from the source ranges it keeps on every node. Both give the same values and signs.

import { type Document, isMap, isPair, isScalar, parseAllDocuments, visit, type YAMLMap } from 'yaml';
import type { RegistryTarget } from '../image/rules.js';
import { lineIndex } from '../lines.js';
import {
  byLine,
  type Candidate,
  candidateImages,
  type Finding,
  isTemplated,
  type Rewrite,
  rewriteCandidates,
} from './edits.js';
import type { YamlOrigin } from './yaml-origin.js';
import { type ImageValue, type ManifestSigns, readYamlSubset } from './yaml-subset.js';

export type { YamlOrigin } from './yaml-origin.js';

/** Compose files (a top-level `services:` map) and Kubernetes objects (`apiVersion` and `kind`, any kind). */
export function isManifestRoot(signs: ManifestSigns): boolean {
  return signs.servicesMap || (signs.apiVersionString && signs.kindString);
}

/** What a document parsed by the yaml library says about being a container manifest. */
export function isContainerManifest(doc: Document): boolean {
  const root = doc.contents;
  if (!isMap(root)) return false;
  const value = (key: string) =>
    root.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key)?.value;
  const scalarString = (n: unknown) => isScalar(n) && typeof n.value === 'string';
  return isManifestRoot({
    servicesMap: isMap(value('services')),
    apiVersionString: scalarString(value('apiVersion')),
    kindString: scalarString(value('kind')),
  });
}

const NOT_A_MANIFEST =
  'this document is not a compose file (a top-level services: map) or a Kubernetes object (apiVersion and kind); name the file, or choose it with --include or --type yaml, to rewrite it';
const WORKFLOW_PULLS =
  'a GitHub Actions workflow: the runner pulls job container: and services: images before any step runs, so a rewrite in the same job cannot redirect those pulls';

/** The note for a document whose image: values are left alone, or undefined when they are rewritten. */
function documentLeftAlone(
  isManifest: () => boolean,
  origin: YamlOrigin,
  values: number,
): string | undefined {
  if (origin.chosen !== false || (!origin.workflow && isManifest())) return undefined;
  const count = `${values} image: value${values === 1 ? '' : 's'} left alone`;
  if (origin.workflow) return `${WORKFLOW_PULLS}; ${count} (name the file to rewrite it for later runs)`;
  return `${count}: ${NOT_A_MANIFEST}`;
}

/**
 * Keys repeated in a map, in the yaml library's words. The library finds them by comparing each key
 * with every earlier one, quadratic in a map's size (a compose file of 200,000 services took
 * minutes), so documents are parsed without that check and each map's keys go through one set here.
 * Keys are equal as the library has it: the same node, or scalars with the same value.
 */
function duplicateKeys(
  source: string,
  doc: Document,
  lineAt: (offset: number) => number,
): { pos: number; message: string }[] {
  const found: { pos: number; message: string }[] = [];
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
      if (pos === undefined) continue;
      const lineStart = source.lastIndexOf('\n', pos - 1) + 1;
      const at = `line ${lineAt(pos)}, column ${pos - lineStart + 1}`;
      found.push({ pos, message: `Map keys must be unique at ${at}:` });
    }
  };
  visit(doc, {
    Map(_key, map) {
      check(map);
    },
  });
  return found;
}

/** One document as read: its errors (the library's, then repeated keys), image: values and manifest rule. */
interface ReadDocument {
  readonly errors: readonly { pos: number; message: string }[];
  readonly values: readonly ImageValue[];
  isManifest(): boolean;
}

/** Every document read by the yaml library (the reference reading, for any YAML). */
function* libraryDocuments(source: string, lineAt: (offset: number) => number): Iterable<ReadDocument> {
  for (const doc of parseAllDocuments(source, { uniqueKeys: false })) {
    const errors = [
      ...doc.errors.map((e) => ({ pos: e.pos[0], message: e.message.split('\n')[0]! })),
      ...duplicateKeys(source, doc, lineAt),
    ].sort((a, b) => a.pos - b.pos);
    yield {
      errors,
      values: errors.length > 0 ? [] : libraryImageValues(doc, lineAt),
      isManifest: () => isContainerManifest(doc),
    };
  }
}

/** The string scalar values of `image:` keys in a library document, in document order. */
function libraryImageValues(doc: Document, lineAt: (offset: number) => number): ImageValue[] {
  const values: ImageValue[] = [];
  visit(doc, {
    Pair(_key, pair, path) {
      if (!isScalar(pair.key) || pair.key.value !== 'image' || !isScalar(pair.value)) return;
      const value = pair.value;
      if (typeof value.value !== 'string' || !value.range) return;
      const parent = path[path.length - 1];
      const build =
        isMap(parent) && parent.items.some((p) => isPair(p) && isScalar(p.key) && p.key.value === 'build');
      values.push({
        value: value.value,
        style: value.type ?? '',
        start: value.range[0],
        end: value.range[1],
        line: lineAt(value.range[0]),
        build,
      });
    },
  });
  return values;
}

/** The subset reader's documents when it is sure of the whole text (see yaml-subset.ts). */
function subsetDocuments(source: string): ReadDocument[] | undefined {
  return readYamlSubset(source)?.map((d) => ({
    errors: [],
    values: d.values,
    isManifest: () => isManifestRoot(d.signs),
  }));
}

/**
 * Which reader reads a YAML text: the subset reader, falling back to the yaml library for anything
 * outside its subset (the default), or the library alone (the reference the subset is tested against).
 */
export type YamlReader = 'subset' | 'library';

/** `image:` values in YAML documents (compose files, Kubernetes manifests of any kind), decided per document. */
export function scanYaml(
  source: string,
  origin: YamlOrigin = {},
  reader: YamlReader = 'subset',
): { candidates: Candidate[]; errors: Finding[]; notes: Finding[] } {
  const candidates: Candidate[] = [];
  const errors: Finding[] = [];
  const notes: Finding[] = [];
  const subset = reader === 'subset' ? subsetDocuments(source) : undefined;
  const lineAt = subset ? () => 0 : lineIndex(source);
  for (const doc of subset ?? libraryDocuments(source, lineAt)) {
    for (const e of doc.errors) errors.push({ line: lineAt(e.pos), message: `YAML: ${e.message}` });
    if (doc.errors.length > 0) continue;
    const found = imageFindings(source, doc.values);
    const values = found.candidates.length + found.notes.length;
    if (values === 0) continue;
    // Loops, not Math.min(...lines) or push(...list): 200,000 values overflow the call stack.
    let first = Number.POSITIVE_INFINITY;
    for (const { line } of found.candidates) first = Math.min(first, line);
    for (const { line } of found.notes) first = Math.min(first, line);
    const leftAlone = documentLeftAlone(doc.isManifest, origin, values);
    if (leftAlone) {
      notes.push({ line: first, message: leftAlone });
      continue;
    }
    if (origin.workflow && found.candidates.length > 0)
      notes.push({ line: first, message: `${WORKFLOW_PULLS}; rewritten for later runs of this file` });
    for (const c of found.candidates) candidates.push(c);
    for (const n of found.notes) notes.push(n);
  }
  return { candidates, errors, notes: notes.sort(byLine) };
}

/** The image: values of one document: candidates, and those left alone with a note. */
function imageFindings(
  source: string,
  values: readonly ImageValue[],
): { candidates: Candidate[]; notes: Finding[] } {
  const candidates: Candidate[] = [];
  const notes: Finding[] = [];
  for (const v of values) {
    const line = v.line;
    if (v.build) {
      notes.push({ line, message: `${v.value}: names the image this service builds; left alone` });
      continue;
    }
    if (isTemplated(v.value)) {
      notes.push({ line, message: `${v.value}: templated value; left alone` });
      continue;
    }
    const quoted = v.style === 'QUOTE_DOUBLE' || v.style === 'QUOTE_SINGLE';
    const start = v.start + (quoted ? 1 : 0);
    const end = v.end - (quoted ? 1 : 0);
    if (v.value === '') continue;
    if ((v.style !== 'PLAIN' && !quoted) || source.slice(start, end) !== v.value) {
      notes.push({ line, message: `${v.value}: written with escapes or as a block; left alone` });
      continue;
    }
    candidates.push({ start, end, line });
  }
  return { candidates, notes };
}

export function rewriteYaml(
  source: string,
  target: RegistryTarget,
  origin: YamlOrigin = {},
  reader?: YamlReader,
): Rewrite {
  const scan = scanYaml(source, origin, reader);
  if (scan.errors.length > 0)
    return { output: source, changes: [], notes: scan.notes, errors: scan.errors, images: [] };
  const result = rewriteCandidates(source, scan.candidates, target);
  return {
    ...result,
    notes: [...scan.notes, ...result.notes].sort(byLine),
    images: candidateImages(source, scan.candidates),
  };
}
