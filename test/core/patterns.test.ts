import { describe, expect, test } from '@jest/globals';
import { leavesRoot } from '../../src/core/patterns.js';

describe('leavesRoot: a pattern that can reach outside its root', () => {
  test.each([
    ['../Dockerfile', true],
    ['a/../../Dockerfile', true],
    ['/etc/Dockerfile', true],
    ['C:\\src\\Dockerfile', true],
    ['..\\Dockerfile', true],
    // One `..` alternative of a brace (picomatch read the brace as a range: it matched nothing).
    ['{src,..}/Dockerfile', true],
    ['{..,src}/Dockerfile', true],
    ['src/{a,../b}/Dockerfile', true],
    ['{src,{lib,..}}/Dockerfile', true],
    ['**/Dockerfile', false],
    ['{src,lib}/Dockerfile', false],
    ['{1..3}/Dockerfile', false],
    ['..x/Dockerfile', false],
    ['x../Dockerfile', false],
    ['.../Dockerfile', false],
  ])('%s: %s', (pattern, expected) => {
    expect(leavesRoot(pattern)).toBe(expected);
  });
});
