// `rewrite` names the registry by account and region (ACCOUNT.dkr.ecr.REGION.amazonaws.com); warm
// talks to the token's proxyEndpoint, which may be another name for the same registry (a local
// stand-in here, a VPC or dual-stack endpoint in AWS). The files rewritten by one must warm with the other.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Emulator, startEmulator } from '../../../emulator/index.js';
import { runCli } from '../../helpers/cli.js';

let em: Emulator;
let dir: string;
beforeAll(async () => {
  em = await startEmulator({ upstream: 'memory', importTime: 300 });
  dir = mkdtempSync(join(tmpdir(), 'ept-alias-'));
});
afterAll(async () => {
  await em.stop();
  rmSync(dir, { recursive: true, force: true });
});

test('files rewritten for the canonical host, warmed through another endpoint: every image ready', async () => {
  // No STS here: the account comes from ECR itself (the rules' registryId).
  const env = { PATH: process.env.PATH, HOME: dir, ...em.env(), AWS_ENDPOINT_URL_STS: 'http://127.0.0.1:9' };
  writeFileSync(
    join(dir, 'Dockerfile'),
    'FROM node:20 AS b\nFROM quay.io/prometheus/node-exporter:v1.8.0\nCOPY --from=b / /\n',
  );
  const canonical = `${em.account}.dkr.ecr.${em.region}.amazonaws.com`;
  const rewrite = await runCli(['rewrite', '--registry', canonical, join(dir, 'Dockerfile')], { env });
  expect(rewrite.code).toBe(0);
  expect(readFileSync(join(dir, 'Dockerfile'), 'utf8')).toContain(
    `FROM ${canonical}/docker-hub/library/node:20 AS b`,
  );

  const warm = await runCli(['warm', '--from', join(dir, 'Dockerfile'), '--json', '--timeout', '30s'], {
    env,
  });
  expect(warm.code).toBe(0);
  const report = JSON.parse(warm.stdout);
  expect(report.images.map((i: { uri: string; status: string }) => [i.uri, i.status])).toEqual([
    [`${canonical}/docker-hub/library/node:20`, 'ready'],
    [`${canonical}/quay/prometheus/node-exporter:v1.8.0`, 'ready'],
  ]);
  // The imports really happened in the stand-in, under the cache repositories.
  expect(em.imports.map((i) => i.repository).sort()).toEqual([
    'docker-hub/library/node',
    'quay/prometheus/node-exporter',
  ]);
}, 60_000);

test('a cache URI of another account is not taken for ours', async () => {
  const env = { PATH: process.env.PATH, HOME: dir, ...em.env() };
  const other = `444455556666.dkr.ecr.${em.region}.amazonaws.com/docker-hub/library/node:20`;
  const warm = await runCli(['warm', other, '--json', '--timeout', '10s'], { env });
  expect(warm.code).toBe(1);
  expect(JSON.parse(warm.stdout).images[0]).toMatchObject({
    status: 'failed',
    error: expect.stringContaining('no pull-through rule'),
  });
}, 30_000);
