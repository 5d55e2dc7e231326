// Finds every image reference in a Dockerfile with BuildKit's semantics: FROM images, COPY --from,
// RUN --mount=...,from=..., the same under ONBUILD, the defaults of global ARGs that FROM uses, and
// the frontend image BuildKit itself pulls (`# syntax=`, `ARG BUILDKIT_SYNTAX=`).
// The result is a list of exact source spans; rewriting them changes nothing else.

import { lineIndex } from '../lines.js';
import { keywordEnd, leadingSpace, splitKeyword } from './characters.js';
import { copyAndMountSources } from './from-flags.js';
import { syntaxArg, syntaxDirective } from './frontend.js';
import { imageWordAt, type PulledImage, type ScanContext, wordUnits } from './image-words.js';
import { type Instruction, lexDockerfile, type WantedInstruction } from './lexer.js';
import { declareGlobalArg, emptyGlobalArgs } from './scope.js';
import { type ImageSite, type Note, note, type SiteKind } from './sites.js';
import { leadingFlags, splitWords, type WordSpan } from './words.js';

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
  const words = splitWords(ins.text, from, ins.text.length, ctx.escape);
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const raw = ins.text.slice(w.start, w.end);
    const eq = raw.indexOf('=');
    if (eq === -1) {
      declareGlobalArg(ctx.args, raw);
      continue;
    }
    const units = wordUnits(ctx, ins, { start: w.start + eq + 1, end: w.end });
    declareGlobalArg(ctx.args, raw.slice(0, eq), units);
  }
}

/** The words of a FROM after its flags: the image, then `AS name`. */
function fromWords(ins: Instruction, rest: number, escape: string): WordSpan[] {
  return splitWords(ins.text, leadingFlags(ins.text, rest).args, ins.text.length, escape);
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
  const { instructions, escape, syntax } = lexDockerfile(source, { only: SCANNED });
  const ctx: ScanContext = {
    source,
    lineAt: lazyLineIndex(source),
    escape,
    images: [],
    skipped: [],
    sites: new Map(),
    notes: [],
    args: emptyGlobalArgs(),
    stages: { earlier: new Set(), all: new Set() },
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
    const stage = stageName(ins, fromWords(ins, end, escape));
    if (stage) ctx.stages.all.add(stage);
  }
  const stages: string[] = [];
  let seenFrom = false;
  for (let n = 0; n < instructions.length; n++) {
    const code = keywords[n]!;
    if (code === 0) continue;
    const ins = instructions[n]!;
    const keyword = SCANNED_KEYWORDS[code - 1]!;
    const rest = rests[n]!;
    if (keyword === 'arg') syntaxArg(ctx, ins, rest);
    if (keyword === 'arg' && !seenFrom) recordGlobalArgs(ctx, ins, rest);
    else if (keyword === 'from') {
      seenFrom = true;
      const from = fromWords(ins, rest, escape);
      const image = from[0];
      const stage = stageName(ins, from);
      if (!image) note(ctx, ins.line, 'FROM without an image');
      else imageWordAt(ctx, 'from', ins, image, 'from');
      if (stage) {
        ctx.stages.earlier.add(stage);
        stages.push(stage);
      }
    } else if (keyword === 'onbuild') {
      const inner = splitKeyword(ins.text, rest);
      copyAndMountSources(ctx, ins, inner.keyword, inner.rest);
    } else copyAndMountSources(ctx, ins, keyword, rest);
  }
  const sites = [...ctx.sites.values()].sort((a, b) => a.start - b.start);
  return { sites, images: ctx.images, skipped: ctx.skipped, notes: ctx.notes, stages };
}
