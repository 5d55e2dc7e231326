// The references warm is given: those named as arguments, and those found in --from files (the
// same files and YAML documents rewrite takes), each checked as a reference; why a file's
// reference is skipped (a stage, a variable with no value) is kept as a note.

import { displayName } from '../../core/display.js';
import { InputError } from '../../core/errors.js';
import { parseImageRef } from '../../core/image/reference.js';
import { extractImages } from '../../core/rewrite/rewrite.js';
import { discoverFound, originOf } from '../../host/discovery.js';
import { readSource } from '../../host/files.js';
import type { WarmOptions } from './types.js';

/** The references to warm, from the arguments and the files, in order (duplicates are dropped later, by cache URI). */
export function collectReferences(options: Pick<WarmOptions, 'images' | 'from'>): {
  texts: string[];
  notes: string[];
} {
  const texts: string[] = [];
  const notes: string[] = [];
  for (const raw of options.images ?? []) {
    const text = raw.trim();
    try {
      parseImageRef(text);
    } catch (e) {
      throw new InputError((e as Error).message);
    }
    texts.push(text);
  }
  // The same files and YAML documents rewrite would take: a walk skips YAML that is no manifest.
  for (const file of discoverFound(options.from ?? [])) {
    const { path } = file;
    const source = readSource(path);
    const found = extractImages(source.text, source.kind, originOf(file));
    const [firstError] = found.errors;
    if (firstError) throw new InputError(`${displayName(path)}:${firstError.line}: ${firstError.message}`);
    const notedLines = new Set(found.notes.map((n) => n.line));
    for (const n of found.notes)
      notes.push(`${displayName(path)}:${n.line}: ${n.message.replace(/; left alone$/, '; skipped')}`);
    for (const { image, line } of found.images) {
      try {
        parseImageRef(image);
        texts.push(image);
      } catch (e) {
        // A variable with no value leaves a broken reference behind; its note already says why.
        if (!notedLines.has(line))
          throw new InputError(`${displayName(path)}:${line}: ${(e as Error).message}`);
      }
    }
  }
  return { texts, notes };
}

/** The registry host a reference names, or undefined when it is no reference. */
export function registryOf(text: string): string | undefined {
  try {
    return parseImageRef(text).registry;
  } catch {
    return undefined;
  }
}
