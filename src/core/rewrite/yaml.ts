// YAML: which documents of a file hold image references (decided per document by how the user
// reached the file), and the span of each string `image:` value, so a rewrite splices over exactly
// that value. The plain shape of most files is read by yaml-subset.ts; anything else by the yaml
// library, from the source ranges it keeps on every node. Both give the same values and signs.

import type { RegistryTarget } from '../image/rules.js';
import { lineIndex, lineOf } from '../lines.js';
import {
  byLine,
  type Candidate,
  candidateImages,
  type Finding,
  isTemplated,
  type Rewrite,
  rewriteCandidates,
} from './edits.js';
import { libraryDocuments, type ReadDocument } from './yaml-library.js';
import type { YamlOrigin } from './yaml-origin.js';
import { type ImageValue, type ManifestSigns, readYamlSubset } from './yaml-subset.js';

export type { YamlOrigin } from './yaml-origin.js';

/** Compose files (a top-level `services:` map) and Kubernetes objects (`apiVersion` and `kind`, any kind). */
export function isManifestRoot(signs: ManifestSigns): boolean {
  return signs.servicesMap || (signs.apiVersionString && signs.kindString);
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

/** The subset reader's documents when it is sure of the whole text (see yaml-subset.ts). */
function subsetDocuments(source: string): ReadDocument[] | undefined {
  return readYamlSubset(source)?.map((d) => ({ errors: [], values: d.values, signs: () => d.signs }));
}

/**
 * Which reader reads a YAML text: the subset reader, falling back to the yaml library for anything
 * outside its subset (the default), or the library alone (the reference the subset is tested against).
 */
export type YamlReader = 'subset' | 'library';

/**
 * The longest document (in characters) the library reads in a file met in a directory walk. The
 * library needs about 100 times a document's size while it reads it (a 12 MB data file took 1.4 GB;
 * one of 48 MB ended the process), and up to 2 s a MB. So a longer document that the subset reader
 * cannot take is not judged: it is left alone with a note, and the documents after it and the walk
 * go on. A walk then peaks at Node's own ~45 MB plus about 6 times its largest file (122 MB for a
 * 12 MB data file; see bench/big-files.ts). A file the user chose is read whatever its size.
 */
export const WALKED_DOCUMENT_LIMIT = 128 * 1024;

const TOO_BIG = `too big to judge: a document over ${WALKED_DOCUMENT_LIMIT / 1024} KB that is not in the plain YAML read quickly (the YAML library would need about 100 times its size in memory); left alone: name the file, or choose it with --include or --type yaml, to rewrite it`;

/** `image:` values in YAML documents (compose files, Kubernetes manifests of any kind), decided per document. */
export function scanYaml(
  source: string,
  origin: YamlOrigin = {},
  reader: YamlReader = 'subset',
): { candidates: Candidate[]; errors: Finding[]; notes: Finding[] } {
  const scan = { candidates: [] as Candidate[], errors: [] as Finding[], notes: [] as Finding[] };
  const subset = reader === 'subset' ? subsetDocuments(source) : undefined;
  // Built on first use: a file left alone as too big needs one line, not an index of all of them.
  let index: ((offset: number) => number) | undefined;
  const lineAt = (offset: number) => {
    if (subset) return 0;
    index ??= lineIndex(source);
    return index(offset);
  };
  const limit = origin.chosen === false ? WALKED_DOCUMENT_LIMIT : undefined;
  for (const doc of subset ?? libraryDocuments(source, lineAt, limit))
    scanDocument(source, doc, origin, lineAt, scan);
  scan.notes.sort(byLine);
  return scan;
}

/** One document's findings, added to the scan: its errors, or its candidates and notes by origin. */
function scanDocument(
  source: string,
  doc: ReadDocument,
  origin: YamlOrigin,
  lineAt: (offset: number) => number,
  { candidates, errors, notes }: { candidates: Candidate[]; errors: Finding[]; notes: Finding[] },
): void {
  if (doc.tooBig !== undefined) {
    // Its first line of content: one line counted, not an index of every line of a big file.
    const content = /\S/g;
    content.lastIndex = doc.tooBig;
    notes.push({
      line: lineOf(source, content.test(source) ? content.lastIndex - 1 : doc.tooBig),
      message: TOO_BIG,
    });
    return;
  }
  for (const e of doc.errors) errors.push({ line: lineAt(e.pos), message: `YAML: ${e.message}` });
  if (doc.errors.length > 0) return;
  const found = imageFindings(source, doc.values);
  const values = found.candidates.length + found.notes.length;
  if (values === 0) return;
  // Loops, not Math.min(...lines) or push(...list): 200,000 values overflow the call stack.
  let first = Number.POSITIVE_INFINITY;
  for (const { line } of found.candidates) first = Math.min(first, line);
  for (const { line } of found.notes) first = Math.min(first, line);
  const leftAlone = documentLeftAlone(() => isManifestRoot(doc.signs()), origin, values);
  if (leftAlone) {
    notes.push({ line: first, message: leftAlone });
    return;
  }
  if (origin.workflow && found.candidates.length > 0)
    notes.push({ line: first, message: `${WORKFLOW_PULLS}; rewritten for later runs of this file` });
  for (const c of found.candidates) candidates.push(c);
  for (const n of found.notes) notes.push(n);
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
    if (v.sharedWith !== undefined) {
      notes.push({
        line,
        message: `${v.value}: an anchored value also read at line ${v.sharedWith}, where it is not an image: value; left alone`,
      });
      continue;
    }
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
