// A copy of the built bundles that any user can read, for tests that run them as another user: the
// checkout's parents may be closed to that user (a `mktemp -d` clone, /root, a 0750 home).
import { chmodSync, cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The bundles under test: the committed dist/, or another build (EPT_DIST, as in the other tests). */
const DIST = process.env.EPT_DIST ?? join(process.cwd(), 'dist');

/** A fresh 0755 temp directory holding a copy of dist/ (as `dist`); the caller removes `dir`. */
export function readableCopy(): { dir: string; dist: string } {
  const dir = mkdtempSync(join(tmpdir(), 'ept-readable-'));
  chmodSync(dir, 0o755);
  const dist = join(dir, 'dist');
  cpSync(DIST, dist, { recursive: true });
  return { dir, dist };
}
