// `image: *img`: an alias's value is the image (issue 23, Y1). The anchored scalar is rewritten when
// every place that reads it is an image: value (its anchor's place counts too, unless it is in an
// `x-` field, which compose ignores), and left alone with a note naming the line of any other place.
// The yaml library is the oracle of what an alias resolves to: each result is parsed back with it,
// and only image: values (and x- fields) may differ from the input, each by the mapping of its text.

import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { parse, parseAllDocuments } from 'yaml';
import { mapImage } from '../../../src/core/image/rules.js';
import { rewriteYaml } from '../../../src/core/rewrite/yaml.js';
import { readYamlSubset } from '../../../src/core/rewrite/yaml-subset.js';
import { rewriteText } from '../../../src/index.js';
import { ecr, TARGET } from '../../helpers/target.js';

/**
 * The library's reading of input and output agree everywhere but at image: values (and in x- fields,
 * where anchors live), and a value that differs is the mapping of what it was.
 */
function onlyImagesChanged(before: unknown, after: unknown, key?: string, inX = false): void {
  const x = inX || (key?.startsWith('x-') ?? false);
  if ((key === 'image' || x) && typeof before === 'string' && before !== after) {
    const m = mapImage(before, TARGET);
    expect(m.kind === 'mapped' && m.uri).toBe(after);
    return;
  }
  if (before === null || typeof before !== 'object') {
    expect(after).toEqual(before);
    return;
  }
  expect(typeof after).toBe('object');
  for (const [k, v] of Object.entries(before))
    onlyImagesChanged(v, (after as Record<string, unknown>)[k], k, x);
  expect(Object.keys(after as object)).toEqual(Object.keys(before));
}

/** image: values the library reads in a value that a rule still maps (not rewritten). */
function stillMapped(value: unknown, key?: string): number {
  if (key === 'image' && typeof value === 'string') return mapImage(value, TARGET).kind === 'mapped' ? 1 : 0;
  if (value === null || typeof value !== 'object') return 0;
  return Object.entries(value).reduce((n, [k, v]) => n + stillMapped(v, k), 0);
}

/** Rewrite through the library's entry; the subset reader and the library alone agree; the oracle holds. */
function rewrite(src: string) {
  const r = rewriteText(src, 'yaml', TARGET);
  expect(rewriteYaml(src, TARGET, {}, 'library')).toEqual(r);
  if (/[&*]\w/.test(src)) expect(readYamlSubset(src)).toBeUndefined(); // anchors and aliases: the library reads them
  const docs = (text: string) => parseAllDocuments(text).map((d) => d.toJS());
  const after = docs(r.output);
  onlyImagesChanged(docs(src), after);
  // Never silent: an image: value left as it was is said.
  if (stillMapped(after) > 0) expect(r.notes.length).toBeGreaterThan(0);
  return r;
}

const NGINX = ecr('docker-hub/library/nginx:1.27');

describe('image: *alias (the anchored value is the image)', () => {
  test('compose: an x- field anchors the image, services use it: the anchored value is rewritten', () => {
    const src = [
      'x-image: &img nginx:1.27',
      'services:',
      '  a:',
      '    image: *img',
      '  b:',
      '    image: *img',
      '    ports: ["80:80"]',
      '',
    ].join('\n');
    const r = rewrite(src);
    expect(r.output).toBe(src.replace('&img nginx:1.27', `&img ${NGINX}`));
    expect(r.changes).toEqual([{ line: 1, from: 'nginx:1.27', to: NGINX }]);
    expect(r.notes).toEqual([]);
    expect(r.images).toEqual([{ image: 'nginx:1.27', line: 1 }]);
    const parsed = parse(r.output) as { services: Record<string, { image: string }> };
    expect([parsed.services.a!.image, parsed.services.b!.image]).toEqual([NGINX, NGINX]);
  });

  test('quoted, in an x- map of images, in flow style', () => {
    const src = [
      'x-images:',
      '  app: &app "ghcr.io/o/app:1.0"',
      '  db: &db postgres:16',
      'services:',
      '  app:',
      '    image: *app',
      '  side: {image: *app}',
      '  db: {image: *db}',
      '',
    ].join('\n');
    const r = rewrite(src);
    expect(r.output).toBe(
      src
        .replace('"ghcr.io/o/app:1.0"', `"${ecr('github/o/app:1.0')}"`)
        .replace('postgres:16', ecr('docker-hub/library/postgres:16')),
    );
    expect(r.changes.map((c) => c.line)).toEqual([2, 3]);
  });

  test.each([
    [
      'an environment value',
      [
        'x-image: &img nginx:1.27',
        'services:',
        '  a:',
        '    image: *img',
        '    environment:',
        '      BASE: *img',
        '',
      ],
      6,
    ],
    [
      'a label, while the anchor is itself an image: value',
      [
        'services:',
        '  a:',
        '    image: &img nginx:1.27',
        '  b:',
        '    labels: [*img]',
        '    image: *img',
        '',
      ],
      5,
    ],
    [
      'none, but the anchor sits in a Kubernetes annotation (its own place is a use)',
      [
        'apiVersion: v1',
        'kind: Pod',
        'metadata:',
        '  annotations: {base: &img nginx:1.27}',
        'spec:',
        '  containers: [{name: a, image: *img}]',
        '',
      ],
      4,
    ],
  ])('an alias that is %s: left alone, with a note naming its line', (_what, lines, line) => {
    const src = lines.join('\n');
    const r = rewrite(src);
    expect(r.output).toBe(src);
    expect(r.changes).toEqual([]);
    expect(r.notes).toEqual([
      {
        line: lines.findIndex((l) => l.includes('&img')) + 1,
        message: expect.stringContaining(`line ${line}`),
      },
    ]);
  });

  test('an alias in a service that builds its image names the built image: left alone', () => {
    const src = 'x-app: &app myorg/app:dev\nservices:\n  a:\n    build: .\n    image: *app\n';
    const r = rewrite(src);
    expect(r.output).toBe(src);
    expect(r.notes).toEqual([
      { line: 1, message: expect.stringContaining('names the image this service builds') },
    ]);
  });

  test('an anchor defined twice: each alias reads the last one before it, as the library resolves it', () => {
    const src = ['x-a: &i nginx:1.27', 'x-b: &i redis:7', 'services:', '  a: {image: *i}', ''].join('\n');
    const r = rewrite(src);
    expect(r.output).toBe(src.replace('redis:7', ecr('docker-hub/library/redis:7')));
  });

  test('an alias of a map or a number is not an image reference', () => {
    const src = 'x-n: &n 3\nx-m: &m {a: b}\nservices:\n  a: {image: *n}\n  b: {image: *m}\n';
    const r = rewrite(src);
    expect(r.output).toBe(src);
    expect(r.notes).toEqual([]);
  });

  test('met in a directory walk, an alias in a file that is not a manifest is counted in the note', () => {
    const src = 'x-img: &img logo.png\nimage: *img\n';
    const r = rewriteYaml(src, TARGET, { chosen: false });
    expect(r.output).toBe(src);
    expect(r.notes).toEqual([{ line: 1, message: expect.stringMatching(/^1 image: value left alone/) }]);
  });
});

describe('generated compose files with anchors: only image: values change, as the library resolves them', () => {
  const IMAGES = [
    'nginx:1.27',
    'ghcr.io/o/app:1.0',
    'quay.io/org/tool:v1',
    'myorg/app:dev',
    '${TAG}',
    'logo.png',
  ];
  const ANCHORS = ['a', 'b', 'c'];
  /** A service's image: a plain value, an anchored one, or an alias; and maybe an alias elsewhere. */
  const service = fc.record({
    image: fc.oneof(
      fc.constantFrom(...IMAGES),
      fc.tuple(fc.constantFrom(...ANCHORS), fc.constantFrom(...IMAGES)).map(([a, i]) => `&${a} ${i}`),
      fc.constantFrom(...ANCHORS).map((a) => `*${a}`),
    ),
    env: fc.option(fc.constantFrom(...ANCHORS), { nil: undefined }),
    build: fc.boolean(),
  });
  const file = fc.record({
    fields: fc.uniqueArray(fc.tuple(fc.constantFrom(...ANCHORS), fc.constantFrom(...IMAGES)), {
      maxLength: 3,
      selector: ([a]) => a,
    }),
    services: fc.array(service, { minLength: 1, maxLength: 4 }),
  });

  test('rewrite, subset reader and library agree; the library reads input and output the same but at images', () => {
    let changed = 0;
    fc.assert(
      fc.property(file, ({ fields, services }) => {
        const lines = fields.map(([a, image]) => `x-${a}: &${a} ${image}`);
        const defined = new Set(fields.map(([a]) => a));
        lines.push('services:');
        services.forEach((s, i) => {
          lines.push(`  s${i}:`);
          if (s.build) lines.push('    build: .');
          // An alias only after its anchor (else the library has no value for it).
          const image = s.image.startsWith('*') && !defined.has(s.image.slice(1)) ? 'nginx:1.27' : s.image;
          lines.push(`    image: ${image}`);
          if (image.startsWith('&')) defined.add(image.slice(1, 2));
          if (s.env && defined.has(s.env)) lines.push(`    environment: {X: *${s.env}}`);
        });
        const src = `${lines.join('\n')}\n`;
        const r = rewrite(src);
        if (r.changes.length > 0) changed++;
        expect(rewriteYaml(r.output, TARGET).output).toBe(r.output);
      }),
      { numRuns: 200 },
    );
    expect(changed).toBeGreaterThan(20);
  });
});
