// Which global ARG defaults a rewrite may change. A default is rewritten only when every use of
// its ARG in a pull passes the value on unchanged, as the whole image reference or as its
// repository; a file is never made to pull a wrong image. Admitted, in a FROM image or in the
// default of another ARG used so:
//   - the whole word: `$X`, `${X}`, or `${X:-w}`, `${X-w}`, `${X:?m}`, `${X?m}` (X's value
//     unchanged whenever X is set and not empty);
//   - the repository part: one of those first, then `:` or `@` and no `/` after it:
//     `${X}:1.2`, `$X@sha256:...`, `${X}:${TAG}`.
// Any other use blocks it: a prefix (`registry.example.com/mirror/${X}`, `e:${X}`), other text
// after it (`${X}-slim`, `${X}:5000/app`), an operator that changes the value (`${X#*/}`,
// `${X/a/b}`), a pattern (`${Y#$X}`), a FROM flag (`--platform=$X`). `${X:+w}` uses only whether
// X is set, which a rewritten default keeps. Values flow through ARG defaults: an ARG whose value
// is changed passes that on to every ARG its default names.

import { ALL_ARGS, type GlobalArg, type GlobalArgs, visibleArg } from './scope.js';
import { isRepositoryThenSuffix, passesValue } from './sites.js';
import { describeUnits, isAlternateOperator, isDefaultOperator, type Unit } from './words.js';

/** A word of a FROM instruction that may name global ARGs. */
export interface ArgUse {
  readonly units: readonly Unit[];
  readonly line: number;
  /** The FROM image (true), or a flag of it (false: any ARG there has its value taken otherwise). */
  readonly image: boolean;
}

/** Where an ARG's value is taken other than as an image or its repository. */
export interface Blocking {
  readonly line: number;
  readonly word: string;
}

/** The global ARGs whose defaults must stay as written, each with the first use that says so. */
export function blockedArgs(args: GlobalArgs, uses: readonly ArgUse[]): Map<GlobalArg, Blocking> {
  const blocked = new Map<GlobalArg, Blocking>();
  const seen = new Set<string>();

  const visit = (units: readonly Unit[], plain: boolean, before: number, where: Blocking): void => {
    // As a whole (or a repository then its suffix), the word passes a variable's value on as it is.
    const passes = plain && (units.length === 1 || isRepositoryThenSuffix(units));
    for (let k = 0; k < units.length; k++) {
      const u = units[k]!;
      if (u.t === 'c') continue;
      const first = k === 0 && passes;
      if (!isAlternateOperator(u.op))
        reach(visibleArg(args, u.name, before), first && passesValue(u.op), where);
      if (!u.word) continue;
      // The word of ${X:-w} or ${X:+w} stands for the whole value; of ${X#w} and the like, a pattern.
      const stands = isDefaultOperator(u.op) || isAlternateOperator(u.op);
      visit(u.word, first && units.length === 1 && stands, before, where);
    }
  };

  const reach = (arg: GlobalArg | undefined, plain: boolean, where: Blocking): void => {
    if (!arg) return;
    if (!plain && !blocked.has(arg)) blocked.set(arg, where);
    const key = `${arg.order}:${plain}`;
    if (seen.has(key)) return;
    seen.add(key);
    // Inside a default passed on as it is, a change is made by that default's own text; inside one
    // whose value is changed, everything is changed where that value is.
    const inside = plain ? { line: arg.line, word: describeUnits(arg.units ?? []) } : where;
    if (arg.units) visit(arg.units, plain, arg.order, inside);
  };

  for (const use of uses)
    visit(use.units, use.image, ALL_ARGS, { line: use.line, word: describeUnits(use.units) });
  return blocked;
}
