// Which YAML is rewritten: in a directory walk only container manifests (compose files, Kubernetes
// objects), decided per document; a file the user chose is rewritten whatever it holds; workflows
// are never rewritten silently.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../helpers/cli.js';
import { ecr, REGISTRY, RULE_FLAGS } from '../../helpers/target.js';

const FLAGS = ['--registry', REGISTRY, ...RULE_FLAGS.flatMap((r) => ['--rule', r])];
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ept-yaml-scope-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function repo(files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}
const read = (path: string) => readFileSync(join(dir, path), 'utf8');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const SITE_CONFIG = 'title: My blog\nimage: logo.png\n';
const FRONT_MATTER = '---\ntitle: Hello\nimage: cover.webp\n---\n';
const OPENAPI = [
  'openapi: 3.0.3',
  'info: {title: Posts, version: "1"}',
  'components:',
  '  schemas:',
  '    Post:',
  '      type: object',
  '      example:',
  '        title: First',
  '        image: header.jpg',
  '',
].join('\n');
const WORKFLOW = [
  'on: push',
  'jobs:',
  '  test:',
  '    runs-on: ubuntu-latest',
  '    container:',
  '      image: node:20',
  '    services:',
  '      db:',
  '        image: postgres:16',
  '    steps:',
  '      - run: npm test',
  '',
].join('\n');
const HELM_VALUES = 'replicaCount: 2\nimage: nginx:1.27\n';

describe('rewrite: which YAML holds image references', () => {
  test('a directory walk rewrites compose files and Kubernetes objects only, and notes the other YAML', async () => {
    const list = [
      'apiVersion: v1',
      'kind: List',
      'items:',
      '  - apiVersion: v1',
      '    kind: Pod',
      '    spec:',
      '      containers:',
      '        - name: a',
      '          image: nginx:1.27',
      '',
    ].join('\n');
    const crd = [
      'apiVersion: argoproj.io/v1alpha1',
      'kind: Workflow',
      'spec:',
      '  templates:',
      '    - name: hello',
      '      container:',
      '        image: alpine:3.20',
      '',
    ].join('\n');
    // One file, three documents: a Deployment, a plain config, a Service (no images).
    const mixed = [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'spec:',
      '  template:',
      '    spec:',
      '      containers:',
      '        - image: busybox:1.36',
      '---',
      'banner:',
      '  image: banner.png',
      '---',
      'apiVersion: v1',
      'kind: Service',
      '',
    ].join('\n');
    repo({
      'compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n',
      'k8s/list.yaml': list,
      'k8s/crd.yaml': crd,
      'k8s/mixed.yaml': mixed,
      'site/_config.yml': SITE_CONFIG,
      'content/post/index.yaml': FRONT_MATTER,
      'api/openapi.yaml': OPENAPI,
      'chart/values.yaml': HELM_VALUES,
    });
    const r = await runCli(['rewrite', ...FLAGS, dir]);
    expect(r.code).toBe(0);
    expect(read('compose.yaml')).toBe(
      `services:\n  web:\n    image: ${ecr('docker-hub/library/nginx:1.27')}\n`,
    );
    expect(read('k8s/list.yaml')).toBe(list.replace('nginx:1.27', ecr('docker-hub/library/nginx:1.27')));
    expect(read('k8s/crd.yaml')).toBe(crd.replace('alpine:3.20', ecr('docker-hub/library/alpine:3.20')));
    expect(read('k8s/mixed.yaml')).toBe(
      mixed.replace('busybox:1.36', ecr('docker-hub/library/busybox:1.36')),
    );
    expect(read('site/_config.yml')).toBe(SITE_CONFIG);
    expect(read('content/post/index.yaml')).toBe(FRONT_MATTER);
    expect(read('api/openapi.yaml')).toBe(OPENAPI);
    expect(read('chart/values.yaml')).toBe(HELM_VALUES);
    // Each document left alone is noted (a note, not an error), at its first image: line.
    for (const [path, line] of [
      ['site/_config.yml', 2],
      ['content/post/index.yaml', 3],
      ['api/openapi.yaml', 9],
      ['chart/values.yaml', 2],
      ['k8s/mixed.yaml', 10],
    ] as const) {
      expect(r.stderr).toMatch(
        new RegExp(`${escape(join(dir, path))}:${line}: note: .*not a compose file .*or a Kubernetes object`),
      );
    }
    expect(r.stderr).not.toContain('error');
    expect(r.stderr).toContain('rewrote 4 of 8 file(s)');
  });

  test('a YAML file the user chooses (named, --include, --type yaml) is rewritten without those markers', async () => {
    repo({ 'chart/values.yaml': HELM_VALUES, 'other/values.yaml': HELM_VALUES, 'x/conf.yml': HELM_VALUES });
    const expected = HELM_VALUES.replace('nginx:1.27', ecr('docker-hub/library/nginx:1.27'));
    const named = await runCli(['rewrite', ...FLAGS, join(dir, 'chart/values.yaml')]);
    expect(named.code).toBe(0);
    expect(read('chart/values.yaml')).toBe(expected);
    const included = await runCli(['rewrite', ...FLAGS, '--include', 'other/values.yaml', dir]);
    expect(included.code).toBe(0);
    expect(read('other/values.yaml')).toBe(expected);
    const typed = await runCli(['rewrite', ...FLAGS, '--type', 'yaml', join(dir, 'x')]);
    expect(typed.code).toBe(0);
    expect(read('x/conf.yml')).toBe(expected);
  });

  test('a workflow met in a walk is left alone with a note saying why; named, it is rewritten with the same warning', async () => {
    repo({ '.github/workflows/ci.yml': WORKFLOW, Dockerfile: 'FROM node:20\n' });
    const walk = await runCli(['rewrite', ...FLAGS, dir]);
    expect(walk.code).toBe(0);
    expect(read('.github/workflows/ci.yml')).toBe(WORKFLOW);
    expect(read('Dockerfile')).toBe(`FROM ${ecr('docker-hub/library/node:20')}\n`);
    expect(walk.stderr).toMatch(/ci\.yml:6: note: .*workflow.*before any step.*left alone/);
    const named = await runCli(['rewrite', ...FLAGS, join(dir, '.github/workflows/ci.yml')]);
    expect(named.code).toBe(0);
    expect(read('.github/workflows/ci.yml')).toBe(
      WORKFLOW.replace('node:20', ecr('docker-hub/library/node:20')).replace(
        'postgres:16',
        ecr('docker-hub/library/postgres:16'),
      ),
    );
    expect(named.stderr).toMatch(/ci\.yml:6: note: .*workflow.*before any step/);
  });
});
