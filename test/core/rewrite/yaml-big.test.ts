// A YAML document too big to judge (issue 23): in a directory walk, a document longer than
// WALKED_DOCUMENT_LIMIT that the subset reader cannot take is not read by the library (it would need
// about 100 times its size in memory): it is left alone with a note, and the documents after it are
// still read, exactly as the library reads them. A file the user chose is read whatever its size.

import { describe, expect, test } from '@jest/globals';
import { rewriteYaml, WALKED_DOCUMENT_LIMIT } from '../../../src/core/rewrite/yaml.js';
import { readYamlSubset } from '../../../src/core/rewrite/yaml-subset.js';
import { ecr, TARGET } from '../../helpers/target.js';

const WALKED = { chosen: false } as const;

/** A data list outside the subset (flow collections), `size` characters or more, with image: keys. */
function dataList(size: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const item = `- id: ${i}\n  tags: [a, b]\n  image: photo-${i}.png\n`;
    parts.push(item);
    length += item.length;
  }
  return parts.join('');
}

/** A Kubernetes object outside the subset (block scalars), `size` characters or more, with no image. */
function bigCrd(size: number): string {
  const parts = ['apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nspec:\n  versions:\n'];
  let length = parts[0]!.length;
  for (let i = 0; length < size; i++) {
    // Marker-like lines inside a block scalar, indented: not the end of the document.
    const item = `  - name: v${i}\n    description: |\n      field ${i}\n      ---\n      ...\n`;
    parts.push(item);
    length += item.length;
  }
  return parts.join('');
}

const DEPLOYMENT =
  'apiVersion: apps/v1\nkind: Deployment\nspec:\n  template: {spec: {containers: [{image: nginx:1.27}]}}\n';

describe('a YAML document too big to judge in a directory walk', () => {
  test('a big data file is left alone with one note at its first line of content', () => {
    const src = `# photos\n${dataList(WALKED_DOCUMENT_LIMIT + 1000)}`;
    expect(readYamlSubset(src)).toBeUndefined();
    const r = rewriteYaml(src, TARGET, WALKED);
    expect(r.output).toBe(src);
    expect(r.errors).toEqual([]);
    expect(r.notes).toEqual([
      {
        line: 2,
        message: expect.stringMatching(
          new RegExp(`^too big to judge: .* ${WALKED_DOCUMENT_LIMIT / 1024} KB`),
        ),
      },
    ]);
  });

  test('the documents before and after a big one are read, as the library reads them', () => {
    const crd = bigCrd(WALKED_DOCUMENT_LIMIT + 1000);
    const src = `${DEPLOYMENT}---\n${crd}---\n${DEPLOYMENT}...\n---\n${DEPLOYMENT}`;
    const walked = rewriteYaml(src, TARGET, WALKED);
    // The CRD holds no image: what the whole file gives read by the library alone, in full.
    const full = rewriteYaml(src, TARGET, {}, 'library');
    expect(full.changes.length).toBe(3);
    expect(walked.output).toBe(full.output);
    expect(walked.changes).toEqual(full.changes);
    expect(walked.output).toBe(src.replaceAll('nginx:1.27', ecr('docker-hub/library/nginx:1.27')));
    const marker = DEPLOYMENT.split('\n').length; // the big document's `---`
    expect(walked.notes).toEqual([{ line: marker, message: expect.stringContaining('too big to judge') }]);
  });

  test('a big document last in the file, and two big ones in a row', () => {
    const big = dataList(WALKED_DOCUMENT_LIMIT + 10);
    const src = `${DEPLOYMENT}---\n${big}---\n${big}`;
    const r = rewriteYaml(src, TARGET, WALKED);
    expect(r.changes.map((c) => c.line)).toEqual([4]);
    expect(r.notes.map((n) => n.message.slice(0, 16))).toEqual(['too big to judge', 'too big to judge']);
  });

  test('errors after a big document are the library words and places', () => {
    const src = `${dataList(WALKED_DOCUMENT_LIMIT + 10)}---\na: 1\na: 2\n`;
    const walked = rewriteYaml(src, TARGET, WALKED);
    const full = rewriteYaml(src, TARGET, {}, 'library');
    expect(full.errors.length).toBe(1);
    expect(walked.errors).toEqual(full.errors);
  });

  test('a file the user chose is read whatever its size', () => {
    const src = `${bigCrd(WALKED_DOCUMENT_LIMIT + 1000)}    image: nginx:1.27\n`;
    const r = rewriteYaml(src, TARGET);
    expect(r.notes).toEqual([]);
    expect(r.changes.length).toBe(1);
  });

  test('a big file in the plain subset is read in a walk: the subset reader needs no such limit', () => {
    const parts = ['services:\n'];
    for (let i = 0; parts.length * 40 < 2 * WALKED_DOCUMENT_LIMIT; i++)
      parts.push(`  s${i}:\n    image: nginx:1.27\n`);
    const src = parts.join('');
    expect(readYamlSubset(src)).toBeDefined();
    const r = rewriteYaml(src, TARGET, WALKED);
    expect(r.changes.length).toBe(parts.length - 1);
    expect(r.notes).toEqual([]);
  });
});
