// The images a build step copies or mounts from: `--from=` of COPY and the `from=` field of each
// `--mount=` CSV of RUN (also under ONBUILD). Apart from scan.ts because reading a mount's CSV out of
// a shell word is a grammar of its own.

import { leadingSpace } from './characters.js';
import { imageWord, imageWordAt, type ScanContext, wordUnits } from './image-words.js';
import type { Instruction } from './lexer.js';
import { note } from './sites.js';
import { isPlainWord, leadingFlags, literalText, type Unit, type WordSpan } from './words.js';

/** `--from=` of COPY, and `from=` inside each `--mount=` CSV of RUN. */
export function copyAndMountSources(ctx: ScanContext, ins: Instruction, keyword: string, rest: number): void {
  if (keyword !== 'copy' && keyword !== 'run') return;
  if (!ins.text.startsWith('--', leadingSpace(ins.text, rest, ins.text.length))) return; // no flags
  // Index loops on the paths every file takes: for-of allocates a step object until optimized.
  const flags = leadingFlags(ins.text, rest).flags;
  for (let k = 0; k < flags.length; k++) {
    const flag = flags[k]!;
    if (!flag.value) continue;
    if (keyword === 'copy' && flag.name === 'from') {
      imageWordAt(ctx, 'copy-from', ins, flag.value, 'copy');
    } else if (keyword === 'run' && flag.name === 'mount' && mayNameSource(ins, flag.value, ctx.escape)) {
      mountSource(ctx, ins, flag.value);
    }
  }
}

/** A `from` key anywhere: a plain word without one has no from= field and needs no units. */
const FROM_KEY = /from/i;

/**
 * Whether a mount's CSV can have a `from=` field: a plain word (no quote, escape or `$`) without
 * one cannot (most mounts are caches and secrets).
 */
function mayNameSource(ins: Instruction, value: WordSpan, escape: string): boolean {
  if (!isPlainWord(ins.text, value.start, value.end, escape)) return true;
  return FROM_KEY.test(ins.text.slice(value.start, value.end));
}

const isChar = (u: Unit | undefined, ch: string): boolean => u?.t === 'c' && u.ch === ch;

/**
 * The fields of a mount's CSV, as go-csvvalue (csvvalue.go Fields, which commands_runmount.go
 * parseMount calls) splits the flag's value: at commas; a field that starts with `"` is quoted,
 * runs to the next `"` not doubled, and must end there; a `"` anywhere else is an error, and
 * BuildKit then fails the build (undefined). Each field is its units, quotes removed.
 */
export function csvFields(units: readonly Unit[]): Unit[][] | undefined {
  const fields: Unit[][] = [];
  let i = 0;
  for (;;) {
    const field: Unit[] = [];
    fields.push(field);
    if (!isChar(units[i], '"')) {
      while (i < units.length && !isChar(units[i], ',')) {
        if (isChar(units[i], '"')) return undefined;
        field.push(units[i++]!);
      }
    } else {
      i++;
      for (;;) {
        if (i >= units.length) return undefined; // no closing quote
        if (!isChar(units[i], '"')) {
          field.push(units[i++]!);
          continue;
        }
        i++;
        if (isChar(units[i], '"'))
          field.push(units[i++]!); // `""`: one quote
        else if (i < units.length && !isChar(units[i], ',')) return undefined;
        else break;
      }
    }
    if (i >= units.length) return fields;
    i++; // the comma
  }
}

function mountSource(ctx: ScanContext, ins: Instruction, value: WordSpan): void {
  // The flag value is one shell word; its unquoted characters are the CSV text.
  const fields = csvFields(wordUnits(ctx, ins, value));
  if (!fields) {
    note(ctx, ins.line, 'a --mount value BuildKit cannot read as CSV (a stray quote); left alone');
    return;
  }
  for (const f of fields) {
    // parseMount: the key is what comes before the first `=`, lowercased and not trimmed.
    const eq = f.findIndex((u) => isChar(u, '='));
    if (eq === -1 || literalText(f.slice(0, eq))?.toLowerCase() !== 'from') continue;
    imageWord(ctx, 'mount-from', f.slice(eq + 1), ins.line, 'mount');
  }
}
