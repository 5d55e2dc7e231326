// Edit sites: the exact source spans that hold the literal text of an image word, so a rewrite can
// splice a new reference over that span and nothing else. A variable is followed to the global ARG
// defaults it sees; a word that cannot be rewritten in place is noted, with the reason.

import {
  type GlobalArg,
  type GlobalArgs,
  isStageOrScratch,
  type Scope,
  type Stages,
  visibleArg,
} from './scope.js';
import {
  contiguousRange,
  describeUnits,
  isAlternateOperator,
  isDefaultOperator,
  literalText,
  type Unit,
  type WordSpan,
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

export interface Note {
  readonly line: number;
  readonly message: string;
}

/** What site collection reads (the source, the scope of a word) and where it records what it finds. */
export interface SiteCollector {
  readonly source: string;
  readonly lineAt: (offset: number) => number;
  /** Sites by start offset: a span reached twice is recorded once. */
  readonly sites: Map<number, ImageSite>;
  readonly notes: Note[];
  readonly args: GlobalArgs;
  readonly stages: Stages;
  /** The global ARG whose default holds a site, by the site's start (see arg-uses.ts). */
  readonly owners: Map<number, GlobalArg>;
}

export function note(c: SiteCollector, line: number, message: string): void {
  c.notes.push({ line, message });
}

/** Record the span of literal units as a site, or note why it cannot be one. */
export function addSite(
  c: SiteCollector,
  kind: SiteKind,
  units: readonly Unit[],
  nameOnly: boolean,
  line: number,
  owner?: GlobalArg,
): void {
  const range = contiguousRange(units);
  if (!range) {
    note(c, line, `image "${describeUnits(units)}" is split by quotes, escapes or a line break; left alone`);
    return;
  }
  addSpan(c, kind, range, nameOnly);
  if (owner) c.owners.set(range.start, owner);
}

/**
 * Record a source span as a site (a span reached before is kept as it was). `line` is the span's own
 * line when the caller knows it (a word on one source line), else looked up.
 */
export function addSpan(
  c: SiteCollector,
  kind: SiteKind,
  range: WordSpan,
  nameOnly: boolean,
  line = c.lineAt(range.start),
): void {
  if (c.sites.has(range.start)) return;
  const text = c.source.slice(range.start, range.end);
  c.sites.set(range.start, { kind, start: range.start, end: range.end, text, nameOnly, line });
}

/** Where the repository ends in a literal prefix followed by variables: at its tag `:` or digest `@`. */
function repositoryEnd(prefix: string): number | undefined {
  const at = prefix.indexOf('@');
  const head = at === -1 ? prefix : prefix.slice(0, at);
  const colon = head.lastIndexOf(':');
  if (colon > head.lastIndexOf('/')) return colon;
  return at === -1 ? undefined : at;
}

/** `$X`, `${X}` and the forms that give X's value unchanged when X is set and not empty. */
export function passesValue(op: string): boolean {
  return op === '' || isDefaultOperator(op) || op === ':?' || op === '?';
}

/**
 * A word that is a variable then its tag or digest (`${X}:1.2`, `$X@sha256:...`): the variable is
 * the repository. What follows starts with `:` or `@` and has no `/` (after a `/`, the variable
 * was a registry host and the `:` its port).
 */
export function isRepositoryThenSuffix(units: readonly Unit[]): boolean {
  if (units.length < 2 || units[0]!.t !== 'v') return false;
  const next = units[1]!;
  if (next.t !== 'c' || (next.ch !== ':' && next.ch !== '@')) return false;
  return !units.some((u) => u.t === 'c' && u.ch === '/');
}

/**
 * Record where the literal parts of an image word can be rewritten, or note why not. Variables
 * are followed to the global ARGs declared before `before`; `followed` keeps each ARG to one visit
 * (a default reached twice has the same sites, and chains of `${A:-$B}` would otherwise branch).
 * `owner` is the ARG whose default the word is.
 */
export function imageSites(
  c: SiteCollector,
  kind: SiteKind,
  units: readonly Unit[],
  line: number,
  scope: Scope,
  before: number,
  followed: Set<GlobalArg>,
  owner?: GlobalArg,
): void {
  const literal = literalText(units);
  if (literal !== undefined) {
    if (literal === '') note(c, line, 'empty image reference; left alone');
    else if (!isStageOrScratch(c.stages, literal, scope)) addSite(c, kind, units, false, line, owner);
    return;
  }
  const first = units.findIndex((u) => u.t === 'v');
  const whole = units.length === 1;
  const v = units[0] as Extract<Unit, { t: 'v' }>;
  if (whole || (isRepositoryThenSuffix(units) && passesValue(v.op))) {
    let found = false;
    // The word of ${X:-word} is the image when X is empty; of ${X:+word}, when X is set.
    if (whole && (isDefaultOperator(v.op) || isAlternateOperator(v.op)) && v.word) {
      imageSites(c, 'variable-default', v.word, line, scope, before, followed, owner);
      found = true;
    }
    // X's own value is the image (or its repository) unless the operator changes or replaces it.
    const arg = scope === 'from' && passesValue(v.op) ? visibleArg(c.args, v.name, before) : undefined;
    if (arg?.units && arg.units.length > 0) {
      if (!followed.has(arg)) {
        followed.add(arg);
        imageSites(c, 'arg-default', arg.units, line, scope, arg.order, followed, arg);
      }
      found = true;
    }
    if (!found) {
      const why =
        scope !== 'from'
          ? 'is set inside the stage'
          : passesValue(v.op) || isAlternateOperator(v.op)
            ? 'has no default in a global ARG (one declared before the first FROM)'
            : `is changed by ${v.op}`;
      note(c, line, `image variable \${${v.name}} ${why}; left alone`);
    }
    return;
  }
  const prefix = units.slice(0, first);
  const end = repositoryEnd(literalText(prefix) ?? '');
  // A `/` after the variable means the variable was a port or a path part, not a tag.
  const slashAfter = units.slice(first).some((u) => u.t === 'c' && u.ch === '/');
  if (!end || slashAfter) {
    note(c, line, `image "${describeUnits(units)}" has a variable registry or repository; left alone`);
    return;
  }
  addSite(c, kind, prefix.slice(0, end), true, line, owner);
}
