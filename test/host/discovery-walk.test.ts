// The walk gives the same files, in the same order, with the same `chosen` flags as the walk it
// replaced (path.relative for glob matchers, a sort of every listing, two regexes per name), which
// is kept here as the reference.
import {
  type Dirent,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  type Stats,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { discoverSources, type PathMatcher } from '../../src/host/discovery.js';
import { kindOfFileName, kindOfName } from '../../src/host/files.js';
import { globMatchers } from '../../src/host/globs.js';

/** kindOfName as it was: five regexes. */
function referenceKind(path: string): string | undefined {
  const name = basename(path);
  if (/^(Dockerfile|Containerfile)([.-].*)?$/i.test(name) || /[._-](dockerfile|containerfile)$/i.test(name)) {
    return 'dockerfile';
  }
  if (/\.ya?ml$/i.test(name)) return 'yaml';
  if (/\.images$/i.test(name) || /^images\.txt$/i.test(name)) return 'list';
  return undefined;
}

/** The walk as it was (files and their `chosen` flags; problems and listings are not compared). */
function referenceWalk(paths: readonly string[], matchers: readonly PathMatcher[]) {
  const chosen = (rel: string) =>
    matchers.length ? matchers.some((m) => m(rel)) : referenceKind(rel) !== undefined;
  const files = new Map<string, { path: string; chosen: boolean }>();
  for (const p of paths) {
    let st: Stats;
    try {
      st = statSync(p);
    } catch {
      continue;
    }
    if (st.isFile()) {
      files.set(p, { path: p, chosen: true });
      continue;
    }
    if (!st.isDirectory()) continue;
    const walk = (dir: string): void => {
      const entries: Dirent[] = readdirSync(dir, { withFileTypes: true });
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const e of entries) {
        const full = join(dir, e.name);
        if (e.isDirectory()) {
          if (!['.git', 'node_modules', '.hg', '.svn'].includes(e.name)) walk(full);
        } else if (e.isFile() && chosen(relative(p, full)) && !files.has(full)) {
          files.set(full, { path: full, chosen: matchers.length > 0 });
        }
      }
    };
    walk(p);
  }
  return [...files.values()];
}

const NAMES = [
  'Dockerfile',
  'dockerfile',
  'DOCKERFILE.dev',
  'Dockerfile-prod',
  'Dockerfile_x',
  'Dockerfiles',
  'app.Dockerfile',
  'app-containerfile',
  'app_Containerfile',
  'appdockerfile',
  'Containerfile',
  'Containerfile.arm64',
  'Dockerfile.yaml',
  'compose.yaml',
  'compose.YML',
  'deploy.yml.bak',
  '.yaml',
  'base.images',
  'IMAGES.TXT',
  'images.txt.orig',
  'my-images.txt',
  'README.md',
  'main.ts',
  'Ärger.Dockerfile',
  '\u{1F433}.dockerfile', // a supplementary character (UTF-16 surrogates sort before U+E000..U+FFFF)
  '\uFF21.dockerfile', // a fullwidth A: after the whale in UTF-16 order, before it in UTF-8 order
  'B.yaml',
  'a.yaml',
  '_x.yaml',
  '1.yaml',
];

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'ept-walk-'));
  const dirs = [
    '',
    'svc',
    'svc/API',
    'svc/api',
    'Svc2/deep/er',
    'k8s',
    '.github/workflows',
    'node_modules/x',
    '.git',
  ];
  dirs.forEach((d, i) => {
    mkdirSync(join(root, d), { recursive: true });
    // A different selection of names in each directory, so that every kind of name meets every depth.
    for (const [k, name] of NAMES.entries())
      if ((k + i) % 3 !== 0) writeFileSync(join(root, d, name), 'FROM x\n');
  });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('kindOfName with one pattern', () => {
  const tricky = [
    'a\n.dockerfile',
    'Dockerfile.\n',
    'x\n-dockerfile',
    'x.yaml\n',
    'a\nimages.txt',
    'b\n.images',
    '',
  ];
  test.each([...NAMES, ...tricky].map((n) => [n]))('%j: as the five regexes said', (name) => {
    expect(kindOfName(`some/dir/${name}`)).toBe(referenceKind(name));
    expect(kindOfFileName(name)).toBe(referenceKind(name));
  });
});

describe('discoverSources: same files, order and chosen flags as the reference walk', () => {
  const cases: [string, () => string[], string[]][] = [
    ['a directory, default patterns', () => [root], []],
    [
      'a trailing slash and a dot-dot on the path',
      () => [`${root}/`, `${join(root, 'svc', '..', 'k8s')}/..`],
      [],
    ],
    ['a file named, then its directory', () => [join(root, 'svc', 'main.ts'), join(root, 'svc')], []],
    ['overlapping directories', () => [join(root, 'svc'), root], []],
    ['globs on the relative path', () => [root], ['**/*.yaml', 'svc/**/Dockerfile*', 'Svc2/deep/*/*']],
    ['a glob on a name alone', () => [root, join(root, 'Svc2')], ['*.images', 'deep/er/IMAGES.TXT']],
    ['a relative path', () => [relative(process.cwd(), root)], ['svc/*']],
  ];
  test.each(cases)('%s', (_what, paths, globs) => {
    const matchers = globs.length ? globMatchers(globs) : [];
    const got = discoverSources(paths(), matchers);
    const want = referenceWalk(paths(), matchers);
    expect(want.length).toBeGreaterThan(5);
    expect(got.files).toEqual(want);
    expect(got.problems).toEqual([]);
  });

  test('its listings: the names of each walked directory where a file was found, keyed as dirname of its paths', () => {
    const { files, listings } = discoverSources([`${root}/`]);
    const dirs = new Set(files.map((f) => dirname(f.path)));
    expect([...listings.keys()].sort()).toEqual([...dirs].sort());
    for (const d of dirs) expect([...listings.get(d)!].sort()).toEqual(readdirSync(d).sort());
    // A file named on the command line was not found by a walk: its directory is not listed.
    const named = join(root, 'k8s', 'compose.yaml');
    expect(discoverSources([named]).listings.size).toBe(0);
  });
});
