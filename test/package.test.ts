// What `npm pack` ships, and that the packed tarball works offline through npx and as a library.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const npm = (args: string[], cwd: string) =>
  execFileSync('npm', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, npm_config_update_notifier: 'false' },
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
    { cwd: tmp, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
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
