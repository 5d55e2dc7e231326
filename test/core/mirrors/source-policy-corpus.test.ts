// The emitted source policy, applied with BuildKit's own semantics (test/helpers/buildkit-source-policy.ts)
// to every image of the real Dockerfiles in ../shared/corpus/dockerfiles (kept outside the project;
// skipped when absent), gives what `map` gives for the same image: the same cache URI (BuildKit's
// implicit :latest aside) for an image a rule covers, the image unchanged otherwise.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { extractImages } from '../../../src/core/rewrite/rewrite.js';
import { type ImageMapping, mapImage, renderMirrors } from '../../../src/index.js';
import { evaluatePolicy, imageIdentifier, type PolicyRule } from '../../helpers/buildkit-source-policy.js';
import { sharedPath } from '../../helpers/shared-data.js';
import { syntaxImage } from '../../helpers/syntax-directive.js';
import { TARGET } from '../../helpers/target.js';

const CORPUS = sharedPath(join('corpus', 'dockerfiles'), 'the source-policy corpus test') ?? '';
const files = CORPUS ? readdirSync(CORPUS).filter((f) => !f.startsWith('INDEX.')) : [];
const maybe = files.length ? describe : describe.skip;

/** The rules' shape plus an ECR-to-ECR rule for part of an upstream, so that order matters. */
const RULES = [
  ...TARGET.rules,
  { ecrRepositoryPrefix: 'team', upstreamRegistryUrl: '444455556666.dkr.ecr.us-west-2.amazonaws.com' },
  {
    ecrRepositoryPrefix: 'team-a',
    upstreamRegistryUrl: '444455556666.dkr.ecr.us-west-2.amazonaws.com',
    upstreamRepositoryPrefix: 'a',
  },
];
const target = { registry: TARGET.registry, rules: RULES };
const policy = JSON.parse(renderMirrors('source-policy', target).files[0]!.text) as { rules: PolicyRule[] };

/** What `map` says BuildKit should pull, as BuildKit would name it. */
function expected(image: string, m: ImageMapping): string {
  if (m.kind !== 'mapped') return imageIdentifier(image);
  return imageIdentifier(m.uri);
}

maybe('source policy on the shared Dockerfile corpus', () => {
  const images = [
    ...new Set(
      files.flatMap((name) => {
        const source = readFileSync(join(CORPUS, name)).toString('latin1');
        const syntax = syntaxImage(source)?.image;
        return [
          ...extractImages(source, 'dockerfile').images.map((i) => i.image),
          ...(syntax ? [syntax] : []),
        ];
      }),
    ),
  ].filter((image) => mapImage(image, target).kind !== 'invalid');

  test('the corpus has images of several upstreams, some no rule covers', () => {
    const kinds = images.map((i) => mapImage(i, target).kind);
    expect(images.length).toBeGreaterThanOrEqual(100);
    expect(kinds.filter((k) => k === 'mapped').length).toBeGreaterThanOrEqual(100);
    expect(kinds).toContain('unmapped');
  });

  test.each(images)('%s', (image) => {
    const m = mapImage(image, target);
    expect(evaluatePolicy(policy.rules, imageIdentifier(image))).toBe(expected(image, m));
  });
});

describe('ECR-to-ECR rules: the part of an upstream a rule covers wins, as in map', () => {
  test.each([
    '444455556666.dkr.ecr.us-west-2.amazonaws.com/a/app:1',
    '444455556666.dkr.ecr.us-west-2.amazonaws.com/b/app:1',
    `444455556666.dkr.ecr.us-west-2.amazonaws.com/ab/app@sha256:${'a'.repeat(64)}`,
  ])('%s', (image) => {
    const m = mapImage(image, target);
    expect(m.kind).toBe('mapped');
    expect(evaluatePolicy(policy.rules, imageIdentifier(image))).toBe(expected(image, m));
  });
});
