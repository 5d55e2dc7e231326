// How names from outside are shown: as they are when safe, otherwise as a JSON string with every
// control, separator and bidirectional character escaped.
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { displayLine, displayName, quoted } from '../../src/core/display.js';

describe('displayName', () => {
  test.each([
    ['app/Dockerfile', 'app/Dockerfile'],
    ['dir with spaces/Dockerfile', 'dir with spaces/Dockerfile'],
    ['C:\\src\\Dockerfile', 'C:\\src\\Dockerfile'],
    ['café/日本/Dockerfile', 'café/日本/Dockerfile'],
    ['a"b', 'a"b'],
    // C0
    ['x\n::warning::pwned', '"x\\n::warning::pwned"'],
    ['y\r::add-mask::zz', '"y\\r::add-mask::zz"'],
    ['tab\there', '"tab\\there"'],
    ['nul\u0000', '"nul\\u0000"'],
    ['esc\u001b[31m', '"esc\\u001b[31m"'],
    // DEL and C1 (NEL, CSI)
    ['del\u007f', '"del\\u007f"'],
    ['nel\u0085x', '"nel\\u0085x"'],
    ['csi\u009b31m', '"csi\\u009b31m"'],
    // Unicode line and paragraph separators
    ['a\u2028b', '"a\\u2028b"'],
    ['a\u2029b', '"a\\u2029b"'],
    // bidirectional controls
    ['evil\u202egpj.exe', '"evil\\u202egpj.exe"'],
    ['a\u2066b\u2069', '"a\\u2066b\\u2069"'],
    ['rlm\u200f', '"rlm\\u200f"'],
    ['alm\u061c', '"alm\\u061c"'],
    // a name that starts with a quote is always shown quoted; inside, quotes and backslashes are escaped
    ['"x"', '"\\"x\\""'],
    ['a\\b\nc"', '"a\\\\b\\nc\\""'],
  ])('%j is shown as %s', (name, shown) => {
    expect(displayName(name)).toBe(shown);
  });

  test('whatever the name, what is shown is one line of visible characters, and a quoted one reads back', () => {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
    const unsafe = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (name) => {
        const shown = displayName(name);
        expect(shown).not.toMatch(unsafe);
        if (shown !== name) expect(JSON.parse(shown)).toBe(name);
        expect(JSON.parse(quoted(name))).toBe(name);
      }),
    );
  });
});

describe('displayLine', () => {
  test.each([
    ['compose.yaml:3: note: x: left alone', 'compose.yaml:3: note: x: left alone'],
    ['x\n::warning::pwned: left alone', 'x\\n::warning::pwned: left alone'],
    ['a\r\tb\u0000c\u007fd\u009be\u2028f\u202eg', 'a\\r\\tb\\u0000c\\u007fd\\u009be\\u2028f\\u202eg'],
    ['"quoted" and \\ stay', '"quoted" and \\ stay'],
  ])('%j is shown as %j', (message, shown) => {
    expect(displayLine(message)).toBe(shown);
  });
});
