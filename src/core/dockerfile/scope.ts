// What a word of a Dockerfile can see, as BuildKit scopes it. Global ARGs (declared before the first
// FROM): each default is expanded once, where it is declared, with only the ARGs declared before it
// set; FROM sees them all. Stages: FROM sees the stages declared before it; COPY --from sees any
// stage of the file, by name or by index; a mount's from= sees stages by name only.

import { isAlternateOperator, isDefaultOperator, type Unit } from './words.js';

/** A global ARG (declared before the first FROM). */
export interface GlobalArg {
  readonly name: string;
  /** 1-based line of its declaration. */
  readonly line: number;
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

/** The global ARGs of a file: each name's declarations, in order, and how many were declared. */
export interface GlobalArgs {
  readonly byName: Map<string, GlobalArg[]>;
  count: number;
}

/** What a word can see of the global ARGs: those declared before `order` (FROM sees them all). */
export const ALL_ARGS = Number.POSITIVE_INFINITY;

export function emptyGlobalArgs(): GlobalArgs {
  return { byName: new Map(), count: 0 };
}

/** Declare a global ARG, with its default as written (`units`) or without one. */
export function declareGlobalArg(
  args: GlobalArgs,
  name: string,
  line: number,
  units?: readonly Unit[],
): void {
  const declarations = args.byName.get(name) ?? [];
  args.byName.set(name, declarations);
  // Declared again without a default: the earlier default stays.
  if (units === undefined && declarations.length > 0) return;
  const order = args.count++;
  if (units === undefined) {
    declarations.push({ name, line, order });
    return;
  }
  const value = expandWord(args, units, order);
  declarations.push({ name, line, units, order, ...(value !== undefined && { value }) });
}

/** The declaration of `name` a word sees when only ARGs declared before `before` are set. */
export function visibleArg(args: GlobalArgs, name: string, before: number): GlobalArg | undefined {
  const declarations = args.byName.get(name) ?? [];
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
export function expandWord(args: GlobalArgs, units: readonly Unit[], before: number): string | undefined {
  let s = '';
  for (let k = 0; k < units.length; k++) {
    const u = units[k]!;
    if (u.t === 'c') {
      s += u.ch;
      continue;
    }
    // An ARG without a default is set by --build-arg: unknown here, as is an undeclared name.
    const value = visibleArg(args, u.name, before)?.value;
    if (u.op === '' || u.op === ':?' || u.op === '?') {
      if (value === undefined) return undefined;
      s += value;
    } else if (isDefaultOperator(u.op) && u.word) {
      const useDefault = u.op === ':-' ? !value : value === undefined;
      const part = useDefault ? expandWord(args, u.word, before) : value;
      if (part === undefined) return undefined;
      s += part;
    } else if (isAlternateOperator(u.op) && u.word) {
      if (value === undefined) return undefined;
      const set = u.op === ':+' ? value !== '' : true;
      const part = set ? expandWord(args, u.word, before) : '';
      if (part === undefined) return undefined;
      s += part;
    } else return undefined;
  }
  return s;
}

/**
 * How a word names an image. FROM: stages declared before it, variables followed to global ARG
 * defaults. COPY --from: any stage of the file, or a stage index. A mount's from=: any stage of
 * the file by name; a number is an image (dockerfile2llb convert_runmount.go detectRunMount looks
 * it up with findStateByName only, where convert.go toCommand tries strconv.Atoi for COPY first).
 */
export type Scope = 'from' | 'copy' | 'mount';

/** Stage names, lowercased: those declared so far, and every one in the file. */
export interface Stages {
  readonly earlier: Set<string>;
  readonly all: Set<string>;
}

/** True when a word's value names a stage (or `scratch`) rather than an image. */
export function isStageOrScratch(stages: Stages, value: string, scope: Scope): boolean {
  const v = value.toLowerCase();
  if (v === 'scratch') return true;
  if (scope === 'from') return stages.earlier.has(v);
  return stages.all.has(v) || (scope === 'copy' && isStageIndex(v));
}

const INT64_MAX = '9223372036854775807';

/**
 * What Go's strconv.Atoi takes as a number, which COPY --from then takes as a stage index (an
 * index out of range fails the build, so it is no image either): an optional sign and ASCII
 * digits, within int64. A longer number is a name, and so an image.
 */
function isStageIndex(v: string): boolean {
  const m = /^([+-]?)0*(\d*)$/.exec(v);
  if (!m || !/\d/.test(v)) return false;
  const digits = m[2]!;
  const limit = m[1] === '-' ? '9223372036854775808' : INT64_MAX;
  return digits.length < limit.length || (digits.length === limit.length && digits <= limit);
}
