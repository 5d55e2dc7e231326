// What an AWS failure means to the user: the hint for an error, also when the SDK wraps it.

import { describe, expect, test } from '@jest/globals';
import { awsHint } from '../../src/core/aws-failure.js';

describe('errors the SDK wraps (a socket error seen from another realm)', () => {
  test('get the hint of the error inside', () => {
    const refused = new Error('AWS SDK error wrapper for Error: connect ECONNREFUSED 10.0.0.1:443');
    expect(awsHint(refused, 'us-east-1')).toContain('did not answer');
  });
});
