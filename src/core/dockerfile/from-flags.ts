// The images a build step copies or mounts from: `--from=` of COPY and the `from=` field of each
// `--mount=` CSV of RUN (also under ONBUILD). Apart from scan.ts because reading a mount's CSV out of
// a shell word is a grammar of its own.

import { leadingSpace } from './characters.js';
import { imageWord, imageWordAt, type ScanContext, wordUnits } from './image-words.js';
import type { Instruction } from './lexer.js';
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
      imageWordAt(ctx, 'copy-from', ins, flag.value, 'source');
    } else if (keyword === 'run' && flag.name === 'mount' && mayNameSource(ins, flag.value, ctx.escape)) {
      mountSource(ctx, ins, flag.value);
    }
  }
}

/** A `from=` field, as mountSource reads a plain CSV: after a comma or at the start, key trimmed. */
const FROM_FIELD = /(?:^|,)\s*from\s*=/i;

/**
 * Whether a mount's CSV can have a `from=` field: a plain word (no quote, escape or `$`) without
 * one cannot, and needs no units (most mounts are caches and secrets).
 */
function mayNameSource(ins: Instruction, value: WordSpan, escape: string): boolean {
  if (!isPlainWord(ins.text, value.start, value.end, escape)) return true;
  return FROM_FIELD.test(ins.text.slice(value.start, value.end));
}

function mountSource(ctx: ScanContext, ins: Instruction, value: WordSpan): void {
  // The flag value is one shell word; its unquoted characters are the CSV text.
  const units = wordUnits(ctx, ins, value);
  let field: Unit[] = [];
  const fields: Unit[][] = [];
  for (const u of units) {
    if (u.t === 'c' && u.ch === ',') {
      fields.push(field);
      field = [];
    } else field.push(u);
  }
  fields.push(field);
  for (const f of fields) {
    const eq = f.findIndex((u) => u.t === 'c' && u.ch === '=');
    if (eq === -1) continue;
    const key = literalText(f.slice(0, eq))?.trim().toLowerCase();
    if (key !== 'from') continue;
    let v = f.slice(eq + 1);
    const text = literalText(v);
    if (text !== undefined && text.length >= 2 && text.startsWith('"') && text.endsWith('"'))
      v = v.slice(1, -1);
    imageWord(ctx, 'mount-from', v, ins.line, 'source');
  }
}
