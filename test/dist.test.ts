// dist/ is committed and must be what the sources build to.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

function files(root: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d)) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(root, p));
    }
  };
  walk(root);
  return out.sort();
}

test('dist/ matches a fresh build of the sources', () => {
  const out = mkdtempSync(join(tmpdir(), 'ept-dist-'));
  try {
    execFileSync(process.execPath, ['scripts/build.mjs', '--out', out], { stdio: 'pipe' });
    expect(files('dist')).toEqual(files(out));
    const stale = files(out).filter((f) => !readFileSync(join(out, f)).equals(readFileSync(join('dist', f))));
    expect(stale).toEqual([]);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}, 120_000);
