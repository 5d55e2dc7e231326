import { parseAllDocuments } from 'yaml';
import { rewriteYaml } from '../../../src/core/rewrite/yaml.js';
import { ecr, TARGET } from '../../helpers/target.js';

describe('YAML image: values', () => {
  test('compose: plain and quoted values, comments and layout kept; built images left alone', () => {
    const src = [
      'services:',
      '  web:',
      '    image: "nginx:1.27"   # front',
      '    ports: ["80:80"]',
      '  cache:',
      "    image: 'bitnami/redis:7.4'",
      '  db:',
      '    image: postgres:16',
      '  app:',
      '    build: .',
      '    image: myorg/app:dev',
      '  tmpl:',
      '    image: ${REGISTRY}/x:1',
      '',
    ].join('\n');
    const r = rewriteYaml(src, TARGET);
    expect(r.output).toBe(
      src
        .replace('"nginx:1.27"', `"${ecr('docker-hub/library/nginx:1.27')}"`)
        .replace("'bitnami/redis:7.4'", `'${ecr('docker-hub/bitnami/redis:7.4')}'`)
        .replace('postgres:16', ecr('docker-hub/library/postgres:16')),
    );
    expect(r.notes.map((n) => n.line)).toEqual([11, 13]);
    expect(rewriteYaml(r.output, TARGET).output).toBe(r.output);
  });

  test('Kubernetes: multi-document, any kind, containers and initContainers, flow style', () => {
    const src = [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'spec:',
      '  template:',
      '    spec:',
      '      initContainers:',
      '        - name: init',
      '          image: busybox:1.36',
      '      containers:',
      '        - {name: app, image: ghcr.io/o/app:1.0}',
      '---',
      'apiVersion: batch/v1',
      'kind: CronJob',
      'spec:',
      '  jobTemplate:',
      '    spec:',
      '      template:',
      '        spec:',
      '          containers:',
      '          - name: pause',
      '            image: registry.k8s.io/pause:3.10',
      '',
    ].join('\r\n');
    const r = rewriteYaml(src, TARGET);
    expect(r.output).toBe(
      src
        .replace('busybox:1.36', ecr('docker-hub/library/busybox:1.36'))
        .replace('ghcr.io/o/app:1.0', ecr('github/o/app:1.0'))
        .replace('registry.k8s.io/pause:3.10', ecr('k8s/pause:3.10')),
    );
    expect(r.changes.map((c) => c.line)).toEqual([8, 10, 21]);
  });

  test('image values that are maps (Helm values) are not references', () => {
    const src = 'image:\n  repository: nginx\n  tag: "1.27"\n';
    expect(rewriteYaml(src, TARGET).output).toBe(src);
  });

  test('invalid YAML is an error with a line, and nothing changes', () => {
    const r = rewriteYaml('a: b\n  c: [\n', TARGET);
    expect(r.errors.length).toBeGreaterThan(0);
    expect(r.output).toBe('a: b\n  c: [\n');
  });
});

describe('YAML met in a directory walk (chosen: false): container manifests only, per document', () => {
  const WALKED = { chosen: false } as const;

  test.each([
    ['compose (a top-level services: map)', 'services:\n  web:\n    image: nginx:1.27\n'],
    ['a Pod', 'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - image: nginx:1.27\n'],
    [
      'a List of objects',
      'apiVersion: v1\nkind: List\nitems:\n  - apiVersion: apps/v1\n    kind: Deployment\n    spec: {template: {spec: {containers: [{image: nginx:1.27}]}}}\n',
    ],
    [
      'a custom resource with a pod template',
      'apiVersion: example.com/v1\nkind: Runner\nspec:\n  template:\n    spec:\n      containers:\n        - image: nginx:1.27\n',
    ],
  ])('%s is rewritten', (_what, src) => {
    const r = rewriteYaml(src, TARGET, WALKED);
    expect(r.output).toBe(src.replace('nginx:1.27', ecr('docker-hub/library/nginx:1.27')));
    expect(r.notes).toEqual([]);
  });

  test.each([
    ['a site config', 'title: Blog\nimage: logo.png\n', 2],
    ['GitLab CI (services: is a list, not a map)', 'image: node:20\nservices:\n  - postgres:16\n', 1],
    ['kind without apiVersion', 'kind: Pod\nspec:\n  containers:\n    - image: nginx\n', 4],
    ['an OpenAPI example', 'openapi: 3.0.3\nexample:\n  image: header.jpg\n', 3],
  ])('%s is left alone with one note at its first image: line', (_what, src, line) => {
    const r = rewriteYaml(src, TARGET, WALKED);
    expect(r.output).toBe(src);
    expect(r.errors).toEqual([]);
    expect(r.notes).toEqual([{ line, message: expect.stringContaining('not a compose file') }]);
  });

  test('multi-document: each document decides for itself', () => {
    const src =
      'apiVersion: v1\nkind: Pod\nspec: {containers: [{image: nginx}]}\n---\nimage: a.png\nthumb: {image: b.png}\n';
    const r = rewriteYaml(src, TARGET, WALKED);
    expect(r.output).toBe(src.replace('image: nginx', `image: ${ecr('docker-hub/library/nginx')}`));
    expect(r.notes).toEqual([{ line: 5, message: expect.stringMatching(/^2 image: values left alone/) }]);
  });

  test('a workflow is left alone when walked, rewritten with a note when chosen', () => {
    const src = 'on: push\njobs:\n  t:\n    container: {image: node:20}\n';
    const walked = rewriteYaml(src, TARGET, { chosen: false, workflow: true });
    expect(walked.output).toBe(src);
    expect(walked.notes).toEqual([{ line: 4, message: expect.stringContaining('before any step') }]);
    const chosen = rewriteYaml(src, TARGET, { workflow: true });
    expect(chosen.output).toBe(src.replace('node:20', ecr('docker-hub/library/node:20')));
    expect(chosen.notes).toEqual([{ line: 4, message: expect.stringContaining('rewritten for later runs') }]);
  });

  test('a file the caller chose (the default) is rewritten without markers', () => {
    expect(rewriteYaml('image: nginx\n', TARGET).output).toBe(`image: ${ecr('docker-hub/library/nginx')}\n`);
  });
});

describe('YAML that does not parse: said as the yaml library says it', () => {
  // Duplicate keys are found here, one set per map (the library's own check is quadratic in a
  // map's size); the words, line and column must stay the library's (the first line of its message,
  // without the `:` that introduces its excerpt of the source).
  test.each([
    ['block map', 'a: 1\nb:\n  c: 1\n  c: 2\n'],
    ['flow map', 'x: {a: 1, a: 2}\n'],
    ['quoted and plain are one key; 1 and "1" are two', '1: a\n"1": b\n1: c\n'],
    ['an anchored key', '&k a: 1\na: 2\n'],
    ['with another error before it', 'a: [1\nb: 1\nb: 2\n'],
    ['null keys', '~: 1\n: 2\n'],
    ['twice image: in one service', 'services:\n  web:\n    image: a\n    image: b\n'],
    ['in a second document', 'a: 1\n---\nb: 1\nb: 2\n'],
  ])('%s', (_, src) => {
    const words = parseAllDocuments(src).flatMap((d) =>
      d.errors.map((e) => `${e.linePos?.[0].line} YAML: ${e.message.split('\n')[0]!.replace(/:$/, '')}`),
    );
    expect(words.length).toBeGreaterThan(0);
    const r = rewriteYaml(src, TARGET);
    expect(r.errors.map((e) => `${e.line} ${e.message}`)).toEqual(words);
    expect(r.output).toBe(src);
  });
});
