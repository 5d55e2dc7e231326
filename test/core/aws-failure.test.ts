// What an AWS failure means to the user: the hint for an error, also when the SDK wraps it.

import { describe, expect, test } from '@jest/globals';
import { awsHint, shownAwsMessage } from '../../src/core/aws-failure.js';

describe('errors the SDK wraps (a socket error seen from another realm)', () => {
  test('get the hint of the error inside', () => {
    const refused = new Error('AWS SDK error wrapper for Error: connect ECONNREFUSED 10.0.0.1:443');
    expect(awsHint(refused, 'us-east-1')).toContain('did not answer');
  });
});

describe('shownAwsMessage: the one shaper of AWS messages on both token paths', () => {
  const mismatch =
    "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.\n\nThe Canonical String for this request should have been\n'POST\n/\n\nhost:api.ecr.us-east-1.amazonaws.com\nx-amz-security-token:SESSIONTOKEN\n'\n\nThe String-to-Sign should have been\n'AWS4-HMAC-SHA256\n20261207T000000Z\n...'";

  test('the canonical request and the string to sign are cut, ECR’s own words kept', () => {
    const shown = shownAwsMessage(mismatch);
    expect(shown).toBe(
      'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
    );
    expect(shownAwsMessage("x The String-to-Sign should have been 'AWS4-HMAC-SHA256...'")).toBe('x');
  });

  test('a secret given is replaced wherever it shows', () => {
    expect(shownAwsMessage('token SESSIONTOKEN is bad: SESSIONTOKEN', ['SESSIONTOKEN', undefined, ''])).toBe(
      'token *** is bad: ***',
    );
  });
});
