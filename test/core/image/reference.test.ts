import {
  familiarName,
  formatImageRef,
  InvalidReferenceError,
  isOfficialImageName,
  parseImageRef,
} from '../../../src/core/image/reference.js';

const D64 = 'a'.repeat(64);

describe('parseImageRef normalizes like distribution/reference', () => {
  test.each([
    ['node', 'docker.io/library/node'],
    ['node:20', 'docker.io/library/node:20'],
    ['library/node:20', 'docker.io/library/node:20'],
    ['docker.io/node:20', 'docker.io/library/node:20'],
    ['index.docker.io/node', 'docker.io/library/node'],
    ['registry-1.docker.io/library/node', 'docker.io/library/node'],
    ['bitnami/redis:7.4', 'docker.io/bitnami/redis:7.4'],
    ['percona/percona-server:8.0', 'docker.io/percona/percona-server:8.0'],
    ['quay.io/prometheus/node-exporter:v1.8.0', 'quay.io/prometheus/node-exporter:v1.8.0'],
    ['localhost/app', 'localhost/app'],
    ['localhost:5000/app:1', 'localhost:5000/app:1'],
    ['Registry/app', 'Registry/app'],
    ['[::1]:5000/app:tag', '[::1]:5000/app:tag'],
    ['[2001:db8::1]/app', '[2001:db8::1]/app'],
    ['registry.k8s.io/pause:3.10', 'registry.k8s.io/pause:3.10'],
    [`node@sha256:${D64}`, `docker.io/library/node@sha256:${D64}`],
    [`node:20@sha256:${D64}`, `docker.io/library/node:20@sha256:${D64}`],
    ['a__b/c--d/e.f_g:TAG_1.0-x', 'docker.io/a__b/c--d/e.f_g:TAG_1.0-x'],
    [`x@sha384:${'0'.repeat(96)}`, `docker.io/library/x@sha384:${'0'.repeat(96)}`],
    [`x:1@sha512:${'0'.repeat(128)}`, `docker.io/library/x:1@sha512:${'0'.repeat(128)}`],
  ])('%s → %s', (input, expected) => {
    expect(formatImageRef(parseImageRef(input))).toBe(expected);
  });

  test('keeps tag and digest text as written and never invents latest', () => {
    const ref = parseImageRef('ghcr.io/o/app');
    expect(ref.tag).toBeUndefined();
    expect(ref.digest).toBeUndefined();
    expect(parseImageRef('node:Latest').tag).toBe('Latest');
  });

  test.each([
    ['', 'empty'],
    ['Node:20', 'must be lowercase'],
    ['docker.io/Library/node', 'must be lowercase'],
    ['node:', 'tag ""'],
    [':20', 'missing'],
    ['node:-x', 'tag "-x"'],
    [`node:${'a'.repeat(129)}`, 'tag'],
    ['node@sha256:abcdef', 'at least 32 hex digits'],
    [`node@sha256:${'a'.repeat(63)}`, 'exactly 64'],
    [`node@sha256:${'A'.repeat(64)}`, 'lowercase hex'],
    ['a//b', 'empty component'],
    ['a/b_/c', 'path component "b_"'],
    ['-x/y', 'path component "-x"'],
    ['my host/app', 'white space'],
    ['exa_mple.com/app', 'not a valid registry'],
    [D64, 'image id'],
    [`example.com/${'a'.repeat(256)}:tag`, 'repository path must not be longer than 255'],
    [`${'a'.repeat(248)}`, 'repository path must not be longer than 255 characters (it has 256)'],
    [`name@invaliddigest:${D64}`, 'digest algorithm "invaliddigest" is not supported'],
    [`x@md5:${'0'.repeat(32)}`, 'digest algorithm "md5" is not supported (only sha256, sha384, sha512)'],
    [`x@sha512:${D64}`, 'a sha512 digest has exactly 128 lowercase hex digits'],
    [`x@sha384:${'a'.repeat(128)}`, 'a sha384 digest has exactly 96'],
  ])('rejects %j, naming the rule (%s)', (input, rule) => {
    expect(() => parseImageRef(input)).toThrow(InvalidReferenceError);
    expect(() => parseImageRef(input)).toThrow(rule);
    try {
      parseImageRef(input);
    } catch (e) {
      expect((e as Error).message).toContain(`"${input}"`);
    }
  });

  test('255 characters is the limit of the repository path, not of registry and path', () => {
    const path = 'a'.repeat(255);
    expect(parseImageRef(`example.com/${path}:tag`).path).toBe(path);
    expect(parseImageRef(`example.com:5000/${path}:${'t'.repeat(100)}`).path).toBe(path);
    // The normalized path counts: Docker Hub's implicit `library/` is part of it.
    expect(parseImageRef('a'.repeat(247)).path).toBe(`library/${'a'.repeat(247)}`);
  });

  test.each([
    ['node', 'node'],
    ['docker.io/library/node:20', 'node'],
    ['index.docker.io/bitnami/redis', 'bitnami/redis'],
    ['library/foo/bar', 'library/foo/bar'],
    ['quay.io/prometheus/node-exporter', 'quay.io/prometheus/node-exporter'],
    ['localhost:5000/library/x', 'localhost:5000/library/x'],
  ])('familiar name of %s is %s', (input, familiar) => {
    expect(familiarName(parseImageRef(input))).toBe(familiar);
  });
});

describe('isOfficialImageName: the library/ rule', () => {
  test.each([
    ['node', true],
    ['library/node', false],
    ['percona/percona-server', false],
    ['library/percona/x', false],
    ['', false],
  ])('%j → %s', (name, official) => {
    expect(isOfficialImageName(name)).toBe(official);
  });
});
