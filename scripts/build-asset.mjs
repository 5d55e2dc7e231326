// `npm run build:asset -- DIR`: the CLI for places npm cannot reach (a private subnet with no NAT),
// as DIR/ecr-pull-through.tgz: the built CLI (dist/cli.js and dist/cli/, the same files npm ships)
// in a folder `ecr-pull-through/`. Run it with `tar -xzf ecr-pull-through.tgz &&
// node ecr-pull-through/cli.js ...`. `--from DIST` packs another build (default dist/).
//
// Why an archive and not one bundled .mjs file: one file without lazy chunks makes every command
// parse the whole CLI, AWS SDK included. Measured on Node 20 and 24 (busy machine, medians of
// alternating rounds): the one file took about twice `node -e 0` for --version and map, while the
// archive's cli.js starts as the npm package does (~1.05x for --version, ~1.3x for map). The archive
// also holds the very files the tests run, with no second bundler.
//
// Needs GNU tar (ubuntu runners have it) for a byte-for-byte repeatable archive.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const fromFlag = args.indexOf('--from');
const from = fromFlag === -1 ? 'dist' : args.splice(fromFlag, 2)[1];
const [dir] = args;
if (!dir || args.length !== 1) {
  console.error('usage: npm run build:asset -- DIR [--from DIST]');
  process.exit(2);
}

const stage = mkdtempSync(join(tmpdir(), 'ept-asset-'));
try {
  const root = join(stage, 'ecr-pull-through');
  mkdirSync(root);
  cpSync(join(from, 'cli.js'), join(root, 'cli.js'));
  cpSync(join(from, 'cli'), join(root, 'cli'), { recursive: true });
  // cli.js is an ES module; outside the npm package nothing else says so.
  writeFileSync(join(root, 'package.json'), '{"type":"module"}\n');
  const tar = execFileSync(
    'tar',
    [
      '--sort=name',
      '--owner=0',
      '--group=0',
      '--numeric-owner',
      '--mode=go-w',
      '--mtime=@0',
      '-cf',
      '-',
      'ecr-pull-through',
    ],
    { cwd: stage, maxBuffer: 64 * 1024 * 1024 },
  );
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'ecr-pull-through.tgz'), gzipSync(tar, { level: 9 }));
  console.log(resolve(dir, 'ecr-pull-through.tgz'));
} finally {
  rmSync(stage, { recursive: true, force: true });
}
