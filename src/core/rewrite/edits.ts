// Span edits: the spans of a text that hold image references become edits by the rules of a target,
// and the edits are spliced into the original text. Nothing else is re-serialized, so every other
// byte survives. Every file kind goes through here; this is the one place mapping meets text.

import { mapImage, type RegistryTarget } from '../image/rules.js';

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

export const byLine = (a: Finding, b: Finding) => a.line - b.line;

/** A value made for a template engine or a shell (`{{ }}`, `$`): not an image reference yet. */
export function isTemplated(value: string): boolean {
  return /\{\{|\$/.test(value);
}

/** Apply non-overlapping edits to a source text. */
export function applyEdits(source: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  // Pieces joined once: a string built by += over 200,000 edits is a tree flattened at the end.
  const parts: string[] = [];
  let at = 0;
  for (const e of sorted) {
    if (e.start < at) throw new Error(`overlapping edits at offset ${e.start}`);
    parts.push(source.slice(at, e.start), e.text);
    at = e.end;
  }
  parts.push(source.slice(at));
  return parts.join('');
}

/** Turn candidate spans into edits with the rules of `target`, and apply them. */
export function rewriteCandidates(
  source: string,
  candidates: readonly Candidate[],
  target: RegistryTarget,
): Pick<Rewrite, 'output' | 'changes' | 'notes' | 'errors'> {
  const edits: Edit[] = [];
  const changes: Change[] = [];
  const notes: Finding[] = [];
  const errors: Finding[] = [];
  // A big file names the same few images over and over: each is mapped once, and its text kept once.
  const mapped = new Map<string, { text: string; m: ReturnType<typeof mapImage> }>();
  for (const c of candidates) {
    let seen = mapped.get(source.slice(c.start, c.end));
    if (!seen) {
      const text = source.slice(c.start, c.end);
      seen = { text, m: mapImage(text, target) };
      mapped.set(text, seen);
    }
    const { text, m } = seen;
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

/** The images of candidate spans, as written: what a list or a YAML file makes a deployment pull. */
export function candidateImages(source: string, candidates: readonly Candidate[]): Rewrite['images'] {
  return candidates.map((c) => ({ image: source.slice(c.start, c.end), line: c.line }));
}
