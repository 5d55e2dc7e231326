// Builds the committed bundles: one self-contained file per entry, no lazy chunks.
//   dist/cli.js        the npx CLI
//   dist/index.js      the GitHub Action (main and post)
//   dist/lib/index.js  the library, with its .d.ts files in dist/lib/types
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const entries = [
  { src: 'src/cli/main.ts', out: 'dist/cli.js', shebang: true },
  { src: 'src/action/main.ts', out: 'dist/index.js' },
  { src: 'src/index.ts', out: 'dist/lib/index.js' },
];
const ncc = join('node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');

for (const entry of entries) {
  if (!existsSync(entry.src)) continue;
  const tmp = mkdtempSync(join(tmpdir(), 'ept-build-'));
  try {
    execFileSync(process.execPath, [ncc, 'build', entry.src, '-o', tmp, '--minify', '--no-source-map-register', '--quiet', '--target', 'es2022'], { stdio: 'inherit' });
    const files = readdirSync(tmp).filter((f) => f !== 'package.json');
    if (files.length !== 1) throw new Error(`${entry.src}: expected one bundle file, got ${files.join(', ')}`);
    let code = readFileSync(join(tmp, files[0]), 'utf8');
    code = code.replace(/^#!.*\n/, '');
    if (entry.shebang) code = `#!/usr/bin/env node\n${code}`;
    writeFileSync(entry.out, code);
    if (entry.shebang) chmodSync(entry.out, 0o755);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

rmSync('dist/lib/types', { recursive: true, force: true });
execFileSync(process.execPath, [join('node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
writeFileSync('dist/lib/index.d.ts', "export * from './types/index.js';\n");
