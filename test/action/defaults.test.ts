// action.yml's defaults are the library's: one home for each default, and the manifest agrees.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { parseDurationMs } from '../../src/core/duration.js';
import { DEFAULT_WARM_TIMEOUT_MS } from '../../src/core/timeouts.js';

const action = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, { default?: string }> };

test('warm-timeout defaults to the library’s warm timeout', () => {
  expect(parseDurationMs(action.inputs['warm-timeout']!.default!)).toBe(DEFAULT_WARM_TIMEOUT_MS);
});
