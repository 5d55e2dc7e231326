// Random graphs of global ARGs (self references, cycles, chains, redeclarations, ${V:-x}, ${V:+x})
// followed by FROM lines. BuildKit evaluates each global ARG default once, in order, with only the
// ARGs declared before it set; a model of that decides what the build pulls. The scan must never
// throw, must finish quickly, must agree with the model, and a second rewrite changes nothing.
import fc from 'fast-check';
import { extractImages, rewriteDockerfile } from '../../../src/core/rewrite/rewrite.js';
import { TARGET } from '../../helpers/target.js';

const NAMES = ['A', 'B', 'C', 'D'] as const;
const LITERALS = ['node:20', 'alpine', 'quay.io/o/app:1', 'x', ''];

/** A word as a tree, so the model evaluates it without parsing the text it prints as. */
type Part =
  | { readonly lit: string }
  | { readonly ref: string }
  | { readonly def: string; readonly word: readonly Part[] }
  | { readonly alt: string; readonly word: readonly Part[] };

const name = fc.constantFrom(...NAMES);
const part: fc.Arbitrary<Part> = fc.letrec<{ part: Part; word: Part[] }>((tie) => ({
  part: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...LITERALS).map((lit) => ({ lit })),
    name.map((ref) => ({ ref })),
    fc.record({ def: name, word: tie('word') }),
    fc.record({ alt: name, word: tie('word') }),
  ),
  word: fc.array(tie('part'), { maxLength: 2 }),
})).part;
const word = fc.array(part, { minLength: 1, maxLength: 3 });

/** `${V}` everywhere, so a literal after a variable never lengthens its name. */
function print(w: readonly Part[]): string {
  return w
    .map((p) =>
      'lit' in p
        ? p.lit
        : 'ref' in p
          ? `\${${p.ref}}`
          : 'def' in p
            ? `\${${p.def}:-${print(p.word)}}`
            : `\${${p.alt}:+${print(p.word)}}`,
    )
    .join('');
}

/** The model: undefined is unknown (a build argument or an ARG not declared yet). */
function evaluate(w: readonly Part[], env: ReadonlyMap<string, string | undefined>): string | undefined {
  let s = '';
  for (const p of w) {
    let v: string | undefined;
    if ('lit' in p) v = p.lit;
    else if ('ref' in p) v = env.get(p.ref);
    else if ('def' in p) v = env.get(p.def) ? env.get(p.def) : evaluate(p.word, env);
    else {
      const set = env.get(p.alt);
      v = set === undefined ? undefined : set === '' ? '' : evaluate(p.word, env);
    }
    if (v === undefined) return undefined;
    s += v;
  }
  return s;
}

const argLine = fc.record({ name, value: fc.option(word, { nil: undefined }) });
const dockerfile = fc.record({
  args: fc.array(argLine, { minLength: 1, maxLength: 8 }),
  froms: fc.array(word, { minLength: 1, maxLength: 3 }),
});

test('random ARG graphs before FROM: never throw, finish fast, and follow BuildKit order', () => {
  fc.assert(
    fc.property(dockerfile, ({ args, froms }) => {
      const env = new Map<string, string | undefined>();
      for (const a of args) {
        if (a.value !== undefined) env.set(a.name, evaluate(a.value, env));
        else if (!env.has(a.name)) env.set(a.name, undefined);
      }
      const source = [
        ...args.map((a) => `ARG ${a.name}${a.value === undefined ? '' : `=${print(a.value)}`}`),
        ...froms.map((f) => `FROM ${print(f)}`),
        '',
      ].join('\n');
      const expected = froms.map((f) => evaluate(f, env)).filter((v): v is string => !!v && v !== 'scratch');

      // No time bound per case: an evaluation that blew up would hold the test past jest's limit.
      const found = extractImages(source, 'dockerfile');
      const r = rewriteDockerfile(source, TARGET);
      expect(found.images.map((i) => i.image)).toEqual(expected);
      expect(rewriteDockerfile(r.output, TARGET).output).toBe(r.output);
    }),
    { numRuns: 2000 },
  );
});
