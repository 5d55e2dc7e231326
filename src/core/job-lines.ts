// What each phase of the job says it did, one line or a few, for the action's log groups: the
// registries logged in to, the rules found, the files rewritten, the warm summary. A user reading a
// green step's log sees what it did, as amazon-ecr-login and docker/login-action show their login.

import { displayName } from './display.js';

/** At most this many rewritten files are listed by name; the count is always given. */
export const LISTED_FILES = 20;

// biome-ignore lint/style/noRestrictedGlobals: a value the token carries; core reads no clock
type Expiry = Date;

/** One registry logged in to: host, region, method and when the token expires. */
export function loggedInLine(r: {
  readonly registry: string;
  readonly region: string;
  readonly method: string;
  readonly expiresAt: Expiry;
}): string {
  return `logged in to ${r.registry} (${r.region}, ${r.method}; expires ${r.expiresAt.toISOString()})`;
}

/** The rules found, `prefix → upstream` each; the registry is named either way. */
export function ruleLines(
  registry: string,
  rules: readonly { prefix: string; upstream: string }[],
): string[] {
  if (rules.length === 0) return [`${registry}: no pull-through cache rule`];
  return [
    `${rules.length} pull-through cache rule(s) in ${registry}:`,
    ...rules.map((r) => `  ${r.prefix} → ${r.upstream}`),
  ];
}

/** How many files were rewritten of those read, and which, up to LISTED_FILES. */
export function fileLines(rewritten: readonly string[], read: number): string[] {
  const listed = rewritten.slice(0, LISTED_FILES).map((p) => `  ${displayName(p)}`);
  const rest = rewritten.length - listed.length;
  return [
    `rewrote ${rewritten.length} of ${read} file(s)${rewritten.length ? ':' : ''}`,
    ...listed,
    ...(rest > 0 ? [`  … and ${rest} more (the rewritten-files output lists them all)`] : []),
  ];
}

/** The warm phase's outcome in one line. */
export function warmLine(images: readonly { readonly status: string }[], seconds: number): string {
  const ready = images.filter((i) => i.status === 'ready').length;
  return ready === images.length
    ? `${ready} image(s) ready in the cache (${seconds}s)`
    : `${images.length - ready} of ${images.length} image(s) not ready (${seconds}s)`;
}
