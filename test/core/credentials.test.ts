// The forms a registry secret shows in, which the action masks: one rule for the token ECR hands out
// and for a docker config entry a login replaces.

import { describe, expect, it } from '@jest/globals';
import { authSecrets, basicAuth, secretForms } from '../../src/core/credentials.js';

describe('authSecrets', () => {
  it('a docker auth value: itself, the password, the password in base64, and user:password in base64', () => {
    const auth = basicAuth('AWS', 'pa:ss');
    expect(authSecrets(auth)).toEqual([auth, 'pa:ss', Buffer.from('pa:ss').toString('base64')]);
    expect(authSecrets(auth)).toEqual([...new Set([auth, ...secretForms('AWS', 'pa:ss')])]);
  });

  it('a value that does not decode to a user and a password: only itself', () => {
    for (const auth of ['bm9jb2xvbg==', basicAuth('', 'pw'), Buffer.from('user:').toString('base64')])
      expect(authSecrets(auth)).toEqual([auth]);
  });
});
