// The runner protocol (src/action/runner.ts) against @actions/core, the library it stands in for:
// the same calls give the same bytes in GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STATE and
// GITHUB_STEP_SUMMARY, the same workflow commands on stdout (with and without the file variables),
// and the same inputs. Both take their file-command delimiter from crypto.randomUUID, mocked here to
// one fixed value so the bytes can be compared and a value can hold the delimiter on purpose.
// Where we differ on purpose, the test says so and checks that we are the safer one.

import * as realCrypto from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, jest, test } from '@jest/globals';
import fc from 'fast-check';
import { parse } from 'yaml';

const UUID = '0e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b';
const DELIMITER = `ghadelimiter_${UUID}`;
const fixedUuid = (() => UUID) as typeof realCrypto.randomUUID;
const crypto = () => ({
  ...realCrypto,
  randomUUID: fixedUuid,
  default: { ...realCrypto, randomUUID: fixedUuid },
});
// @actions/core imports 'crypto', runner.ts 'node:crypto'.
jest.unstable_mockModule('crypto', crypto);
jest.unstable_mockModule('node:crypto', crypto);
const core = await import('@actions/core');
const runner = await import('../../src/action/runner.js');

const FILES = ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY'] as const;
type FileVariable = (typeof FILES)[number];

interface Props {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}
type Op =
  | { op: 'output' | 'env' | 'state'; name: string; value: string }
  | { op: 'mask' | 'debug' | 'info' | 'failed' | 'group' | 'grouped' | 'summary'; value: string }
  | { op: 'endgroup' }
  | { op: 'error' | 'warning' | 'notice'; value: string; props?: Props };

/** The same call made through each implementation. */
const IMPLEMENTATIONS = {
  ours: async (o: Op) => {
    if (o.op === 'output') runner.setOutput(o.name, o.value);
    else if (o.op === 'env') runner.exportVariable(o.name, o.value);
    else if (o.op === 'state') runner.saveState(o.name, o.value);
    else if (o.op === 'mask') runner.setSecret(o.value);
    else if (o.op === 'debug') runner.debug(o.value);
    else if (o.op === 'info') runner.info(o.value);
    else if (o.op === 'failed') runner.setFailed(o.value);
    else if (o.op === 'group') runner.startGroup(o.value);
    else if (o.op === 'grouped') await runner.group(o.value, async () => runner.info('inside'));
    else if (o.op === 'endgroup') runner.endGroup();
    else if (o.op === 'summary') runner.appendSummary(o.value);
    else if (o.op === 'error' || o.op === 'warning' || o.op === 'notice') runner[o.op](o.value, o.props);
  },
  core: async (o: Op) => {
    if (o.op === 'output') core.setOutput(o.name, o.value);
    else if (o.op === 'env') core.exportVariable(o.name, o.value);
    else if (o.op === 'state') core.saveState(o.name, o.value);
    else if (o.op === 'mask') core.setSecret(o.value);
    else if (o.op === 'debug') core.debug(o.value);
    else if (o.op === 'info') core.info(o.value);
    else if (o.op === 'failed') core.setFailed(o.value);
    else if (o.op === 'group') core.startGroup(o.value);
    else if (o.op === 'grouped') await core.group(o.value, async () => core.info('inside'));
    else if (o.op === 'endgroup') core.endGroup();
    else if (o.op === 'summary') await core.summary.addRaw(o.value).write();
    else if (o.op === 'error' || o.op === 'warning' || o.op === 'notice') core[o.op](o.value, o.props);
  },
};

interface Seen {
  stdout: string;
  files: Partial<Record<FileVariable, string>>;
  env: Record<string, string | undefined>;
  exitCode: typeof process.exitCode;
  /** The index of the call that threw, if one did (the messages differ: each library words its own). */
  threwAt?: number;
}

/**
 * Run `ops` through one implementation in a fresh step: the four files exist and are named (or, with
 * `files: false`, none is named), stdout is captured, the environment and exit code are put back.
 */
async function step(which: keyof typeof IMPLEMENTATIONS, ops: readonly Op[], files = true): Promise<Seen> {
  const dir = mkdtempSync(join(tmpdir(), 'ept-runner-oracle-'));
  const savedEnv = { ...process.env };
  const out: string[] = [];
  const write = jest.spyOn(process.stdout, 'write').mockImplementation((s) => {
    out.push(String(s));
    return true;
  });
  const seen: Seen = { stdout: '', files: {}, env: {}, exitCode: undefined };
  // core.summary is one object that keeps the first path it saw; each step here has its own.
  (core.summary as unknown as { _filePath?: string })._filePath = undefined;
  try {
    for (const f of FILES) {
      delete process.env[f];
      if (!files) continue;
      process.env[f] = join(dir, f);
      writeFileSync(join(dir, f), '');
    }
    for (const [i, o] of ops.entries()) {
      try {
        await IMPLEMENTATIONS[which](o);
      } catch {
        seen.threwAt = i;
        break;
      }
    }
    for (const o of ops) if (o.op === 'env') seen.env[o.name] = process.env[o.name];
    if (files) for (const f of FILES) seen.files[f] = readFileSync(join(dir, f), 'utf8');
    seen.exitCode = process.exitCode;
  } finally {
    write.mockRestore();
    process.env = savedEnv;
    process.exitCode = undefined;
    rmSync(dir, { recursive: true, force: true });
  }
  // On purpose: an annotation whose properties are all empty is `::error::m` here; @actions/core
  // writes `::error ::m` (a space before nothing). The runner reads the two alike.
  seen.stdout = out.join('');
  if (which === 'core') seen.stdout = seen.stdout.replace(/^::(error|warning|notice) ::/gm, '::$1::');
  return seen;
}

/** Text made of the pieces the protocol cares about: line breaks, escapes, separators, the delimiter. */
const text = fc.string({
  unit: fc.constantFrom(
    'a',
    'Z',
    ' ',
    '\t',
    '\n',
    '\r',
    '\r\n',
    '%',
    '%25',
    '%0A',
    ':',
    '::',
    ',',
    '=',
    '<<',
    'é',
    '😀',
    '\u2028',
    'ghadelimiter_',
    DELIMITER,
  ),
  maxLength: 12,
});
/** Names without a line break (a name with one is refused on purpose: see below). */
const name = fc
  .string({
    unit: fc.constantFrom('A', 'b', '_', '-', '1', ' ', '%', ':', ',', '=', '<<', 'ghadelimiter_', DELIMITER),
  })
  .filter((s) => s !== '');
const props: fc.Arbitrary<Props> = fc.record(
  {
    title: text,
    file: text,
    startLine: fc.nat({ max: 3 }),
    endLine: fc.nat({ max: 3 }),
    startColumn: fc.nat({ max: 3 }),
    endColumn: fc.nat({ max: 3 }),
  },
  { requiredKeys: [] },
);
const op = (withSummary: boolean): fc.Arbitrary<Op> =>
  fc.oneof(
    fc.record({
      op: fc.constantFrom('output' as const, 'env' as const, 'state' as const),
      // The environment is the test's own: names of exported variables get a prefix.
      name,
      value: text,
    }),
    fc.record({
      op: fc.constantFrom(
        ...([
          'mask',
          'debug',
          'info',
          'failed',
          'group',
          'grouped',
          ...(withSummary ? ['summary'] : []),
        ] as const),
      ) as fc.Arbitrary<'mask' | 'debug' | 'info' | 'failed' | 'group' | 'grouped' | 'summary'>,
      value: text,
    }),
    fc.constant({ op: 'endgroup' as const }),
    fc.record(
      { op: fc.constantFrom('error' as const, 'warning' as const, 'notice' as const), value: text, props },
      { requiredKeys: ['op', 'value'] },
    ),
  );
const prefixed = (ops: Op[]) => ops.map((o) => (o.op === 'env' ? { ...o, name: `EPT_ORACLE_${o.name}` } : o));

async function same(ops: Op[], files = true) {
  expect(await step('ours', ops, files)).toEqual(await step('core', ops, files));
}

describe('the same bytes as @actions/core', () => {
  test('generated calls, with the four files', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op(true), { minLength: 1, maxLength: 6 }), (ops) => same(prefixed(ops))),
      { numRuns: 400 },
    );
  });

  test('generated calls without the file variables: the stdout commands older runners read', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op(false), { minLength: 1, maxLength: 6 }), (ops) =>
        same(prefixed(ops), false),
      ),
      { numRuns: 300 },
    );
  });

  test.each([
    ['a value with every odd piece', 'line one\nline two\r\n100% :: a,b: c\rend'],
    ['an empty value', ''],
    ['a value that is the delimiter’s prefix only', 'ghadelimiter_\nghadelimiter_0'],
  ])('%s: outputs, variables, state and summary', async (_, value) => {
    const ops: Op[] = [
      { op: 'output', name: 'registry', value },
      { op: 'env', name: 'EPT_ORACLE_X', value },
      { op: 'state', name: 'session', value },
      { op: 'summary', value },
    ];
    const ours = await step('ours', ops);
    expect(ours.threwAt).toBeUndefined();
    expect(ours.files.GITHUB_OUTPUT).toBe(`registry<<${DELIMITER}\n${value}\n${DELIMITER}\n`);
    expect(ours).toEqual(await step('core', ops));
    await same(ops.slice(0, 3), false);
  });

  test('annotations with every property, in the runner’s names and @actions/core’s order', async () => {
    const all = {
      title: 'T: a,b',
      file: 'x,y.Dockerfile',
      startLine: 3,
      endLine: 4,
      startColumn: 5,
      endColumn: 6,
    };
    const ops: Op[] = [
      { op: 'error', value: 'e\n::add-mask::x', props: all },
      { op: 'warning', value: 'w', props: { startColumn: 2, file: 'f' } },
      { op: 'notice', value: 'n', props: {} },
      { op: 'notice', value: 'n0', props: { startLine: 0, title: '' } },
    ];
    const ours = await step('ours', ops);
    expect(ours.stdout).toBe(
      [
        '::error title=T%3A a%2Cb,file=x%2Cy.Dockerfile,line=3,endLine=4,col=5,endColumn=6::e%0A::add-mask::x',
        '::warning file=f,col=2::w',
        '::notice::n',
        '::notice::n0',
        '',
      ].join('\n'),
    );
    expect(ours).toEqual(await step('core', ops));
  });

  test('a value or a name holding the delimiter: both refuse it and write nothing', async () => {
    for (const o of [
      { op: 'output', name: 'x', value: `a\n${DELIMITER}\nb=evil` },
      { op: 'env', name: 'EPT_ORACLE_X', value: DELIMITER },
      { op: 'state', name: `x${DELIMITER}`, value: 'v' },
    ] as Op[]) {
      const ours = await step('ours', [o]);
      expect(ours.threwAt).toBe(0);
      expect(Object.values(ours.files).join('')).toBe('');
      expect(ours).toEqual(await step('core', [o]));
    }
  });
});

describe('where we differ on purpose, and are the safer one', () => {
  test('a name with a line break is refused: the runner would read the line after it as an entry of its own', async () => {
    for (const op of ['output', 'env', 'state'] as const) {
      const o: Op = { op, name: 'EPT_ORACLE_X\nNODE_OPTIONS=--require=./evil.js', value: 'v' };
      const ours = await step('ours', [o]);
      expect(ours.threwAt).toBe(0);
      expect(Object.values(ours.files).join('')).toBe('');
      // @actions/core writes it: the second line sets NODE_OPTIONS for every later step.
      const theirs = await step('core', [o]);
      expect(Object.values(theirs.files).join('')).toContain('\nNODE_OPTIONS=--require=./evil.js<<');
    }
  });

  test('a file variable naming a missing file: neither creates it (@actions/core refuses it too)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ept-runner-oracle-'));
    const saved = { ...process.env };
    try {
      for (const f of FILES) process.env[f] = join(dir, f);
      expect(() => runner.setOutput('x', 'v')).toThrow(/GITHUB_OUTPUT/);
      expect(() => core.setOutput('x', 'v')).toThrow(/Missing file/);
      expect(() => runner.exportVariable('EPT_ORACLE_X', 'v')).toThrow(/GITHUB_ENV/);
      expect(() => runner.saveState('x', 'v')).toThrow(/GITHUB_STATE/);
      expect(() => runner.appendSummary('x')).toThrow(/GITHUB_STEP_SUMMARY/);
      await expect(core.summary.addRaw('x').write()).rejects.toThrow(/Unable to access summary file/);
      for (const f of FILES) expect(existsSync(join(dir, f))).toBe(false);
    } finally {
      process.env = saved;
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('no summary file named: we write nothing and say so (false); @actions/core throws', async () => {
    const saved = process.env.GITHUB_STEP_SUMMARY;
    delete process.env.GITHUB_STEP_SUMMARY;
    try {
      expect(runner.appendSummary('x')).toBe(false);
      await expect(core.summary.addRaw('x').write()).rejects.toThrow(/GITHUB_STEP_SUMMARY/);
    } finally {
      if (saved !== undefined) process.env.GITHUB_STEP_SUMMARY = saved;
    }
  });
});

describe('inputs as @actions/core reads them', () => {
  /** Raw input text: blanks of every kind (String.prototype.trim's set), line breaks, words. */
  const raw = fc.string({
    unit: fc.constantFrom(
      'x',
      'true',
      'False',
      'TRUE',
      ' ',
      '\t',
      '\n',
      '\r',
      '\r\n',
      '\u00a0',
      '\ufeff',
      '#',
      ',',
    ),
    maxLength: 10,
  });
  const inputName = fc.string({
    unit: fc.constantFrom('a', 'B', ' ', '-', '_', '1'),
    minLength: 1,
    maxLength: 6,
  });

  const withInput = <T>(variable: string, value: string | undefined, read: () => T): T => {
    const saved = process.env[variable];
    if (value === undefined) delete process.env[variable];
    else process.env[variable] = value;
    try {
      return read();
    } finally {
      if (saved === undefined) delete process.env[variable];
      else process.env[variable] = saved;
    }
  };
  const outcome = <T>(read: () => T): { value: T } | { threw: true } => {
    try {
      return { value: read() };
    } catch {
      return { threw: true };
    }
  };

  test('getInput and getBooleanInput: the same value, or both refuse', () => {
    fc.assert(
      fc.property(inputName, fc.option(raw, { nil: undefined }), (n, value) => {
        const variable = runner.inputVariable(n);
        withInput(variable, value, () => {
          expect(runner.getInput(n)).toBe(core.getInput(n));
          expect(outcome(() => runner.getBooleanInput(n))).toEqual(outcome(() => core.getBooleanInput(n)));
        });
      }),
      { numRuns: 1000 },
    );
  });

  test('a boolean input we refuse is an input error that names the input (exit 2), not a TypeError', () => {
    withInput('INPUT_WARM', 'yes', () => {
      expect(() => core.getBooleanInput('warm')).toThrow(TypeError);
      expect(() => runner.getBooleanInput('warm')).toThrow(/^warm must be true or false/);
    });
  });

  test('getMultilineInput: @actions/core’s lines without the blank ones (it keeps a line of blanks as "")', () => {
    fc.assert(
      fc.property(raw, (value) => {
        withInput('INPUT_LIST', value, () => {
          expect(runner.getMultilineInput('list')).toEqual(
            core.getMultilineInput('list').filter((l) => l !== ''),
          );
        });
      }),
      { numRuns: 1000 },
    );
    withInput('INPUT_LIST', 'a\n \t\nb\n  ', () => {
      expect(core.getMultilineInput('list')).toEqual(['a', '', 'b']);
      expect(runner.getMultilineInput('list')).toEqual(['a', 'b']);
    });
  });

  test('the `required` option of @actions/core is not offered: action.yml declares no required input', () => {
    const declared = parse(readFileSync('action.yml', 'utf8')) as {
      inputs: Record<string, { required?: boolean }>;
    };
    expect(Object.entries(declared.inputs).filter(([, i]) => i.required)).toEqual([]);
  });
});
