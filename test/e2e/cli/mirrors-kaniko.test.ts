// `mirrors --format kaniko` through the CLI bundle. kaniko cuts a --registry-map location at its
// first "/" into registry and repository prefix, and go-containerregistry's name.NewRepository then
// takes a first component holding "." for a registry host: an ECR prefix such as `docker.io` would
// send the pulls to Docker Hub, not to the cache. Such a rule is refused with the reason.
import { describe, expect, test } from '@jest/globals';
import { runCli } from '../../helpers/cli.js';

const ECR = '111122223333.dkr.ecr.us-east-1.amazonaws.com';
const env = { PATH: process.env.PATH, HOME: '/nonexistent' };
const kaniko = (...rules: string[]) =>
  runCli(['mirrors', '--format', 'kaniko', '--registry', ECR, ...rules.flatMap((r) => ['--rule', r])], {
    env,
  });

describe('an ECR prefix with a dot in its first component', () => {
  test('beside other rules: left out with a warning that says why; the others are mapped', async () => {
    const r = await kaniko('docker.io=registry-1.docker.io', 'quay=quay.io');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`--registry-map=quay.io=${ECR}/quay\n`);
    expect(r.stderr).toContain(
      `warning: rule "docker.io" cannot be a kaniko --registry-map: kaniko takes the first path component of ${ECR}/docker.io for a registry host when it holds a "." (or is "localhost"), so docker.io images would be pulled from "docker.io", not from the cache; it is left out`,
    );
  });

  test('alone: refused (exit 2) with the reason and the fix, and nothing printed on stdout', async () => {
    const r = await kaniko('docker.io=registry-1.docker.io');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('ecr-pull-through: rule "docker.io" cannot be a kaniko --registry-map');
    expect(r.stderr).toContain(
      'hint: give the rule an ECR repository prefix without a dot in its first component, e.g. docker-hub',
    );
  });

  test('a dot further down the prefix is mapped', async () => {
    const r = await kaniko('hub/docker.io=registry-1.docker.io');
    expect([r.code, r.stdout]).toEqual([0, `--registry-map=index.docker.io=${ECR}/hub/docker.io\n`]);
  });
});
