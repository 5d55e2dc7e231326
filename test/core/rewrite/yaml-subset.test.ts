// The subset reader (core/rewrite/yaml-subset.ts) against the yaml library: for every YAML text in
// the repository (files, and the string literals of the tests), and for generated compose- and
// Kubernetes-like documents (many of them outside the subset on purpose), the default reading and the
// library's alone give the same rewrite: output, changes, notes, errors and images, whoever read it.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import ts from 'typescript';
import { rewriteYaml, type YamlOrigin } from '../../../src/core/rewrite/yaml.js';
import { readYamlSubset } from '../../../src/core/rewrite/yaml-subset.js';
import { TARGET } from '../../helpers/target.js';

const ORIGINS: YamlOrigin[] = [{}, { chosen: false }, { chosen: false, workflow: true }, { workflow: true }];

/** Both readings of a text, for every origin, must be equal; returns whether the subset reader took it. */
function sameBothWays(source: string): boolean {
  for (const origin of ORIGINS) {
    expect(rewriteYaml(source, TARGET, origin)).toEqual(rewriteYaml(source, TARGET, origin, 'library'));
  }
  return readYamlSubset(source) !== undefined;
}

function files(dir: string, skip: ReadonlySet<string>): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (skip.has(name)) return [];
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, skip) : [path];
  });
}

/** Every string a test file spells out (literals, and arrays of literals joined by LF and CRLF). */
function testStrings(path: string): string[] {
  const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest);
  const found: string[] = [];
  const walk = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) found.push(node.text);
    if (ts.isArrayLiteralExpression(node) && node.elements.every((e) => ts.isStringLiteral(e))) {
      const lines = node.elements.map((e) => (e as ts.StringLiteral).text);
      found.push(lines.join('\n'), lines.join('\r\n'));
    }
    ts.forEachChild(node, walk);
  };
  walk(file);
  return found.filter((s) => s.includes(':'));
}

const SKIP = new Set(['node_modules', '.git', 'dist', 'coverage']);

describe('the subset reader finds what the yaml library finds', () => {
  test('every YAML file in the repository', () => {
    const yamlFiles = files('.', SKIP).filter((f) => /\.ya?ml$/.test(f));
    expect(yamlFiles.length).toBeGreaterThan(3);
    for (const f of yamlFiles) sameBothWays(readFileSync(f, 'utf8'));
  });

  test('every string literal of the tests that could be YAML', () => {
    const texts = files('test', SKIP)
      .filter((f) => f.endsWith('.ts'))
      .flatMap(testStrings);
    expect(texts.length).toBeGreaterThan(100);
    let taken = 0;
    for (const t of texts) if (sameBothWays(t)) taken++;
    // Both readers meet most of them; the subset one takes a good share.
    expect(taken).toBeGreaterThan(texts.length / 10);
  });

  /** Scalars inside the subset, and (ODD_TEXTS) ones that take a text out of it or break it. */
  const TEXTS = [
    'nginx:1.27',
    'ghcr.io/o/app:1.0',
    `quay.io/org/tool@sha256:${'a'.repeat(64)}`,
    'registry.k8s.io/pause:3.10',
    'myorg/app:dev',
    '${REGISTRY}/x:1',
    '{{ .Values.image }}',
    'NAME=value',
    'a:b',
    'x,y',
    'a#c',
    "it's",
    'say "hi"',
    'é',
  ];
  const ODD_TEXTS = [
    '',
    ' ',
    '1',
    '1.5',
    '-1',
    '0x1F',
    '1e3',
    '.inf',
    'true',
    'False',
    'null',
    '~',
    'a: b',
    'a:',
    'a #c',
    '[a]',
    '{a: 1}',
    '&anchor x',
    '*alias',
    '!tag x',
    '|',
    '>-',
    '-',
    '- a',
    '? a',
    'back\\slash',
    '%x',
    '@x',
    '`x',
    'a\tb',
    'a\nb',
    '---',
    '...',
    'é',
    '\ufeffbom',
  ];
  const KEYS = [
    'image',
    'build',
    'services',
    'apiVersion',
    'kind',
    'name',
    'containers',
    'spec',
    'environment',
    'ports',
    'x-y',
    'app.kubernetes.io/name',
    '"image"',
  ];
  const ODD_KEYS = ["'build'", '"services"', 'true', '1', '~', 'a b', '&k key', '? key', '<<', 'image '];

  type Node =
    | { scalar: string; style: 'plain' | 'double' | 'single' }
    | { map: [string, Node][] }
    | { seq: Node[] };

  const text = fc.oneof({ arbitrary: fc.constantFrom(...TEXTS), weight: 40 }, fc.constantFrom(...ODD_TEXTS));
  const key = fc.oneof({ arbitrary: fc.constantFrom(...KEYS), weight: 60 }, fc.constantFrom(...ODD_KEYS));

  /** Mostly unique keys per map (a repeat now and then still comes from quoting). */
  const keyName = ([k]: [string, unknown]) => k;

  const { node } = fc.letrec<{ node: Node; scalar: Node; map: Node; seq: Node }>((tie) => ({
    node: fc.oneof({ depthSize: 'xsmall' }, tie('scalar'), tie('map'), tie('seq')),
    scalar: fc.record({
      scalar: text,
      style: fc.constantFrom('plain', 'plain', 'double', 'single'),
    }) as fc.Arbitrary<Node>,
    map: fc
      .uniqueArray(fc.tuple(key, tie('node')), { minLength: 1, maxLength: 3, selector: keyName })
      .map((map) => ({ map }) as Node),
    seq: fc.array(tie('node'), { minLength: 1, maxLength: 2 }).map((seq) => ({ seq }) as Node),
  }));

  /** A document that looks like a compose file or a Kubernetes object, with random parts inside. */
  const root = fc.oneof(
    node,
    fc
      .uniqueArray(
        fc.tuple(
          fc.constantFrom('web', 'db', 'app'),
          fc.uniqueArray(fc.tuple(key, node), { minLength: 1, maxLength: 4, selector: keyName }),
        ),
        { minLength: 1, maxLength: 3, selector: ([name]) => name },
      )
      .map(
        (services) => ({ map: [['services', { map: services.map(([n, m]) => [n, { map: m }]) }]] }) as Node,
      ),
    fc.tuple(text, node).map(
      ([image, spec]) =>
        ({
          map: [
            ['apiVersion', { scalar: 'v1', style: 'plain' }],
            ['kind', { scalar: 'Pod', style: 'plain' }],
            [
              'spec',
              {
                map: [
                  ['containers', { seq: [{ map: [['image', { scalar: image, style: 'plain' }]] }, spec] }],
                ],
              },
            ],
          ],
        }) as Node,
    ),
  );

  interface Layout {
    readonly step: number;
    /** A map's sequence value at the key's own indentation (`key:\n- a`). */
    readonly seqInline: boolean;
    readonly comments: boolean;
  }

  /** A scalar in its style; a quote inside a quoted scalar only where the text is an odd one. */
  function scalarText(n: { scalar: string; style: string }): string {
    const odd = ODD_TEXTS.includes(n.scalar);
    if (n.style === 'double' && (odd || !n.scalar.includes('"'))) return `"${n.scalar}"`;
    if (n.style === 'single' && (odd || !n.scalar.includes("'"))) return `'${n.scalar}'`;
    return n.scalar;
  }

  /** Lines of a node rendered in block style at an indentation. */
  function render(n: Node, indent: number, l: Layout): string[] {
    const pad = ' '.repeat(indent);
    if ('scalar' in n) return [pad + scalarText(n)];
    if ('map' in n) {
      if (n.map.length === 0) return [`${pad}{}`];
      return n.map.flatMap(([key, value]) => {
        const comment = l.comments ? ' # c' : '';
        if ('scalar' in value) return [`${pad}${key}: ${scalarText(value)}${comment}`];
        const child = 'seq' in value && l.seqInline ? indent : indent + l.step;
        return [`${pad}${key}:${comment}`, ...render(value, child, l)];
      });
    }
    if (n.seq.length === 0) return [`${pad}[]`];
    return n.seq.flatMap((item) => {
      if ('scalar' in item) return [`${pad}- ${scalarText(item)}`];
      const inner = render(item, indent + 2, l);
      if ('map' in item && item.map.length > 0)
        return [`${pad}- ${inner[0]!.trimStart()}`, ...inner.slice(1)];
      return [`${pad}-`, ...inner];
    });
  }

  /** Ways a text leaves the subset (or stays in it) after rendering. */
  const TWISTS: ((s: string) => string)[] = [
    (s) => s,
    (s) => s,
    (s) => s,
    (s) => s.replace(/\n/g, '\r\n'),
    (s) => `\ufeff${s}`,
    (s) => `%YAML 1.2\n---\n${s}`,
    (s) => `${s}...\n`,
    (s) => s.replace('\n  ', '\n\t'),
    (s) => s.replace('\n  ', '\n   '),
    (s) => s.replace(': ', ': &a '),
    (s) => `x-i: &i nginx:1.27\n${s.replace(/(image: )[^\n]+/, '$1*i')}`,
    (s) => s.replace(/\n(\s*)(\S)/, '\n$1# note\n$1$2'),
    (s) => s.replace(/: ([^\n]+)\n/, ': |\n  $1\n'),
    (s) => s.replace(/: ([^\n]+)\n/, ':\n      $1\n'),
    (s) => `--- # first\n${s}\n\n---\n${s}`,
    (s) => s.replace(/\n$/, ''),
    (s) => `${s}  \n \n`,
  ];

  test('generated compose and Kubernetes documents, plain and twisted', () => {
    let taken = 0;
    let runs = 0;
    fc.assert(
      fc.property(
        fc.array(root, { minLength: 1, maxLength: 3 }),
        fc.record({ step: fc.constantFrom(2, 4, 1), seqInline: fc.boolean(), comments: fc.boolean() }),
        fc.constantFrom(...TWISTS),
        (docs, layout, twist) => {
          const text = twist(docs.map((d) => `${render(d, 0, layout).join('\n')}\n`).join('---\n'));
          runs++;
          if (sameBothWays(text)) taken++;
        },
      ),
      { numRuns: 600 },
    );
    // The generator reaches both readers: a good share stays in the subset, and many leave it.
    expect(taken).toBeGreaterThan(runs / 5);
    expect(taken).toBeLessThan(runs * 0.9);
  });
});

describe('the subset reader takes the plain shapes', () => {
  test('the big compose shape of bench/big-files (services with image, environment, ports)', () => {
    const parts = ['services:\n'];
    for (let i = 0; i < 2000; i++) {
      parts.push(
        `  svc${i}:\n    image: node:${i % 20}\n    environment:\n      - NAME=service-${i}\n    ports:\n      - "80${i % 100}:80"\n`,
      );
    }
    const source = parts.join('');
    const docs = readYamlSubset(source);
    expect(docs?.length).toBe(1);
    expect(docs?.[0]?.values.length).toBe(2000);
    expect(docs?.[0]?.signs.servicesMap).toBe(true);
    const r = rewriteYaml(source, TARGET);
    expect(r.changes.length).toBe(2000);
    expect(r).toEqual(rewriteYaml(source, TARGET, {}, 'library'));
  });

  test('Kubernetes manifests in block style, several documents, CRLF', () => {
    const source = [
      '# deployment',
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: web',
      '  labels:',
      '    app.kubernetes.io/name: web',
      'spec:',
      '  template:',
      '    spec:',
      '      containers:',
      '      - name: web',
      '        image: "nginx:1.27"',
      '        ports:',
      '        - containerPort: 80',
      '---',
      'apiVersion: v1',
      'kind: Pod',
      'spec:',
      '  containers:',
      "    - image: 'ghcr.io/o/app:1.0'   # pinned",
      '',
    ].join('\r\n');
    expect(readYamlSubset(source)?.map((d) => d.values.length)).toEqual([1, 1]);
    expect(sameBothWays(source)).toBe(true);
  });

  test.each([
    ['a flow map', 'services: {web: {image: nginx}}\n'],
    ['an anchor', 'x: &a nginx\nimage: *a\n'],
    ['an image kept in an x- field', 'x-img: &img nginx\nservices:\n  a:\n    image: *img\n'],
    ['a tag', 'image: !!str nginx\n'],
    ['a block scalar', 'image: |\n  nginx\n'],
    ['a multi-line plain scalar', 'image: nginx\n  :1.27\n'],
    ['a tab', 'services:\n\tweb: {}\n'],
    ['a repeated key', 'image: a\nimage: b\n'],
    ['a directive', '%YAML 1.2\n---\nimage: nginx\n'],
    ['a BOM', '\ufeffimage: nginx\n'],
    ['an escape', 'image: "ngin\\x78"\n'],
    ['a document end', 'image: nginx\n...\n'],
  ])('%s is left to the library', (_what, source) => {
    expect(readYamlSubset(source)).toBeUndefined();
    sameBothWays(source);
  });
});
