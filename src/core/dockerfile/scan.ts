// Finds every image reference in a Dockerfile with BuildKit's semantics: FROM images, COPY --from,
// RUN --mount=...,from=..., the same under ONBUILD, the defaults of global ARGs that FROM uses, and
// the frontend image BuildKit itself pulls (`# syntax=`, `ARG BUILDKIT_SYNTAX=`).
// The result is a list of exact source spans; rewriting them changes nothing else.

import { lineIndex } from '../lines.js';
import { keywordEnd, leadingSpace, splitKeyword } from './characters.js';
import type { ParserDirective } from './directives.js';
import { type Instruction, lexDockerfile, sourceOffset, type WantedInstruction } from './lexer.js';
import {
  ALL_ARGS,
  declareGlobalArg,
  emptyGlobalArgs,
  expandWord,
  isStageOrScratch,
  type Scope,
} from './scope.js';
import {
  addSite,
  addSpan,
  type ImageSite,
  imageSites,
  type Note,
  note,
  type SiteCollector,
  type SiteKind,
} from './sites.js';
import {
  analyzeWord,
  describeUnits,
  isPlainWord,
  leadingFlags,
  literalText,
  splitWords,
  type Unit,
  type WordSpan,
} from './words.js';

export type { ImageSite, Note, SiteKind };

/** An image a build of this file pulls, as far as it can be known without build args. */
export interface PulledImage {
  readonly image: string;
  readonly line: number;
}

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

/** The name of the build argument that chooses BuildKit's frontend image, as `# syntax=` does. */
const SYNTAX_ARG = 'BUILDKIT_SYNTAX';

interface Context extends SiteCollector {
  readonly escape: string;
  readonly images: PulledImage[];
  readonly skipped: Note[];
}

/** The image a word pulls, recorded for warm; edit sites are recorded by `imageSites`. */
function imageWord(ctx: Context, kind: SiteKind, units: readonly Unit[], line: number, scope: Scope): void {
  const value = scope === 'from' ? expandWord(ctx.args, units, ALL_ARGS) : literalText(units);
  if (value !== undefined && isStageOrScratch(ctx.stages, value, scope)) {
    const what = value.toLowerCase() === 'scratch' ? 'the empty image' : 'a build stage';
    ctx.skipped.push({ line, message: `${value}: ${what}, nothing to pull` });
    return;
  }
  if (value) ctx.images.push({ image: value, line });
  imageSites(ctx, kind, units, line, scope, ALL_ARGS, new Set());
}

/**
 * The image a word names, as imageWord finds it; a plain word on one source line (the usual one)
 * is taken by its span, without a unit per character.
 */
function imageWordAt(ctx: Context, kind: SiteKind, ins: Instruction, w: WordSpan, scope: Scope): void {
  if (w.end === w.start || ins.pieces || !isPlainWord(ins.text, w.start, w.end, ctx.escape)) {
    imageWord(ctx, kind, wordUnits(ctx, ins, w), ins.line, scope);
    return;
  }
  // What imageWord and imageSites do with a word that is all literal, contiguous in the source.
  const value = ins.text.slice(w.start, w.end);
  if (isStageOrScratch(ctx.stages, value, scope)) {
    const what = value.toLowerCase() === 'scratch' ? 'the empty image' : 'a build stage';
    ctx.skipped.push({ line: ins.line, message: `${value}: ${what}, nothing to pull` });
    return;
  }
  ctx.images.push({ image: value, line: ins.line });
  const start = ins.start + w.start;
  addSpan(ctx, kind, { start, end: start + value.length }, false, ins.line);
}

function wordUnits(ctx: Context, ins: Instruction, w: WordSpan): Unit[] {
  return analyzeWord(ins.text, w.start, w.end, ctx.escape, (i) => sourceOffset(ins, i));
}

/** `ARG NAME[=default] ...` before the first FROM: global ARGs, declared in order (see scope.ts). */
function recordGlobalArgs(ctx: Context, ins: Instruction, from: number): void {
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

/** `--from=` of COPY, and `from=` inside each `--mount=` CSV of RUN. */
function copyAndMountSources(ctx: Context, ins: Instruction, keyword: string, rest: number): void {
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

function mountSource(ctx: Context, ins: Instruction, value: WordSpan): void {
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

/** The frontend image BuildKit pulls before reading the file: `# syntax=IMAGE [ARGS]`. */
function syntaxDirective(ctx: Context, directive: ParserDirective): void {
  // BuildKit takes the value up to the first space as the image, the rest as its arguments.
  const space = directive.value.indexOf(' ');
  const image = space === -1 ? directive.value : directive.value.slice(0, space);
  const start = directive.start;
  ctx.images.push({ image, line: directive.line });
  ctx.sites.set(start, {
    kind: 'syntax',
    start,
    end: start + image.length,
    text: image,
    nameOnly: false,
    line: directive.line,
  });
}

/** `ARG BUILDKIT_SYNTAX=IMAGE`: the default of the build argument that overrides `# syntax=`. */
function syntaxArg(ctx: Context, ins: Instruction, from: number): void {
  const words = splitWords(ins.text, from, ins.text.length, ctx.escape);
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const raw = ins.text.slice(w.start, w.end);
    if (!raw.startsWith(`${SYNTAX_ARG}=`)) continue;
    const units = wordUnits(ctx, ins, { start: w.start + SYNTAX_ARG.length + 1, end: w.end });
    const space = units.findIndex((u) => u.t === 'c' && u.ch === ' ');
    const image = space === -1 ? units : units.slice(0, space);
    const literal = literalText(image);
    if (literal === undefined) {
      note(ctx, ins.line, `syntax image "${describeUnits(image)}" has a variable; left alone`);
    } else if (literal !== '') {
      ctx.images.push({ image: literal, line: ins.line });
      addSite(ctx, 'syntax', image, false, ins.line);
    }
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
  const ctx: Context = {
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
