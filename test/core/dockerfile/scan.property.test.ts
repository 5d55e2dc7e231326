// Thousands of random Dockerfiles, each generated together with the output a correct rewrite must
// give: spacing, keyword case, continuations with comments and blank lines inside, heredocs,
// CRLF, BOM and escape directives vary; only image tokens may change, and a second run is a no-op.
import fc from 'fast-check';
import { mapImage } from '../../../src/core/image/rules.js';
import { rewriteDockerfile } from '../../../src/core/rewrite/rewrite.js';
import { TARGET } from '../../helpers/target.js';

interface Piece {
  readonly input: string;
  readonly output: string;
}
const same = (s: string): Piece => ({ input: s, output: s });

const IMAGES = [
  'node:20',
  'alpine',
  'library/busybox:1.36',
  'bitnami/redis:7.4',
  'quay.io/prometheus/node-exporter:v1.8.0',
  'ghcr.io/actions/runner:2.3',
  'registry.k8s.io/pause:3.10',
  'public.ecr.aws/docker/library/busybox:1.36',
  'mcr.microsoft.com/dotnet/sdk:8.0',
  `node:20@sha256:${'d'.repeat(64)}`,
];
const mapped = (image: string): string => {
  const m = mapImage(image, TARGET);
  return m.kind === 'mapped' ? m.uri : image;
};
const image: fc.Arbitrary<Piece> = fc.constantFrom(...IMAGES).map((i) => ({ input: i, output: mapped(i) }));

const casing = (word: string) =>
  fc
    .array(fc.boolean(), { minLength: word.length, maxLength: word.length })
    .map((up) => [...word].map((c, i) => (up[i] ? c.toUpperCase() : c.toLowerCase())).join(''));
const blanks = fc.stringMatching(/^[ \t]{1,3}$/);
const text = fc.stringMatching(/^[a-zA-Z0-9 _.:/=-]{0,20}$/);

function build(escape: string, eol: string) {
  // A gap between words: spaces, or a continuation with comment and blank lines inside it.
  const gap = fc.oneof(
    { weight: 4, arbitrary: blanks },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          blanks,
          fc.array(
            fc.oneof(
              text.map((t) => `  # ${t}`),
              blanks.map((b) => b),
            ),
            { maxLength: 2 },
          ),
          blanks,
        )
        .map(([a, inner, b]) => `${a}${escape}${eol}${inner.map((l) => l + eol).join('')}${b}`),
    },
  );
  const join = (...parts: Piece[]): Piece => ({
    input: parts.map((p) => p.input).join(''),
    output: parts.map((p) => p.output).join(''),
  });
  const from = (stages: string[]) =>
    fc
      .record({
        kw: casing('from'),
        g1: gap,
        platform: fc.option(fc.constant('--platform=linux/amd64'), { nil: undefined }),
        g2: gap,
        ref: stages.length
          ? fc.oneof(
              { weight: 3, arbitrary: image },
              { weight: 1, arbitrary: fc.constantFrom(...stages).map(same) },
            )
          : image,
        as: fc.tuple(gap, casing('as'), gap),
      })
      .map((r) => ({ ...r, name: `st${stages.length}` }));
  const copy = fc
    .tuple(casing('copy'), gap, fc.constantFrom('', '--chown=1:1 ', '--link '), image, gap)
    .map(([kw, g, pre, img, g2]) => join(same(`${kw}${g}${pre}--from=`), img, same(`${g2}/a /b${eol}`)));
  const mount = fc
    .tuple(casing('run'), gap, image, gap)
    .map(([kw, g, img, g2]) =>
      join(same(`${kw}${g}--mount=type=bind,target=/m,from=`), img, same(`${g2}make${eol}`)),
    );
  const heredoc = fc
    .tuple(casing('run'), fc.constantFrom('EOF', 'END'), fc.boolean(), fc.array(image, { maxLength: 3 }))
    .map(([kw, name, chomp, imgs]) =>
      same(
        `${kw} <<${chomp ? '-' : ''}${name}${eol}${imgs.map((i) => `${chomp ? '\t' : ''}FROM ${i.input}${eol}`).join('')}${chomp ? '\t' : ''}${name}${eol}`,
      ),
    );
  const other = fc.oneof(
    text.map((t) => same(`# FROM ${t}${eol}`)),
    blanks.map((b) => same(`${b}${eol}`)),
    text.map((t) => same(`RUN echo FROM ${t}${eol}`)),
    text.map((t) => same(`ENV X=${t.replace(/[ =]/g, '') || 'x'}${eol}`)),
  );
  return fc
    .array(
      fc.oneof({ weight: 3, arbitrary: fc.constant('from') }, { weight: 5, arbitrary: fc.constant('body') }),
      {
        minLength: 1,
        maxLength: 12,
      },
    )
    .chain((plan) => {
      // Stages are named st0, st1, ...; a FROM may refer to any earlier one.
      const stages: string[] = [];
      const arbs: fc.Arbitrary<Piece>[] = [];
      for (const step of plan) {
        if (step === 'from' || arbs.length === 0) {
          const known = [...stages];
          stages.push(`st${stages.length}`);
          arbs.push(
            from(known).map((r) =>
              join(
                same(`${r.kw}${r.g1}${r.platform ? `${r.platform}${r.g2}` : ''}`),
                r.ref,
                same(`${r.as[0]}${r.as[1]}${r.as[2]}${r.name}`),
                same(eol),
              ),
            ),
          );
        } else arbs.push(fc.oneof(copy, mount, heredoc, other));
      }
      return fc.tuple(...arbs).map((pieces) => join(...pieces));
    });
}

const dockerfile = fc
  .record({
    eol: fc.constantFrom('\n', '\r\n'),
    bom: fc.boolean(),
    escape: fc.constantFrom('\\', '`'),
    syntax: fc.boolean(),
  })
  .chain(({ eol, bom, escape, syntax }) => {
    // The frontend image of `# syntax=` is pulled by BuildKit itself: it is rewritten too.
    const header = (image: string) =>
      (bom ? '\uFEFF' : '') +
      (syntax ? `# syntax=${image}${eol}` : '') +
      (escape === '`' ? `# escape=\`${eol}` : '');
    const frontend = 'docker/dockerfile:1';
    return build(escape, eol).map((body) => ({
      input: header(frontend) + body.input,
      output: header(mapped(frontend)) + body.output,
    }));
  });

test('random Dockerfiles: only image tokens change, and a second run changes nothing', () => {
  fc.assert(
    fc.property(dockerfile, ({ input, output }) => {
      const r = rewriteDockerfile(input, TARGET);
      expect(r.errors).toEqual([]);
      expect(r.output).toBe(output);
      expect(rewriteDockerfile(r.output, TARGET).output).toBe(r.output);
    }),
    { numRuns: 3000 },
  );
});
