// The runner's protocol as src/action/runner.ts speaks it: what the runner decodes must come back
// as it was written (data and property escaping, file-command delimiters), and inputs are read the
// way the runner passes them.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals';
import * as runner from '../../src/action/runner.js';
import { InputError } from '../../src/core/errors.js';
import { parseCommandFile } from '../helpers/runner.js';

/** The runner's decoding of a command's data and property values. */
const unescape = (s: string) =>
  s
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%25/g, '%');

describe('workflow command escaping', () => {
  test.each([
    ['100%', '100%25'],
    ['a\nb', 'a%0Ab'],
    ['a\r\nb', 'a%0D%0Ab'],
    ['%0A literally', '%250A literally'],
    ['x: y, z', 'x: y, z'],
  ])('data %j → %j', (data, escaped) => {
    expect(runner.escapeData(data)).toBe(escaped);
    expect(unescape(runner.escapeData(data))).toBe(data);
  });

  test.each([
    ['a:b,c', 'a%3Ab%2Cc'],
    ['50%\n', '50%25%0A'],
  ])('property %j → %j', (value, escaped) => {
    expect(runner.escapeProperty(value)).toBe(escaped);
    expect(unescape(runner.escapeProperty(value))).toBe(value);
  });

  test('a command names its properties as the runner does (line, col) and keeps data on one line', () => {
    const line = runner.commandLine('warning', 'two\nlines', {
      file: 'a,b.Dockerfile',
      startLine: 3,
      startColumn: 7,
      title: 'Left: alone',
    });
    expect(line).toBe('::warning title=Left%3A alone,file=a%2Cb.Dockerfile,line=3,col=7::two%0Alines');
    expect(line).not.toContain('\n');
    expect(runner.commandLine('endgroup', '')).toBe('::endgroup::');
  });
});

describe('file commands', () => {
  test('an entry reads back as the value, however many lines it has', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ept-runner-'));
    try {
      const file = join(dir, 'output');
      const value = 'line one\nline two\n\nname<<EOF\nEOF';
      writeFileSync(file, runner.fileCommandEntry('images', value) + runner.fileCommandEntry('empty', ''));
      expect(parseCommandFile(file)).toEqual({ images: value, empty: '' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the delimiter is random, and may occur in neither the name nor the value', () => {
    const a = runner.fileCommandEntry('x', 'v');
    const b = runner.fileCommandEntry('x', 'v');
    expect(a.split('\n')[0]).toMatch(/^x<<ghadelimiter_[0-9a-f-]{36}$/);
    expect(a).not.toBe(b);
    expect(() => runner.fileCommandEntry('x', 'before\nDELIM\nafter', 'DELIM')).toThrow(/value of x/);
    expect(() => runner.fileCommandEntry('xDELIM', 'v', 'DELIM')).toThrow(/name of xDELIM/);
  });
});

describe('the step’s environment', () => {
  let dir: string;
  let stdout: string[];
  const saved = { ...process.env };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ept-runner-'));
    for (const f of ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY']) {
      process.env[f] = join(dir, f);
      writeFileSync(join(dir, f), '');
    }
    stdout = [];
    jest.spyOn(process.stdout, 'write').mockImplementation((s) => {
      stdout.push(String(s));
      return true;
    });
  });
  afterEach(() => {
    jest.restoreAllMocks();
    process.env = { ...saved };
    process.exitCode = undefined;
    rmSync(dir, { recursive: true, force: true });
  });
  const read = (f: string) => parseCommandFile(join(dir, f));

  test('inputs: INPUT_<NAME> with spaces as _, hyphens kept; trimmed; multiline without empty lines', () => {
    process.env['INPUT_LOGIN-METHOD'] = '  config \n';
    process.env.INPUT_MY_INPUT = 'x';
    process.env.INPUT_IMAGES = 'node:20\n\n  alpine:3.20  \n';
    expect(runner.getInput('login-method')).toBe('config');
    expect(runner.getInput('my input')).toBe('x');
    expect(runner.getInput('absent')).toBe('');
    expect(runner.getMultilineInput('images')).toEqual(['node:20', 'alpine:3.20']);
  });

  test('boolean inputs: the YAML 1.2 core schema only, else an input error naming the input', () => {
    for (const [text, value] of [
      ['true', true],
      ['True', true],
      ['TRUE', true],
      ['false', false],
      ['False', false],
      ['FALSE', false],
    ] as const) {
      process.env.INPUT_WARM = text;
      expect(runner.getBooleanInput('warm')).toBe(value);
    }
    for (const text of ['yes', 'tRuE', '1', '']) {
      process.env.INPUT_WARM = text;
      expect(() => runner.getBooleanInput('warm')).toThrow(InputError);
      expect(() => runner.getBooleanInput('warm')).toThrow(`warm must be true or false`);
    }
  });

  test('outputs, variables and state go to their files; an exported variable is set for this step too', () => {
    runner.setOutput('registry', 'r.example');
    runner.setOutput('images', '{"a":\n"b"}');
    runner.exportVariable('EPT_TEST_VARIABLE', '/tmp/policy.json');
    runner.saveState('session', '[]');
    expect(read('GITHUB_OUTPUT')).toEqual({ registry: 'r.example', images: '{"a":\n"b"}' });
    expect(read('GITHUB_ENV')).toEqual({ EPT_TEST_VARIABLE: '/tmp/policy.json' });
    expect(process.env.EPT_TEST_VARIABLE).toBe('/tmp/policy.json');
    expect(read('GITHUB_STATE')).toEqual({ session: '[]' });
    expect(stdout).toEqual([]);
    process.env.STATE_session = '[1]';
    expect(runner.getState('session')).toBe('[1]');
    expect(runner.getState('other')).toBe('');
  });

  test('masks, groups, annotations, failure and the debug switch', async () => {
    runner.setSecret('p%ss\nword');
    await expect(runner.group('Log in', async () => 42)).resolves.toBe(42);
    await expect(
      runner.group('Warm', async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    runner.notice('n');
    runner.setFailed('two\nlines');
    expect(stdout.join('')).toBe(
      [
        '::add-mask::p%25ss%0Aword',
        '::group::Log in',
        '::endgroup::',
        '::group::Warm',
        '::endgroup::',
        '::notice::n',
        '::error::two%0Alines',
        '',
      ].join('\n'),
    );
    expect(process.exitCode).toBe(1);
    process.env.RUNNER_DEBUG = '1';
    expect(runner.isDebug()).toBe(true);
    process.env.RUNNER_DEBUG = '0';
    expect(runner.isDebug()).toBe(false);
  });

  test('the job summary is appended to; without a summary file nothing is written', () => {
    expect(runner.appendSummary('<h3>one</h3>\n')).toBe(true);
    expect(runner.appendSummary('two\n')).toBe(true);
    expect(readFileSync(join(dir, 'GITHUB_STEP_SUMMARY'), 'utf8')).toBe('<h3>one</h3>\ntwo\n');
    delete process.env.GITHUB_STEP_SUMMARY;
    expect(runner.appendSummary('three')).toBe(false);
  });
});
