// Test data kept beside the checkout, in ../shared (DESIGN §2): the conformance data of other
// projects (shared/conformance) and the corpus of real Dockerfiles (shared/corpus/dockerfiles). CI
// checks it out there. A test that reads it asks here: where it is absent, the test skips with one
// warning line, except under CI=true, where a missing ../shared is an error rather than a skip.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** ../shared, beside the checkout. */
export const SHARED = join(process.cwd(), '..', 'shared');

/**
 * The path of `relative` under ../shared, or undefined when it is absent (after one warning line
 * saying what `skipped` is). Under CI=true an absent path throws: the suite fails instead.
 */
export function sharedPath(relative: string, skipped: string): string | undefined {
  const path = join(SHARED, relative);
  if (existsSync(path)) return path;
  const message = `${path} not found: ${skipped} (../shared holds the conformance data and the Dockerfile corpus)`;
  if (process.env.CI === 'true') throw new Error(`${message}; CI=true needs it`);
  console.warn(`skipped: ${message}`);
  return undefined;
}
