// What `npm pack` ships, and that the packed tarball works offline through npx, as a library
// (import and require, on the Node versions `engines` names: ci.yml runs this file on its floors),
// and in a user's TypeScript project.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { parse } from 'yaml';

/** npm with no way off loopback: the registry is a closed port, the update check off. */
const NPM_LOOPBACK = { npm_config_registry: 'http://127.0.0.1:9/', npm_config_update_notifier: 'false' };
const npm = (args: string[], cwd: string) =>
  execFileSync('npm', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...NPM_LOOPBACK },
    stdio: ['ignore', 'pipe', 'pipe'],
  });

let tmp: string;
let tarball: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'ept-pack-'));
  const name = npm(['pack', '--pack-destination', tmp], process.cwd()).trim().split('\n').pop()!;
  tarball = join(tmp, name);
}, 60_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

test('the package ships the CLI, the library and its types, and nothing else; no runtime dependencies', () => {
  const [info] = JSON.parse(npm(['pack', '--dry-run', '--json'], process.cwd()));
  const files: string[] = info.files.map((f: { path: string }) => f.path).sort();
  expect(files).toContain('dist/cli.js');
  expect(files).toContain('dist/lib/index.js');
  expect(files).toContain('dist/lib/index.d.ts');
  expect(files).toContain('dist/lib/types/index.d.ts');
  // The CLI is dist/cli.js and its folder (the entry and ncc's chunk files beside it).
  expect(files).toContain('dist/cli/index.js');
  expect(files.filter((f) => f.startsWith('dist/cli/'))).toEqual(
    readdirSync('dist/cli')
      .map((f) => `dist/cli/${f}`)
      .sort(),
  );
  expect(
    files.filter(
      (f) => !/^(dist\/cli\.js|dist\/cli\/.*|dist\/lib\/.*|README\.md|LICENSE|package\.json)$/.test(f),
    ),
  ).toEqual([]);
  expect(files).toContain('LICENSE');
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  expect(pkg.dependencies ?? {}).toEqual({});
  expect(pkg.bin).toEqual({ 'ecr-pull-through': 'dist/cli.js' });
  // Types first; import and require (Node >= 20.19 loads ESM through require) reach the same file.
  expect(Object.keys(pkg.exports['.'])[0]).toBe('types');
  expect(pkg.exports['.']).toEqual({
    types: './dist/lib/index.d.ts',
    import: './dist/lib/index.js',
    require: './dist/lib/index.js',
    default: './dist/lib/index.js',
  });
  expect(readFileSync('dist/cli.js', 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  // Every bundle is an ES module, as the package says ("type": "module") and ncc writes beside them.
  expect(pkg.type).toBe('module');
  expect(JSON.parse(readFileSync('dist/cli/package.json', 'utf8'))).toEqual({ type: 'module' });
  expect(JSON.parse(readFileSync('dist/lib/package.json', 'utf8'))).toEqual({ type: 'module' });
});

test('npx runs the packed tarball offline', () => {
  const out = execFileSync(
    'npx',
    [
      '--yes',
      '--offline',
      '--cache',
      join(tmp, 'cache'),
      '--package',
      tarball,
      'ecr-pull-through',
      'map',
      'node:20',
      '--registry',
      'r.example.com',
      '--rule',
      'docker-hub=docker.io',
    ],
    {
      cwd: tmp,
      encoding: 'utf8',
      env: { ...process.env, ...NPM_LOOPBACK },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  expect(out).toBe('r.example.com/docker-hub/library/node:20\n');
}, 60_000);

test('the packed library installs offline and imports as ESM', () => {
  const proj = join(tmp, 'proj');
  mkdirSync(proj);
  writeFileSync(join(proj, 'package.json'), JSON.stringify({ name: 'p', private: true, type: 'module' }));
  npm(['install', '--offline', '--no-audit', '--no-fund', '--cache', join(tmp, 'cache'), tarball], proj);
  const script = `import { mapImage, rewriteText, login, warm, prepare } from 'ecr-pull-through';
const t = { registry: 'r.example.com', rules: [{ ecrRepositoryPrefix: 'hub', upstreamRegistryUrl: 'registry-1.docker.io' }] };
console.log(mapImage('node:20', t).uri, rewriteText('FROM alpine\\n', 'dockerfile', t).output.trim(), typeof login, typeof warm, typeof prepare);`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: proj,
    encoding: 'utf8',
  });
  expect(out).toBe(
    'r.example.com/hub/library/node:20 FROM r.example.com/hub/library/alpine function function function\n',
  );
}, 60_000);

test('the packed library loads through require from CommonJS', () => {
  const proj = join(tmp, 'cjs');
  mkdirSync(proj);
  writeFileSync(join(proj, 'package.json'), JSON.stringify({ name: 'c', private: true }));
  npm(['install', '--offline', '--no-audit', '--no-fund', '--cache', join(tmp, 'cache'), tarball], proj);
  const script = `const { mapImage } = require('ecr-pull-through');
const t = { registry: 'r.example.com', rules: [{ ecrRepositoryPrefix: 'hub', upstreamRegistryUrl: 'docker.io' }] };
console.log(mapImage('alpine:3.20', t).uri);`;
  const out = execFileSync(process.execPath, ['-e', script], {
    cwd: proj,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  expect(out).toBe('r.example.com/hub/library/alpine:3.20\n');
}, 60_000);

test('the license is MIT, as package.json says; the action manifest fits the Marketplace', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  expect(pkg.license).toBe('MIT');
  expect(readFileSync('LICENSE', 'utf8')).toMatch(/^MIT License\n/);
  const description = /^description: (.+)$/m.exec(readFileSync('action.yml', 'utf8'))?.[1] ?? '';
  expect(description.length).toBeGreaterThan(20);
  expect(description.length).toBeLessThan(125);
});

test('engines names the first releases whose require() loads an ES module; CI runs this file on them', () => {
  // require(esm) without a flag: Node 20.19.0 and 22.12.0, never 21 (`>=20.19` let 22.0-22.11 in).
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  expect(pkg.engines).toEqual({ node: '^20.19.0 || >=22.12.0' });
  const floor = (
    parse(readFileSync('.github/workflows/ci.yml', 'utf8')) as {
      jobs: Record<string, { strategy?: { matrix: { node: unknown[] } }; steps: { run?: string }[] }>;
    }
  ).jobs.floor!;
  expect(floor.strategy?.matrix.node.map(String)).toEqual(['20.19.0', '22.12.0']);
  expect(floor.steps.map((s) => s.run)).toContain('npm run test:unit -- test/package.test.ts');
});

test('the shipped declarations name nothing but each other and Node: no devDependency (yaml, @aws-sdk)', () => {
  const [info] = JSON.parse(npm(['pack', '--dry-run', '--json'], process.cwd()));
  const dts: string[] = info.files
    .map((f: { path: string }) => f.path)
    .filter((f: string) => f.endsWith('.d.ts'));
  expect(dts).toContain('dist/lib/types/index.d.ts');
  const named = dts.flatMap((file) => {
    const found = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    return [
      ...found.importedFiles.map((i) => i.fileName).filter((m) => !m.startsWith('.') && !isBuiltin(m)),
      ...found.typeReferenceDirectives.map((t) => t.fileName).filter((t) => t !== 'node'),
    ].map((m) => `${file}: ${m}`);
  });
  expect(named).toEqual([]);
});

/** The README's library example: the TypeScript block of its Library section, as a user copies it. */
function readmeLibraryExample(): string {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('\n## Library\n'));
  const block = /```ts\n([\s\S]*?)```/.exec(section)?.[1];
  if (!block) throw new Error("README.md's Library section has no ```ts block");
  return block;
}

test("the packed types compile in a strict user project (skipLibCheck: false, nodenext) with the README's example", () => {
  const proj = join(tmp, 'types');
  mkdirSync(proj);
  writeFileSync(join(proj, 'package.json'), JSON.stringify({ name: 't', private: true, type: 'module' }));
  npm(['install', '--offline', '--no-audit', '--no-fund', '--cache', join(tmp, 'cache'), tarball], proj);
  const example = readmeLibraryExample();
  // Every export the README's example names is one the package has.
  const names = /import \{([^}]+)\} from 'ecr-pull-through'/
    .exec(example)?.[1]
    ?.split(',')
    .map((n) => n.trim());
  expect(names?.length).toBeGreaterThanOrEqual(6);
  writeFileSync(join(proj, 'readme.ts'), example);
  // The library example from examples/, checked as the JavaScript it is.
  copyFileSync('examples/prepare-build.mjs', join(proj, 'prepare-build.mjs'));
  writeFileSync(
    join(proj, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        skipLibCheck: false,
        module: 'nodenext',
        moduleResolution: 'nodenext',
        target: 'es2022',
        noEmit: true,
        allowJs: true,
        checkJs: true,
        // A Node project's own @types/node: this repository's, the lowest version it supports.
        typeRoots: [join(process.cwd(), 'node_modules/@types')],
        types: ['node'],
      },
      files: ['readme.ts', 'prepare-build.mjs'],
    }),
  );
  const tsc = spawnSync(
    process.execPath,
    [join(process.cwd(), 'node_modules/typescript/bin/tsc'), '-p', proj],
    {
      cwd: proj,
      encoding: 'utf8',
    },
  );
  expect(tsc.stdout + tsc.stderr).toBe('');
  expect(tsc.status).toBe(0);
  // And the compiler read the package's own declarations, not some other copy.
  const listed = spawnSync(
    process.execPath,
    [join(process.cwd(), 'node_modules/typescript/bin/tsc'), '-p', proj, '--listFilesOnly'],
    { cwd: proj, encoding: 'utf8' },
  ).stdout;
  expect(listed).toContain(join(proj, 'node_modules/ecr-pull-through/dist/lib/types/index.d.ts'));
}, 120_000);
