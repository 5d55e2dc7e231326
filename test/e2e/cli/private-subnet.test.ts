// A private subnet as users meet it: endpoints that swallow connections instead of refusing them,
// no STS endpoint at all. Every command must end by its --timeout, name the endpoint that did not
// answer and say which VPC endpoint is missing; the main job must never need STS.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Emulator, startEmulator } from '../../../emulator/index.js';
import { type BlackHole, startBlackHole } from '../../helpers/black-hole.js';
import { runCli } from '../../helpers/cli.js';
import { parseCommandFile, runAction, runnerFiles } from '../../helpers/runner.js';

let em: Emulator;
let hole: BlackHole;
let dir: string;
const measured: string[] = [];

beforeAll(async () => {
  [em, hole] = await Promise.all([startEmulator({ upstream: 'memory', importTime: 200 }), startBlackHole()]);
  dir = mkdtempSync(join(tmpdir(), 'ept-subnet-'));
});
afterAll(async () => {
  await Promise.all([em.stop(), hole.close()]);
  rmSync(dir, { recursive: true, force: true });
  // The exit times, for the record (the closing note quotes them).
  console.log(`private-subnet exit times:\n${measured.join('\n')}`);
});

const baseEnv = () => ({
  PATH: process.env.PATH,
  HOME: dir,
  DOCKER_CONFIG: join(dir, 'docker'),
  ...em.env(),
});
/** The emulator, with the ECR API black-holed. */
const noEcrApi = () => ({ ...baseEnv(), AWS_ENDPOINT_URL_ECR: hole.url });
/** The emulator, with STS black-holed (a VPC with ecr.api, ecr.dkr and s3 endpoints only). */
const noSts = () => ({ ...baseEnv(), AWS_ENDPOINT_URL_STS: hole.url });

/**
 * A run that ends by its own deadline ends before this many seconds after it, on any machine: the
 * limit tells an end by the deadline from a hang or another, later timer, it measures nothing. How
 * soon after the deadline a run ends is a speed figure (a bound of 3 s above it is bench's).
 */
const HANG_S = 10;

async function timed<T>(what: string, run: () => Promise<T>): Promise<{ result: T; seconds: number }> {
  const started = Date.now();
  const result = await run();
  const seconds = (Date.now() - started) / 1000;
  measured.push(`  ${what}: ${seconds.toFixed(2)} s`);
  return { result, seconds };
}

describe('a silent ECR API endpoint: every command ends by --timeout and names it', () => {
  test.each([
    ['login', ['login', '--method', 'config', '--timeout', '3s']],
    ['warm', ['warm', 'alpine:3.20', '--timeout', '3s']],
    ['map', ['map', 'alpine:3.20', '--timeout', '3s']],
    ['rewrite', ['rewrite', '--check', 'Dockerfile', '--timeout', '3s']],
    ['doctor', ['doctor', '--skip-network', '--timeout', '3s']],
  ])(
    '%s',
    async (name, args) => {
      writeFileSync(join(dir, 'Dockerfile'), 'FROM alpine:3.20\n');
      const before = hole.connections();
      const { result, seconds } = await timed(`${name} (ECR API black-holed, --timeout 3s)`, () =>
        runCli(args, { cwd: dir, env: noEcrApi() }),
      );
      expect(result.code).toBe(1);
      expect(seconds).toBeGreaterThanOrEqual(2.9);
      expect(seconds).toBeLessThan(3 + HANG_S);
      expect(hole.connections()).toBeGreaterThan(before);
      expect(result.stderr).toContain(`no answer from the ECR API (${hole.host}`);
      expect(result.stderr).toMatch(/within 3(\.\d)? s/);
      expect(result.stderr).toContain('com.amazonaws.us-east-1.ecr.api');
      expect(result.stderr).toContain('443');
    },
    20_000,
  );

  test('the operation that hung is named', async () => {
    const { result } = await timed('login, message check', () =>
      runCli(['login', '--method', 'config', '--timeout', '2s'], { cwd: dir, env: noEcrApi() }),
    );
    expect(result.stderr).toContain('GetAuthorizationToken');
  }, 20_000);
});

describe('a silent registry endpoint (no ecr.dkr endpoint)', () => {
  test('warm names the registry and the request that hung', async () => {
    const silent = await startEmulator({ upstream: 'memory', proxyEndpoint: hole.url });
    try {
      const env = { PATH: process.env.PATH, HOME: dir, ...silent.env() };
      const { result, seconds } = await timed('warm, registry black-holed, --timeout 3s', () =>
        runCli(['warm', 'alpine:3.20', '--json', '--timeout', '3s'], { cwd: dir, env }),
      );
      expect(result.code).toBe(1);
      expect(seconds).toBeLessThan(3 + HANG_S);
      const [image] = JSON.parse(result.stdout).images;
      expect(image.error).toContain(
        `no answer from the ECR registry (${hole.host}, GET manifest docker-hub/library/alpine:3.20) within `,
      );
      expect(image.hint).toContain('com.amazonaws.us-east-1.ecr.dkr');
      // Nothing reached the real registry: no import started.
      expect(silent.imports).toHaveLength(0);
    } finally {
      await silent.stop();
    }
  }, 20_000);
});

describe('no STS endpoint: the main job never asks it', () => {
  test('map and rewrite without --registry take the registry from ECR', async () => {
    writeFileSync(join(dir, 'Dockerfile'), 'FROM node:20\n');
    const before = hole.connections();
    const map = await timed('map without --registry, STS black-holed', () =>
      runCli(['map', 'node:20', '--timeout', '10s'], { cwd: dir, env: noSts() }),
    );
    expect(map.result.code).toBe(0);
    expect(map.result.stdout).toBe(`${em.registryHost}/docker-hub/library/node:20\n`);
    const rewrite = await timed('rewrite without --registry, STS black-holed', () =>
      runCli(['rewrite', 'Dockerfile', '--timeout', '10s'], { cwd: dir, env: noSts() }),
    );
    expect(rewrite.result.code).toBe(0);
    expect(readFileSync(join(dir, 'Dockerfile'), 'utf8')).toBe(
      `FROM ${em.registryHost}/docker-hub/library/node:20\n`,
    );
    expect(hole.connections()).toBe(before);
  }, 30_000);

  test('login and warm with STS black-holed', async () => {
    const before = hole.connections();
    const login = await runCli(['login', '--method', 'config', '--timeout', '10s'], {
      cwd: dir,
      env: noSts(),
    });
    expect(login.code).toBe(0);
    const warm = await timed('warm without --registry, STS black-holed', () =>
      runCli(['warm', 'alpine:3.20', '--timeout', '20s'], { cwd: dir, env: noSts() }),
    );
    expect(warm.result.code).toBe(0);
    expect(hole.connections()).toBe(before);
  }, 40_000);

  test('doctor says STS did not answer, as a warning, and goes on with the other checks', async () => {
    // 16 s: room for a loaded machine to start doctor and check everything else in the run.
    const { result, seconds } = await timed('doctor, STS black-holed, --timeout 16s', () =>
      runCli(['doctor', '--skip-network', '--json', '--timeout', '16s'], { cwd: dir, env: noSts() }),
    );
    expect(seconds).toBeLessThan(16 + HANG_S);
    const report = JSON.parse(result.stdout);
    const sts = report.findings.find((f: { code: string }) => f.code === 'sts-unreachable');
    expect(sts).toMatchObject({ severity: 'warning' });
    expect(sts.message).toContain(`no answer from AWS STS (${hole.host}, GetCallerIdentity)`);
    expect(sts.fix).toContain('com.amazonaws.us-east-1.sts');
    // The rules were still checked, and the account came from ECR.
    expect(report.findings.some((f: { code: string }) => f.code.startsWith('rule'))).toBe(true);
    expect(report.account).toBe(em.account);
  }, 60_000);
});

describe('the action on a silent ECR API', () => {
  test('warm-timeout bounds login and discovery too; the failure names the endpoint', async () => {
    const files = runnerFiles(dir);
    const { result, seconds } = await timed(
      'action (dist/index.js), ECR API black-holed, warm-timeout 3s',
      () =>
        runAction({
          inputs: { images: 'alpine:3.20', 'warm-timeout': '3s', 'login-method': 'config' },
          files,
          env: noEcrApi(),
          cwd: dir,
        }),
    );
    expect(result.code).toBe(1);
    expect(seconds).toBeLessThan(3 + HANG_S);
    expect(result.stdout).toContain('::error::');
    expect(result.stdout).toContain(`no answer from the ECR API (${hole.host}`);
    expect(result.stdout).toContain('com.amazonaws.us-east-1.ecr.api');
    expect(parseCommandFile(files.output)).toEqual({});
  }, 20_000);
});
