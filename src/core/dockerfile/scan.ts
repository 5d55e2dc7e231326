// Finds every image reference in a Dockerfile with BuildKit's semantics: FROM images, COPY --from,
// RUN --mount=...,from=..., the same under ONBUILD, the defaults of global ARGs that FROM uses, and
// the frontend image BuildKit itself pulls (`# syntax=`, `ARG BUILDKIT_SYNTAX=`).
// The result is a list of exact source spans; rewriting them changes nothing else.

import { lineIndex } from '../lines.js';
import { type Instruction, isSpace, lexDockerfile, type ParserDirective, splitKeyword } from './lexer.js';
import {
  analyzeWord,
  contiguousRange,
  isAlternateOperator,
  isDefaultOperator,
  literalText,
  type Unit,
} from './words.js';

export type SiteKind = 'from' | 'copy-from' | 'mount-from' | 'arg-default' | 'variable-default' | 'syntax';

/** One place in the file that holds an image reference (or, with `nameOnly`, its repository). */
export interface ImageSite {
  readonly kind: SiteKind;
  /** Source offsets of the text to replace. */
  readonly start: number;
  readonly end: number;
  /** The text in [start, end). */
  readonly text: string;
  /** Only the repository is literal here; the tag or digest after it is a variable. */
  readonly nameOnly: boolean;
  /** 1-based line of the text. */
  readonly line: number;
}

/** An image a build of this file pulls, as far as it can be known without build args. */
export interface PulledImage {
  readonly image: string;
  readonly line: number;
}

export interface Note {
  readonly line: number;
  readonly message: string;
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

interface Word {
  readonly start: number;
  readonly end: number;
}

/** A global ARG (declared before the first FROM). */
interface GlobalArg {
  /** The default as written; absent for a build argument without one. */
  readonly units?: readonly Unit[];
  /**
   * The default expanded once, where it is declared, as BuildKit does: only ARGs declared before
   * it are set then (so `ARG X=${X:-a}` is `a`). Undefined when unknown.
   */
  readonly value?: string;
  /** Declaration order: the ARGs its default can see are those with a smaller one. */
  readonly order: number;
}

/** What a word can see of the global ARGs: those declared before `order` (FROM sees them all). */
const ALL_ARGS = Number.POSITIVE_INFINITY;

/** The name of the build argument that chooses BuildKit's frontend image, as `# syntax=` does. */
const SYNTAX_ARG = 'BUILDKIT_SYNTAX';

/**
 * How a word names an image. FROM: stages declared before it, whole-word variables followed to
 * global ARG defaults. COPY --from and mounts: any stage of the file, or a stage index.
 */
type Scope = 'from' | 'source';

interface Context {
  readonly source: string;
  readonly lineAt: (offset: number) => number;
  readonly escape: string;
  readonly sites: Map<number, ImageSite>;
  readonly images: PulledImage[];
  readonly skipped: Note[];
  readonly notes: Note[];
  /** Each global ARG name's declarations, in order. */
  readonly globalArgs: Map<string, GlobalArg[]>;
  readonly earlierStages: Set<string>;
  readonly allStages: Set<string>;
  argCount: number;
}

/** Words split on white space outside quotes; escape tokens keep the next character in the word. */
function words(text: string, from: number, to: number, escape: string): Word[] {
  const out: Word[] = [];
  let i = from;
  while (i < to) {
    while (i < to && isSpace(text[i])) i++;
    if (i >= to) break;
    const start = i;
    let quote = '';
    while (i < to && (quote || !isSpace(text[i]))) {
      const c = text[i]!;
      if (c === escape && quote !== "'") i++;
      else if (quote ? c === quote : c === '"' || c === "'") quote = quote ? '' : c;
      i++;
    }
    out.push({ start, end: Math.min(i, to) });
  }
  return out;
}

/** Leading `--name[=value]` flags (BuildKit's extractBuilderFlags) and where the arguments start. */
function flags(text: string, from: number): { flags: { name: string; value?: Word }[]; args: number } {
  const found: { name: string; value?: Word }[] = [];
  let i = from;
  for (;;) {
    while (i < text.length && isSpace(text[i])) i++;
    if (!text.startsWith('--', i)) return { flags: found, args: i };
    const [word] = words(text, i, text.length, '\\');
    if (!word) return { flags: found, args: i };
    const raw = text.slice(word.start, word.end);
    if (raw === '--') return { flags: found, args: word.end };
    const eq = raw.indexOf('=');
    const name = (eq === -1 ? raw.slice(2) : raw.slice(2, eq)).toLowerCase();
    found.push(eq === -1 ? { name } : { name, value: { start: word.start + eq + 1, end: word.end } });
    i = word.end;
  }
}

function note(ctx: Context, line: number, message: string): void {
  ctx.notes.push({ line, message });
}

function addSite(
  ctx: Context,
  kind: SiteKind,
  units: readonly Unit[],
  nameOnly: boolean,
  line: number,
): void {
  const range = contiguousRange(units);
  if (!range) {
    note(ctx, line, `image "${describe(units)}" is split by quotes, escapes or a line break; left alone`);
    return;
  }
  if (ctx.sites.has(range.start)) return;
  const text = ctx.source.slice(range.start, range.end);
  ctx.sites.set(range.start, { kind, ...range, text, nameOnly, line: ctx.lineAt(range.start) });
}

/** The declaration of `name` a word sees when only ARGs declared before `before` are set. */
function visibleArg(ctx: Context, name: string, before: number): GlobalArg | undefined {
  const declarations = ctx.globalArgs.get(name) ?? [];
  for (let i = declarations.length - 1; i >= 0; i--) {
    if (declarations[i]!.order < before) return declarations[i];
  }
  return undefined;
}

/**
 * Expand a word with the global ARGs declared before `before` (what BuildKit does for FROM and
 * for each ARG default); undefined if unknown. ARG values are already expanded, so this never
 * follows a variable into another ARG: self references and cycles cannot loop.
 */
function expand(ctx: Context, units: readonly Unit[], before: number): string | undefined {
  let s = '';
  for (const u of units) {
    if (u.t === 'c') {
      s += u.ch;
      continue;
    }
    // An ARG without a default is set by --build-arg: unknown here, as is an undeclared name.
    const value = visibleArg(ctx, u.name, before)?.value;
    if (u.op === '' || u.op === ':?' || u.op === '?') {
      if (value === undefined) return undefined;
      s += value;
    } else if (isDefaultOperator(u.op) && u.word) {
      const useDefault = u.op === ':-' ? !value : value === undefined;
      const part = useDefault ? expand(ctx, u.word, before) : value;
      if (part === undefined) return undefined;
      s += part;
    } else if (isAlternateOperator(u.op) && u.word) {
      if (value === undefined) return undefined;
      const set = u.op === ':+' ? value !== '' : true;
      const part = set ? expand(ctx, u.word, before) : '';
      if (part === undefined) return undefined;
      s += part;
    } else return undefined;
  }
  return s;
}

/** Where the repository ends in a literal prefix followed by variables: at its tag `:` or digest `@`. */
function repositoryEnd(prefix: string): number | undefined {
  const at = prefix.indexOf('@');
  const head = at === -1 ? prefix : prefix.slice(0, at);
  const colon = head.lastIndexOf(':');
  if (colon > head.lastIndexOf('/')) return colon;
  return at === -1 ? undefined : at;
}

/** True when a word's value names a stage (or `scratch`) rather than an image. */
function isStageOrScratch(ctx: Context, value: string, scope: Scope): boolean {
  const v = value.toLowerCase();
  if (v === 'scratch') return true;
  if (scope === 'from') return ctx.earlierStages.has(v);
  return ctx.allStages.has(v) || /^\d+$/.test(v);
}

/** The image a word pulls, recorded for warm; edit sites are recorded by `imageSites`. */
function imageWord(ctx: Context, kind: SiteKind, units: readonly Unit[], line: number, scope: Scope): void {
  const value = scope === 'from' ? expand(ctx, units, ALL_ARGS) : literalText(units);
  if (value !== undefined && isStageOrScratch(ctx, value, scope)) {
    const what = value.toLowerCase() === 'scratch' ? 'the empty image' : 'a build stage';
    ctx.skipped.push({ line, message: `${value}: ${what}, nothing to pull` });
    return;
  }
  if (value) ctx.images.push({ image: value, line });
  imageSites(ctx, kind, units, line, scope, ALL_ARGS, new Set());
}

/**
 * Record where the literal parts of an image word can be rewritten, or note why not. Variables
 * are followed to the global ARGs declared before `before`; `followed` keeps each ARG to one visit
 * (a default reached twice has the same sites, and chains of `${A:-$B}` would otherwise branch).
 */
function imageSites(
  ctx: Context,
  kind: SiteKind,
  units: readonly Unit[],
  line: number,
  scope: Scope,
  before: number,
  followed: Set<GlobalArg>,
): void {
  const literal = literalText(units);
  if (literal !== undefined) {
    if (literal === '') note(ctx, line, 'empty image reference; left alone');
    else if (!isStageOrScratch(ctx, literal, scope)) addSite(ctx, kind, units, false, line);
    return;
  }
  const first = units.findIndex((u) => u.t === 'v');
  if (units.length === 1) {
    const v = units[0] as Extract<Unit, { t: 'v' }>;
    let found = false;
    // The word of ${X:-word} is the image when X is empty; of ${X:+word}, when X is set.
    if ((isDefaultOperator(v.op) || isAlternateOperator(v.op)) && v.word) {
      imageSites(ctx, 'variable-default', v.word, line, scope, before, followed);
      found = true;
    }
    // X's own value is the image unless the operator replaces it.
    const arg = scope === 'from' && !isAlternateOperator(v.op) ? visibleArg(ctx, v.name, before) : undefined;
    if (arg?.units && arg.units.length > 0) {
      if (!followed.has(arg)) {
        followed.add(arg);
        imageSites(ctx, 'arg-default', arg.units, line, scope, arg.order, followed);
      }
      found = true;
    }
    if (!found) {
      const why =
        scope === 'from'
          ? 'has no default in a global ARG (one declared before the first FROM)'
          : 'is set inside the stage';
      note(ctx, line, `image variable \${${v.name}} ${why}; left alone`);
    }
    return;
  }
  const prefix = units.slice(0, first);
  const end = repositoryEnd(literalText(prefix) ?? '');
  // A `/` after the variable means the variable was a port or a path part, not a tag.
  const slashAfter = units.slice(first).some((u) => u.t === 'c' && u.ch === '/');
  if (!end || slashAfter) {
    note(ctx, line, `image "${describe(units)}" has a variable registry or repository; left alone`);
    return;
  }
  addSite(ctx, kind, prefix.slice(0, end), true, line);
}

function describe(units: readonly Unit[]): string {
  return units
    .map((u) => (u.t === 'c' ? u.ch : `\${${u.name}${u.op}${u.word ? describe(u.word) : ''}}`))
    .join('');
}

function wordUnits(ctx: Context, ins: Instruction, w: Word): Unit[] {
  return analyzeWord(ins.text, w.start, w.end, ctx.escape, (i) => ins.offsets[i]!);
}

function recordGlobalArgs(ctx: Context, ins: Instruction, from: number): void {
  for (const w of words(ins.text, from, ins.text.length, ctx.escape)) {
    const raw = ins.text.slice(w.start, w.end);
    const eq = raw.indexOf('=');
    const name = eq === -1 ? raw : raw.slice(0, eq);
    const declarations = ctx.globalArgs.get(name) ?? [];
    ctx.globalArgs.set(name, declarations);
    // Declared again without a default: the earlier default stays.
    if (eq === -1 && declarations.length > 0) continue;
    const order = ctx.argCount++;
    if (eq === -1) {
      declarations.push({ order });
      continue;
    }
    const units = wordUnits(ctx, ins, { start: w.start + eq + 1, end: w.end });
    const value = expand(ctx, units, order);
    declarations.push({ units, order, ...(value !== undefined && { value }) });
  }
}

/** `--from=` of COPY, and `from=` inside each `--mount=` CSV of RUN. */
function copyAndMountSources(ctx: Context, ins: Instruction, keyword: string, rest: number): void {
  if (keyword !== 'copy' && keyword !== 'run') return;
  for (const flag of flags(ins.text, rest).flags) {
    if (!flag.value) continue;
    if (keyword === 'copy' && flag.name === 'from') {
      imageWord(ctx, 'copy-from', wordUnits(ctx, ins, flag.value), ins.line, 'source');
    } else if (keyword === 'run' && flag.name === 'mount') {
      mountSource(ctx, ins, flag.value);
    }
  }
}

function mountSource(ctx: Context, ins: Instruction, value: Word): void {
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
  for (const w of words(ins.text, from, ins.text.length, ctx.escape)) {
    const raw = ins.text.slice(w.start, w.end);
    if (!raw.startsWith(`${SYNTAX_ARG}=`)) continue;
    const units = wordUnits(ctx, ins, { start: w.start + SYNTAX_ARG.length + 1, end: w.end });
    const space = units.findIndex((u) => u.t === 'c' && u.ch === ' ');
    const image = space === -1 ? units : units.slice(0, space);
    const literal = literalText(image);
    if (literal === undefined) {
      note(ctx, ins.line, `syntax image "${describe(image)}" has a variable; left alone`);
    } else if (literal !== '') {
      ctx.images.push({ image: literal, line: ins.line });
      addSite(ctx, 'syntax', image, false, ins.line);
    }
  }
}

function stageName(ins: Instruction, args: Word[]): string | undefined {
  if (args.length === 3 && ins.text.slice(args[1]!.start, args[1]!.end).toLowerCase() === 'as') {
    return ins.text.slice(args[2]!.start, args[2]!.end).toLowerCase();
  }
  return undefined;
}

/** Scan a Dockerfile for image sites; never throws on odd input, it notes what it leaves alone. */
export function scanDockerfile(source: string): DockerfileScan {
  const { instructions, escape, syntax } = lexDockerfile(source);
  const ctx: Context = {
    source,
    lineAt: lineIndex(source),
    escape,
    images: [],
    skipped: [],
    sites: new Map(),
    notes: [],
    globalArgs: new Map(),
    earlierStages: new Set(),
    allStages: new Set(),
    argCount: 0,
  };
  if (syntax) syntaxDirective(ctx, syntax);
  const parsed = instructions.map((ins) => ({ ins, ...splitKeyword(ins.text) }));
  for (const { ins, keyword, rest } of parsed) {
    if (keyword !== 'from') continue;
    const name = stageName(ins, words(ins.text, flags(ins.text, rest).args, ins.text.length, escape));
    if (name) ctx.allStages.add(name);
  }
  const stages: string[] = [];
  let seenFrom = false;
  for (const { ins, keyword, rest } of parsed) {
    if (keyword === 'arg') syntaxArg(ctx, ins, rest);
    if (keyword === 'arg' && !seenFrom) recordGlobalArgs(ctx, ins, rest);
    else if (keyword === 'from') {
      seenFrom = true;
      const args = words(ins.text, flags(ins.text, rest).args, ins.text.length, escape);
      const image = args[0];
      if (!image) note(ctx, ins.line, 'FROM without an image');
      else imageWord(ctx, 'from', wordUnits(ctx, ins, image), ins.line, 'from');
      const name = stageName(ins, args);
      if (name) {
        ctx.earlierStages.add(name);
        stages.push(name);
      }
    } else if (keyword === 'onbuild') {
      const inner = splitKeyword(ins.text, rest);
      copyAndMountSources(ctx, ins, inner.keyword, inner.rest);
    } else copyAndMountSources(ctx, ins, keyword, rest);
  }
  const sites = [...ctx.sites.values()].sort((a, b) => a.start - b.start);
  return { sites, images: ctx.images, skipped: ctx.skipped, notes: ctx.notes, stages };
}
