// The lexer asked for some instructions only (`only`) passes other lines over with a native search:
// whatever the text, it must still give every instruction asked for, exactly as a full read does,
// in order, and nothing a full read does not give. Checked on the real Dockerfiles of ../shared
// (corpus and BuildKit's parser test files), this project's fixtures, and generated texts full of
// continuations, heredocs, escape directives, CRs and odd blanks.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { splitKeyword } from '../../../src/core/dockerfile/characters.js';
import {
  type Instruction,
  lexDockerfile,
  type WantedInstruction,
} from '../../../src/core/dockerfile/lexer.js';
import { sharedPath } from '../../helpers/shared-data.js';

const WANTED: WantedInstruction[] = [
  { keyword: 'from' },
  { keyword: 'arg' },
  { keyword: 'onbuild' },
  { keyword: 'copy', flagged: true },
  { keyword: 'run', flagged: true },
];

/** An instruction the lexer must not leave out when asked for WANTED. */
function asked(ins: Instruction): boolean {
  const { keyword, rest } = splitKeyword(ins.text);
  const w = WANTED.find((x) => x.keyword === keyword);
  return w !== undefined && (!w.flagged || ins.text.includes('--', rest));
}

function expectSameAsked(text: string): void {
  const full = lexDockerfile(text);
  const part = lexDockerfile(text, { only: WANTED });
  expect(part.escape).toBe(full.escape);
  expect(part.syntax).toEqual(full.syntax);
  // Every instruction asked for, exactly; anything else given is one a full read gives too, in order.
  expect(part.instructions.filter(asked)).toEqual(full.instructions.filter(asked));
  let k = 0;
  for (const ins of part.instructions) {
    while (k < full.instructions.length && full.instructions[k]!.line !== ins.line) k++;
    expect(full.instructions[k]).toEqual(ins);
  }
}

const corpusDir = sharedPath(join('corpus', 'dockerfiles'), 'the corpus part; fixtures checked');
const corpus = corpusDir
  ? readdirSync(corpusDir)
      .filter((f) => !f.startsWith('INDEX'))
      .map((f) => [f, readFileSync(join(corpusDir, f)).toString('latin1')] as const)
  : [];
const testfilesPath = sharedPath(
  join('conformance', 'buildkit', 'testfiles.json'),
  "BuildKit's testfiles part; fixtures checked",
);
const buildkit = testfilesPath
  ? (
      JSON.parse(readFileSync(testfilesPath, 'utf8')) as { testfiles: { name: string; dockerfile: string }[] }
    ).testfiles.map((t) => [t.name, t.dockerfile] as const)
  : [];
const fixturesDir = join(process.cwd(), 'test', 'fixtures', 'dockerfile');
const fixtures = readdirSync(fixturesDir, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => [e.name, readFileSync(join(fixturesDir, e.name, 'Dockerfile'), 'latin1')] as const);

describe('real files: the instructions asked for, as a full read gives them', () => {
  test.each([...corpus, ...buildkit, ...fixtures])('%s', (_name, text) => {
    expectSameAsked(text);
    expectSameAsked(text.replace(/\n/g, '\r\n'));
  });
});

test('generated texts: the instructions asked for, as a full read gives them', () => {
  const start = fc.constantFrom(
    'FROM',
    'from',
    'ARG',
    'RUN',
    'run',
    'COPY',
    'ADD',
    'ONBUILD',
    'onbuild RUN',
    'ENV',
    'WORKDIR',
    '#',
    '# escape=`',
    '# escape=\\',
    '# syntax=a/b',
    'EOF',
    'EOF\r',
    '',
  );
  const word = fc.constantFrom(
    ' node:20',
    ' --mount=from=a,target=/x',
    ' --from=b',
    ' x--y',
    ' <<EOF',
    ' << EOF',
    ' <<\tEOF',
    ' <<-EOF',
    ' cat <<"EOF"',
    ' \\',
    ' `',
    '\\',
    '`',
    ' \\  \t',
    ' "a --b"',
    " '<<'",
    ' \r ',
    '\u00a0',
    ' RUN --mount=x',
  );
  const indent = fc.constantFrom('', ' ', '\t', '\v', '\f', '\r', '\u00a0', '\xC2\xA0', '\xE3\x80\x80');
  const end = fc.constantFrom('\n', '\r\n', '\r\r\n', '\r', '\n\n', '\t\n');
  const line = fc
    .tuple(indent, start, fc.array(word, { maxLength: 3 }), end)
    .map(([i, s, w, e]) => i + s + w.join('') + e);
  const text = fc.tuple(
    fc.constantFrom('', '\uFEFF', '\xEF\xBB\xBF', '#!sh\n'),
    fc.array(line, { maxLength: 14 }),
    fc.boolean(),
  );
  fc.assert(
    fc.property(text, ([head, lines, cut]) => {
      const t = head + lines.join('');
      expectSameAsked(cut ? t.replace(/\n$/, '') : t);
    }),
    { numRuns: 3000 },
  );
});
