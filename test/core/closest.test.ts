import { closest, editDistance } from '../../src/core/closest.js';

test('edit distance counts inserts, deletes and substitutions', () => {
  expect(editDistance('timout', 'timeout')).toBe(1);
  expect(editDistance('registries', 'registry')).toBe(3);
  expect(editDistance('', 'abc')).toBe(3);
  expect(editDistance('same', 'same')).toBe(0);
});

test('closest: the nearest candidate, only when it is close enough to be a typo', () => {
  expect(closest('timout', ['timeout', 'region', 'json'])).toBe('timeout');
  expect(closest('registries', ['registry', 'rule'])).toBe('registry');
  expect(closest('dry-run', ['check', 'stdout', 'diff', 'json'])).toBeUndefined();
  expect(closest('x', ['json'])).toBeUndefined();
  expect(closest('jsn', [])).toBeUndefined();
});
