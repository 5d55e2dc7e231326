// Where the compile cache keeps chunks (its use through the built CLI is tested in test/dist.test.ts).
import { join } from 'node:path';
import { expect, test } from '@jest/globals';
import { checksum, compileCacheDir } from '../../src/host/compile-cache.js';

const leaf = join('ecr-pull-through', `v8-${process.versions.v8}-${process.arch}`);

test("the user's cache directory of each platform, one folder per V8 version; none when switched off", () => {
  expect(compileCacheDir({ HOME: '/home/u' }, 'linux')).toBe(join('/home/u/.cache', leaf));
  expect(compileCacheDir({ HOME: '/home/u', XDG_CACHE_HOME: '/c' }, 'linux')).toBe(join('/c', leaf));
  expect(compileCacheDir({ HOME: '/Users/u' }, 'darwin')).toBe(join('/Users/u/Library/Caches', leaf));
  expect(compileCacheDir({ LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local' }, 'win32')).toBe(
    join('C:\\Users\\u\\AppData\\Local', leaf),
  );
  expect(compileCacheDir({}, 'win32')).toBeUndefined();
  expect(compileCacheDir({ HOME: '/home/u', NODE_DISABLE_COMPILE_CACHE: '1' }, 'linux')).toBeUndefined();
  expect(
    compileCacheDir({ HOME: '/home/u', ECR_PULL_THROUGH_NO_COMPILE_CACHE: '1' }, 'linux'),
  ).toBeUndefined();
});

test('the checksum of kept code changes with any one bit flipped, or a byte added', () => {
  const data = new Uint8Array(new ArrayBuffer(1030)); // not a whole number of words
  for (let i = 0; i < data.length; i++) data[i] = (i * 131 + 7) & 0xff;
  const sum = checksum(data);
  const unchanged: number[] = [];
  for (let bit = 0; bit < data.length * 8; bit++) {
    data[bit >> 3]! ^= 1 << (bit & 7);
    if (checksum(data) === sum) unchanged.push(bit);
    data[bit >> 3]! ^= 1 << (bit & 7);
  }
  expect(unchanged).toEqual([]);
  const longer = new Uint8Array(new ArrayBuffer(1031));
  longer.set(data);
  expect(checksum(longer)).not.toBe(sum);
});
