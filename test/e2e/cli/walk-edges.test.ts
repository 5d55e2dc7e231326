// Walking a directory and choosing files by glob, at the edges (issue 23), through the bundled CLI:
// a data YAML too big to judge beside a Dockerfile, under a heap of ten times its size (the yaml
// library would need a hundred); and globs that select the files the walk finds, names with line
// breaks included, refusing a brace that reaches outside the root.

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { runCli } from '../../helpers/cli.js';
import { ecr, REGISTRY, RULE_FLAGS } from '../../helpers/target.js';

const FLAGS = ['--registry', REGISTRY, ...RULE_FLAGS.flatMap((r) => ['--rule', r])];
const DOCKERFILE = 'FROM node:20\n';
const REWRITTEN = `FROM ${ecr('docker-hub/library/node:20')}\n`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ept-walk-edges-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const env = (more: NodeJS.ProcessEnv = {}) => ({ PATH: process.env.PATH, HOME: dir, ...more });

/** A list of records, neither compose nor Kubernetes, outside the plain YAML subset (flow lists). */
function dataYaml(bytes: number): string {
  const parts: string[] = ['# photo catalogue\n'];
  let length = 0;
  for (let i = 0; length < bytes; i++) {
    const item = `- id: ${i}\n  tags: [travel, ${i % 7}]\n  image: photo-${i}.jpg\n  caption: A picture, number ${i}, of somewhere\n`;
    parts.push(item);
    length += item.length;
  }
  return parts.join('');
}

/** A bundle: a big CRD outside the subset (block scalars), then a Deployment. */
function bundle(): string {
  const crd = ['apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nspec:\n  versions:\n'];
  for (let i = 0; i < 8000; i++) crd.push(`  - name: v${i}\n    description: |\n      version ${i}\n`);
  return `${crd.join('')}---\napiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - image: nginx:1.27\n`;
}

describe('rewrite DIR: a data YAML too big to judge beside a Dockerfile', () => {
  test('the Dockerfile and the bundle are rewritten, the data file left with a note, within 10x its size', async () => {
    const src = join(dir, 'src');
    mkdirSync(src);
    const data = dataYaml(30_000_000);
    writeFileSync(join(src, 'data.yaml'), data);
    writeFileSync(join(src, 'Dockerfile'), DOCKERFILE);
    writeFileSync(join(src, 'bundle.yaml'), bundle());
    const size = statSync(join(src, 'data.yaml')).size;
    // A heap of ten times the file: the yaml library needed over a hundred (1.9 GB for 11.8 MB).
    const heapMb = Math.floor((10 * size) / 1_000_000);
    const r = await runCli(['rewrite', src, ...FLAGS], {
      env: env({ NODE_OPTIONS: `--max-old-space-size=${heapMb}` }),
    });
    expect(r.stderr).not.toContain('heap');
    expect(r.code).toBe(0);
    expect(readFileSync(join(src, 'Dockerfile'), 'utf8')).toBe(REWRITTEN);
    expect(readFileSync(join(src, 'data.yaml'), 'utf8') === data).toBe(true);
    expect(readFileSync(join(src, 'bundle.yaml'), 'utf8')).toContain(
      `image: ${ecr('docker-hub/library/nginx:1.27')}`,
    );
    expect(r.stderr).toMatch(/data\.yaml:2: note: too big to judge/);
    expect(r.stderr).toMatch(/bundle\.yaml:1: note: too big to judge/);
  }, 180_000);
});

describe('globs select the files the walk finds', () => {
  const TREE: Record<string, string> = {
    'a\nb/Dockerfile': DOCKERFILE,
    'c\rd/Dockerfile': DOCKERFILE,
    'e\r\nf/deep/Dockerfile': DOCKERFILE,
    'plain/Dockerfile': DOCKERFILE,
    '.devcontainer/Dockerfile': DOCKERFILE,
    'a\nb/compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n',
  };

  function tree(root: string): void {
    for (const [path, text] of Object.entries(TREE)) {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), text);
    }
  }
  const contents = (root: string) =>
    Object.fromEntries(Object.keys(TREE).map((p) => [p, readFileSync(join(root, p), 'utf8')]));

  test("prepare --dockerfiles '**/Dockerfile' --files '**/*.yaml' rewrites what rewrite DIR does, line breaks in names included", async () => {
    const walked = join(dir, 'walked');
    const globbed = join(dir, 'globbed');
    tree(walked);
    tree(globbed);
    const w = await runCli(['rewrite', '.', ...FLAGS], { cwd: walked, env: env() });
    expect(w.code).toBe(0);
    const g = await runCli(
      [
        'prepare',
        '--no-login',
        '--no-warm',
        '--dockerfiles',
        '**/Dockerfile',
        '--files',
        '**/*.yaml',
        ...FLAGS,
      ],
      { cwd: globbed, env: env() },
    );
    expect(g.stderr).not.toContain('matches no file');
    expect(g.code).toBe(0);
    expect(contents(globbed)).toEqual(contents(walked));
    for (const [path, text] of Object.entries(contents(walked)))
      expect([path, text]).not.toEqual([path, TREE[path]]);
  }, 60_000);

  test.each([
    ['prepare', '--dockerfiles'],
    ['rewrite', '--include'],
  ])(
    '%s %s with a brace that has a .. alternative: refused as outside the root (it matched nothing)',
    async (command, flag) => {
      tree(dir);
      const args = command === 'prepare' ? ['prepare', '--no-login', '--no-warm'] : ['rewrite', '.'];
      const r = await runCli([...args, flag, '{plain,..}/Dockerfile', ...FLAGS], { cwd: dir, env: env() });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('"{plain,..}/Dockerfile" points outside');
      expect(readFileSync(join(dir, 'plain', 'Dockerfile'), 'utf8')).toBe(DOCKERFILE);
      expect(readdirSync(dir).sort()).toEqual(['.devcontainer', 'a\nb', 'c\rd', 'e\r\nf', 'plain']);
    },
  );
});
