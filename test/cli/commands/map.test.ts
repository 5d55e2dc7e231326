// `map`, in-process: URIs on stdout in order, notes on stderr, input errors exit 2; with --registry
// and --rule no AWS call is made. The AWS endpoints point at a black hole for the whole file: a call
// would be counted there, and the run without rules ends on its --timeout naming the endpoint.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { type BlackHole, startBlackHole } from '../../helpers/black-hole.js';
import { runMain } from '../../helpers/run-main.js';

const HOST = '111122223333.dkr.ecr.us-east-1.amazonaws.com';
const TARGET = ['--registry', HOST, '--rule', 'docker-hub=registry-1.docker.io', '--rule', 'quay=quay.io'];

let hole: BlackHole;
const saved = { ...process.env };

beforeAll(async () => {
  hole = await startBlackHole();
  // The SDK reads the process's environment (the library does not take io's).
  Object.assign(process.env, {
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    AWS_ENDPOINT_URL_ECR: hole.url,
    AWS_ENDPOINT_URL_STS: hole.url,
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_MAX_ATTEMPTS: '1',
  });
});

afterAll(async () => {
  for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
  Object.assign(process.env, saved);
  await hole.close();
});

describe('with --registry and --rule (no AWS call)', () => {
  test('each image’s cache URI on its own line, in order; Docker Hub official images get library/', async () => {
    const r = await runMain([
      'map',
      'node:20',
      'quay.io/prometheus/prometheus:v2',
      'bitnami/redis',
      ...TARGET,
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        `${HOST}/docker-hub/library/node:20`,
        `${HOST}/quay/prometheus/prometheus:v2`,
        `${HOST}/docker-hub/bitnami/redis`,
        '',
      ].join('\n'),
    );
    expect(r.stderr).toBe('');
    expect(hole.connections()).toBe(0);
  });

  test('an account id as --registry is its host in the region', async () => {
    const r = await runMain([
      'map',
      'alpine:3.20',
      '--registry',
      '444455556666',
      '--rule',
      'docker-hub=docker.io',
    ]);
    expect(r.stdout).toBe('444455556666.dkr.ecr.us-east-1.amazonaws.com/docker-hub/library/alpine:3.20\n');
  });

  test('an image no rule covers is printed unchanged, with a note; --strict makes that exit 1', async () => {
    const r = await runMain(['map', 'mcr.microsoft.com/dotnet/sdk:8.0', ...TARGET]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('mcr.microsoft.com/dotnet/sdk:8.0\n');
    expect(r.stderr).toMatch(/^note: mcr\.microsoft\.com\/dotnet\/sdk:8\.0: .*; printed unchanged$/m);
    const strict = await runMain(['map', 'mcr.microsoft.com/dotnet/sdk:8.0', '--strict', ...TARGET]);
    expect(strict.code).toBe(1);
  });

  test('- reads the images from stdin, one per line, skipping blanks and comments', async () => {
    const r = await runMain(['map', '-', ...TARGET], {
      stdin: '# base images\nnode:20\n\n  quay.io/a/b:1  \n',
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${HOST}/docker-hub/library/node:20\n${HOST}/quay/a/b:1\n`);
  });

  test('--json prints one row per image on stdout', async () => {
    const r = await runMain(['map', 'node:20', 'ghcr.io/o/app:1', '--json', ...TARGET]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([
      { image: 'node:20', uri: `${HOST}/docker-hub/library/node:20`, status: 'mapped' },
      { image: 'ghcr.io/o/app:1', uri: 'ghcr.io/o/app:1', status: 'unmapped', reason: expect.any(String) },
    ]);
  });

  test('--buildkit adds the builder image', async () => {
    const r = await runMain(['map', '--buildkit', ...TARGET]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${HOST}/docker-hub/moby/buildkit:buildx-stable-1\n`);
  });
});

describe('input errors exit 2 and nothing goes to stdout', () => {
  test('an invalid reference names where it came from', async () => {
    const r = await runMain(['map', 'node:20', 'Node:20', ...TARGET]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^argument 2: error: invalid image reference "Node:20"/m);
    expect(r.stdout).toBe('');
  });

  test('conflicting rules for one prefix', async () => {
    const r = await runMain([
      'map',
      'node:20',
      '--registry',
      HOST,
      '--rule',
      'hub=registry-1.docker.io',
      '--rule',
      'hub=quay.io',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('conflicting rules for prefix "hub"');
    expect(r.stdout).toBe('');
  });

  test.each([
    ['a rule without =', ['--registry', HOST, '--rule', 'docker-hub']],
    ['a registry that is no host', ['--registry', 'not a host!', '--rule', 'docker-hub=docker.io']],
  ])('%s', async (_, flags) => {
    const r = await runMain(['map', 'node:20', ...flags]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^ecr-pull-through: /);
    expect(r.stdout).toBe('');
    expect(hole.connections()).toBe(0);
  });

  test.each([['soon'], ['5 minutes'], ['-1s']])('--timeout %s is a usage error', async (value) => {
    const r = await runMain(['map', 'node:20', `--timeout=${value}`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `--timeout must be a duration such as 90s, 10m, 1h or a number of seconds, not "${value}"`,
    );
    expect(r.stderr).toContain("Run 'ecr-pull-through map --help' for usage.");
  });
});

test('without rules, a silent ECR API ends the run on its --timeout: exit 1, the endpoint named, a hint', async () => {
  // What the run loads before its first request is loaded first: on a loaded machine, loading it
  // inside the deadline could outlast it before any request was sent (then nothing is named).
  await Promise.all([
    import('../../../src/use-cases/run.js'),
    import('../../../src/aws/discovery.js'),
    import('@aws-sdk/client-ecr'),
  ]);
  // It ends on its --timeout (the message says within 3 s), never waiting on the silent endpoint; the
  // message names the endpoint and the call, which the run knows only once it started that call.
  const r = await runMain(['map', 'node:20', '--timeout', '3s']);
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(
    new RegExp(
      `^ecr-pull-through: no answer from the ECR API \\(${hole.host}, \\w+\\) within 3(\\.\\d)? s`,
      'm',
    ),
  );
  expect(r.stderr).toMatch(/^hint: /m);
  expect(r.stdout).toBe('');
}, 20_000);
