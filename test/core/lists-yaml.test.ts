import { rewriteImageList, rewriteYaml } from '../../src/core/rewrite.js';
import { ecr, TARGET } from '../helpers/target.js';

describe('image lists', () => {
  test('one reference per line; blank lines, comments and CRLF kept', () => {
    const src = '# base images\r\nnode:20\r\n\r\n  quay.io/a/b:1   # exporter\r\nmcr.microsoft.com/x:1\r\n';
    const r = rewriteImageList(src, TARGET);
    expect(r.output).toBe(
      `# base images\r\n${ecr('docker-hub/library/node:20')}\r\n\r\n  ${ecr('quay/a/b:1')}   # exporter\r\nmcr.microsoft.com/x:1\r\n`,
    );
    expect(r.notes).toEqual([expect.objectContaining({ line: 5, unmapped: true })]);
    expect(rewriteImageList(r.output, TARGET).output).toBe(r.output);
  });

  test('two words on a line and invalid references are errors with their line', () => {
    const r = rewriteImageList('node\nnode alpine\nNode\n', TARGET);
    expect(r.errors).toEqual([
      { line: 2, message: expect.stringContaining('one image reference per line') },
      { line: 3, message: expect.stringContaining('lowercase') },
    ]);
  });

  test('templated values are left alone with a note', () => {
    const r = rewriteImageList('${IMAGE}\n{{ .Image }}x\n', TARGET);
    expect(r.output).toBe('${IMAGE}\n{{ .Image }}x\n');
    expect(r.notes).toHaveLength(1);
    expect(r.errors).toHaveLength(1);
  });
});

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
