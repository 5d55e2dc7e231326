// action.yml's defaults are the library's: one home for each default (src/core/defaults.ts), the
// action's inputs read it, and the manifest declares the same values.

import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test } from '@jest/globals';
import { parse } from 'yaml';
import { type ActionInputs, INPUT_NAMES, readInputs } from '../../src/action/inputs.js';
import { DEFAULT_CONCURRENCY, DEFAULTS } from '../../src/core/defaults.js';
import { parseDurationMs } from '../../src/core/duration.js';
import { DEFAULT_WARM_TIMEOUT_MS } from '../../src/core/timeouts.js';

const action = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, { default?: string }> };
const declared = Object.entries(action.inputs)
  .filter(([, input]) => input.default !== undefined)
  .map(([name, input]) => [name, input.default!] as const);

/** The input that sets an option: `warmTimeoutMs` → `warm-timeout`. */
const inputOf = (key: string) => key.replace(/Ms$/, '').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const env = (name: string) => `INPUT_${name.toUpperCase()}`;

/** The inputs as the action reads them with the given inputs set (the runner passes them as INPUT_*). */
function inputsWith(values: Record<string, string>): ActionInputs {
  for (const name of INPUT_NAMES) delete process.env[env(name)];
  for (const [name, value] of Object.entries(values)) process.env[env(name)] = value;
  return readInputs();
}
afterEach(() => {
  for (const name of INPUT_NAMES) delete process.env[env(name)];
});

test('action.yml gives a default for exactly the inputs the library has one for', () => {
  expect(declared.map(([name]) => name).sort()).toEqual(Object.keys(DEFAULTS).map(inputOf).sort());
});

describe('each default in action.yml equals the library’s', () => {
  const fromManifest = () => inputsWith(Object.fromEntries(declared));
  const unset = () => inputsWith({});

  test.each(Object.keys(DEFAULTS) as (keyof typeof DEFAULTS)[])('%s', (key) => {
    expect(fromManifest()[key]).toEqual(DEFAULTS[key]);
    expect(unset()[key]).toEqual(DEFAULTS[key]);
  });

  test('the values themselves', () => {
    expect(parseDurationMs(action.inputs['warm-timeout']!.default!)).toBe(DEFAULT_WARM_TIMEOUT_MS);
    expect(Number(action.inputs.concurrency!.default)).toBe(DEFAULT_CONCURRENCY);
    expect(DEFAULTS).toMatchObject({ warmTimeoutMs: 10 * 60_000, concurrency: 8, loginMethod: 'auto' });
  });
});
