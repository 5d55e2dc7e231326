// Finds every image reference in a Dockerfile with BuildKit's semantics: FROM images, COPY --from,
// RUN --mount=...,from=..., the same under ONBUILD, the defaults of global ARGs that FROM uses
// (where every use allows it: arg-uses.ts), and the frontend image BuildKit itself pulls
// (`# syntax=`; a `BUILDKIT_SYNTAX` ARG default is not one: BuildKit reads that name only from
// --build-arg, builder/build.go). The result is a list of exact source spans; rewriting them
// changes nothing else.

import { InvalidReferenceError, parseImageRef } from '../image/reference.js';
import { lineIndex } from '../lines.js';
import { type ArgUse, blockedArgs } from './arg-uses.js';
import { splitArgWords } from './arg-words.js';
import { keywordEnd, leadingSpace, splitKeyword } from './characters.js';
import { copyAndMountSources } from './from-flags.js';
import { syntaxDirective } from './frontend.js';
import { imageWordAt, type PulledImage, type ScanContext, wordUnits } from './image-words.js';
import { type Instruction, lexDockerfile, sourceOffset, type WantedInstruction } from './lexer.js';
import { declareGlobalArg, emptyGlobalArgs } from './scope.js';
import { type ImageSite, type Note, note, type SiteKind } from './sites.js';
import type { WhiteSpace } from './white-space.js';
import { isPlainWord, leadingFlags, splitWords, type WordSpan } from './words.js';

export type { ImageSite, Note, PulledImage, SiteKind };

export interface DockerfileScan {
  readonly sites: readonly ImageSite[];
  readonly images: readonly PulledImage[];
  /** References that name a stage or `scratch`: nothing to pull (warm notes them). */
  readonly skipped: readonly Note[];
  readonly notes: readonly Note[];
  /** Stage names, lowercased, in order. */
  readonly stages: readonly string[];
}

/** The keywords the scan acts on (their codes, 1 and up, fill a table of a byte per instruction). */
const SCANNED_KEYWORDS = ['from', 'arg', 'onbuild', 'copy', 'run'];
/** What the scan reads, for the lexer: RUN and COPY only with a flag (`--mount`, `--from`; see copyAndMountSources). */
const SCANNED: readonly WantedInstruction[] = SCANNED_KEYWORDS.map((keyword) => ({
  keyword,
  flagged: keyword === 'run' || keyword === 'copy',
}));
/** Their lengths: a keyword of another length (WORKDIR, ENV, ...) is not lowercased to be looked up. */
const SCANNED_LENGTHS = new Set(SCANNED_KEYWORDS.map((k) => k.length));

/** The code of the keyword at text[start, end) in SCANNED_KEYWORDS (1 and up), 0 for any other. */
function keywordCode(text: string, start: number, end: number): number {
  if (!SCANNED_LENGTHS.has(end - start)) return 0;
  return SCANNED_KEYWORDS.indexOf(text.slice(start, end).toLowerCase()) + 1;
}

/** The code of FROM in SCANNED_KEYWORDS. */
const FROM = SCANNED_KEYWORDS.indexOf('from') + 1;

/** `ARG NAME[=default] ...` before the first FROM: global ARGs, declared in order (see scope.ts). */
function recordGlobalArgs(ctx: ScanContext, ins: Instruction, from: number): void {
  const words = splitArgWords(ins.text, from, ins.text.length, ctx.escape, ctx.ws);
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const raw = ins.text.slice(w.start, w.end);
    const eq = raw.indexOf('=');
    if (eq === -1) {
      declareGlobalArg(ctx.args, raw, ins.line);
      continue;
    }
    const units = wordUnits(ctx, ins, { start: w.start + eq + 1, end: w.end });
    declareGlobalArg(ctx.args, raw.slice(0, eq), ctx.lineAt(sourceOffset(ins, w.start)), units);
  }
}

/**
 * The words of a FROM after its flags and any white space (split_command.go trims the arguments):
 * the image, then `AS name`.
 */
function fromWords(ins: Instruction, rest: number, escape: string, ws: WhiteSpace): WordSpan[] {
  const args = ws.skip(ins.text, leadingFlags(ins.text, rest).args, ins.text.length);
  return splitWords(ins.text, args, ins.text.length, escape);
}

/** The words of a FROM that may name global ARGs (its image, its flags), for arg-uses.ts. */
function fromArgUses(
  ctx: ScanContext,
  ins: Instruction,
  rest: number,
  image: WordSpan | undefined,
): ArgUse[] {
  const uses: ArgUse[] = [];
  const add = (w: WordSpan, isImage: boolean) => {
    if (!isPlainWord(ins.text, w.start, w.end, ctx.escape))
      uses.push({ units: wordUnits(ctx, ins, w), line: ins.line, image: isImage });
  };
  for (const flag of leadingFlags(ins.text, rest).flags) if (flag.value) add(flag.value, false);
  if (image) add(image, true);
  return uses;
}

/** Drop the sites in ARG defaults that a use elsewhere changes (arg-uses.ts), with a note each. */
function keepUnchangedArgs(ctx: ScanContext, uses: readonly ArgUse[]): void {
  if (ctx.owners.size === 0) return;
  const blocked = blockedArgs(ctx.args, uses);
  for (const [start, arg] of ctx.owners) {
    const by = blocked.get(arg);
    const site = ctx.sites.get(start);
    if (!by || !site) continue;
    ctx.sites.delete(start);
    note(
      ctx,
      site.line,
      `${site.text}: the default of ARG ${arg.name} left alone, since line ${by.line} uses its value ` +
        `other than as a whole image or its repository (${by.word})`,
    );
  }
}

/**
 * The images of an ONBUILD trigger (sites and images added since `known`) are pulled by a later
 * build, not this one: an invalid one is a note, not an error, and nothing to warm.
 */
function checkTrigger(ctx: ScanContext, known: { sites: number; images: number }): void {
  const invalid = (text: string) => {
    try {
      parseImageRef(text);
      return undefined;
    } catch (e) {
      if (e instanceof InvalidReferenceError) return e.message;
      throw e;
    }
  };
  let n = 0;
  for (const [start, site] of ctx.sites) {
    if (n++ < known.sites) continue;
    const why = invalid(site.text);
    if (why === undefined) continue;
    ctx.sites.delete(start);
    note(ctx, site.line, `${why}; in an ONBUILD trigger (this build pulls nothing there), left alone`);
  }
  const added = ctx.images.splice(known.images);
  ctx.images.push(...added.filter((i) => invalid(i.image) === undefined));
}

function stageName(ins: Instruction, args: readonly WordSpan[]): string | undefined {
  if (args.length === 3 && ins.text.slice(args[1]!.start, args[1]!.end).toLowerCase() === 'as') {
    return ins.text.slice(args[2]!.start, args[2]!.end).toLowerCase();
  }
  return undefined;
}

/** lineIndex, built on first use: a big file of plain words never needs it (their line is the instruction's). */
function lazyLineIndex(source: string): (offset: number) => number {
  let index: ((offset: number) => number) | undefined;
  return (offset) => {
    index ??= lineIndex(source);
    return index(offset);
  };
}

/** Scan a Dockerfile for image sites; never throws on odd input, it notes what it leaves alone. */
export function scanDockerfile(source: string): DockerfileScan {
  const { instructions, escape, syntax, ws } = lexDockerfile(source, { only: SCANNED });
  const ctx: ScanContext = {
    source,
    lineAt: lazyLineIndex(source),
    escape,
    ws,
    images: [],
    skipped: [],
    sites: new Map(),
    notes: [],
    args: emptyGlobalArgs(),
    stages: { earlier: new Set(), all: new Set() },
    owners: new Map(),
  };
  if (syntax) syntaxDirective(ctx, syntax);
  // Every stage name is known before the scan (COPY --from sees later stages). Keywords are read
  // once per instruction into two typed tables (an object or string each weighed on a big file).
  const keywords = new Uint8Array(instructions.length);
  const rests = new Uint32Array(instructions.length);
  for (let n = 0; n < instructions.length; n++) {
    const ins = instructions[n]!;
    const start = leadingSpace(ins.text, 0, ins.text.length);
    const end = keywordEnd(ins.text, start);
    keywords[n] = keywordCode(ins.text, start, end);
    rests[n] = end;
    if (keywords[n] !== FROM) continue;
    const stage = stageName(ins, fromWords(ins, end, escape, ws));
    if (stage) ctx.stages.all.add(stage);
  }
  const stages: string[] = [];
  const argUses: ArgUse[] = [];
  let seenFrom = false;
  for (let n = 0; n < instructions.length; n++) {
    const code = keywords[n]!;
    if (code === 0) continue;
    const ins = instructions[n]!;
    const keyword = SCANNED_KEYWORDS[code - 1]!;
    const rest = rests[n]!;
    if (keyword === 'arg' && !seenFrom) recordGlobalArgs(ctx, ins, rest);
    else if (keyword === 'from') {
      seenFrom = true;
      const from = fromWords(ins, rest, escape, ws);
      const image = from[0];
      const stage = stageName(ins, from);
      if (!image) note(ctx, ins.line, 'FROM without an image');
      else imageWordAt(ctx, 'from', ins, image, 'from');
      if (ctx.args.count > 0) argUses.push(...fromArgUses(ctx, ins, rest, image));
      if (stage) {
        ctx.stages.earlier.add(stage);
        stages.push(stage);
      }
    } else if (keyword === 'onbuild') {
      // parseSubCommand: the trigger after ONBUILD's own flags and any white space.
      const inner = splitKeyword(ins.text, leadingFlags(ins.text, rest).args, ws);
      const known = { sites: ctx.sites.size, images: ctx.images.length };
      copyAndMountSources(ctx, ins, inner.keyword, inner.rest);
      if (ctx.images.length > known.images) checkTrigger(ctx, known);
    } else copyAndMountSources(ctx, ins, keyword, rest);
  }
  keepUnchangedArgs(ctx, argUses);
  const sites = [...ctx.sites.values()].sort((a, b) => a.start - b.start);
  return { sites, images: ctx.images, skipped: ctx.skipped, notes: ctx.notes, stages };
}
