// Real-world Dockerfiles from ../shared/corpus/dockerfiles (kept outside the project; skipped when
// absent). Every file scans; only image spans change, the `# syntax=` frontend image among them;
// a second run changes nothing.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mapImage } from '../../../src/core/image/rules.js';
import { rewriteDockerfile } from '../../../src/core/rewrite/rewrite.js';
import { sharedPath } from '../../helpers/shared-data.js';
import { syntaxImage } from '../../helpers/syntax-directive.js';
import { TARGET } from '../../helpers/target.js';

const CORPUS = sharedPath(join('corpus', 'dockerfiles'), 'the corpus test') ?? '';
const files = CORPUS ? readdirSync(CORPUS).filter((f) => f !== 'INDEX.tsv' && f !== 'INDEX.md') : [];
const maybe = files.length ? describe : describe.skip;

maybe('shared Dockerfile corpus', () => {
  const read = (name: string) => readFileSync(join(CORPUS, name)).toString('latin1');

  test('has the expected real-world files', () => {
    expect(files.length).toBeGreaterThanOrEqual(100);
  });

  test('about 50 files have a # syntax= directive BuildKit reads', () => {
    expect(files.filter((f) => syntaxImage(read(f))).length).toBeGreaterThanOrEqual(45);
  });

  test.each(files)('%s', (name) => {
    const source = read(name);
    const r = rewriteDockerfile(source, TARGET);
    // The only invalid references in the corpus are deliberate test fixtures with short digests.
    for (const e of r.errors) expect(e.message).toMatch(/digest "sha256:[0-9a-f]{1,31}"/);
    // The frontend image BuildKit pulls first is rewritten in place, even where an error stops the write.
    const syntax = syntaxImage(source);
    if (syntax) {
      const m = mapImage(syntax.image, TARGET);
      if (m.kind !== 'mapped') throw new Error(`${syntax.image} has no rule in the test target`);
      expect(r.output.slice(0, syntax.start)).toBe(source.slice(0, syntax.start));
      expect(r.output.startsWith(m.uri, syntax.start)).toBe(true);
    }
    if (r.errors.length > 0) return;
    // Same lines; each changed line is the old one with each original image replaced by its URI.
    const before = source.split('\n');
    const after = r.output.split('\n');
    expect(after.length).toBe(before.length);
    const byLine = new Map<number, { from: string; to: string }[]>();
    for (const c of r.changes) byLine.set(c.line, [...(byLine.get(c.line) ?? []), c]);
    for (let i = 0; i < before.length; i++) {
      const changes = byLine.get(i + 1) ?? [];
      if (changes.length === 0) {
        expect(after[i]).toBe(before[i]);
        continue;
      }
      let restored = after[i]!;
      for (const c of changes) restored = restored.replace(c.to, c.from);
      expect(restored).toBe(before[i]);
    }
    expect(rewriteDockerfile(r.output, TARGET).output).toBe(r.output);
  });
});
