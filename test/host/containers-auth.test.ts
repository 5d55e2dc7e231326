// Where the containers auth.json is, as containers/image looks for it on Linux.
import { join, resolve } from 'node:path';
import { expect, test } from '@jest/globals';
import { containersAuthPath } from '../../src/host/containers-auth.js';

test.each([
  [{ REGISTRY_AUTH_FILE: '/a/auth.json', XDG_RUNTIME_DIR: '/run/user/1000' }, '/a/auth.json'],
  // Recorded for logout, which may run elsewhere: a relative path is taken from the working directory.
  [{ REGISTRY_AUTH_FILE: 'ci/auth.json' }, resolve('ci/auth.json')],
  [{ XDG_RUNTIME_DIR: '/run/user/1000' }, join('/run/user/1000', 'containers', 'auth.json')],
  [{ REGISTRY_AUTH_FILE: '', XDG_RUNTIME_DIR: '' }, '/run/containers/1000/auth.json'],
])('%j → %s', (env, path) => {
  expect(containersAuthPath(env, 1000)).toBe(path);
});
