// What users get wrong without noticing: each case through the real entry point (the CLI bundle, the
// action bundle as the runner runs it, the library), each once written wrong or silently.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Emulator, startEmulator } from '../../../emulator/index.js';
import { InvalidRuleError, resolveTarget } from '../../../src/index.js';
import { type BlackHole, startBlackHole } from '../../helpers/black-hole.js';
import { runCli } from '../../helpers/cli.js';
import { runAction, runnerFiles } from '../../helpers/runner.js';

let em: Emulator;
let hole: BlackHole;
let dir: string;
beforeAll(async () => {
  [em, hole] = await Promise.all([startEmulator({ upstream: 'memory', importTime: 100 }), startBlackHole()]);
  dir = mkdtempSync(join(tmpdir(), 'ept-mistakes-'));
});
afterAll(async () => {
  await Promise.all([em.stop(), hole.close()]);
  rmSync(dir, { recursive: true, force: true });
});

const base = { PATH: process.env.PATH, HOME: '/nonexistent' };
const HUB = ['--rule', 'docker-hub=registry-1.docker.io'];

describe('1. --registry given as an account id', () => {
  test('rewrite and map use that account’s ECR host in the region, and a second run changes nothing', async () => {
    writeFileSync(join(dir, 'Dockerfile'), 'FROM node:20\n');
    const env = { ...base, AWS_REGION: 'eu-west-1' };
    const args = ['rewrite', '--registry', '111122223333', ...HUB, 'Dockerfile'];
    expect((await runCli(args, { cwd: dir, env })).code).toBe(0);
    const once = readFileSync(join(dir, 'Dockerfile'), 'utf8');
    expect(once).toBe('FROM 111122223333.dkr.ecr.eu-west-1.amazonaws.com/docker-hub/library/node:20\n');
    expect((await runCli(args, { cwd: dir, env })).code).toBe(0);
    expect(readFileSync(join(dir, 'Dockerfile'), 'utf8')).toBe(once);
    const map = await runCli(['map', '--registry', '111122223333', ...HUB, 'alpine:3.20'], { env });
    expect(map.stdout).toBe('111122223333.dkr.ecr.eu-west-1.amazonaws.com/docker-hub/library/alpine:3.20\n');
  });

  test('without a region it is an input error, and nothing is written', async () => {
    writeFileSync(join(dir, 'Dockerfile'), 'FROM node:20\n');
    const r = await runCli(['rewrite', '--registry', '111122223333', ...HUB, 'Dockerfile'], {
      cwd: dir,
      env: base,
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no AWS region');
    expect(readFileSync(join(dir, 'Dockerfile'), 'utf8')).toBe('FROM node:20\n');
  });
});

describe('3. two rules with one prefix', () => {
  const conflicting = ['--rule', 'dh=registry-1.docker.io', '--rule', 'dh=quay.io'];

  test('the CLI refuses them (exit 2) and names the prefix', async () => {
    const r = await runCli(['map', '--registry', 'r.example', ...conflicting, 'quay.io/a/b:1'], {
      env: base,
    });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('conflicting rules for prefix "dh": docker.io and quay.io');
  });

  test('the library refuses them; the same rule twice is fine', async () => {
    await expect(
      resolveTarget({ registry: 'r.example', rules: ['dh=registry-1.docker.io', 'dh=quay.io'] }),
    ).rejects.toThrow(InvalidRuleError);
    const target = await resolveTarget({
      registry: 'r.example',
      rules: ['dh=registry-1.docker.io', 'dh=docker.io'],
    });
    expect(target.rules).toHaveLength(1);
  });

  test('the action refuses them in its rules input', async () => {
    const files = runnerFiles(dir);
    const r = await runAction({
      inputs: {
        rules: 'dh=registry-1.docker.io\ndh=quay.io',
        images: 'quay.io/a/b:1',
        'login-method': 'config',
      },
      files,
      env: { ...base, ...em.env(), DOCKER_CONFIG: join(dir, 'docker') },
      cwd: dir,
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error::conflicting rules for prefix "dh"');
  });
});

describe('4. a bare number for a duration is seconds', () => {
  test('--timeout 1 waits a second, not a millisecond', async () => {
    const started = Date.now();
    const r = await runCli(['login', '--method', 'config', '--timeout', '1'], {
      env: { ...base, ...em.env(), AWS_ENDPOINT_URL_ECR: hole.url, DOCKER_CONFIG: join(dir, 'docker') },
    });
    const seconds = (Date.now() - started) / 1000;
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/within 1(\.\d)? s/);
    // Not a millisecond; a minute would say "within 60 s" (and outlast the test).
    expect(seconds).toBeGreaterThan(0.9);
  });

  test('the action reads warm-timeout: "2" as two seconds', async () => {
    const started = Date.now();
    const r = await runAction({
      inputs: { 'warm-timeout': '2', images: 'alpine:3.20', 'login-method': 'config' },
      files: runnerFiles(dir),
      env: { ...base, ...em.env(), AWS_ENDPOINT_URL_ECR: hole.url, DOCKER_CONFIG: join(dir, 'docker') },
      cwd: dir,
    });
    const seconds = (Date.now() - started) / 1000;
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/no answer from the ECR API .* within 2(\.\d)? s/);
    expect(seconds).toBeGreaterThan(1.9);
  });

  test('the action names its input, not a CLI flag, for a bad duration', async () => {
    const r = await runAction({
      inputs: { 'warm-timeout': 'soon', images: 'alpine:3.20' },
      files: runnerFiles(dir),
      env: { ...base, ...em.env() },
      cwd: dir,
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error::warm-timeout must be a duration');
    expect(r.stdout).not.toContain('--timeout');
  });
});

describe('7. the action’s patterns that match nothing, or leave the workspace', () => {
  const ws = () => {
    const w = mkdtempSync(join(dir, 'ws-'));
    mkdirSync(join(w, 'app'));
    writeFileSync(join(w, 'app', 'Dockerfile'), 'FROM alpine:3.20\n');
    return w;
  };
  const run = (w: string, inputs: Record<string, string>) =>
    runAction({
      inputs: { 'login-method': 'config', warm: 'false', ...inputs },
      files: runnerFiles(w),
      env: { ...base, ...em.env(), GITHUB_WORKSPACE: w, DOCKER_CONFIG: join(w, '.docker') },
      cwd: w,
    });

  test('a pattern that matches no file is a warning annotation', async () => {
    const w = ws();
    const r = await run(w, { dockerfiles: '**/Dockerfile\nDockerfiel' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('::warning::dockerfiles: "Dockerfiel" matches no file');
    // The pattern that matched still did its work.
    expect(readFileSync(join(w, 'app', 'Dockerfile'), 'utf8')).toContain(em.registryHost);
  });

  test('with fail-on-unmapped it fails the job and nothing is written', async () => {
    const w = ws();
    const r = await run(w, { dockerfiles: '**/Dockerfile\nDockerfiel', 'fail-on-unmapped': 'true' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error::dockerfiles: "Dockerfiel" matches no file');
    expect(readFileSync(join(w, 'app', 'Dockerfile'), 'utf8')).toBe('FROM alpine:3.20\n');
  });

  test.each(['../x/Dockerfile', '/etc/Dockerfile'])(
    '%s is outside the workspace: an input error',
    async (p) => {
      const r = await run(ws(), { dockerfiles: p });
      expect(r.code).toBe(1);
      expect(r.stdout).toContain(`::error::dockerfiles: "${p}" points outside`);
    },
  );
});

describe('14. map and rewrite when AWS cannot be asked', () => {
  test('an unreachable ECR API: the call is named, with the hint and the way around AWS', async () => {
    const r = await runCli(['map', 'node:20', '--timeout', '20s'], {
      env: { ...base, ...em.env(), AWS_ENDPOINT_URL_ECR: 'http://127.0.0.1:9', AWS_MAX_ATTEMPTS: '1' },
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /(GetAuthorizationToken \(to find the registry\)|DescribePullThroughCacheRules \(to find the pull-through rules\)) failed/,
    );
    expect(r.stderr).toContain('hint: the ECR endpoint did not answer');
    expect(r.stderr).toContain('--registry HOST --rule PREFIX=URL');
  }, 30_000);

  test('no credentials: the same hint login gives, and the way around AWS', async () => {
    const r = await runCli(['rewrite', '--check', '.', '--timeout', '20s'], {
      cwd: dir,
      env: {
        ...base,
        AWS_REGION: 'us-east-1',
        AWS_ENDPOINT_URL_ECR: em.apiUrl,
        AWS_EC2_METADATA_DISABLED: 'true',
        AWS_CONFIG_FILE: join(dir, 'none'),
        AWS_SHARED_CREDENTIALS_FILE: join(dir, 'none'),
      },
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('hint: no AWS credentials found');
    expect(r.stderr).toContain('--registry HOST --rule PREFIX=URL');
  }, 30_000);
});
