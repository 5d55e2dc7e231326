import { lineIndex } from '../../src/core/lines.js';

test.each([
  ['', 0, 1],
  ['a\nb\nc', 0, 1],
  ['a\nb\nc', 1, 1],
  ['a\nb\nc', 2, 2],
  ['a\nb\nc', 4, 3],
  ['a\r\nb', 3, 2],
  ['\n\n\nx', 3, 4],
])('line of %j at %i is %i', (source, offset, line) => {
  expect(lineIndex(source)(offset)).toBe(line);
});
