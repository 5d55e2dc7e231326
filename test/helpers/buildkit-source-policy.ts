// BuildKit's source policy engine, as moby/buildkit sourcepolicy and util/wildcard define it, for
// tests of the policies we emit (no BuildKit >= 0.12 runs offline here):
// - an image source's identifier is `docker-image://` + the fully normalized name, with `:latest`
//   added only to a name with neither tag nor digest (reference.TagNameOnly);
// - WILDCARD (the default match type): the selector is regexp-quoted, each `*` becomes `(.*)`, and it
//   is anchored at both ends; `${N}` in the update is the N-th capture (Go's Regexp.ExpandString);
// - rules are tried in order and the first CONVERT that changes the identifier wins; the policy then
//   runs again on the new identifier, at most 20 times.
import { formatImageRef, parseImageRef } from '../../src/core/image/reference.js';

export interface PolicyRule {
  action: string;
  selector: { identifier: string; match_type?: string };
  updates?: { identifier: string };
}

/** The identifier BuildKit gives an image source for `image` as a Dockerfile writes it. */
export function imageIdentifier(image: string): string {
  const ref = parseImageRef(image);
  const tagged = ref.tag === undefined && ref.digest === undefined ? { ...ref, tag: 'latest' } : ref;
  return `docker-image://${formatImageRef(tagged)}`;
}

function wildcard(selector: string): RegExp {
  if (selector.includes('**')) throw new Error(`invalid wildcard: "**" in ${selector}`);
  const quoted = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replaceAll('\\*', '(.*)');
  return new RegExp(`^${quoted}$`, 's');
}

/** Go's ExpandString for `${N}` (the only template form our policies use). */
function expand(template: string, captures: RegExpExecArray): string {
  return template.replace(/\$\{(\d+)\}/g, (_, n: string) => captures[Number(n)] ?? '');
}

/** Evaluate a policy's CONVERT rules on an identifier, as BuildKit's engine does. */
export function evaluatePolicy(rules: readonly PolicyRule[], identifier: string): string {
  let current = identifier;
  for (let i = 0; ; i++) {
    if (i > 20) throw new Error('too many mutations on a single source');
    let mutated = false;
    for (const rule of rules) {
      if ((rule.selector.match_type ?? 'WILDCARD') !== 'WILDCARD') throw new Error('only WILDCARD here');
      // An identifier equal to the selector matches too; the anchored wildcard covers that case.
      const m = wildcard(rule.selector.identifier).exec(current);
      if (!m || rule.action !== 'CONVERT') continue;
      const dest = expand(rule.updates?.identifier ?? rule.selector.identifier, m);
      if (dest !== '' && dest !== current) {
        current = dest;
        mutated = true;
        break;
      }
    }
    if (!mutated) return current;
  }
}
