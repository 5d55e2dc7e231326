// An image word the scan found, recorded twice over: the image a build pulls (for warm) and the edit
// sites that hold its literal text (for rewrite). A word that names a stage or `scratch` pulls
// nothing and is noted instead. Shared by every instruction the scan reads (FROM, COPY --from,
// RUN --mount, the frontend image), apart from the walk over instructions in scan.ts.

import { type Instruction, sourceOffset } from './lexer.js';
import { ALL_ARGS, expandWord, isStageOrScratch, type Scope } from './scope.js';
import { addSpan, imageSites, type Note, type SiteCollector, type SiteKind } from './sites.js';
import type { WhiteSpace } from './white-space.js';
import { analyzeWord, isPlainWord, literalText, type Unit, type WordSpan } from './words.js';

/** An image a build of this file pulls, as far as it can be known without build args. */
export interface PulledImage {
  readonly image: string;
  readonly line: number;
}

/** What the scan collects as it reads a file's instructions. */
export interface ScanContext extends SiteCollector {
  readonly escape: string;
  readonly ws: WhiteSpace;
  readonly images: PulledImage[];
  readonly skipped: Note[];
}

/** A word that names a stage or `scratch`: nothing to pull (warm notes it). */
function nothingToPull(ctx: ScanContext, value: string, line: number): void {
  const what = value.toLowerCase() === 'scratch' ? 'the empty image' : 'a build stage';
  ctx.skipped.push({ line, message: `${value}: ${what}, nothing to pull` });
}

/** The image a word pulls, recorded for warm; edit sites are recorded by `imageSites`. */
export function imageWord(
  ctx: ScanContext,
  kind: SiteKind,
  units: readonly Unit[],
  line: number,
  scope: Scope,
): void {
  const value = scope === 'from' ? expandWord(ctx.args, units, ALL_ARGS) : literalText(units);
  if (value !== undefined && isStageOrScratch(ctx.stages, value, scope)) {
    nothingToPull(ctx, value, line);
    return;
  }
  if (value) ctx.images.push({ image: value, line });
  imageSites(ctx, kind, units, line, scope, ALL_ARGS, new Set());
}

/**
 * The image a word names, as imageWord finds it; a plain word on one source line (the usual one)
 * is taken by its span, without a unit per character.
 */
export function imageWordAt(
  ctx: ScanContext,
  kind: SiteKind,
  ins: Instruction,
  w: WordSpan,
  scope: Scope,
): void {
  if (w.end === w.start || ins.pieces || !isPlainWord(ins.text, w.start, w.end, ctx.escape)) {
    imageWord(ctx, kind, wordUnits(ctx, ins, w), ins.line, scope);
    return;
  }
  // What imageWord and imageSites do with a word that is all literal, contiguous in the source.
  const value = ins.text.slice(w.start, w.end);
  if (isStageOrScratch(ctx.stages, value, scope)) {
    nothingToPull(ctx, value, ins.line);
    return;
  }
  ctx.images.push({ image: value, line: ins.line });
  const start = ins.start + w.start;
  addSpan(ctx, kind, { start, end: start + value.length }, false, ins.line);
}

export function wordUnits(ctx: ScanContext, ins: Instruction, w: WordSpan): Unit[] {
  return analyzeWord(ins.text, w.start, w.end, ctx.escape, (i) => sourceOffset(ins, i));
}
