import { globMatcher } from '../../src/host/globs.js';

describe('globMatcher', () => {
  test.each([
    ['Dockerfile', 'svc/Dockerfile', true],
    ['Dockerfile', 'svc/Dockerfile.dev', false],
    ['**/*.yaml', 'k8s/deploy.yaml', true],
    ['k8s/*.yaml', 'other/deploy.yaml', false],
    ['**/Dockerfile', '.devcontainer/Dockerfile', true],
  ])('%s matches %s: %s', (glob, path, expected) => {
    expect(globMatcher(glob)(path)).toBe(expected);
  });

  // Array#some hands the matcher an index as a second argument; picomatch would take it as "return
  // an object" and match everything.
  test('used as an Array#some callback it still answers for the path alone', () => {
    expect(['a/Dockerfile', 'b/Dockerfile'].some(globMatcher('*.yaml'))).toBe(false);
    expect(['a/x.txt', 'b/Dockerfile'].some(globMatcher('Dockerfile'))).toBe(true);
  });
});
