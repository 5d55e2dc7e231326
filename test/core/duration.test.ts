// Durations as users write them, and the longest one a run can wait for (Node's timers hold 2^31 - 1 ms).
import { describe, expect, test } from '@jest/globals';
import { MAX_DURATION_MS, readDuration } from '../../src/core/duration.js';
import { InputError } from '../../src/core/errors.js';
import { Deadline } from '../../src/run/deadline.js';

describe('readDuration', () => {
  test.each([
    ['90s', 90_000],
    ['10m', 600_000],
    ['500ms', 500],
    ['2', 2_000],
    ['596h', 596 * 3_600_000],
    [`${MAX_DURATION_MS}ms`, MAX_DURATION_MS],
  ])('%s is %d ms', (text, ms) => {
    expect(readDuration(text, '--timeout')).toBe(ms);
  });

  test.each(['597h', '2147483648ms', '2147484', '99999999999999999999', `${'9'.repeat(400)}h`])(
    '%s is too long: an input error naming the input and the longest allowed',
    (text) => {
      expect(() => readDuration(text, 'warm-timeout')).toThrow(InputError);
      expect(() => readDuration(text, 'warm-timeout')).toThrow(
        `warm-timeout must be at most 596h (2147483647 ms, the longest timer Node.js holds), not "${text}"`,
      );
    },
  );

  test('a text that is no duration names the input', () => {
    expect(() => readDuration('soon', '--timeout')).toThrow('--timeout must be a duration such as');
  });
});

test('a library deadline longer than a timer holds is refused, not expired at once', () => {
  expect(() => new Deadline(MAX_DURATION_MS + 1)).toThrow(InputError);
  const longest = new Deadline(MAX_DURATION_MS);
  expect(longest.expired).toBe(false);
  longest.dispose();
});
