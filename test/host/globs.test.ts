// Globs pick among the files the directory walk finds, so a glob that names every file of a kind
// selects exactly what the walk's own name rules do, whatever characters the paths hold: line
// breaks (`**` in picomatch is made of `.`, which stopped at them), dots, brackets, backslashes.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { discoverSources } from '../../src/host/discovery.js';
import { globMatcher, globMatchers } from '../../src/host/globs.js';

const FOLDERS = [
  'a\nb',
  'c\rd',
  'e\r\nf',
  'g\u2028h',
  '.hidden',
  'x\\y',
  '[k]',
  '{m,n}',
  'sp ace',
  '...',
  'plain',
];
let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'ept-globs-'));
  for (const folder of FOLDERS) {
    for (const dir of [join(root, folder), join(root, 'deep', folder, 'er')]) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'Dockerfile'), 'FROM node:20\n');
      writeFileSync(join(dir, 'compose.yaml'), 'services: {}\n');
    }
    writeFileSync(join(root, `${folder}.yaml`), 'services: {}\n');
  }
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Paths the walk takes with the default name rules, of one name pattern. */
const walked = (keep: (name: string) => boolean) =>
  discoverSources([root])
    .files.map((f) => f.path)
    .filter((p) => keep(basename(p)));
const globbed = (globs: string[]) => discoverSources([root], globMatchers(globs)).files.map((f) => f.path);

describe('a glob selects what the walk finds', () => {
  test.each([
    [['**/Dockerfile'], (n: string) => n === 'Dockerfile'],
    [['Dockerfile'], (n: string) => n === 'Dockerfile'],
    [['**/*.yaml'], (n: string) => n.endsWith('.yaml')],
    [['*.yaml'], (n: string) => n.endsWith('.yaml')],
    [['**/Dockerfile', '**/*.yaml'], () => true],
  ])('%j', (globs, keep) => {
    const want = walked(keep);
    expect(want.length).toBeGreaterThanOrEqual(2 * FOLDERS.length);
    expect(globbed(globs)).toEqual(want);
  });

  test.each(['a\nb/Dockerfile', 'deep/c\rd/er/Dockerfile', 'g\u2028h/compose.yaml', 'a\nb.yaml'])(
    '%j: ** and * match across line breaks in names',
    (path) => {
      const glob = path.endsWith('Dockerfile') ? '**/Dockerfile' : '**/*.yaml';
      expect(globMatcher(glob)(path)).toBe(true);
      expect(globMatcher(path.replace(/[^/]+\//g, '*/'))(path)).toBe(true);
    },
  );
});
