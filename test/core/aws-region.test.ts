// A region is one host label: our rule against the SDK's own (isValidHostLabel, which the SDK's
// region resolver applies before it builds an endpoint), on generated strings.
import { isValidHostLabel } from '@smithy/core/transport';
import fc from 'fast-check';
import { isValidRegion, validRegion } from '../../src/core/aws-region.js';
import { InputError } from '../../src/core/errors.js';

const regionish = fc.string({
  unit: fc.constantFrom(...'abcz-AZ09.@/:_ \u00e9\n'.split('')),
  minLength: 0,
  maxLength: 70,
});

test('generated strings: refused exactly when the SDK refuses them', () => {
  fc.assert(
    fc.property(fc.oneof(regionish, fc.string(), fc.stringMatching(/^[a-z0-9-]{0,66}$/)), (region) => {
      expect(isValidRegion(region)).toBe(isValidHostLabel(region));
    }),
    { numRuns: 5000 },
  );
});

test.each([
  ['us-east-1', true],
  ['eusc-de-east-1', true],
  ['fips-us-gov-west-1', true],
  ['a'.repeat(63), true],
  ['a'.repeat(64), false],
  ['us-east-1@host/x', false],
  ['us-east-1.evil', false],
  ['-us-east-1', false],
  ['us-east-1-', false],
  ['', false],
  ['*', false],
])('%s: %s, as the SDK says', (region, valid) => {
  expect(isValidHostLabel(region)).toBe(valid);
  expect(isValidRegion(region)).toBe(valid);
});

test('a region that is not one is an input error (exit 2) that names it', () => {
  expect(() => validRegion('us-east-1@host/x')).toThrow(InputError);
  expect(() => validRegion('us-east-1@host/x')).toThrow('"us-east-1@host/x" is not an AWS region');
  expect(validRegion('eu-west-1')).toBe('eu-west-1');
});
