// Rewrites image references in Dockerfiles, image lists and YAML by splicing new text over the
// exact span of each reference. Nothing else is re-serialized, so every other byte survives.

import { type Document, isMap, isPair, isScalar, parseAllDocuments, visit } from 'yaml';
import { scanDockerfile } from '../dockerfile/scan.js';
import { mapImage, type RegistryTarget } from '../image/rules.js';
import { lineIndex } from '../lines.js';

export type FileKind = 'dockerfile' | 'list' | 'yaml';

/** A replacement of source[start, end) by text. */
export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** One reference that changed, for reports. */
export interface Change {
  readonly line: number;
  readonly from: string;
  readonly to: string;
}

export interface Finding {
  readonly line: number;
  readonly message: string;
  /** Set when no pull-through rule covers the reference (what `--strict` turns into a failure). */
  readonly unmapped?: boolean;
}

export interface Rewrite {
  readonly output: string;
  readonly changes: readonly Change[];
  /** References left alone, and why (no rule, a variable, templating). */
  readonly notes: readonly Finding[];
  /** Invalid references or unparsable input: the file must not be written. */
  readonly errors: readonly Finding[];
  /** Images the file makes a build or deployment pull, as written or with ARG defaults expanded. */
  readonly images: readonly { readonly image: string; readonly line: number }[];
}

/** A span of the source that holds an image reference (or only its repository). */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly nameOnly?: boolean;
}

/** Apply non-overlapping edits to a source text. */
export function applyEdits(source: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    if (e.start < at) throw new Error(`overlapping edits at offset ${e.start}`);
    out += source.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + source.slice(at);
}

/** Turn candidate spans into edits with the rules of `target`; the one place mapping meets text. */
export function rewriteCandidates(
  source: string,
  candidates: readonly Candidate[],
  target: RegistryTarget,
): Pick<Rewrite, 'output' | 'changes' | 'notes' | 'errors'> {
  const edits: Edit[] = [];
  const changes: Change[] = [];
  const notes: Finding[] = [];
  const errors: Finding[] = [];
  for (const c of candidates) {
    const text = source.slice(c.start, c.end);
    const m = mapImage(text, target);
    if (m.kind === 'invalid') errors.push({ line: c.line, message: m.error });
    else if (m.kind === 'unmapped')
      notes.push({ line: c.line, message: `${text}: ${m.reason}; left alone`, unmapped: true });
    else if (m.kind === 'mapped') {
      edits.push({ start: c.start, end: c.end, text: m.uri });
      changes.push({ line: c.line, from: text, to: m.uri });
    }
  }
  return { output: applyEdits(source, edits), changes, notes, errors };
}

export function rewriteDockerfile(source: string, target: RegistryTarget): Rewrite {
  const scan = scanDockerfile(source);
  const result = rewriteCandidates(source, scan.sites, target);
  return { ...result, notes: [...scan.notes, ...result.notes].sort(byLine), images: scan.images };
}

const byLine = (a: Finding, b: Finding) => a.line - b.line;
const TEMPLATING = /\{\{|\$/;

/** Image lists: one reference per line; blank lines and `#` comments are kept. */
export function scanImageList(source: string): {
  candidates: Candidate[];
  errors: Finding[];
  notes: Finding[];
} {
  const candidates: Candidate[] = [];
  const errors: Finding[] = [];
  const notes: Finding[] = [];
  let line = 0;
  for (let start = 0; start <= source.length; ) {
    line++;
    let nl = source.indexOf('\n', start);
    if (nl === -1) nl = source.length;
    const m = /^[ \t]*([^\s#]\S*)?[ \t\r]*(#.*)?\r?$/.exec(source.slice(start, nl));
    if (!m) {
      errors.push({
        line,
        message: 'expected one image reference per line (a trailing `# comment` is allowed)',
      });
    } else if (m[1] !== undefined) {
      const tokenStart = start + source.slice(start, nl).indexOf(m[1]);
      if (TEMPLATING.test(m[1])) notes.push({ line, message: `${m[1]}: templated value; left alone` });
      else candidates.push({ start: tokenStart, end: tokenStart + m[1].length, line });
    }
    start = nl + 1;
  }
  return { candidates, errors, notes };
}

export function rewriteImageList(source: string, target: RegistryTarget): Rewrite {
  const scan = scanImageList(source);
  const result = rewriteCandidates(source, scan.candidates, target);
  return withImages(source, scan.candidates, {
    ...result,
    notes: [...scan.notes, ...result.notes].sort(byLine),
    errors: [...scan.errors, ...result.errors].sort(byLine),
  });
}

/**
 * What the user said about a YAML file, which decides the documents whose `image:` values are
 * image references. A key named `image` is everywhere in YAML (site configs, front matter, API
 * examples), so a file met in a directory walk is read only where it is a container manifest.
 */
export interface YamlOrigin {
  /**
   * The user chose the file (named it, or picked it by `--include` or `--type`): every document's
   * string `image:` values are references, Helm values included. Default true: a caller that hands
   * over a text has chosen it.
   */
  readonly chosen?: boolean;
  /** A GitHub Actions workflow, whose job `container:` and `services:` images the runner pulls first. */
  readonly workflow?: boolean;
}

/** Compose files (a top-level `services:` map) and Kubernetes objects (`apiVersion` and `kind`, any kind). */
export function isContainerManifest(doc: Document): boolean {
  const root = doc.contents;
  if (!isMap(root)) return false;
  const value = (key: string) =>
    root.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key)?.value;
  if (isMap(value('services'))) return true;
  const scalarString = (n: unknown) => isScalar(n) && typeof n.value === 'string';
  return scalarString(value('apiVersion')) && scalarString(value('kind'));
}

const NOT_A_MANIFEST =
  'this document is not a compose file (a top-level services: map) or a Kubernetes object (apiVersion and kind); name the file, or choose it with --include or --type yaml, to rewrite it';
const WORKFLOW_PULLS =
  'a GitHub Actions workflow: the runner pulls job container: and services: images before any step runs, so a rewrite in the same job cannot redirect those pulls';

/** The note for a document whose image: values are left alone, or undefined when they are rewritten. */
function documentLeftAlone(doc: Document, origin: YamlOrigin, values: number): string | undefined {
  if (origin.chosen !== false || (!origin.workflow && isContainerManifest(doc))) return undefined;
  const count = `${values} image: value${values === 1 ? '' : 's'} left alone`;
  if (origin.workflow) return `${WORKFLOW_PULLS}; ${count} (name the file to rewrite it for later runs)`;
  return `${count}: ${NOT_A_MANIFEST}`;
}

/** `image:` values in YAML documents (compose files, Kubernetes manifests of any kind), decided per document. */
export function scanYaml(
  source: string,
  origin: YamlOrigin = {},
): { candidates: Candidate[]; errors: Finding[]; notes: Finding[] } {
  const candidates: Candidate[] = [];
  const errors: Finding[] = [];
  const notes: Finding[] = [];
  const lineAt = lineIndex(source);
  for (const doc of parseAllDocuments(source)) {
    for (const e of doc.errors)
      errors.push({ line: lineAt(e.pos[0]), message: `YAML: ${e.message.split('\n')[0]}` });
    if (doc.errors.length > 0) continue;
    const found = scanImageValues(source, doc, lineAt);
    const values = found.candidates.length + found.notes.length;
    if (values === 0) continue;
    const first = Math.min(...found.candidates.map((c) => c.line), ...found.notes.map((n) => n.line));
    const leftAlone = documentLeftAlone(doc, origin, values);
    if (leftAlone) {
      notes.push({ line: first, message: leftAlone });
      continue;
    }
    if (origin.workflow && found.candidates.length > 0)
      notes.push({ line: first, message: `${WORKFLOW_PULLS}; rewritten for later runs of this file` });
    candidates.push(...found.candidates);
    notes.push(...found.notes);
  }
  return { candidates, errors, notes: notes.sort(byLine) };
}

/** The string `image:` values of one document: candidates, and those left alone with a note. */
function scanImageValues(
  source: string,
  doc: Document,
  lineAt: (offset: number) => number,
): { candidates: Candidate[]; notes: Finding[] } {
  const candidates: Candidate[] = [];
  const notes: Finding[] = [];
  visit(doc, {
    Pair(_key, pair, path) {
      if (!isScalar(pair.key) || pair.key.value !== 'image' || !isScalar(pair.value)) return;
      const value = pair.value;
      if (typeof value.value !== 'string' || !value.range) return;
      const line = lineAt(value.range[0]);
      const parent = path[path.length - 1];
      if (
        isMap(parent) &&
        parent.items.some((p) => isPair(p) && isScalar(p.key) && p.key.value === 'build')
      ) {
        notes.push({ line, message: `${value.value}: names the image this service builds; left alone` });
        return;
      }
      if (TEMPLATING.test(value.value)) {
        notes.push({ line, message: `${value.value}: templated value; left alone` });
        return;
      }
      const quoted = value.type === 'QUOTE_DOUBLE' || value.type === 'QUOTE_SINGLE';
      const start = value.range[0] + (quoted ? 1 : 0);
      const end = value.range[1] - (quoted ? 1 : 0);
      if (value.value === '') return;
      if ((value.type !== 'PLAIN' && !quoted) || source.slice(start, end) !== value.value) {
        notes.push({ line, message: `${value.value}: written with escapes or as a block; left alone` });
        return;
      }
      candidates.push({ start, end, line });
    },
  });
  return { candidates, notes };
}

export function rewriteYaml(source: string, target: RegistryTarget, origin: YamlOrigin = {}): Rewrite {
  const scan = scanYaml(source, origin);
  if (scan.errors.length > 0)
    return { output: source, changes: [], notes: scan.notes, errors: scan.errors, images: [] };
  const result = rewriteCandidates(source, scan.candidates, target);
  return withImages(source, scan.candidates, {
    ...result,
    notes: [...scan.notes, ...result.notes].sort(byLine),
  });
}

function withImages(source: string, candidates: readonly Candidate[], r: Omit<Rewrite, 'images'>): Rewrite {
  return { ...r, images: candidates.map((c) => ({ image: source.slice(c.start, c.end), line: c.line })) };
}

/** Rewrite a file's text by its kind; `origin` tells which YAML documents hold references (default: all). */
export function rewriteText(
  source: string,
  kind: FileKind,
  target: RegistryTarget,
  origin?: YamlOrigin,
): Rewrite {
  if (kind === 'dockerfile') return rewriteDockerfile(source, target);
  if (kind === 'list') return rewriteImageList(source, target);
  return rewriteYaml(source, target, origin);
}

/** Images a file makes a build or deployment pull (for warm), without mapping them. */
export function extractImages(
  source: string,
  kind: FileKind,
  origin?: YamlOrigin,
): { images: Rewrite['images']; notes: readonly Finding[]; errors: readonly Finding[] } {
  if (kind === 'dockerfile') {
    const scan = scanDockerfile(source);
    return { images: scan.images, notes: [...scan.skipped, ...scan.notes].sort(byLine), errors: [] };
  }
  const scan = kind === 'list' ? scanImageList(source) : scanYaml(source, origin);
  const images = scan.candidates.map((c) => ({ image: source.slice(c.start, c.end), line: c.line }));
  return { images, notes: scan.notes, errors: scan.errors };
}
