// The rewrite use case: find files, rewrite each in memory, and write nothing unless every file is
// valid; then replace the changed ones atomically.

import { isAbsolute } from 'node:path';
import { structuredPatch } from 'diff';
import { type Change, type FileKind, type Finding, rewriteText } from './core/rewrite.js';
import type { RegistryTarget } from './core/rules.js';
import { discoverFiles, encodeSource, readSource, writeFileAtomic } from './files.js';

export interface RewriteOptions {
  readonly paths: readonly string[];
  readonly target: RegistryTarget;
  /** Globs that choose files inside directories (default: Dockerfiles, compose/YAML, image lists). */
  readonly include?: readonly string[];
  /** Treat every file as this kind instead of guessing from its name. */
  readonly kind?: FileKind;
  /** Compute only; write nothing. */
  readonly dryRun?: boolean;
  /** References with no rule are errors; nothing is written. */
  readonly strict?: boolean;
}

export interface FileRewrite {
  readonly path: string;
  readonly kind: FileKind;
  readonly changed: boolean;
  readonly changes: readonly Change[];
  readonly notes: readonly Finding[];
  readonly errors: readonly Finding[];
  readonly images: readonly { readonly image: string; readonly line: number }[];
  /** The new content, as bytes in the file's own encoding. */
  readonly output: Buffer;
  /** A unified diff of the change (empty when unchanged), in the file's own encoding. */
  diff(): Buffer;
}

export interface RewriteReport {
  readonly files: readonly FileRewrite[];
  /** Whether files were written (not on a dry run, nor when a file has errors or, strict, unmapped references). */
  readonly written: boolean;
  readonly errors: number;
  readonly unmapped: number;
}

/** Unified diff of two texts, with the file path as both names. */
export function unifiedDiff(path: string, before: string, after: string): string {
  if (before === after) return '';
  const [a, b] = isAbsolute(path) ? [path, path] : [`a/${path}`, `b/${path}`];
  const patch = structuredPatch(a, b, before, after, '', '', { context: 3 });
  const lines = [`--- ${a}`, `+++ ${b}`];
  for (const h of patch.hunks) {
    lines.push(`@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`, ...h.lines);
  }
  return `${lines.join('\n')}\n`;
}

export async function rewriteFiles(options: RewriteOptions): Promise<RewriteReport> {
  const paths = discoverFiles(options.paths, options.include);
  const named = new Set(options.paths);
  const files: FileRewrite[] = [];
  for (const path of paths) {
    const source = readSource(path, options.kind);
    let r = rewriteText(source.text, source.kind, options.target);
    // A YAML file met while walking a directory that does not parse (a Helm template, say) is not
    // the user's input error: it is noted and skipped. A file named on the command line must parse.
    if (source.kind === 'yaml' && r.errors.length > 0 && !named.has(path)) {
      const first = r.errors[0]!;
      const message = `not valid YAML (${first.message}); skipped${source.text.includes('{{') ? ' (a template?)' : ''}`;
      r = {
        ...r,
        output: source.text,
        changes: [],
        errors: [],
        images: [],
        notes: [{ line: first.line, message }],
      };
    }
    const output = r.output;
    files.push({
      path,
      kind: source.kind,
      changed: output !== source.text,
      changes: r.changes,
      notes: r.notes,
      errors: r.errors,
      images: r.images,
      output: encodeSource(source, output),
      diff: () => encodeSource(source, unifiedDiff(path, source.text, output)),
    });
  }
  const errors = files.reduce((n, f) => n + f.errors.length, 0);
  const unmapped = files.reduce((n, f) => n + f.notes.filter((x) => x.unmapped).length, 0);
  const write = !options.dryRun && errors === 0 && !(options.strict && unmapped > 0);
  if (write) commitRewrites(files);
  return { files, written: write, errors, unmapped };
}

/** Replace every changed file atomically (after a dry run found no errors). */
export function commitRewrites(files: readonly FileRewrite[]): void {
  for (const f of files) if (f.changed) writeFileAtomic(f.path, f.output);
}
