// What the engine's login and logout are given (host/engine-login.ts): the variables an engine reads,
// never the AWS keys, tokens or anything else of the run (the end-to-end proof, with a fake engine
// that records its environment: test/e2e/cli/node-debug-secrets.test.ts).
import { expect, test } from '@jest/globals';
import { engineEnvironment } from '../../src/host/engine-login.js';

test('only the variables an engine reads go to it', () => {
  const kept = {
    PATH: '/usr/bin',
    HOME: '/home/ci',
    DOCKER_CONFIG: '/home/ci/.docker',
    DOCKER_HOST: 'unix:///run/docker.sock',
    REGISTRY_AUTH_FILE: '/run/auth.json',
    XDG_RUNTIME_DIR: '/run/user/1000',
    HTTPS_PROXY: 'http://proxy:3128',
    no_proxy: 'localhost',
  };
  const dropped = {
    AWS_ACCESS_KEY_ID: 'AKIAEXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'secret',
    AWS_SESSION_TOKEN: 'token',
    AWS_CONTAINER_AUTHORIZATION_TOKEN: 'container-token',
    AWS_CONTAINER_CREDENTIALS_RELATIVE_URI: '/v2/credentials/abc',
    GITHUB_TOKEN: 'ghs_example',
    DOCKER_PASSWORD: 'hunter2',
    NODE_OPTIONS: '--require x',
    NODE_DEBUG: 'child_process',
  };
  expect(engineEnvironment({ ...kept, ...dropped })).toEqual(kept);
});
